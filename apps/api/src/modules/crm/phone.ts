/**
 * Phone numbers as customers and staff type them: "0912-345-678", "(02) 2345 6789",
 * "+852 9123 4567", or with a Chinese input method "１３８ １２３４ ５６７８". Stored as
 * digits with an optional leading '+', so the same number always compares equal.
 */

// Separators people put inside one number; everything else non-digit makes it invalid.
const INSIDE_NUMBER = /[\s\-‐‑‒–—―.()[\]]/g;

/** The canonical form of one phone number, or null when it is not one (6–20 digits). */
export function normalizePhone(raw: string): string | null {
  // NFKC folds full-width digits, ＋, （）, －, ． and the ideographic space to ASCII.
  const folded = raw.normalize('NFKC').trim();
  const compact = folded.replace(INSIDE_NUMBER, '');
  const match = /^\+*(\d+)$/.exec(compact);
  if (!match) return null;
  const digits = match[1];
  if (digits.length < 6 || digits.length > 20) return null;
  return compact.startsWith('+') ? `+${digits}` : digits;
}

// Between numbers: commas, semicolons, slashes (ASCII and full-width), 、 and line breaks.
// Spaces and dashes are not separators: they sit inside numbers.
const BETWEEN_NUMBERS = /[,;/、，；／\r\n]+/;

/** The numbers in a cell that holds several; each still needs normalizePhone. */
export function splitPhones(raw: string): string[] {
  return raw
    .split(BETWEEN_NUMBERS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
