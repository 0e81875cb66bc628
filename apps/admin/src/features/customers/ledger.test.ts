import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { ledgerReason, ledgerSource } from './ledger';

const en = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', key, vars);
const zh = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('zh-Hant', key, vars);

describe('the points ledger in the reader’s language (R-LOY-1, R-LOY-2)', () => {
  it('words the reasons the API writes itself', () => {
    expect(ledgerReason('Purchase ORD-0042 (×1.5)', zh)).toBe('消費回饋(訂單 ORD-0042,×1.5)');
    expect(ledgerReason('Birthday gift (GOLD)', en)).toBe('Birthday gift (GOLD)');
    expect(ledgerReason('Points expired', zh)).toBe('點數到期');
    expect(ledgerReason('Points owed from an earlier refund', zh)).toBe('扣回先前退款時已花掉的點數');
    expect(ledgerReason('Refund of order ORD-7 (12 points already spent are owed)', en)).toBe('Refund of order ORD-7 (12 points already spent are owed)');
    expect(ledgerReason('Refund of order ORD-7', zh)).toBe('訂單 ORD-7 退款');
  });

  it('keeps what a person typed as written', () => {
    expect(ledgerReason('門市活動加碼', en)).toBe('門市活動加碼');
    expect(ledgerReason('Purchase at the fair', zh)).toBe('Purchase at the fair');
  });

  it('names the sources, a bonus rule by its code', () => {
    expect(ledgerSource('EXPIRY', zh)).toBe('到期');
    expect(ledgerSource('BONUS:SURVEY', en)).toBe('Bonus rule SURVEY');
    expect(ledgerSource('SOMETHING_NEW', en)).toBe('SOMETHING_NEW');
  });
});
