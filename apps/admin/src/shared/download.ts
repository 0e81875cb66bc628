/** A file the API hands over inline (exports, an import's error file). */
export interface InlineFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// Converted in slices: String.fromCharCode(...bytes) over a whole 5 MB file overflows the stack.
const SLICE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

export function inlineFileBlob(file: InlineFile): Blob {
  return new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType });
}

/** Saves the file through the browser's own download, under the name the server chose. */
export function downloadInlineFile(file: InlineFile): void {
  const url = URL.createObjectURL(inlineFileBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A picked file as base64, read in the browser; the API takes uploads inside the GraphQL request. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
