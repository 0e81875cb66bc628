import { normalizePhone, splitPhones } from '../phone';
import { writeCsv, type Sheet } from './tabular';

/**
 * What the columns of a customer file mean, and what each row says once checked. People
 * bring their own spreadsheets, so headers are matched loosely (three languages, any
 * width, "*" and "(必填)" marks) and values in the forms Excel and Chinese users write them.
 */

export const CUSTOMER_FIELDS = [
  'code',
  'name',
  'phones',
  'email',
  'birthday',
  'address',
  'preferredLanguage',
  'preferredChannel',
  'tags',
  'preferences',
  'marketingConsent',
  'homeStationCode',
] as const;

export type FieldKey = (typeof CUSTOMER_FIELDS)[number];
export type HeaderLanguage = 'ZH_HANT' | 'ZH_HANS' | 'EN';
export type PreferredLanguageValue = 'ZH_HANT' | 'ZH_HANS' | 'EN';
export type ContactChannelValue = 'PHONE' | 'SMS' | 'EMAIL' | 'WECHAT' | 'LINE' | 'POST';

export interface RowIssue {
  /** The row number Excel shows (the header is row 1). */
  row: number;
  /** The header text as written in the file, e.g. '電話'. */
  column: string;
  field: string;
  message: string;
  code: string;
}

export interface CustomerRowValues {
  code: string | null;
  name: string;
  phones: string[];
  email: string | null;
  birthday: string | null;
  address: string | null;
  preferredLanguage: PreferredLanguageValue | null;
  preferredChannel: ContactChannelValue | null;
  tags: string[];
  preferences: string | null;
  marketingConsent: boolean | null;
  homeStationCode: string | null;
}

export interface ParsedCustomerRow {
  /** The row number Excel shows (the header is row 1). */
  row: number;
  values: CustomerRowValues;
  issues: RowIssue[];
}

export interface ParsedCustomerSheet {
  columns: { header: string; field: FieldKey | null }[];
  /** Empty when a required column is missing: the file must be fixed first. */
  rows: ParsedCustomerRow[];
  missingColumns: FieldKey[];
}

/** Column names of an export, one set per language; each re-imports as the same field. */
export const CUSTOMER_EXPORT_HEADERS: Record<HeaderLanguage, Record<FieldKey, string>> = {
  ZH_HANT: {
    code: '客戶編號',
    name: '姓名',
    phones: '電話',
    email: '電子郵件',
    birthday: '生日',
    address: '地址',
    preferredLanguage: '偏好語言',
    preferredChannel: '聯絡方式',
    tags: '標籤',
    preferences: '偏好',
    marketingConsent: '同意行銷',
    homeStationCode: '所屬門店',
  },
  ZH_HANS: {
    code: '客户编号',
    name: '姓名',
    phones: '电话',
    email: '电子邮件',
    birthday: '生日',
    address: '地址',
    preferredLanguage: '偏好语言',
    preferredChannel: '偏好渠道',
    tags: '标签',
    preferences: '偏好',
    marketingConsent: '同意营销',
    homeStationCode: '所属门店',
  },
  EN: {
    code: 'Customer No',
    name: 'Name',
    phones: 'Phones',
    email: 'Email',
    birthday: 'Birthday',
    address: 'Address',
    preferredLanguage: 'Language',
    preferredChannel: 'Preferred channel',
    tags: 'Tags',
    preferences: 'Preferences',
    marketingConsent: 'Marketing consent',
    homeStationCode: 'Home station',
  },
};

const REQUIRED_FIELDS: FieldKey[] = ['name'];

const HEADER_ALIASES: Record<FieldKey, string[]> = {
  code: ['Customer No', 'Customer Number', 'Customer Code', 'Code', '客戶編號', '客户编号', '會員編號', '会员编号', '編號', '编号'],
  name: ['Name', 'Customer Name', 'Full Name', '姓名', '客戶姓名', '客户姓名', '客戶名稱', '客户名称'],
  phones: [
    'Phone', 'Phones', 'Mobile', 'Mobile Phone', 'Telephone', 'Tel', 'Phone Number',
    '電話', '手機', '手機號碼', '電話號碼', '聯絡電話',
    '电话', '手机', '手机号码', '手机号', '电话号码', '联系电话',
  ],
  email: ['Email', 'E-mail', 'Email Address', '電子郵件', '郵箱', '電郵', '電子信箱', '电子邮件', '邮箱', '电邮'],
  birthday: ['Birthday', 'Date of birth', 'Birth Date', 'DOB', '生日', '出生日期'],
  address: ['Address', '地址', '通訊地址', '聯絡地址', '通讯地址', '联系地址'],
  preferredLanguage: ['Language', 'Preferred Language', '語言', '偏好語言', '语言', '偏好语言'],
  preferredChannel: [
    'Preferred channel', 'Channel', 'Contact Method',
    '聯絡方式', '偏好渠道', '聯絡管道', '偏好聯絡方式', '联系方式', '偏好联系方式',
  ],
  tags: ['Tags', 'Tag', 'Labels', '標籤', '标签'],
  preferences: ['Preferences', 'Notes', 'Note', 'Remarks', '偏好', '備註', '备注'],
  marketingConsent: ['Marketing consent', 'Consent', '同意行銷', '行銷同意', '同意营销', '营销同意'],
  homeStationCode: ['Home station', 'Station', 'Station Code', '所屬門店', '服務站', '門店', '所属门店', '服务站', '门店'],
};

/** Header text reduced to what matters: no width, case, spacing or required-field marks. */
function headerKey(header: string): string {
  let key = header.normalize('NFKC').toLowerCase().replace(/[\s_\-.:·]/g, '');
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(/^\*+|\*+$/g, '').replace(/\((必填|required)\)$/, '');
  }
  return key;
}

const FIELD_BY_HEADER = new Map<string, FieldKey>();
for (const field of CUSTOMER_FIELDS) {
  for (const alias of [field, ...HEADER_ALIASES[field], ...Object.values(CUSTOMER_EXPORT_HEADERS).map((h) => h[field])]) {
    FIELD_BY_HEADER.set(headerKey(alias), field);
  }
}

// Fields two columns can feed at once ("電話" and "手機"; "偏好" and "備註"); any other
// field reads its first column only and a repeat is left unmapped.
const MULTI_COLUMN_FIELDS = new Set<FieldKey>(['phones', 'tags', 'preferences']);

/** The field a header names, or null for a column the import does not use. */
export function fieldForHeader(header: string): FieldKey | null {
  return FIELD_BY_HEADER.get(headerKey(header)) ?? null;
}

// ---------------------------------------------------------------------------------------
// Values

const MAX_NAME = 80;
const MAX_EMAIL = 200;
const MAX_ADDRESS = 300;
const MAX_PREFERENCES = 1000;
const MAX_PHONES = 5;
const MAX_TAGS = 20;
const MAX_TAG = 30;

function length(text: string): number {
  return [...text].length;
}

/** A word reduced for lookup: no width, case, spaces, brackets, dashes or underscores. */
function wordKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s()_-]/g, '');
}

function lookup<T>(entries: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of entries) for (const word of words) map.set(wordKey(word), value);
  return map;
}

const LANGUAGES = lookup<PreferredLanguageValue>([
  [
    'ZH_HANT',
    ['ZH_HANT', 'zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO', '繁體', '繁体', '繁體中文', '繁体中文', '中文(繁體)', '中文(繁体)', '正體中文', 'Traditional Chinese'],
  ],
  ['ZH_HANS', ['ZH_HANS', 'zh-Hans', 'zh-CN', 'zh-SG', '简体', '簡體', '简体中文', '簡體中文', '中文(简体)', '中文(簡體)', 'Simplified Chinese']],
  ['EN', ['EN', 'en-US', 'en-GB', 'en-HK', 'English', '英文', '英語', '英语']],
]);

const CHANNELS = lookup<ContactChannelValue>([
  ['PHONE', ['PHONE', 'call', 'telephone', '電話', '电话', '致電', '致电']],
  ['SMS', ['SMS', 'text', 'text message', '簡訊', '简讯', '短信', '短訊', '短讯']],
  ['EMAIL', ['EMAIL', 'e-mail', '郵件', '邮件', '電郵', '电邮', '電子郵件', '电子邮件']],
  ['WECHAT', ['WECHAT', 'weixin', '微信']],
  ['LINE', ['LINE']],
  ['POST', ['POST', 'postal mail', '郵寄', '邮寄', '郵遞', '邮递']],
]);

const BOOLEANS = lookup<boolean>([
  [true, ['是', 'Y', 'yes', 'true', '1', '同意']],
  [false, ['否', 'N', 'no', 'false', '0', '不同意']],
]);

const EMAIL = /^[^\s@,;]+@[^\s@,;.]+(?:\.[^\s@,;.]+)+$/;
const CODE = /^[A-Z0-9-]{1,20}$/;

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// Serial numbers of the 1900 date system; below 10000 (1927) a bare number is more likely a
// year ("1985") than a date that lost its format.
const MIN_SERIAL = 10_000;

function fromExcelSerial(serial: number): string {
  // Excel counts a 29 February 1900 that never was, so day 60 and after shift by one.
  const epoch = Date.UTC(1899, 11, 30);
  const d = new Date(epoch + Math.floor(serial) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

type DateResult = { ok: true; value: string } | { ok: false; message: string };

/**
 * A birthday as people write it: 1985-03-02, 1985/3/2, 1985.3.2, 1985年3月2日, 19850302,
 * 民國74年3月2日, or an Excel serial number that lost its date format.
 */
export function parseBirthday(raw: string, today: string = localIsoDate(new Date())): DateResult {
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  let iso: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) {
    iso = isoDate(+m[1], +m[2], +m[3]);
  } else if ((m = /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号號]?$/.exec(text))) {
    iso = isoDate(+m[1], +m[2], +m[3]);
  } else if ((m = /^民[國国] ?(\d{1,3}) ?[年/.-] ?(\d{1,2}) ?[月/.-] ?(\d{1,2}) ?日?$/.exec(text))) {
    // Taiwan's Minguo calendar: year 1 is 1912.
    iso = isoDate(+m[1] + 1911, +m[2], +m[3]);
  } else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(text))) {
    iso = isoDate(+m[1], +m[2], +m[3]);
  } else if (/^\d{5}(?:\.\d+)?$/.test(text) && Number(text) >= MIN_SERIAL) {
    iso = fromExcelSerial(Number(text));
  }
  if (!iso) return { ok: false, message: `"${raw}" is not a date; write it as YYYY-MM-DD, e.g. 1985-03-02` };
  if (iso < '1900-01-01') return { ok: false, message: `"${raw}" is before 1900` };
  if (iso > today) return { ok: false, message: `"${raw}" is in the future` };
  return { ok: true, value: iso };
}

// ---------------------------------------------------------------------------------------
// Rows

interface Cell {
  header: string;
  text: string;
}

export interface ParseCustomerSheetOptions {
  /** The date birthdays may not be after, as YYYY-MM-DD or a Date (its local date); default today. */
  today?: string | Date;
}

function parseRow(rowNumber: number, cells: Map<FieldKey, Cell[]>, today: string): ParsedCustomerRow {
  const issues: RowIssue[] = [];
  const issue = (field: FieldKey, column: string, code: string, message: string) =>
    issues.push({ row: rowNumber, column, field, message, code });
  const first = (field: FieldKey): Cell | null => cells.get(field)?.find((c) => c.text !== '') ?? null;
  const tooLong = (field: FieldKey, cell: Cell, max: number) => {
    if (length(cell.text) <= max) return false;
    issue(field, cell.header, 'too_long', `Longer than ${max} characters`);
    return true;
  };

  const values: CustomerRowValues = {
    code: null,
    name: '',
    phones: [],
    email: null,
    birthday: null,
    address: null,
    preferredLanguage: null,
    preferredChannel: null,
    tags: [],
    preferences: null,
    marketingConsent: null,
    homeStationCode: null,
  };

  const name = first('name');
  if (!name) issue('name', cells.get('name')?.[0]?.header ?? '', 'required', 'The name is required');
  else {
    values.name = name.text;
    tooLong('name', name, MAX_NAME);
  }

  const code = first('code');
  if (code) {
    const normalized = code.text.normalize('NFKC').toUpperCase();
    if (CODE.test(normalized)) values.code = normalized;
    else issue('code', code.header, 'invalid_code', `"${code.text}" is not a customer number: at most 20 letters, digits and dashes`);
  }

  for (const cell of cells.get('phones') ?? []) {
    for (const part of splitPhones(cell.text)) {
      const phone = normalizePhone(part);
      if (!phone) issue('phones', cell.header, 'invalid_phone', `"${part}" is not a phone number (6–20 digits, optionally starting with +)`);
      else if (!values.phones.includes(phone)) {
        if (values.phones.length === MAX_PHONES) {
          issue('phones', cell.header, 'too_many_phones', `At most ${MAX_PHONES} phone numbers per customer`);
          break;
        }
        values.phones.push(phone);
      }
    }
  }

  const email = first('email');
  if (email) {
    const normalized = email.text.normalize('NFKC').trim().toLowerCase();
    if (length(normalized) > MAX_EMAIL) issue('email', email.header, 'too_long', `Longer than ${MAX_EMAIL} characters`);
    else if (!EMAIL.test(normalized)) issue('email', email.header, 'invalid_email', `"${email.text}" is not an email address`);
    else values.email = normalized;
  }

  const birthday = first('birthday');
  if (birthday) {
    const parsed = parseBirthday(birthday.text, today);
    if (parsed.ok) values.birthday = parsed.value;
    else issue('birthday', birthday.header, 'invalid_date', parsed.message);
  }

  const address = first('address');
  if (address && !tooLong('address', address, MAX_ADDRESS)) values.address = address.text;

  const language = first('preferredLanguage');
  if (language) {
    const value = LANGUAGES.get(wordKey(language.text));
    if (value) values.preferredLanguage = value;
    else issue('preferredLanguage', language.header, 'invalid_language', `"${language.text}" is not a language: use 繁體, 简体 or English`);
  }

  const channel = first('preferredChannel');
  if (channel) {
    const value = CHANNELS.get(wordKey(channel.text));
    if (value) values.preferredChannel = value;
    else {
      issue('preferredChannel', channel.header, 'invalid_channel',
        `"${channel.text}" is not a contact channel: use PHONE, SMS, EMAIL, WECHAT, LINE or POST`);
    }
  }

  const seenTags = new Set<string>();
  let tagLimitReported = false;
  for (const cell of cells.get('tags') ?? []) {
    for (const part of cell.text.normalize('NFKC').split(/[,;、，；\r\n]+/)) {
      const tag = part.trim();
      if (tag === '' || seenTags.has(tag.toLowerCase())) continue;
      seenTags.add(tag.toLowerCase());
      if (length(tag) > MAX_TAG) issue('tags', cell.header, 'tag_too_long', `The tag "${tag}" is longer than ${MAX_TAG} characters`);
      else if (values.tags.length < MAX_TAGS) values.tags.push(tag);
      else if (!tagLimitReported) {
        tagLimitReported = true;
        issue('tags', cell.header, 'too_many_tags', `At most ${MAX_TAGS} tags per customer`);
      }
    }
  }

  const notes = (cells.get('preferences') ?? []).filter((c) => c.text !== '');
  if (notes.length > 0) {
    const joined: Cell = { header: notes[0].header, text: notes.map((c) => c.text).join('\n') };
    if (!tooLong('preferences', joined, MAX_PREFERENCES)) values.preferences = joined.text;
  }

  const consent = first('marketingConsent');
  if (consent) {
    const value = BOOLEANS.get(wordKey(consent.text));
    if (value !== undefined) values.marketingConsent = value;
    else issue('marketingConsent', consent.header, 'invalid_boolean', `"${consent.text}" is not yes or no: use 是 / 否, Y / N or 1 / 0`);
  }

  const station = first('homeStationCode');
  if (station) values.homeStationCode = station.text.normalize('NFKC').trim();

  return { row: rowNumber, values, issues };
}

/**
 * Maps the sheet's columns to customer fields and checks every row. Rows are returned with
 * their issues rather than dropped, so the preview can show both; blank rows are skipped.
 */
export function parseCustomerSheet(sheet: Sheet, options: ParseCustomerSheetOptions = {}): ParsedCustomerSheet {
  const today =
    options.today instanceof Date ? localIsoDate(options.today) : (options.today ?? localIsoDate(new Date()));

  const taken = new Set<FieldKey>();
  const columns = sheet.headers.map((header) => {
    let field = fieldForHeader(header);
    if (field && taken.has(field) && !MULTI_COLUMN_FIELDS.has(field)) field = null;
    if (field) taken.add(field);
    return { header, field };
  });
  const missingColumns = REQUIRED_FIELDS.filter((f) => !taken.has(f));
  if (missingColumns.length > 0) return { columns, rows: [], missingColumns };

  const rows: ParsedCustomerRow[] = [];
  sheet.rows.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    const byField = new Map<FieldKey, Cell[]>();
    columns.forEach(({ header, field }, c) => {
      if (!field) return;
      const list = byField.get(field) ?? [];
      list.push({ header, text: (cells[c] ?? '').trim() });
      byField.set(field, list);
    });
    rows.push(parseRow(index + 2, byField, today));
  });

  // A customer number names one customer: a second row with it is a mistake in the file.
  const codeColumn = columns.find((c) => c.field === 'code')?.header ?? '';
  const firstRowByCode = new Map<string, number>();
  for (const row of rows) {
    const code = row.values.code;
    if (!code) continue;
    const earlier = firstRowByCode.get(code);
    if (earlier === undefined) firstRowByCode.set(code, row.row);
    else {
      row.issues.push({
        row: row.row,
        column: codeColumn,
        field: 'code',
        code: 'duplicate_code',
        message: `Customer number ${code} is also on row ${earlier}`,
      });
    }
  }

  return { columns, rows, missingColumns };
}

export const ERROR_COLUMN = '錯誤 / Errors';

/**
 * The rows that have issues, as they were in the file, with what is wrong in a last
 * column: people fix this file and import it again (the extra column is ignored then).
 */
export function errorReportCsv(sheet: Sheet, issues: RowIssue[]): Buffer {
  const byRow = new Map<number, RowIssue[]>();
  for (const issue of issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
  const rows = [...byRow.keys()]
    .filter((row) => row >= 2 && row - 2 < sheet.rows.length)
    .sort((a, b) => a - b)
    .map((row) => {
      const text = byRow
        .get(row)!
        .map((i) => (i.column ? `${i.column}: ${i.message}` : i.message))
        .join('; ');
      return [...sheet.rows[row - 2], text];
    });
  return writeCsv([...sheet.headers, ERROR_COLUMN], rows);
}
