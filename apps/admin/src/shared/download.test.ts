import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileToBase64, inlineFileBlob } from './download';

describe('inline files', () => {
  it('turns base64 into the bytes it encodes and back', () => {
    const bytes = base64ToBytes('5a6i5oi2LOmbu+ipsQ==');
    expect(new TextDecoder().decode(bytes)).toBe('客戶,電話');
    expect(bytesToBase64(bytes)).toBe('5a6i5oi2LOmbu+ipsQ==');
  });

  it('encodes a file larger than one slice without losing bytes', async () => {
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    const encoded = await fileToBase64(new Blob([big]));
    expect(encoded).toBe(Buffer.from(big).toString('base64'));
    expect(base64ToBytes(encoded)).toEqual(big);
  });

  it('makes a blob of the server’s type', async () => {
    const blob = inlineFileBlob({ fileName: 'x.csv', mimeType: 'text/csv', contentBase64: btoa('a,b\n1,2\n') });
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe('a,b\n1,2\n');
  });
});
