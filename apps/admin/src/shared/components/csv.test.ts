import { describe, expect, it } from 'vitest';
import { base64ToBytes } from '../download';
import { csvCell, csvFile, toCsv } from './csv';

describe('report CSV files', () => {
  it('quotes what needs quoting and keeps formulas from running', () => {
    expect([12, '維修', 'a,b', 'say "hi"', 'two\nlines', null, true].map(csvCell)).toEqual(['12', '維修', '"a,b"', '"say ""hi"""', '"two\nlines"', '', 'true']);
    expect(['=SUM(A1)', '+1', '-x', '@cmd'].map(csvCell)).toEqual(["'=SUM(A1)", "'+1", "'-x", "'@cmd"]);
    expect(toCsv([['月份', '受理'], ['1月', 3]])).toBe('月份,受理\r\n1月,3\r\n');
  });

  it('starts with a byte-order mark so that Excel reads the Chinese as UTF-8', () => {
    const file = csvFile('維修月報-2026.csv', [['月份'], ['1月']]);
    const bytes = base64ToBytes(file.contentBase64);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('月份\r\n1月\r\n');
    expect(file).toMatchObject({ fileName: '維修月報-2026.csv', mimeType: 'text/csv;charset=utf-8' });
  });
});
