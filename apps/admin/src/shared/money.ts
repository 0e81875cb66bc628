// Money travels as a decimal string ("1280.50"). It is formatted and parsed as text so that
// an amount shown is exactly the amount stored: floats would turn 0.1 + 0.2 into 0.30000000000000004.

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "1280.5" → "1,280.50"; anything that is not a decimal comes back unchanged. */
export function formatMoney(value: string | null | undefined): string {
  if (value == null || value === '') return '—';
  const m = DECIMAL.exec(value.trim());
  if (!m) return value;
  const [, sign = '', whole = '0', fraction = ''] = m;
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (fraction + '00').slice(0, 2);
  return `${sign}${grouped}.${cents}`;
}

/**
 * What a person typed ("1,280.5", " 300 ", "NT$1,000") as the API's decimal string with two
 * decimals, or null when it is not an amount or has more than two decimals.
 */
export function parseMoney(input: string | number | null | undefined): string | null {
  if (input == null) return null;
  const text = String(input).trim().replace(/^NT\$|^\$|^¥/, '').replace(/,/g, '');
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const [, sign = '', whole = '0', fraction = ''] = m;
  if (fraction.length > 2) return null;
  return `${sign}${whole.replace(/^0+(?=\d)/, '')}.${(fraction + '00').slice(0, 2)}`;
}

/** A decimal string as whole cents, for arithmetic; null when it is not an amount. */
export function moneyToCents(value: string | null | undefined): number | null {
  const money = parseMoney(value);
  if (money == null) return null;
  const negative = money.startsWith('-');
  const [whole, fraction] = money.replace('-', '').split('.');
  const cents = Number(whole) * 100 + Number(fraction);
  return negative ? -cents : cents;
}

export function centsToMoney(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
