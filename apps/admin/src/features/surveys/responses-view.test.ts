import { describe, expect, it } from 'vitest';
import { excerpt, remarksOf } from './responses-view';

describe('the customer’s words on a form', () => {
  const label = (zhHant: string, en: string) => ({ zhHant, zhHans: zhHant, en });

  it('collects comments and free-text answers in question order, skipping blanks', () => {
    const answers = [
      { itemKey: 'service', kind: 'LEVEL5' as const, label: label('服務', 'Service'), comment: '維修人員遲到一小時' },
      { itemKey: 'overall', kind: 'OVERALL' as const, label: label('總體評價', 'Overall'), comment: '  ' },
      { itemKey: 'suggestions', kind: 'TEXT' as const, label: label('其他建議', 'Suggestions'), text: '建議提供線上預約', comment: null },
      { itemKey: 'gone', kind: 'LEVEL5' as const, label: null, comment: 'old question' },
    ];
    expect(remarksOf(answers, 'en')).toEqual([
      { itemKey: 'service', question: 'Service', text: '維修人員遲到一小時' },
      { itemKey: 'suggestions', question: 'Suggestions', text: '建議提供線上預約' },
      { itemKey: 'gone', question: 'gone', text: 'old question' },
    ]);
  });

  it('cuts long remarks on a character boundary', () => {
    expect(excerpt('等待時間太長', 10)).toBe('等待時間太長');
    expect(excerpt('等待時間太長了吧', 5)).toBe('等待時間…');
    expect(excerpt('a\n\n b', 10)).toBe('a b');
    expect(excerpt('😀😀😀', 2)).toBe('😀…');
  });
});
