import type * as ExcelJS from 'exceljs';

// ExcelJS costs some 24 MB of memory once loaded: only imports and exports need it, so it
// loads with the first of them rather than with every API process.
let excelModule: Promise<typeof ExcelJS> | undefined;
const loadExcel = () => (excelModule ??= import('exceljs'));

/**
 * Reading and writing the spreadsheets people exchange with the CRM: CSV in whatever
 * encoding their Excel saved it in, and .xlsx. Pure functions over buffers: no database,
 * no request context.
 */

export type FileEncoding = 'UTF8' | 'GBK' | 'BIG5';

export interface Sheet {
  headers: string[];
  /** Data rows after the header; `rows[i]` is the row Excel shows as number i + 2. */
  rows: string[][];
  format: 'CSV' | 'XLSX';
  /** The text encoding a CSV was read with; null for .xlsx. */
  encoding: FileEncoding | null;
}

export type TabularErrorCode = 'UNSUPPORTED_FORMAT' | 'EMPTY_FILE' | 'TOO_LARGE' | 'UNREADABLE';

/** A file the import cannot use; the message tells the person what to do about it. */
export class TabularError extends Error {
  constructor(
    readonly code: TabularErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'TabularError';
  }
}

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

// A zip holds compressed XML: a 5 MB .xlsx can inflate a hundredfold, and exceljs builds the
// whole workbook in memory (about 10 bytes of heap per byte of XML), so the inflated size is
// capped before it is opened. 20,000 rows of 40 columns inflate to under 50 MB.
const MAX_XLSX_INFLATED_BYTES = 64 * 1024 * 1024;

// ---------------------------------------------------------------------------------------
// Encoding detection

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// The most frequent characters of Chinese text in each script, plus the words customer
// files are made of (column names, surnames, given-name characters, places, address parts).
// A right decoding of a Chinese file is mostly made of these; a wrong one is mostly not.
const FREQUENT_HANS =
  '的一是不了人我在有他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里' +
  '用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日' +
  '者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应向头文体美相见被利' +
  '什二等产或新己制身果加西月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走' +
  '义各入几口认条平系气题活更别打女变四总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金' +
  '指许统区保至形社便空决展马科司五基书非则听白界达光放强即像难且权思王完设式色路记南品住告类求据程北边张' +
  '该交规万取拉格望觉术领共确传师观清今切院让识候带导运笑飞风步改收根造言联持组每济车亲林服快办议往元英士' +
  '证近失转夫令准布始怎呢存未远叫台单影具罗字爱流备连调深商算质团集百需价花华城石级整府离况请技际约示复病' +
  '息线似官火精满支视消越容照须九增写称企八功吗包片史委查轻易早曾除农找装广显吧李标谈吃图念六引历首医局专' +
  '费号尽另周较注语仅考落青随选列红响虽推参希古众构房半节土投某案黑划致陈律足态护七兴派孩验责营星够章音跟' +
  '志底站严例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害双境客纪采举父苏密低朝友诉止' +
  '细愿千值仍男钱网热助育属坐限职速刻乐否刚威毛状率独球般普怕校苦创假久错承印晚兰试股拿预谁益阳若哪送急' +
  '素药适波夜省初喜卫源食险待述陆习置居劳财环排福欢雷获模充负云停木游龙树层冷洲略范室异村策简卡判担州静退' +
  '既衣您宗积余检差富灵协角配修皮胜降阶审坚善妈刘读超免压银买养伊怀副帮宣佛岁航优怪香著田铁左右份穿艺背草' +
  '概块顿守酒岛户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻忙核姐介丽良序升监临亮露永呼味野架域沙鱼' +
  '杂误湾吉减编楚测屋梦散温困渐封救贵缺楼县尚移娘朋画班智亦短掌松秘谢遇康幸均销钟诗票旧端湖录叶春乡附礼港' +
  '雨板庭妇归饭额含顺输招婚补督油疗旅泽材莫笔鲜词择寻厂睡博烟授岸唐卖载健堂旁宫借君园宋荣姑孙牙束顶玉镇雪' +
  '午练爷馆凡洞卷牛宁纸私庄祖丝森熟骨访蒙歌店软典伙盘扩盖雄稳亿杨齐赛趣床迎冰玩窗妻购替虎扬途绿兄套贸毕谷' +
  '轮库街促延震甲伟麻川申灯针络朱抱植纯夏页杰筑郑贝吴秀雅振盛舞圆姓秋培诚宽宇梅伸盟丁赵纷钢吹巧慧汇' +
  // surnames and given names
  '郭何高罗梁谢宋许韩冯邓曹彭肖董袁潘于蒋蔡杜程魏吕任沈姚卢姜崔谭汪廖贾韦方邹孟熊秦邱尹薛闫段侯陶黎贺' +
  '郝龚邵钱覃戴孔汤赖简洪施翁麦区岑芳娟敏静秀玲淑惠珍婷怡欣佳豪俊嘉浩翔雯琳萍霞燕凤涛勇辉鹏峰磊斌晨颖晶' +
  '洁琪倩莹芬蓉桂珠翠瑞祥昌仁忠丰耀宏贤聪' +
  // places, addresses and customer-file words
  '新桃园澳门京津庆深圳杭州汉厦福岛沈郑济合肥昆莞佛珠巷弄号楼栋层室村镇区县市省路街道花厦场' +
  '电话手机码址生日出会员等级积分标签门店户编号邮箱件语言偏好备注性别先姐女士同意繁简体微信短寄联系方式渠' +
  '营销服务所属金卡普通消费购买金额次数洗加便利';

const FREQUENT_HANT =
  '的一是不了人我在有他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡裏' +
  '用道行所然家種事成方多經麼去法學如都同現當沒動面起看定天分還進好小部其些主樣理心她本前開但因只從想實日' +
  '者意無力它與長把機十民第公此已工使情明性知全三又關點正業外將兩高間由問很最重並物手應向頭文體美相見被利' +
  '什二等產或新己製制身果加西月話合回特代內信表化老給世位次度門任常先海通教兒原東聲提立及比員解水名真論處走' +
  '義各入幾口認條平系氣題活更別打女變四總何電數安少報才結反受目太量再感建務做接必場件計管期市直德資命山金' +
  '指許統區保至形社便空決展馬科司五基書非則聽白界達光放強即像難且權思王完設式色路記南品住告類求據程北邊張' +
  '該交規萬取拉格望覺術領共確傳師觀清今切院讓識候帶導運笑飛風步改收根造言聯持組每濟車親林服快辦議往元英士' +
  '證近失轉夫令準布始怎呢存未遠叫台臺單影具羅字愛流備連調深商算質團集百需價花華城石級整府離況請技際約示復病' +
  '息線似官火精滿支視消越容照須九增寫稱企八功嗎包片史委查輕易早曾除農找裝廣顯吧李標談吃圖念六引歷首醫局專' +
  '費號盡另周較注語僅考落青隨選列紅響雖推參希古眾構房半節土投某案黑劃致陳律足態護七興派孩驗責營星夠章音跟' +
  '志底站嚴例防族供效續施留講型料終答緊黃絕奇察母京段依批群項故按河米圍江織害雙境客紀採舉父蘇密低朝友訴止' +
  '細願千值仍男錢網熱助育屬坐限職速刻樂否剛威毛狀率獨球般普怕校苦創假久錯承印晚蘭試股拿預誰益陽若哪送急' +
  '素藥適波夜省初喜衛源食險待述陸習置居勞財環排福歡雷獲模充負雲停木遊龍樹層冷洲略範室異村策簡卡判擔州靜退' +
  '既衣您宗積餘檢差富靈協角配修皮勝降階審堅善媽劉讀超免壓銀買養伊懷副幫宣佛歲航優怪香田鐵左右份穿藝背草' +
  '概塊頓守酒島戶烈洋哥索胡款靠評版寶座釋景顧弟登貨互付伯慢歐換聞忙核姐介麗良序升監臨亮露永呼味野架域沙魚' +
  '雜誤灣吉減編楚測屋夢散溫困漸封救貴缺樓縣尚移娘朋畫班智亦短掌松秘謝遇康幸均銷鐘詩票舊端湖錄葉春鄉附禮港' +
  '雨板庭婦歸飯額含順輸招婚補督油療旅澤材莫筆鮮詞擇尋廠睡博煙授岸唐賣載健堂旁宮借君園宋榮姑孫牙束頂玉鎮雪' +
  '午練爺館凡洞卷牛寧紙私莊祖絲森熟骨訪蒙歌店軟典夥盤擴蓋雄穩億楊齊賽趣床迎冰玩窗妻購替虎揚途綠兄套貿畢谷' +
  '輪庫街促延震甲偉麻川申燈針絡朱抱植純夏頁傑築鄭貝吳秀雅振盛舞圓姓秋培誠寬宇梅伸盟丁趙紛鋼吹巧慧匯' +
  // surnames and given names
  '郭何高羅梁謝宋許韓馮鄧曹彭蕭董袁潘于蔣蔡杜程魏呂任沈姚盧姜崔譚汪廖賈韋方鄒孟熊秦邱尹薛閻段侯陶黎賀' +
  '郝龔邵錢覃戴孔湯賴簡洪施翁麥區岑詹莊游芳娟敏靜秀玲淑惠珍婷怡欣佳豪俊嘉浩翔雯琳萍霞燕鳳濤勇輝鵬峰磊斌' +
  '晨穎晶潔琪倩瑩芬蓉桂珠翠瑞祥昌仁忠豐耀宏賢聰' +
  // places, addresses and customer-file words
  '新桃園澳門九龍界竹嘉義屏宜蘭蓮彰雲苗栗投基隆雄廣州深圳巷弄號樓棟層室村鎮區縣市省路街道花廈場' +
  '電話手機碼址生日出會員等級積分標籤門店戶編號郵箱件語言偏好備註性別先姐女士同意繁簡體微信簡訊寄聯絡方式渠' +
  '行銷服務所屬金卡普通消費購買金額次數洗加便利';

const FREQUENT = new Set([...FREQUENT_HANS, ...FREQUENT_HANT]);

const DECODER_LABEL: Record<FileEncoding, string> = { UTF8: 'utf-8', GBK: 'gbk', BIG5: 'big5' };

// Only this much of a file is scored: enough rows to be sure, little enough to stay quick.
const DETECTION_SAMPLE_BYTES = 256 * 1024;

function hasPrefix(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

function isValidUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 with a stray byte or two (a pasted Latin-1 accent, two files joined). Legacy bytes
 * almost never form three-byte UTF-8 sequences, so many of those against a few errors
 * means UTF-8, and one bad byte must not turn the whole file into mojibake.
 */
function mostlyUtf8(buf: Buffer): boolean {
  let wide = 0;
  let invalid = 0;
  for (const ch of new TextDecoder('utf-8').decode(buf)) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd) invalid++;
    else if (cp >= 0x800) wide++;
  }
  return wide >= 20 * invalid;
}

type Legacy = 'GBK' | 'BIG5';

/**
 * How common a character is, from where its encoding puts it: GB2312 level 1 and Big5's
 * "frequent" block hold the everyday characters; the rest of each table is rarer, and a
 * wrong decoding lands there far more often than a right one.
 */
function rarity(encoding: Legacy, lead: number, trail: number): number {
  if (encoding === 'GBK') {
    if (trail >= 0xa1 && lead >= 0xb0 && lead <= 0xd7) return 1;
    if (trail >= 0xa1 && lead >= 0xd8 && lead <= 0xf7) return -1;
    return -2;
  }
  if (lead >= 0xa4 && (lead < 0xc6 || (lead === 0xc6 && trail <= 0x7e))) return 1;
  if (lead >= 0xc9 && lead <= 0xf9) return -1;
  return -2;
}

/** What one character says about a decoding: frequent characters score, debris costs. */
function charWeight(ch: string, rarityScore: number): number {
  const cp = ch.codePointAt(0)!;
  if (FREQUENT.has(ch)) return 4;
  if (cp === 0xfffd) return -10;
  // Unified ideographs outside the list: plausible in names, so only their rarity counts.
  if (cp >= 0x4e00 && cp <= 0x9fff) return rarityScore;
  // Punctuation Chinese files do use: CJK brackets and marks, full-width forms, quotes.
  if ((cp >= 0x3000 && cp <= 0x3011) || (cp >= 0xff01 && cp <= 0xff5e)) return 0;
  if ((cp >= 0x2018 && cp <= 0x201d) || cp === 0x2014 || cp === 0x2026) return 0;
  // Private use, compatibility ideographs, extension A and beyond, bopomofo, kana, Greek,
  // Cyrillic, box drawing: what a wrong decoding is full of.
  return -5;
}

const PAIR_CACHE: Record<Legacy, Map<number, string>> = { GBK: new Map(), BIG5: new Map() };

/**
 * How much the bytes read like Chinese in one encoding. Walks the two-byte characters
 * itself, as both encodings' decoders would, so each one's position in the table is known.
 */
function chineseScore(buf: Buffer, encoding: Legacy): number {
  const decoder = new TextDecoder(DECODER_LABEL[encoding]);
  const cache = PAIR_CACHE[encoding];
  let score = 0;
  let i = 0;
  while (i < buf.length) {
    const lead = buf[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = i + 1 < buf.length ? buf[i + 1] : -1;
    if (encoding === 'GBK' && lead !== 0xff && trail >= 0x30 && trail <= 0x39) {
      // A four-byte GB18030 sequence: outside GBK, nothing a spreadsheet of names holds.
      score -= 5;
      i += 4;
      continue;
    }
    const validTrail =
      encoding === 'GBK'
        ? trail >= 0x40 && trail <= 0xfe && trail !== 0x7f
        : (trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe);
    if (lead < 0x81 || lead > 0xfe || !validTrail) {
      score -= 10;
      i++;
      continue;
    }
    const key = (lead << 8) | trail;
    let ch = cache.get(key);
    if (ch === undefined) {
      ch = decoder.decode(Uint8Array.of(lead, trail));
      cache.set(key, ch);
    }
    // A few Big5 codes decode to two code points (a letter and a combining mark).
    score += [...ch].length === 1 ? charWeight(ch, rarity(encoding, lead, trail)) : -5;
    i += 2;
  }
  return score;
}

/**
 * The encoding of a text file from a spreadsheet. Excel on a Chinese Windows saves CSV in
 * the system code page: GBK in mainland China, Big5 in Taiwan and Hong Kong. Both are
 * two-byte encodings over the same byte ranges, so the bytes alone rarely decide; instead
 * both decodings are read and the one made of common Chinese characters wins.
 */
export function detectEncoding(buf: Buffer): FileEncoding {
  if (hasPrefix(buf, UTF8_BOM) || isValidUtf8(buf)) return 'UTF8';
  let sample = buf;
  if (buf.length > DETECTION_SAMPLE_BYTES) {
    // Cut at a line feed: it is never the second byte of a GBK or Big5 character.
    const cut = buf.lastIndexOf(0x0a, DETECTION_SAMPLE_BYTES);
    sample = buf.subarray(0, cut > 0 ? cut + 1 : DETECTION_SAMPLE_BYTES);
  }
  if (mostlyUtf8(sample)) return 'UTF8';
  const gbk = chineseScore(sample, 'GBK');
  const big5 = chineseScore(sample, 'BIG5');
  // A tie means no Chinese signal at all; GBK is the larger population.
  return big5 > gbk ? 'BIG5' : 'GBK';
}

function isUtf16(buf: Buffer): boolean {
  return hasPrefix(buf, [0xff, 0xfe]) || hasPrefix(buf, [0xfe, 0xff]);
}

// Excel's "Unicode Text" export; rare enough now that asking for CSV UTF-8 beats a fourth encoding.
function utf16Error(): TabularError {
  return new TabularError(
    'UNREADABLE',
    'This file is saved as "Unicode Text" (UTF-16). In Excel, use Save As → "CSV UTF-8 (Comma delimited)" or Excel Workbook (.xlsx) and upload that instead.',
  );
}

/** The text of a CSV in the given encoding, or the detected one; without a byte-order mark. */
export function decodeText(
  buf: Buffer,
  encoding: FileEncoding | 'AUTO' = 'AUTO',
): { text: string; encoding: FileEncoding } {
  if (isUtf16(buf)) throw utf16Error();
  const chosen = encoding === 'AUTO' ? detectEncoding(buf) : encoding;
  const body = chosen === 'UTF8' && hasPrefix(buf, UTF8_BOM) ? buf.subarray(3) : buf;
  let text = new TextDecoder(DECODER_LABEL[chosen]).decode(body);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: chosen };
}

// ---------------------------------------------------------------------------------------
// CSV

function headerDelimiter(text: string): string {
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === '\t') tabs++;
  }
  if (commas > 0 || (semicolons === 0 && tabs === 0)) return ',';
  return tabs >= semicolons ? '\t' : ';';
}

/**
 * RFC 4180 records. Blank lines inside the data are kept as records so that record
 * numbers stay the row numbers Excel shows; only trailing blank records are dropped.
 */
export function parseCsv(text: string): string[][] {
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Excel writes and honours a first line "sep=;" that names the delimiter; it is no row.
  let delimiter: string;
  const sep = /^sep=(.)(\r\n|\n|\r|$)/i.exec(src);
  if (sep) {
    delimiter = sep[1];
    src = src.slice(sep[0].length);
  } else {
    delimiter = headerDelimiter(src);
  }

  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const n = src.length;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < n) {
    const ch = src[i];
    if (ch === '"' && field === '') {
      const startLine = line;
      i++;
      for (;;) {
        if (i >= n) {
          throw new TabularError(
            'UNREADABLE',
            `A quoted value that starts on line ${startLine} is never closed. Check that line for a stray " character.`,
          );
        }
        const c = src[i];
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
        field += c;
        i++;
      }
      // Anything between the closing quote and the delimiter is kept, as Excel does.
      continue;
    }
    if (ch === delimiter) {
      endField();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) endRecord();

  while (records.length > 0 && records[records.length - 1].every((f) => f === '')) records.pop();
  return records;
}

// ---------------------------------------------------------------------------------------
// Reading a file

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

// The apostrophe writeCsv and writeXlsx put before a would-be formula is not part of the
// value: taking it off again lets an exported file re-import unchanged.
const ESCAPED_FORMULA = /^'[=+\-@\t\r＝＋－＠]/;

function cleanCell(value: string): string {
  return (ESCAPED_FORMULA.test(value) ? value.slice(1) : value).trim();
}

function isBlank(row: string[]): boolean {
  return row.every((cell) => cell === '');
}

function toSheet(table: string[][], format: Sheet['format'], encoding: FileEncoding | null): Sheet {
  const cleaned = table.map((row) => row.map(cleanCell));
  if (cleaned.every(isBlank)) throw new TabularError('EMPTY_FILE', 'The file is empty.');
  const headers = [...cleaned[0]];
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  if (headers.length === 0) {
    throw new TabularError('UNREADABLE', 'Row 1 is empty: the first row must hold the column names.');
  }
  const width = headers.length;
  const rows = cleaned.slice(1).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  while (rows.length > 0 && isBlank(rows[rows.length - 1])) rows.pop();
  if (rows.length === 0) {
    throw new TabularError('EMPTY_FILE', 'The file has column names in row 1 but no rows below them.');
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new TabularError(
      'TOO_LARGE',
      `The file has ${rows.length.toLocaleString('en')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once. Split it into smaller files.`,
    );
  }
  return { headers, rows, format, encoding };
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).trim().toLowerCase();
}

/** Reads the first sheet of a CSV or .xlsx upload into header and data rows. */
export async function readTable(
  fileName: string,
  content: Buffer,
  encoding: FileEncoding | 'AUTO' = 'AUTO',
): Promise<Sheet> {
  if (content.length === 0) throw new TabularError('EMPTY_FILE', 'The file is empty.');
  if (content.length > MAX_IMPORT_BYTES) {
    throw new TabularError(
      'TOO_LARGE',
      `The file is ${(content.length / 1024 / 1024).toFixed(1)} MB; at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported. Split it into smaller files.`,
    );
  }
  const ext = extensionOf(fileName);

  if (hasPrefix(content, OLE_MAGIC)) {
    // An .xlsx with a password is wrapped in the same container as an old .xls.
    throw new TabularError(
      'UNSUPPORTED_FORMAT',
      ext === 'xlsx'
        ? 'This workbook is password-protected. Remove the password in Excel (File → Info → Protect Workbook) and upload it again.'
        : 'This looks like an old .xls file. Open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then upload that.',
    );
  }
  if (hasPrefix(content, ZIP_MAGIC)) {
    if (ext === 'ods' || ext === 'numbers') {
      throw new TabularError('UNSUPPORTED_FORMAT', 'Save the spreadsheet as Excel Workbook (.xlsx) or CSV and upload that.');
    }
    return toSheet(await readXlsxTable(content), 'XLSX', null);
  }
  if (ext === 'xls' || ext === 'et') {
    throw new TabularError(
      'UNSUPPORTED_FORMAT',
      'This looks like an old .xls file. Open it in Excel and save it as Excel Workbook (.xlsx) or CSV UTF-8, then upload that.',
    );
  }
  if (ext === 'xlsx' || ext === 'xlsm') {
    throw new TabularError('UNREADABLE', 'This file is not a valid .xlsx workbook. Open it in Excel, save it again as .xlsx and upload that.');
  }
  if (ext !== 'csv' && ext !== 'txt' && ext !== 'tsv') {
    throw new TabularError('UNSUPPORTED_FORMAT', 'Upload a .xlsx or .csv file.');
  }
  if (isUtf16(content)) throw utf16Error();
  if (content.subarray(0, 4096).includes(0)) {
    throw new TabularError('UNREADABLE', 'This file is not plain text. Save it from Excel as CSV UTF-8 or .xlsx and upload that.');
  }
  const decoded = decodeText(content, encoding);
  return toSheet(parseCsv(decoded.text), 'CSV', decoded.encoding);
}

/** The inflated size of every entry, from the zip's central directory. */
function zipInflatedSize(buf: Buffer): number {
  const end = buf.length - 22;
  for (let at = end; at >= Math.max(0, end - 0xffff); at--) {
    if (buf.readUInt32LE(at) !== 0x06054b50) continue;
    const entries = buf.readUInt16LE(at + 10);
    let offset = buf.readUInt32LE(at + 16);
    let total = 0;
    for (let e = 0; e < entries; e++) {
      if (offset + 46 > buf.length || buf.readUInt32LE(offset) !== 0x02014b50) return Number.NaN;
      const size = buf.readUInt32LE(offset + 24);
      // 0xFFFFFFFF defers to a zip64 record: more than this reader will ever accept anyway.
      if (size === 0xffffffff) return Number.POSITIVE_INFINITY;
      total += size;
      offset += 46 + buf.readUInt16LE(offset + 28) + buf.readUInt16LE(offset + 30) + buf.readUInt16LE(offset + 32);
    }
    return total;
  }
  return Number.NaN;
}

const NOT_A_WORKBOOK = 'This file could not be read as an Excel workbook. Open it in Excel, save it again as .xlsx and upload that.';

async function readXlsxTable(content: Buffer): Promise<string[][]> {
  const inflated = zipInflatedSize(content);
  if (Number.isNaN(inflated)) throw new TabularError('UNREADABLE', NOT_A_WORKBOOK);
  if (inflated > MAX_XLSX_INFLATED_BYTES) {
    throw new TabularError(
      'TOO_LARGE',
      'This workbook is too large to import. Keep only the customer sheet and its columns, or split it into smaller files.',
    );
  }
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw new TabularError('UNREADABLE', NOT_A_WORKBOOK);
  }
  const sheets = workbook.worksheets;
  // Hidden sheets hold lookup lists; the first sheet a person sees is the one they mean.
  const sheet = sheets.find((s) => s.state === 'visible') ?? sheets[0];
  if (!sheet) throw new TabularError('EMPTY_FILE', 'The workbook has no sheets.');

  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    const count = row.cellCount;
    for (let c = 1; c <= count; c++) cells.push(cellText(row.getCell(c)));
    if (rowNumber > MAX_IMPORT_ROWS + 1 && cells.some((v) => v.trim() !== '')) {
      throw new TabularError(
        'TOO_LARGE',
        `The sheet has data down to row ${rowNumber.toLocaleString('en')}; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows can be imported at once. Split it into smaller files.`,
      );
    }
    while (table.length < rowNumber - 1) table.push([]);
    table[rowNumber - 1] = cells;
  });
  return table;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatDate(d: Date): string {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return date;
  const time = `${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
  // A time without a date is stored as a day-zero date.
  return d.getUTCFullYear() < 1900 ? time : `${date} ${time}`;
}

/** A number as a person would type it: no exponent, no binary noise past Excel's 15 digits. */
function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const rounded = Number(n.toPrecision(15));
  const text = String(rounded);
  if (!text.includes('e')) return text;
  return rounded.toFixed(20).replace(/\.?0+$/, '');
}

function valueText(value: unknown, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    // A format of only zeros ("0000000000") is how sheets keep a phone's leading zero.
    if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value) && value >= 0) {
      return String(value).padStart(numFmt.length, '0');
    }
    return plainNumber(value);
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((run) => run.text ?? '').join('');
    if ('hyperlink' in v) return valueText(v.text, numFmt);
    if ('formula' in v || 'sharedFormula' in v) return valueText(v.result, numFmt);
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}

/** ExcelJS's ValueType.Merge, kept here so reading a cell needs no handle on the library. */
const MERGE_VALUE_TYPE = 1 satisfies ExcelJS.ValueType.Merge;

function cellText(cell: ExcelJS.Cell): string {
  // Excel itself treats the covered cells of a merged range as empty (as its CSV export shows).
  if (cell.type === MERGE_VALUE_TYPE) return '';
  return valueText(cell.value, cell.numFmt);
}

// ---------------------------------------------------------------------------------------
// Writing files

type CsvValue = string | number | boolean | null | undefined;
type XlsxValue = CsvValue | Date;

/**
 * A leading = + - @ (or tab, carriage return) makes a spreadsheet read text as a formula
 * (CSV injection): an apostrophe keeps it text. Full-width forms are included because a
 * Chinese input method types them and Excel folds them to ASCII.
 */
function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text;
}

function csvField(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'number') text = plainNumber(value);
  else if (typeof value === 'boolean') text = value ? 'TRUE' : 'FALSE';
  else text = neutralizeFormula(value);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV that Excel opens with Chinese intact: UTF-8 with a byte-order mark, CRLF. */
export function writeCsv(headers: string[], rows: CsvValue[][]): Buffer {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
  return Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

/** Columns as wide as a spreadsheet needs: CJK and full-width characters take two cells. */
function displayWidth(text: string): number {
  let width = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    let w = 0;
    for (const ch of line) {
      const cp = ch.codePointAt(0)!;
      const wide =
        (cp >= 0x1100 && cp <= 0x115f) ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        cp >= 0x20000;
      w += wide ? 2 : 1;
    }
    width = Math.max(width, w);
  }
  return width;
}

function sheetTitle(name: string): string {
  // Excel forbids these characters and more than 31 characters in a sheet name.
  const title = name.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31);
  return title || 'Sheet1';
}

function isMidnightUtc(d: Date): boolean {
  return d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
}

/**
 * An .xlsx with a bold, frozen header row. Dates are written as their UTC date and time
 * (a spreadsheet has no time zones): pass a formatted string where local time matters.
 */
export async function writeXlsx(sheetName: string, headers: string[], rows: XlsxValue[][]): Promise<Buffer> {
  const excel = await loadExcel();
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(sheetTitle(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const widths = headers.map((h) => displayWidth(h));

  const header = sheet.addRow(headers.map((h) => neutralizeFormula(h)));
  header.font = { bold: true };

  for (const values of rows) {
    const row = sheet.addRow(
      values.map((v) => (v === undefined ? null : typeof v === 'string' ? neutralizeFormula(v) : v)),
    );
    values.forEach((v, c) => {
      let text: string;
      if (v instanceof Date) {
        const dateOnly = isMidnightUtc(v);
        row.getCell(c + 1).numFmt = dateOnly ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
        text = dateOnly ? '0000-00-00' : '0000-00-00 00:00:00';
      } else if (typeof v === 'number') text = plainNumber(v);
      else if (typeof v === 'string') text = neutralizeFormula(v);
      else text = v === true ? 'TRUE' : v === false ? 'FALSE' : '';
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(text));
    });
  }
  widths.forEach((w, c) => {
    sheet.getColumn(c + 1).width = Math.min(60, Math.max(8, w + 2));
  });
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as unknown as ArrayBuffer);
}
