import { bytesToBase64, downloadInlineFile, type InlineFile } from '../download';

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (a root cause typed
 * as "=…", "+…") is kept as text with a leading apostrophe; numbers stay numbers.
 */
export function csvCell(value: CsvValue): string {
  if (value == null) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A CSV file as UTF-8 with a byte-order mark: without it Excel reads the file in the
 * system's legacy code page and the Chinese headers and names come out garbled.
 */
export function csvFile(fileName: string, rows: readonly (readonly CsvValue[])[]): InlineFile {
  const bytes = new TextEncoder().encode(`\uFEFF${toCsv(rows)}`);
  return { fileName, mimeType: 'text/csv;charset=utf-8', contentBase64: bytesToBase64(bytes) };
}

export function downloadCsv(fileName: string, rows: readonly (readonly CsvValue[])[]): void {
  downloadInlineFile(csvFile(fileName, rows));
}
