import dayjs, { type Dayjs } from 'dayjs';
import type { FieldType } from '../../gql/graphql';
import { centsToMoney, formatMoney, parseMoney } from '../../shared/money';

/** A field of a document kind, as its definition declares it. */
export interface FieldDef {
  key: string;
  label: string;
  type: FieldType;
  required: boolean;
  immutable: boolean;
  choices?: readonly string[] | null;
}

/** What the generic form holds for one field: text, a number, a date picker's day or a switch. */
export type FormValue = string | number | boolean | Dayjs | null | undefined;
export type FormValues = Record<string, FormValue>;

const DATE = 'YYYY-MM-DD';

// Duck-typed: the date picker's day may come from another copy of dayjs than this module's,
// and `isDayjs` is an instanceof check that would then miss it.
function isDay(value: unknown): value is Dayjs {
  return typeof value === 'object' && value !== null && typeof (value as Dayjs).format === 'function' && typeof (value as Dayjs).isValid === 'function';
}

/**
 * The form's values as a document's `data`. Blank fields are left out: a draft may be saved
 * half filled, and submitting names what is still missing. Amounts go as the decimal text the
 * person typed (normalised when it parses), so a typo reaches the server and comes back as an
 * issue under its field instead of vanishing.
 */
export function toDocumentData(fields: readonly FieldDef[], values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key];
    switch (field.type) {
      case 'BOOLEAN':
        // An unticked switch is an answer ("no"), not a blank.
        data[field.key] = value === true;
        break;
      case 'MONEY': {
        const text = value == null ? '' : String(value).trim();
        if (text) data[field.key] = parseMoney(text) ?? text;
        break;
      }
      case 'NUMBER':
        if (typeof value === 'number' && Number.isFinite(value)) data[field.key] = value;
        else if (typeof value === 'string' && value.trim()) data[field.key] = Number(value);
        break;
      case 'DATE':
        if (isDay(value)) data[field.key] = value.format(DATE);
        else if (typeof value === 'string' && value) data[field.key] = value;
        break;
      default:
        if (typeof value === 'string' && value.trim()) data[field.key] = value.trim();
    }
  }
  return data;
}

/**
 * An amount as the API hands it back inside `data` and `facts`: whole cents (the engine
 * stores money as integers so sums never drift); a decimal string is taken as it is.
 */
export function moneyOfData(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return centsToMoney(value);
  if (typeof value === 'string') return parseMoney(value) ?? value;
  return null;
}

/** A stored document's `data` as the generic form's values (to edit a draft). */
export function toFormValues(fields: readonly FieldDef[], data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = data[field.key];
    if (value === undefined || value === null) continue;
    switch (field.type) {
      case 'MONEY':
        values[field.key] = moneyOfData(value) ?? undefined;
        break;
      case 'DATE':
        values[field.key] = typeof value === 'string' && dayjs(value).isValid() ? dayjs(value) : undefined;
        break;
      case 'BOOLEAN':
        values[field.key] = value === true;
        break;
      case 'NUMBER':
        values[field.key] = typeof value === 'number' ? value : Number(value);
        break;
      default:
        values[field.key] = String(value);
    }
  }
  return values;
}

/** Labels the page supplies: choice codes and yes/no in the reader's language. */
export interface ValueLabels {
  choice: (code: string) => string;
  yes: string;
  no: string;
}

/** One field of a document as the description list shows it: money grouped with two decimals. */
export function displayValue(field: Pick<FieldDef, 'type'>, value: unknown, labels: ValueLabels): string {
  if (value === undefined || value === null || value === '') return '—';
  switch (field.type) {
    case 'MONEY':
      return formatMoney(moneyOfData(value));
    case 'BOOLEAN':
      return value === true ? labels.yes : labels.no;
    case 'CHOICE':
      return typeof value === 'string' ? labels.choice(value) : String(value);
    case 'NUMBER':
      return typeof value === 'number' ? value.toLocaleString() : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value as string | number);
  }
}
