import {
  CUSTOMER_EXPORT_HEADERS,
  CUSTOMER_FIELDS,
  ERROR_COLUMN,
  errorReportCsv,
  fieldForHeader,
  parseBirthday,
  parseCustomerSheet,
  type CustomerRowValues,
  type FieldKey,
} from '../import/customer-columns';
import { parseCsv, readTable, writeCsv, writeXlsx, type Sheet } from '../import/tabular';

const TODAY = '2025-06-30';

function sheet(headers: string[], ...rows: string[][]): Sheet {
  return { headers, rows: rows.map((r) => headers.map((_, i) => r[i] ?? '')), format: 'CSV', encoding: 'UTF8' };
}

/** Parses one data row: a name plus `value` under `header` (or just the name). */
function one(header: string, value: string) {
  const input = header === '姓名' ? sheet([header], [value]) : sheet(['姓名', header], ['陳大文', value]);
  return parseCustomerSheet(input, { today: TODAY }).rows[0];
}

const EMPTY: CustomerRowValues = {
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

describe('fieldForHeader', () => {
  it.each<[string, FieldKey]>([
    ['Customer No', 'code'],
    ['客戶編號', 'code'],
    ['客户编号', 'code'],
    ['Name', 'name'],
    ['姓名', 'name'],
    ['Phone', 'phones'],
    ['Phones', 'phones'],
    ['Mobile', 'phones'],
    ['電話', 'phones'],
    ['手機', 'phones'],
    ['电话', 'phones'],
    ['手机', 'phones'],
    ['E-mail', 'email'],
    ['郵箱', 'email'],
    ['电子邮件', 'email'],
    ['Date of birth', 'birthday'],
    ['出生日期', 'birthday'],
    ['Address', 'address'],
    ['Language', 'preferredLanguage'],
    ['偏好語言', 'preferredLanguage'],
    ['语言', 'preferredLanguage'],
    ['Preferred channel', 'preferredChannel'],
    ['聯絡方式', 'preferredChannel'],
    ['联系方式', 'preferredChannel'],
    ['偏好渠道', 'preferredChannel'],
    ['Tags', 'tags'],
    ['標籤', 'tags'],
    ['标签', 'tags'],
    ['Notes', 'preferences'],
    ['備註', 'preferences'],
    ['备注', 'preferences'],
    ['偏好', 'preferences'],
    ['Consent', 'marketingConsent'],
    ['行銷同意', 'marketingConsent'],
    ['营销同意', 'marketingConsent'],
    ['Station', 'homeStationCode'],
    ['服務站', 'homeStationCode'],
    ['所属门店', 'homeStationCode'],
    ['homeStationCode', 'homeStationCode'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it.each([
    ['case and spacing', '  CUSTOMER   no ', 'code'],
    ['full-width letters', 'Ｅｍａｉｌ', 'email'],
    ['a required mark', '*姓名', 'name'],
    ['a trailing star', 'Name*', 'name'],
    ['(必填)', '姓名(必填)', 'name'],
    ['（必填）', '電話（必填）', 'phones'],
    ['both', '* 姓名 （必填）', 'name'],
  ])('ignores %s', (_, header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('leaves unknown columns unmapped', () => {
    expect(fieldForHeader('序號')).toBeNull();
    expect(fieldForHeader('')).toBeNull();
    expect(fieldForHeader(ERROR_COLUMN)).toBeNull();
  });

  it('maps every export header back to its own field', () => {
    for (const headers of Object.values(CUSTOMER_EXPORT_HEADERS)) {
      for (const field of CUSTOMER_FIELDS) expect(fieldForHeader(headers[field])).toBe(field);
    }
  });
});

describe('parseCustomerSheet', () => {
  it('reads a complete row in Traditional headers', () => {
    const h = CUSTOMER_EXPORT_HEADERS.ZH_HANT;
    const parsed = parseCustomerSheet(
      sheet(
        CUSTOMER_FIELDS.map((f) => h[f]),
        ['c-001', '陳大文', '0912-345-678 / (02) 2345-6789', 'Tai.Man@Example.COM', '1985/3/2', '台北市信義區松仁路100號', '繁體', '簡訊', 'VIP、老客戶, VIP', '喜歡週末洗車', '是', 'TPE-01'],
      ),
      { today: TODAY },
    );
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.columns).toEqual(CUSTOMER_FIELDS.map((f) => ({ header: h[f], field: f })));
    expect(parsed.rows).toEqual([
      {
        row: 2,
        issues: [],
        values: {
          code: 'C-001',
          name: '陳大文',
          phones: ['0912345678', '0223456789'],
          email: 'tai.man@example.com',
          birthday: '1985-03-02',
          address: '台北市信義區松仁路100號',
          preferredLanguage: 'ZH_HANT',
          preferredChannel: 'SMS',
          tags: ['VIP', '老客戶'],
          preferences: '喜歡週末洗車',
          marketingConsent: true,
          homeStationCode: 'TPE-01',
        },
      },
    ]);
  });

  it('needs a name column and reads no rows without one', () => {
    const parsed = parseCustomerSheet(sheet(['電話', '備註'], ['0912345678', 'x']));
    expect(parsed.missingColumns).toEqual(['name']);
    expect(parsed.rows).toEqual([]);
    expect(parsed.columns).toEqual([
      { header: '電話', field: 'phones' },
      { header: '備註', field: 'preferences' },
    ]);
  });

  it('skips blank rows and numbers rows as Excel does', () => {
    const parsed = parseCustomerSheet(sheet(['姓名', '序號'], ['陳大文'], ['', ''], [' ', ''], ['', '4'], ['李小龍']), { today: TODAY });
    expect(parsed.rows.map((r) => [r.row, r.values.name, r.issues.map((i) => i.code)])).toEqual([
      [2, '陳大文', []],
      [5, '', ['required']],
      [6, '李小龍', []],
    ]);
    expect(parsed.columns[1]).toEqual({ header: '序號', field: null });
  });

  it('turns blank cells into null and empty lists', () => {
    const h = CUSTOMER_EXPORT_HEADERS.EN;
    const parsed = parseCustomerSheet(sheet(CUSTOMER_FIELDS.map((f) => h[f]), ['', 'Chan']));
    expect(parsed.rows[0]).toEqual({ row: 2, issues: [], values: { ...EMPTY, name: 'Chan' } });
  });

  it('reads phones from every phone column and tags from every tag column; other repeats are unmapped', () => {
    const parsed = parseCustomerSheet(
      sheet(['姓名', '電話', '手機', '姓名', '標籤', 'Tags', '備註', 'Notes'], ['陳大文', '02-2345-6789', '0912345678, 02 2345 6789', '別名', 'VIP', 'vip；洗車', '甲', '乙']),
    );
    expect(parsed.columns.map((c) => c.field)).toEqual(['name', 'phones', 'phones', null, 'tags', 'tags', 'preferences', 'preferences']);
    expect(parsed.rows[0].values).toMatchObject({ name: '陳大文', phones: ['0223456789', '0912345678'], tags: ['VIP', '洗車'], preferences: '甲\n乙' });
  });

  it('names the row, the column as written and the value in each issue', () => {
    const parsed = parseCustomerSheet(sheet(['姓名*', '電話', '生日'], ['陳大文', '0912345678', '1985/3/2'], ['李小龍', '12-34', '1985/2/30']), {
      today: TODAY,
    });
    expect(parsed.rows[1].issues).toEqual([
      { row: 3, column: '電話', field: 'phones', code: 'invalid_phone', message: expect.stringContaining('"12-34"') },
      { row: 3, column: '生日', field: 'birthday', code: 'invalid_date', message: expect.stringContaining('"1985/2/30"') },
    ]);
    expect(parsed.rows[1].values).toMatchObject({ phones: [], birthday: null });
  });

  it.each([
    ['姓名', 'x'.repeat(81), 'name', 'too_long'],
    ['客戶編號', 'A 1', 'code', 'invalid_code'],
    ['客戶編號', 'A'.repeat(21), 'code', 'invalid_code'],
    ['客戶編號', '編號1', 'code', 'invalid_code'],
    ['電話', 'abc', 'phones', 'invalid_phone'],
    ['電話', '1, 2, 3, 4, 5, 6'.replace(/\d/g, (d) => `091234567${d}`), 'phones', 'too_many_phones'],
    ['電子郵件', 'chan@', 'email', 'invalid_email'],
    ['電子郵件', 'a@b.com; c@d.com', 'email', 'invalid_email'],
    ['電子郵件', `${'a'.repeat(195)}@b.com`, 'email', 'too_long'],
    ['生日', '1985', 'birthday', 'invalid_date'],
    ['地址', '址'.repeat(301), 'address', 'too_long'],
    ['語言', '中文', 'preferredLanguage', 'invalid_language'],
    ['聯絡方式', 'WhatsApp', 'preferredChannel', 'invalid_channel'],
    ['標籤', '標'.repeat(31), 'tags', 'tag_too_long'],
    ['標籤', Array.from({ length: 21 }, (_, i) => `t${i}`).join(','), 'tags', 'too_many_tags'],
    ['備註', 'x'.repeat(1001), 'preferences', 'too_long'],
    ['同意行銷', '也許', 'marketingConsent', 'invalid_boolean'],
  ])('%s %j → %s %s', (header, value, field, code) => {
    const row = one(header, value);
    expect(row.issues).toEqual([expect.objectContaining({ row: 2, column: header, field, code })]);
  });

  it('keeps the values it could read beside an issue', () => {
    expect(one('電話', Array.from({ length: 6 }, (_, i) => `091234567${i}`).join(',')).values.phones).toHaveLength(5);
    expect(one('標籤', Array.from({ length: 25 }, (_, i) => `t${i}`).join('、')).values.tags).toHaveLength(20);
    expect(one('電話', '0912345678 / 12').values.phones).toEqual(['0912345678']);
  });

  it('counts characters, not UTF-16 units, against limits', () => {
    expect(one('姓名', '𠮷'.repeat(80)).issues).toEqual([]);
    expect(one('姓名', '𠮷'.repeat(81)).issues.map((i) => i.code)).toEqual(['too_long']);
  });

  it.each([
    ['ZH_HANT', 'zh-TW'],
    ['ZH_HANT', 'zh_hant'],
    ['ZH_HANT', 'zh-HK'],
    ['ZH_HANT', '繁體'],
    ['ZH_HANT', '繁体'],
    ['ZH_HANT', '繁體中文'],
    ['ZH_HANT', '中文（繁體）'],
    ['ZH_HANS', 'ZH_HANS'],
    ['ZH_HANS', 'zh-CN'],
    ['ZH_HANS', 'zh-Hans'],
    ['ZH_HANS', '简体'],
    ['ZH_HANS', '簡體'],
    ['EN', 'EN'],
    ['EN', 'english'],
    ['EN', '英文'],
  ])('language %s from %j', (expected, raw) => {
    expect(one('語言', raw).values.preferredLanguage).toBe(expected);
  });

  it.each([
    ['PHONE', '電話'],
    ['PHONE', '电话'],
    ['PHONE', 'phone'],
    ['SMS', '簡訊'],
    ['SMS', '短信'],
    ['SMS', 'SMS'],
    ['EMAIL', '郵件'],
    ['EMAIL', '邮件'],
    ['EMAIL', 'E-mail'],
    ['WECHAT', '微信'],
    ['WECHAT', 'WeChat'],
    ['LINE', 'Line'],
    ['POST', '郵寄'],
    ['POST', '邮寄'],
  ])('channel %s from %j', (expected, raw) => {
    expect(one('偏好渠道', raw).values.preferredChannel).toBe(expected);
  });

  it.each([
    [true, '是'],
    [true, 'Y'],
    [true, 'yes'],
    [true, 'TRUE'],
    [true, '1'],
    [true, '同意'],
    [false, '否'],
    [false, 'n'],
    [false, 'No'],
    [false, 'false'],
    [false, '0'],
    [false, '不同意'],
  ])('consent %s from %j', (expected, raw) => {
    expect(one('同意营销', raw).values.marketingConsent).toBe(expected);
  });

  it('flags a customer number used twice in the file', () => {
    const parsed = parseCustomerSheet(sheet(['Code', 'Name'], ['c1', 'A'], ['C2', 'B'], ['C1', 'C']));
    expect(parsed.rows.map((r) => r.issues)).toEqual([
      [],
      [],
      [{ row: 4, column: 'Code', field: 'code', code: 'duplicate_code', message: 'Customer number C1 is also on row 2' }],
    ]);
  });
});

describe('parseBirthday', () => {
  it.each([
    ['1985-03-02', '1985-03-02'],
    ['1985-3-2', '1985-03-02'],
    ['1985/3/2', '1985-03-02'],
    ['1985.03.02', '1985-03-02'],
    ['1985年3月2日', '1985-03-02'],
    ['1985 年 3 月 2 日', '1985-03-02'],
    ['1985年3月2号', '1985-03-02'],
    ['19850302', '1985-03-02'],
    ['１９８５／３／２', '1985-03-02'],
    ['民國74年3月2日', '1985-03-02'],
    ['1985-03-02 00:00:00', '1985-03-02'],
    ['1985-03-02T00:00:00.000Z', '1985-03-02'],
    ['31108', '1985-03-02'],
    ['31108.75', '1985-03-02'],
    ['1900-01-01', '1900-01-01'],
    ['2000-02-29', '2000-02-29'],
    [TODAY, TODAY],
  ])('%j → %s', (raw, expected) => {
    expect(parseBirthday(raw, TODAY)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1985/2/29', 'not a date'],
    ['1985-13-01', 'not a date'],
    ['3/2/1985', 'not a date'],
    ['85/3/2', 'not a date'],
    ['1985', 'not a date'],
    ['9999', 'not a date'],
    ['2025-07-01', 'in the future'],
    ['1899-12-31', 'before 1900'],
    ['99999', 'in the future'],
    ['生日', 'not a date'],
  ])('rejects %j: %s', (raw, reason) => {
    const result = parseBirthday(raw, TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(reason);
  });

  it('takes today as a Date in parseCustomerSheet', () => {
    const parse = (today: Date) =>
      parseCustomerSheet(sheet(['姓名', '生日'], ['陳大文', '2025-06-30']), { today }).rows[0].issues.map((i) => i.code);
    expect(parse(new Date(2025, 5, 30))).toEqual([]);
    expect(parse(new Date(2025, 5, 29))).toEqual(['invalid_date']);
  });
});

describe('export and re-import', () => {
  const values: Record<FieldKey, string> = {
    code: 'C-001',
    name: '陳大文',
    phones: '0912345678, +85291234567',
    email: 'chan@example.com',
    birthday: '1985-03-02',
    address: '香港九龍旺角彌敦道600號',
    preferredLanguage: 'ZH_HANT',
    preferredChannel: 'WECHAT',
    tags: 'VIP, 洗車',
    preferences: '=週末\n下午',
    marketingConsent: '是',
    homeStationCode: 'HK-01',
  };
  const expected: CustomerRowValues = {
    code: 'C-001',
    name: '陳大文',
    phones: ['0912345678', '+85291234567'],
    email: 'chan@example.com',
    birthday: '1985-03-02',
    address: '香港九龍旺角彌敦道600號',
    preferredLanguage: 'ZH_HANT',
    preferredChannel: 'WECHAT',
    tags: ['VIP', '洗車'],
    preferences: '=週末\n下午',
    marketingConsent: true,
    homeStationCode: 'HK-01',
  };

  it.each(['ZH_HANT', 'ZH_HANS', 'EN'] as const)('an exported %s CSV imports as the same customer', async (language) => {
    const headers = CUSTOMER_FIELDS.map((f) => CUSTOMER_EXPORT_HEADERS[language][f]);
    const file = writeCsv(headers, [CUSTOMER_FIELDS.map((f) => values[f])]);
    const parsed = parseCustomerSheet(await readTable('customers.csv', file), { today: TODAY });
    expect(parsed.missingColumns).toEqual([]);
    expect(parsed.rows).toEqual([{ row: 2, issues: [], values: expected }]);
  });

  it('an exported xlsx imports as the same customer', async () => {
    const headers = CUSTOMER_FIELDS.map((f) => CUSTOMER_EXPORT_HEADERS.ZH_HANS[f]);
    const row = CUSTOMER_FIELDS.map((f) => (f === 'birthday' ? new Date(Date.UTC(1985, 2, 2)) : values[f]));
    const file = await writeXlsx('客户', headers, [row]);
    const parsed = parseCustomerSheet(await readTable('customers.xlsx', file), { today: TODAY });
    expect(parsed.rows).toEqual([{ row: 2, issues: [], values: expected }]);
  });
});

describe('errorReportCsv', () => {
  it('gives the rows with issues, as in the file, with what is wrong in a last column', async () => {
    const input = sheet(['姓名', '電話', '生日', '備註'], ['陳大文', '0912345678', '1985/3/2', 'ok'], ['李小龍', '12', '1985/2/30', '=x'], ['', '0912345678']);
    const parsed = parseCustomerSheet(input, { today: TODAY });
    const report = errorReportCsv(input, parsed.rows.flatMap((r) => r.issues));
    expect([...report.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const [header, ...rows] = parseCsv(report.toString('utf8'));
    expect(header).toEqual(['姓名', '電話', '生日', '備註', '錯誤 / Errors']);
    expect(rows).toEqual([
      ['李小龍', '12', '1985/2/30', "'=x", expect.stringMatching(/^電話: "12" .+; 生日: "1985\/2\/30" .+$/)],
      ['', '0912345678', '', '', '姓名: The name is required'],
    ]);

    // Fixed and uploaded again, the error column is ignored.
    const again = parseCustomerSheet(await readTable('errors.csv', report), { today: TODAY });
    expect(again.columns.at(-1)).toEqual({ header: ERROR_COLUMN, field: null });
    expect(again.rows[0].values.preferences).toBe('=x');
  });

  it('writes only the header when there is nothing wrong', () => {
    const input = sheet(['姓名'], ['陳大文']);
    expect(errorReportCsv(input, []).subarray(3).toString('utf8')).toBe(`姓名,${ERROR_COLUMN}\r\n`);
  });
});
