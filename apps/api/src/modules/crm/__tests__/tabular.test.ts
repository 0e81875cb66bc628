import * as ExcelJS from 'exceljs';
import {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  TabularError,
  decodeText,
  detectEncoding,
  parseCsv,
  readTable,
  writeCsv,
  writeXlsx,
  type TabularErrorCode,
} from '../import/tabular';

// Node encodes only UTF-8, so legacy fixtures are built by inverting its own decoders over
// every two-byte code. Big5 tries the standard table (A1–FE) before the Hong Kong
// extensions, so the bytes are those a Taiwanese Excel writes.
function legacyEncoder(label: 'gbk' | 'big5', leads: number[]): (text: string) => Buffer {
  const decoder = new TextDecoder(label);
  const codes = new Map<string, number[]>();
  for (const lead of leads) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if ([...ch].length === 1 && ch !== '\ufffd' && !codes.has(ch)) codes.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
      else {
        const code = codes.get(ch);
        if (!code) throw new Error(`${label} has no ${ch}`);
        bytes.push(...code);
      }
    }
    return Buffer.from(bytes);
  };
}
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const gbk = legacyEncoder('gbk', range(0x81, 0xfe));
const big5 = legacyEncoder('big5', [...range(0xa1, 0xfe), ...range(0x81, 0xa0)]);

async function tabularError(promise: Promise<unknown> | (() => unknown)): Promise<TabularError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(TabularError);
    return error as TabularError;
  }
  throw new Error('expected a TabularError');
}

async function expectCode(promise: Promise<unknown> | (() => unknown), code: TabularErrorCode): Promise<TabularError> {
  const error = await tabularError(promise);
  expect(error.code).toBe(code);
  return error;
}

describe('detectEncoding and decodeText', () => {
  const traditional = '姓名,電話,生日\n陳大文,0912345678,1985/3/2';
  const simplified = '姓名,电话,生日\n陈大文,13812345678,1985/3/2';

  it('reads a short Traditional file saved as Big5', () => {
    const buf = big5(traditional);
    expect(detectEncoding(buf)).toBe('BIG5');
    expect(decodeText(buf)).toEqual({ text: traditional, encoding: 'BIG5' });
  });

  it('reads a short Simplified file saved as GBK', () => {
    const buf = gbk(simplified);
    expect(detectEncoding(buf)).toBe('GBK');
    expect(decodeText(buf)).toEqual({ text: simplified, encoding: 'GBK' });
  });

  it.each([
    ['header line only', '客戶編號,姓名,電話,電子郵件,生日,地址', '客户编号,姓名,电话,电子邮件,生日,地址'],
    ['one name', '姓名\n張偉', '姓名\n张伟'],
    ['names under an English header', 'Name,Phone\n歐陽娜娜,0912000111\n鄭雅婷,0922333444', 'Name,Phone\n欧阳娜娜,13800138000\n郑雅婷,13912345678'],
    ['addresses', '地址\n香港九龍旺角彌敦道600號\n新北市板橋區文化路一段', '地址\n北京市朝阳区建国路88号\n上海市浦东新区陆家嘴环路1000号'],
    ['notes with punctuation', '姓名,備註\n劉德華,喜歡週末來洗車，會員「金卡」。', '姓名,备注\n刘德华,喜欢周末来洗车，会员「金卡」。'],
    ['tags', '標籤\n老客戶、高價值', '标签\n老客户、高价值'],
    ['less common name characters', '姓名\n翟瀟\n鮑蕾\n殷婕', '姓名\n翟潇\n鲍蕾\n殷婕'],
  ])('tells Big5 from GBK: %s', (_, hant, hans) => {
    expect(detectEncoding(big5(hant))).toBe('BIG5');
    expect(detectEncoding(gbk(hans))).toBe('GBK');
  });

  it('reads Traditional characters saved as GBK as GBK', () => {
    expect(detectEncoding(gbk(traditional))).toBe('GBK');
  });

  it('takes UTF-8 with or without a byte-order mark, and plain ASCII', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(traditional)]);
    expect(detectEncoding(withBom)).toBe('UTF8');
    expect(decodeText(withBom)).toEqual({ text: traditional, encoding: 'UTF8' });
    expect(decodeText(Buffer.from(simplified))).toEqual({ text: simplified, encoding: 'UTF8' });
    expect(detectEncoding(Buffer.from('Name,Phone\nChan,12345678'))).toBe('UTF8');
  });

  it('keeps a UTF-8 file UTF-8 despite a stray byte', () => {
    const text = '姓名,地址\n陳大文,台北市信義區松仁路100號\n黃淑芬,香港九龍旺角彌敦道600號\n';
    const buf = Buffer.concat([Buffer.from(text), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]);
    expect(detectEncoding(buf)).toBe('UTF8');
    expect(decodeText(buf).text).toBe(`${text}Caf\ufffd\n`);
  });

  it('decodes with the encoding it is told, whatever detection would say', () => {
    expect(decodeText(big5(traditional), 'BIG5').text).toBe(traditional);
    expect(decodeText(big5(traditional), 'GBK')).toMatchObject({ encoding: 'GBK' });
    expect(decodeText(big5(traditional), 'GBK').text).not.toBe(traditional);
  });

  it('judges a long file by its first part and decodes all of it', () => {
    const row = '\n黃淑芬,0912345678,台北市信義區松仁路100號';
    const text = '姓名,電話,地址' + row.repeat(20_000);
    const buf = big5(text);
    expect(buf.length).toBeGreaterThan(256 * 1024);
    expect(decodeText(buf)).toEqual({ text, encoding: 'BIG5' });
  });

  it('asks for CSV UTF-8 instead of a UTF-16 "Unicode Text" file', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名\t電話', 'utf16le')]);
    const error = await expectCode(() => decodeText(utf16), 'UNREADABLE');
    expect(error.message).toContain('CSV UTF-8');
  });
});

describe('parseCsv', () => {
  it('follows RFC 4180: quotes, doubled quotes, delimiters and line breaks inside quotes', () => {
    const text = 'name,note,phone\r\n"Chan, Tai Man","He said ""hi""\r\nand left",0912\r\nLee,"",\r\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note', 'phone'],
      ['Chan, Tai Man', 'He said "hi"\r\nand left', '0912'],
      ['Lee', '', ''],
    ]);
  });

  it('accepts LF, CR and CRLF line ends in one file', () => {
    expect(parseCsv('a,b\nc,d\re,f\r\ng,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('keeps blank lines inside the data so record numbers stay row numbers, and drops trailing ones', () => {
    expect(parseCsv('name\nA\n\nB\n\n,\n\r\n')).toEqual([['name'], ['A'], [''], ['B']]);
  });

  it.each([
    ['semicolons', '姓名;電話\n陳大文;"0912;345"', ['姓名', '電話'], ['陳大文', '0912;345']],
    ['tabs', '姓名\t電話\n陳大文\t0912, 345', ['姓名', '電話'], ['陳大文', '0912, 345']],
    ['commas even with semicolons in the header', 'a;b,c\n1;2,3', ['a;b', 'c'], ['1;2', '3']],
    ['a sep= line', 'sep=;\r\nname,x;phone\r\nA,1;2', ['name,x', 'phone'], ['A,1', '2']],
  ])('detects the delimiter: %s', (_, text, header, row) => {
    expect(parseCsv(text)).toEqual([header, row]);
  });

  it('keeps quotes that do not open a field, as Excel does', () => {
    expect(parseCsv('size,x\n5" screen,"a"b')).toEqual([
      ['size', 'x'],
      ['5" screen', 'ab'],
    ]);
  });

  it('strips a byte-order mark and reads nothing from an empty text', () => {
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\r\n\r\n')).toEqual([]);
  });

  it('names the line of a quote that never closes', async () => {
    const error = await expectCode(() => parseCsv('name,note\nA,ok\nB,"broken\nC,x'), 'UNREADABLE');
    expect(error.message).toContain('line 3');
  });
});

describe('readTable: CSV', () => {
  it('gives trimmed headers and rows padded to the header width', async () => {
    const csv = ' 姓名 ,電話,\n陳大文, 0912345678 \n李小龍\n\n張三,1,2,3\n,,\n';
    const sheet = await readTable('customers.csv', Buffer.from(csv));
    expect(sheet).toEqual({
      headers: ['姓名', '電話'],
      rows: [
        ['陳大文', '0912345678'],
        ['李小龍', ''],
        ['', ''],
        ['張三', '1'],
      ],
      format: 'CSV',
      encoding: 'UTF8',
    });
  });

  it('reads a Big5 and a GBK file and says which it was', async () => {
    const hant = await readTable('客戶.csv', big5('姓名,電話,生日\r\n陳大文,0912345678,1985/3/2\r\n'));
    expect(hant).toMatchObject({ encoding: 'BIG5', headers: ['姓名', '電話', '生日'], rows: [['陳大文', '0912345678', '1985/3/2']] });
    const hans = await readTable('客户.TXT', gbk('姓名\t电话\r\n陈大文\t13812345678\r\n'));
    expect(hans).toMatchObject({ encoding: 'GBK', headers: ['姓名', '电话'], rows: [['陈大文', '13812345678']] });
  });

  it('reads with the encoding it is told', async () => {
    const sheet = await readTable('x.csv', big5('姓名\n陳大文'), 'GBK');
    expect(sheet.encoding).toBe('GBK');
    expect(sheet.headers).not.toEqual(['姓名']);
  });

  it.each([
    ['an empty file', 'a.csv', Buffer.alloc(0), 'EMPTY_FILE'],
    ['only blank lines', 'a.csv', Buffer.from('\r\n,,\r\n'), 'EMPTY_FILE'],
    ['a header and no rows', 'a.csv', Buffer.from('姓名,電話\r\n\r\n'), 'EMPTY_FILE'],
    ['a blank first row', 'a.csv', Buffer.from(',\n陳大文,1'), 'UNREADABLE'],
    ['a PDF', 'a.pdf', Buffer.from('%PDF-1.7'), 'UNSUPPORTED_FORMAT'],
    ['a binary file named .csv', 'a.csv', Buffer.from([0x41, 0x00, 0x42, 0x00]), 'UNREADABLE'],
  ] as const)('rejects %s', async (_, name, content, code) => {
    await expectCode(readTable(name, content), code);
  });

  it('rejects an old .xls and says how to fix it', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const error = await expectCode(readTable('客戶.xls', ole), 'UNSUPPORTED_FORMAT');
    expect(error.message).toContain('.xlsx');
    // An encrypted .xlsx has the same container; the advice differs.
    expect((await expectCode(readTable('客戶.xlsx', ole), 'UNSUPPORTED_FORMAT')).message).toContain('password');
    // An "xls" that is really text (exported by some systems) is still refused by name.
    await expectCode(readTable('export.xls', Buffer.from('a\tb\n1\t2')), 'UNSUPPORTED_FORMAT');
  });

  it(`accepts ${MAX_IMPORT_ROWS} rows and refuses one more`, async () => {
    const lines = (n: number) => Buffer.from(['name', ...Array.from({ length: n }, (_, i) => `C${i}`)].join('\n'));
    expect((await readTable('a.csv', lines(MAX_IMPORT_ROWS))).rows).toHaveLength(MAX_IMPORT_ROWS);
    const error = await expectCode(readTable('a.csv', lines(MAX_IMPORT_ROWS + 1)), 'TOO_LARGE');
    expect(error.message).toContain('20,000');
  });

  it(`refuses a file over ${MAX_IMPORT_BYTES / 1024 / 1024} MB before reading it`, async () => {
    await expectCode(readTable('a.csv', Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41)), 'TOO_LARGE');
  });
});

describe('readTable: xlsx', () => {
  async function fixture(): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const hidden = workbook.addWorksheet('Lists');
    hidden.state = 'hidden';
    hidden.addRow(['not', 'this']);
    const sheet = workbook.addWorksheet('客戶');
    sheet.addRow(['姓名', '生日', '電話', '積分', '備註', '網站', '同意', '市話', '小計', '門店']);
    sheet.addRow([
      { richText: [{ text: '陳' }, { text: '大文', font: { bold: true } }] },
      new Date(Date.UTC(1985, 2, 2)),
      13812345678,
      1234.5,
      '  VIP  ',
      { text: '官網', hyperlink: 'https://example.com' },
      true,
      912345678,
      { formula: 'D2*2', result: 2469 },
      '台北',
    ]);
    sheet.getCell('H2').numFmt = '0000000000';
    sheet.addRow(['李小龍', new Date(Date.UTC(2000, 11, 31, 8, 30)), '0912-345-678', 0.1 + 0.2, null, null, false, null, { formula: 'NA()', result: { error: '#N/A' } }]);
    sheet.addRow([]);
    sheet.addRow(['張三', '', '', 1e21]);
    sheet.mergeCells('J2:J4');
    sheet.getCell('B5').value = null;
    workbook.addWorksheet('Other').addRow(['not', 'this']);
    return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  }

  it('reads the first visible sheet with cells as a person sees them', async () => {
    const sheet = await readTable('客戶.xlsx', await fixture());
    expect(sheet.format).toBe('XLSX');
    expect(sheet.encoding).toBeNull();
    expect(sheet.headers).toEqual(['姓名', '生日', '電話', '積分', '備註', '網站', '同意', '市話', '小計', '門店']);
    expect(sheet.rows).toEqual([
      ['陳大文', '1985-03-02', '13812345678', '1234.5', 'VIP', '官網', 'TRUE', '0912345678', '2469', '台北'],
      ['李小龍', '2000-12-31 08:30', '0912-345-678', '0.3', '', '', 'FALSE', '', '#N/A', ''],
      ['', '', '', '', '', '', '', '', '', ''],
      ['張三', '', '', '1000000000000000000000', '', '', '', '', '', ''],
    ]);
  });

  it('is found by its content whatever its name', async () => {
    const sheet = await readTable('customers.csv', await fixture());
    expect(sheet.format).toBe('XLSX');
  });

  it('refuses a damaged workbook and one with no rows', async () => {
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
    expect((await expectCode(readTable('a.xlsx', damaged), 'UNREADABLE')).message).toContain('.xlsx');
    await expectCode(readTable('a.xlsx', Buffer.from('姓名\n陳大文')), 'UNREADABLE');

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1').addRow(['姓名', '電話']);
    const headerOnly = Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    await expectCode(readTable('a.xlsx', headerOnly), 'EMPTY_FILE');
  });

  it(`refuses a sheet with more than ${MAX_IMPORT_ROWS} rows`, async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['name']);
    sheet.getCell(`A${MAX_IMPORT_ROWS + 2}`).value = 'one too many';
    const content = Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as ArrayBuffer);
    const error = await expectCode(readTable('a.xlsx', content), 'TOO_LARGE');
    expect(error.message).toContain('20,002');
  });

  it('refuses a zip that would inflate past what can be held in memory', async () => {
    // One stored entry whose directory record claims 2 GB, as a zip bomb's would.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(2 ** 31, 24);
    central.writeUInt16LE(name.length, 28);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(central.length + name.length, 12);
    end.writeUInt32LE(local.length + name.length, 16);
    const zip = Buffer.concat([local, name, central, name, end]);
    await expectCode(readTable('bomb.xlsx', zip), 'TOO_LARGE');
  });
});

describe('writeCsv', () => {
  it('writes UTF-8 with a byte-order mark and CRLF, quoting only where needed', () => {
    const buf = writeCsv(['姓名', '備註'], [
      ['陳大文', 'a, b'],
      ['李"小"龍', 'line 1\nline 2'],
      [null, undefined],
      [42, true],
    ]);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.subarray(3).toString('utf8')).toBe(
      '姓名,備註\r\n陳大文,"a, b"\r\n"李""小""龍","line 1\nline 2"\r\n,\r\n42,TRUE\r\n',
    );
  });

  it('keeps text that a spreadsheet would run as a formula from being one', () => {
    const buf = writeCsv(['v'], [['=HYPERLINK("http://x","y")'], ['+85291234567'], ['-5'], ['@SUM(A1)'], ['\tx'], ['＝1+1'], [-5], [1e-7], ['a=b']]);
    const lines = buf.subarray(3).toString('utf8').split('\r\n');
    expect(lines.slice(1, -1)).toEqual([
      '"\'=HYPERLINK(""http://x"",""y"")"',
      "'+85291234567",
      "'-5",
      "'@SUM(A1)",
      '"\'\tx"',
      "'＝1+1",
      '-5',
      '0.0000001',
      'a=b',
    ]);
  });

  it('reads back as written: writeCsv → decodeText → parseCsv, and readTable undoes the apostrophes', async () => {
    const headers = ['姓名', '电话', '備註'];
    const rows = [
      ['陈大文', '+8613812345678', '喜歡"洗車", 週末\r\n第二行'],
      ['=cmd', '', '-'],
    ];
    const { text, encoding } = decodeText(writeCsv(headers, rows));
    expect(encoding).toBe('UTF8');
    expect(parseCsv(text)).toEqual([headers, [rows[0][0], "'+8613812345678", rows[0][2]], ["'=cmd", '', "'-"]]);
    const sheet = await readTable('export.csv', writeCsv(headers, rows));
    expect(sheet.rows).toEqual([['陈大文', '+8613812345678', '喜歡"洗車", 週末\r\n第二行'], ['=cmd', '', '-']]);
  });
});

describe('writeXlsx', () => {
  it('reads back with readTable: text, numbers, dates and neutralized formulas', async () => {
    const buf = await writeXlsx('客戶 2024/1', ['姓名', '電話', '生日', '積分', '到店', '會員'], [
      ['陳大文', '0912345678', new Date(Date.UTC(1985, 2, 2)), 1200, new Date(Date.UTC(2024, 0, 5, 9, 15, 30)), true],
      ['=1+1', '+85291234567', null, -3.5, undefined, false],
    ]);
    const sheet = await readTable('export.xlsx', buf);
    expect(sheet.headers).toEqual(['姓名', '電話', '生日', '積分', '到店', '會員']);
    expect(sheet.rows).toEqual([
      ['陳大文', '0912345678', '1985-03-02', '1200', '2024-01-05 09:15:30', 'TRUE'],
      ['=1+1', '+85291234567', '', '-3.5', '', 'FALSE'],
    ]);
  });

  it('has a bold frozen header, strings that stay strings, and columns sized for CJK text', async () => {
    const longName = '台北市信義區松仁路一百號十樓'; // 14 characters, 28 columns wide
    const buf = await writeXlsx('[客戶]:*?', ['姓名', 'Address', 'Phone'], [[longName, 'Nathan Road', '=1+1']]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('客戶');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold ?? sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('C2').value).toBe("'=1+1");
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getColumn(2).width).toBe(13);
    expect(sheet.getColumn(3).width).toBe(8);
  });
});
