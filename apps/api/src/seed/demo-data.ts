/**
 * Demo organisation for seeding: one company with the head-office business management
 * dept, two regional business depts with three field sites each (R-ORG-2), head-office
 * functional depts, and one service station with its departments (R-ORG-1). Every
 * position carries a job description (R-ORG-3); employees hold positions in units (R-ORG-5).
 *
 * Job descriptions follow the regime's sources: 000/001 (站長, 副站長 and the station
 * departments), 002 (客服管理員 in 第1篇, 客服代表 in 第6篇, 客服部主管 in 第7篇, the
 * three-level material structure in 第2–4篇, the complaint procedure in 第8篇) and 003
 * (前台接待, 客服專員, 行政後勤人員).
 *
 * Pure data: no imports, no I/O, no Math.random. demoEmployees() is deterministic.
 */

export type UnitKind = 'COMPANY' | 'MANAGEMENT_DEPT' | 'BUSINESS_DEPT' | 'FIELD_SITE' | 'STATION' | 'DEPARTMENT';

export type UnitFunction =
  | 'CUSTOMER_SERVICE'
  | 'TECHNICAL_SUPPORT'
  | 'GOODS_MANAGEMENT'
  | 'LOGISTICS'
  | 'BACK_OFFICE'
  | 'QUALITY_CONTROL'
  | 'FINANCE'
  | 'PLANNING'
  | 'SALES'
  | 'GENERAL';

export interface DemoUnit {
  code: string;
  name: string;
  nameEn: string;
  kind: UnitKind;
  function?: UnitFunction;
  parentCode: string | null;
}

export interface DemoPosition {
  code: string;
  title: string;
  titleEn: string;
  unitCode: string;
  superiorCode: string | null;
  plannedHeadcount: number;
  isHead: boolean;
  summary: string;
  duties: string[];
}

export interface DemoEmployee {
  employeeNo: string;
  name: string;
  email: string;
  phone: string;
  unitCode: string;
  positionCode: string;
  /** YYYY-MM-DD */
  hireDate: string;
  status: 'ACTIVE' | 'ON_LEAVE' | 'INACTIVE';
}

export const demoCompanyCode: string = 'HQ';

export const demoKeyPeople = {
  stationManager: 'E0001',
  deputy1: 'E0002',
  deputy2: 'E0003',
  csHead: 'E0004',
  csAgent: 'E0005',
  technician: 'E0006',
  businessDeptHead: 'E0007',
  businessDeptAccountant: 'E0008',
  managementAccountant: 'E0009',
  generalManager: 'E0010',
} as const;

// ---------------------------------------------------------------------------
// Business departments and their field sites (R-ORG-2)
// ---------------------------------------------------------------------------

interface SiteSpec {
  code: string;
  name: string;
  nameEn: string;
  technicians: number;
}

interface BusinessDeptSpec {
  code: string;
  name: string;
  nameEn: string;
  region: string;
  regionEn: string;
  sites: SiteSpec[];
}

// The sources' field sites service wind turbines (002 第2篇: 替換風機上的損壞件), hence wind-farm locations.
const BUSINESS_DEPTS: BusinessDeptSpec[] = [
  {
    code: 'BD-N',
    name: '北區業務部',
    nameEn: 'Northern Business Department',
    region: '北區',
    regionEn: 'Northern',
    sites: [
      { code: 'BD-N-S1', name: '桃園觀音現場', nameEn: 'Taoyuan Guanyin Site', technicians: 5 },
      { code: 'BD-N-S2', name: '新竹香山現場', nameEn: 'Hsinchu Xiangshan Site', technicians: 4 },
      { code: 'BD-N-S3', name: '苗栗通霄現場', nameEn: 'Miaoli Tongxiao Site', technicians: 4 },
    ],
  },
  {
    code: 'BD-S',
    name: '南區業務部',
    nameEn: 'Southern Business Department',
    region: '南區',
    regionEn: 'Southern',
    sites: [
      { code: 'BD-S-S1', name: '彰化芳苑現場', nameEn: 'Changhua Fangyuan Site', technicians: 5 },
      { code: 'BD-S-S2', name: '雲林麥寮現場', nameEn: 'Yunlin Mailiao Site', technicians: 4 },
      { code: 'BD-S-S3', name: '澎湖中屯現場', nameEn: 'Penghu Zhongtun Site', technicians: 5 },
    ],
  },
];

const MANAGEMENT_DEPT_CODE = 'HQ-MGT';
const MANAGEMENT_DEPT_HEAD = 'P-HQ-MGT-HEAD';

function businessDeptUnits(bd: BusinessDeptSpec): DemoUnit[] {
  return [
    // R-ORG-2: 業務部 (level 2) sits under 業務管理部 (level 1), so the material levels are the tree itself.
    { code: bd.code, name: bd.name, nameEn: bd.nameEn, kind: 'BUSINESS_DEPT', parentCode: MANAGEMENT_DEPT_CODE },
    {
      code: `${bd.code}-PLN`,
      name: `${bd.name}計劃室`,
      nameEn: `${bd.regionEn} Business Dept Planning Room`,
      kind: 'DEPARTMENT',
      function: 'PLANNING',
      parentCode: bd.code,
    },
    ...bd.sites.map((s): DemoUnit => ({ code: s.code, name: s.name, nameEn: s.nameEn, kind: 'FIELD_SITE', parentCode: bd.code })),
  ];
}

function businessDeptPositions(bd: BusinessDeptSpec): DemoPosition[] {
  const head = `P-${bd.code}-HEAD`;
  const plnHead = `P-${bd.code}-PLN-HEAD`;
  const out: DemoPosition[] = [
    {
      code: head,
      title: '業務部經理',
      titleEn: 'Business Department Manager',
      unitCode: bd.code,
      superiorCode: MANAGEMENT_DEPT_HEAD,
      plannedHeadcount: 1,
      isHead: true,
      summary: `全面負責${bd.name}及所屬現場的物資管理與業務協調,對現場物資管理實施監督、檢查,保證本業務部所屬現場賬實相符。`,
      duties: [
        '審批計劃室覆核、業務部主管審查後的現場「內部聯絡單」並簽字。',
        '監督、檢查所屬現場的物資管理工作,保證本業務部所屬現場賬實相符。',
        '審批空運運費,以及超出備案參考價10%以上的包車運費申請。',
        '同意業務部之間協商的物資調撥,由業務管理部計劃室製作「調撥單」並於備註中註明。',
        '處理保管人員報告的非現場正常工作出庫事項。',
        '依據《客服中心員工手冊》獎懲規定,對違反物資管理規定造成損失的行為提請處理。',
      ],
    },
    {
      code: `P-${bd.code}-SUP`,
      title: '業務部主管',
      titleEn: 'Business Department Supervisor',
      unitCode: bd.code,
      superiorCode: head,
      plannedHeadcount: 1,
      isHead: false,
      summary: '協助業務部經理管理所屬現場,審查計劃室整理的物資申請,督導現場物資賬務與盤點。',
      duties: [
        '審查計劃室核對、整理後的「內部聯絡單」並簽字,再提交業務部經理審批。',
        '檢查所屬現場的「出入庫流水賬」及物資保管情況。',
        '組織所屬現場每季度盤點,督促現場填寫盤盈、盤虧原因。',
        '審核快遞費超過200元的書面申請。',
        '協調所屬現場之間的物資周轉。',
      ],
    },
    {
      // R-ACL-2: the accountant sits in the business dept itself, so "own department subtree" covers its sites.
      code: `P-${bd.code}-ACC`,
      title: '會計',
      titleEn: 'Materials Accountant',
      unitCode: bd.code,
      superiorCode: head,
      plannedHeadcount: 1,
      isHead: false,
      summary: '負責本業務部所屬現場的物資賬務處理,擁有本業務部物資「調撥單」的審核權,對其他業務部ERP單據僅有查看權。',
      duties: [
        '依據現場每日發回的「現場出入庫流水賬」,在ERP中代現場處理賬務。',
        '製作其他入庫單(採購入庫、零採入庫、損壞入庫、修復入庫)及其他出庫單(自用領用、返修出庫、報廢出庫)。',
        '審核本業務部內部物資周轉的「調撥單」;跨業務部調撥由業務管理部辦理。',
        '製作盤點模板,導出所轄現場現存量並分發「盤點表」。',
        '損壞品返回業務部時,依物資返回日期逐筆處理賬務。',
        '將現場零採物資的新增編碼申請(附遠景、近景及規格型號照片)轉發業務管理部。',
      ],
    },
    {
      code: plnHead,
      title: '計劃室主任',
      titleEn: 'Planning Room Head',
      unitCode: `${bd.code}-PLN`,
      superiorCode: head,
      plannedHeadcount: 1,
      isHead: true,
      summary: '負責所屬現場物資申請的覆核、報批與跟蹤,直至現場確認到貨。',
      duties: [
        '接到現場「內部聯絡單」後,24小時之內完成對所需物資的覆核。',
        '將核對、整理完的「內部聯絡單」提交業務部主管審查、業務部經理審批。',
        '將完成全部簽字流程的「內部聯絡單」以傳真或掃描形式提交生產管理部,並交業務管理部備案。',
        '對物資申請進行實時跟蹤,直到確認現場到貨為止。',
        '業務部無法協調的事宜及時反饋業務管理部。',
        '每周編制物資申請進度報告。',
      ],
    },
    {
      code: `P-${bd.code}-PLN-PLNR`,
      title: '計劃員',
      titleEn: 'Planner',
      unitCode: `${bd.code}-PLN`,
      superiorCode: plnHead,
      plannedHeadcount: 2,
      isHead: false,
      summary: '協助計劃室主任處理所屬現場的物資申請、調撥及到貨跟蹤。',
      duties: [
        '與現場確認並核對、整理「內部聯絡單」。',
        '分別列明工具、耗材、備件的編碼、名稱、規格、型號、單位、數量、緊急程度及原因。',
        '跟蹤生產管理部發貨及供應商直發物資的到貨情況。',
        '整理歸檔物資申請及調撥記錄。',
      ],
    },
  ];

  for (const site of bd.sites) {
    const siteHead = `P-${site.code}-HEAD`;
    out.push(
      {
        code: siteHead,
        title: '現場總代表',
        titleEn: 'Site Representative',
        unitCode: site.code,
        superiorCode: head,
        plannedHeadcount: 1,
        isHead: true,
        summary: `全面負責${site.name}的日常工作與物資管理,審核現場物資申請,對現場物資的驗收、保管及損失負直接責任。`,
        duties: [
          `審核本現場「內部聯絡單」,以電子版形式發給${bd.name}計劃員。`,
          '保管工作小組的工具臨時領用表,核對工具歸還情況。',
          '督促現場在5個工作日內完成到貨物資的核對,未按時清點造成的缺失或損壞由現場總代表承擔。',
          '處理單貨不符、外包裝破損等到貨問題,並書面通知所屬業務部。',
          '對違反物資管理規定造成的物資變質、大料小用、優材劣用等損失負直接責任。',
          '決定200元以內的快遞費用,超過200元的提交書面申請。',
          '組織現場每月實物盤點及每季度盤點。',
        ],
      },
      {
        code: `P-${site.code}-TECH`,
        title: '現場技術員',
        titleEn: 'Site Technician',
        unitCode: site.code,
        superiorCode: siteHead,
        plannedHeadcount: site.technicians,
        isHead: false,
        summary: '負責現場設備(風機)的巡檢、維護、故障處理及備件更換。',
        duties: [
          '負責現場風機設備的日常巡檢、維護和故障排除。',
          '從完好品庫領用備件更換損壞件,並登記損壞備件的名稱、規格、數量、設備編號、更換人、日期、新件序號、舊件序號及損壞原因。',
          '以工作小組名義借用工具時填寫臨時領用表,歸還時簽字註銷。',
          '將損壞物資存入損壞品庫,不得私自返廠處理。',
          '協助物資保管員完成到貨清點與盤點。',
        ],
      },
      {
        code: `P-${site.code}-KEEP`,
        title: '物資保管員',
        titleEn: 'Site Storekeeper',
        unitCode: site.code,
        superiorCode: siteHead,
        plannedHeadcount: 1,
        isHead: false,
        summary: '負責本現場物資的驗收、保管、出入庫登記及每日流水賬報送。',
        duties: [
          '按「發貨單」和「裝箱單」清點接收物資,確認無誤後簽字並登記「現場收發貨流水賬」。',
          '每日填寫「現場出入庫流水賬」,當晚發送所屬業務部賬務人員。',
          '堅持「推陳儲新、先進先出」及「一盤底、二核對、三發貨、四減數」的原則發放物資。',
          '對一切非現場正常工作的出庫事項有權拒絕發貨,並報告現場總代表或業務部經理處理。',
          '管理完好品庫和損壞品庫,損壞品每15天或滿3立方米返回一次。',
          '每月對庫存物資進行實物盤點一次,並填報《盤點表》。',
        ],
      },
    );
  }
  return out;
}

// ---------------------------------------------------------------------------
// Units (parents before children)
// ---------------------------------------------------------------------------

const STATION_CODE = 'ST-TPE';

export const demoUnits: DemoUnit[] = [
  { code: 'HQ', name: '華安服務集團', nameEn: 'Hua-An Service Group', kind: 'COMPANY', parentCode: null },
  { code: 'HQ-FIN', name: '財務部', nameEn: 'Finance Department', kind: 'DEPARTMENT', function: 'FINANCE', parentCode: 'HQ' },
  { code: 'HQ-QC', name: '品管部', nameEn: 'Quality Control Department', kind: 'DEPARTMENT', function: 'QUALITY_CONTROL', parentCode: 'HQ' },
  { code: 'HQ-SAL', name: '銷售部', nameEn: 'Sales Department', kind: 'DEPARTMENT', function: 'SALES', parentCode: 'HQ' },
  // Ships materials to sites or has them bought (R-FLOW-6); it runs the production warehouse, hence goods management.
  {
    code: 'HQ-PRD',
    name: '生產管理部',
    nameEn: 'Production Management Department',
    kind: 'DEPARTMENT',
    function: 'GOODS_MANAGEMENT',
    parentCode: 'HQ',
  },
  { code: MANAGEMENT_DEPT_CODE, name: '業務管理部', nameEn: 'Business Management Department', kind: 'MANAGEMENT_DEPT', parentCode: 'HQ' },
  {
    code: 'HQ-MGT-PLN',
    name: '業務管理部計劃室',
    nameEn: 'Business Management Planning Room',
    kind: 'DEPARTMENT',
    function: 'PLANNING',
    parentCode: MANAGEMENT_DEPT_CODE,
  },
  ...BUSINESS_DEPTS.flatMap(businessDeptUnits),
  { code: STATION_CODE, name: '台北中山服務站', nameEn: 'Taipei Zhongshan Service Station', kind: 'STATION', parentCode: 'HQ' },
  { code: 'ST-TPE-CS', name: '客戶服務部', nameEn: 'Customer Service Department', kind: 'DEPARTMENT', function: 'CUSTOMER_SERVICE', parentCode: STATION_CODE },
  { code: 'ST-TPE-CS-HL', name: '熱線組', nameEn: 'Hotline Team', kind: 'DEPARTMENT', function: 'CUSTOMER_SERVICE', parentCode: 'ST-TPE-CS' },
  { code: 'ST-TPE-CS-FD', name: '前台組', nameEn: 'Front Desk Team', kind: 'DEPARTMENT', function: 'CUSTOMER_SERVICE', parentCode: 'ST-TPE-CS' },
  { code: 'ST-TPE-TS', name: '技術支持部', nameEn: 'Technical Support Department', kind: 'DEPARTMENT', function: 'TECHNICAL_SUPPORT', parentCode: STATION_CODE },
  { code: 'ST-TPE-GM', name: '商品管理部', nameEn: 'Goods Management Department', kind: 'DEPARTMENT', function: 'GOODS_MANAGEMENT', parentCode: STATION_CODE },
  { code: 'ST-TPE-LG', name: '物流配送部', nameEn: 'Logistics & Delivery Department', kind: 'DEPARTMENT', function: 'LOGISTICS', parentCode: STATION_CODE },
  { code: 'ST-TPE-BO', name: '後勤部', nameEn: 'Back Office Department', kind: 'DEPARTMENT', function: 'BACK_OFFICE', parentCode: STATION_CODE },
];

// ---------------------------------------------------------------------------
// Positions (superiors before subordinates)
// ---------------------------------------------------------------------------

export const demoPositions: DemoPosition[] = [
  // --- Company -------------------------------------------------------------
  {
    code: 'P-HQ-HEAD',
    title: '總經理',
    titleEn: 'General Manager',
    unitCode: 'HQ',
    superiorCode: null,
    plannedHeadcount: 1,
    isHead: true,
    summary: '全面負責集團的經營管理,統籌業務管理部、各職能部門及各服務站的運作,對集團經營目標負責。',
    duties: [
      '制定集團年度經營目標與工作計劃,並組織實施與考核。',
      '審批各服務站、業務管理部及各職能部門的重大事項與大額開支。',
      '對重大產品質量問題的顧客投訴,由品管部主管提報後召集相關部門主管進行會審。',
      '主持管理評審會議,審閱客服部年度顧客投訴統計分析及顧客滿意度結果。',
      '任免站長及各部門負責人,督導各項管理制度的執行。',
      '負責與外部主管機關及重要客戶的溝通協調。',
    ],
  },
  {
    code: 'P-HQ-DGM',
    title: '副總經理',
    titleEn: 'Deputy General Manager',
    unitCode: 'HQ',
    superiorCode: 'P-HQ-HEAD',
    plannedHeadcount: 1,
    isHead: false,
    summary: '協助總經理開展工作,兼任管理者代表,分管質量管理體系與客戶服務工作。',
    duties: [
      '協助總經理處理集團日常經營管理工作,總經理不在時代行其職責。',
      '作為管理者代表,審核責任部門提出的訂正與預防措施。',
      '對重大產品質量問題的顧客投訴,參與或主持相關部門主管會審。',
      '督導品管部、業務管理部落實體系文件、工作規範與作業指導書。',
      '定期檢查各服務站服務質量指標的達成情況,並提出改進要求。',
    ],
  },

  // --- 財務部 ---------------------------------------------------------------
  {
    code: 'P-HQ-FIN-HEAD',
    title: '財務部經理',
    titleEn: 'Finance Manager',
    unitCode: 'HQ-FIN',
    superiorCode: 'P-HQ-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責集團的財務預算、費用報銷審核、資產管理與財務審計監督。',
    duties: [
      '每年末匯總各部門的業務數據和預算建議,編制下一年度財務預算並報批。',
      '定期分析預算執行情況,及時發現偏差並採取措施進行調整。',
      '制定費用報銷制度,明確費用報銷的範圍、標準、流程和審批權限。',
      '審批費用報銷,對不符合規定的報銷予以駁回並說明原因。',
      '組織資產清查盤點,規範資產購置、使用、維護及處置。',
      '配合內部及外部審計工作,加強財務風險管理。',
    ],
  },
  {
    code: 'P-HQ-FIN-ACC',
    title: '會計',
    titleEn: 'Accountant',
    unitCode: 'HQ-FIN',
    superiorCode: 'P-HQ-FIN-HEAD',
    plannedHeadcount: 2,
    isHead: false,
    summary: '負責費用報銷審核、會計核算、固定資產折舊計提及財務報表編制。',
    duties: [
      '審核費用報銷單,檢查報銷內容是否符合規定、票據是否真實有效、審批手續是否齊全。',
      '依預算核對各部門費用支出,超出預算的及時提示。',
      '按公司財務制度計提固定資產折舊,確保成本核算準確。',
      '覆核設備報廢申請所涉資產的購置日期與賬面價值。',
      '編制月度財務報表及預算執行分析。',
    ],
  },
  {
    code: 'P-HQ-FIN-CSH',
    title: '出納',
    titleEn: 'Cashier',
    unitCode: 'HQ-FIN',
    superiorCode: 'P-HQ-FIN-HEAD',
    plannedHeadcount: 1,
    isHead: false,
    summary: '負責資金收付、報銷支付及原始憑證的保管。',
    duties: [
      '依審核通過的費用報銷單辦理報銷支付。',
      '負責現金及銀行存款的收付與日記賬登記。',
      '保管發票、收據等原始憑證。',
      '定期與會計核對賬目,確保賬實相符。',
    ],
  },

  // --- 品管部 ---------------------------------------------------------------
  {
    code: 'P-HQ-QC-HEAD',
    title: '品管部經理',
    titleEn: 'Quality Control Manager',
    unitCode: 'HQ-QC',
    superiorCode: 'P-HQ-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責產品及服務質量管理,受理《顧客投訴處理單》,確定責任歸屬,並監督訂正與預防措施的實施。',
    duties: [
      '接獲《顧客投訴處理單》後,及時組織原因調查分析,明確責任歸屬及發生原因。',
      '將分析結果知會相關責任部門,由責任部門採取補救對策,品管部監督實施。',
      '對重大產品質量問題的顧客投訴,提報總經理或副總經理並召集相關部門主管進行會審。',
      '會同客服部追蹤驗證訂正與預防措施的執行成效。',
      '負責產品、體系方面預防措施的跟蹤及效果驗證。',
      '落實顧客滿意度調查後各部門訂正措施的跟蹤。',
    ],
  },
  {
    code: 'P-HQ-QC-SPEC',
    title: '品管專員',
    titleEn: 'Quality Control Specialist',
    unitCode: 'HQ-QC',
    superiorCode: 'P-HQ-QC-HEAD',
    plannedHeadcount: 2,
    isHead: false,
    summary: '負責顧客投訴的原因調查、責任判定與訂正措施的追蹤記錄。',
    duties: [
      '對《顧客投訴處理單》所述問題進行調查分析並形成報告。',
      '判定非屬公司內部責任時,知會客服部反饋顧客,必要時提供《維修服務報告》。',
      '跟蹤責任部門訂正與預防措施的落實,並記錄驗證結果。',
      '統計分析質量問題,提出改進建議。',
      '整理保存質量記錄,所要求的記錄至少保存3年。',
    ],
  },
  {
    code: 'P-HQ-QC-INSP',
    title: '檢驗員',
    titleEn: 'Inspector',
    unitCode: 'HQ-QC',
    superiorCode: 'P-HQ-QC-HEAD',
    plannedHeadcount: 2,
    isHead: false,
    summary: '負責退回品、維修品及到貨物資的檢驗。',
    duties: [
      '對顧客退回品及投訴附帶的缺失樣品進行全數重檢,並附詳細檢驗報告。',
      '產品維修完畢後進行檢驗,合格後方可開返修品出庫單發給客戶。',
      '對檢驗結果為「不合格」的產品按《不合格品控制程序》辦理。',
      '參與供應商到貨物資的驗收檢驗。',
    ],
  },

  // --- 銷售部 ---------------------------------------------------------------
  {
    code: 'P-HQ-SAL-HEAD',
    title: '銷售部經理',
    titleEn: 'Sales Manager',
    unitCode: 'HQ-SAL',
    superiorCode: 'P-HQ-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責產品銷售及顧客投訴處理結果的答覆,召集無法及時改善、原因不明或責任不清的投訴會審。',
    duties: [
      '負責受理產品顧客投訴及處理結果的答覆。',
      '對不能及時改善、原因不明或責任不清的顧客投訴,召集相關部門主管進行會議會審。',
      '審簽客服部開具的退回/換貨品詳單後交財務作賬。',
      '負責《顧客服務管理程序》的制定、修訂與廢止。',
      '組織制定銷售計劃,分析目標市場動向及客戶需求。',
    ],
  },
  {
    code: 'P-HQ-SAL-REP',
    title: '業務專員',
    titleEn: 'Sales Representative',
    unitCode: 'HQ-SAL',
    superiorCode: 'P-HQ-SAL-HEAD',
    plannedHeadcount: 4,
    isHead: false,
    summary: '負責所轄區域客戶的銷售、拜訪及退換貨對接。',
    duties: [
      '鑑別潛在顧客,與客戶建立良好的合作關係。',
      '接洽客戶詢問,正確解釋產品信息,協助有意向的客戶完成交易。',
      '跟進所轄區域的退回/換貨品詳單,標註出貨時間及退換貨原因。',
      '拜訪客戶時實施顧客滿意度調查,並將調查表交客服部統計。',
      '將客戶反饋的問題及時反饋客服部及相關部門。',
    ],
  },

  // --- 生產管理部 -----------------------------------------------------------
  {
    code: 'P-HQ-PRD-HEAD',
    title: '生產管理部經理',
    titleEn: 'Production Management Manager',
    unitCode: 'HQ-PRD',
    superiorCode: 'P-HQ-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責生產庫房物資的調配與發放,按業務部提交的「內部聯絡單」向現場發貨或安排採購。',
    duties: [
      '接到業務部提交的「內部聯絡單」後,確認生產庫房能否滿足申請數量。',
      '能滿足的安排生產庫房向現場發放;無法滿足的下發「計劃單」安排採購。',
      '判定損壞物資的修理價值,給出具有修理價值的二類物資清單。',
      '接收現場及業務部發回的返修物資,安排返廠修理。',
      '與業務管理部協調客服中心集中採購及年度物資需求計劃。',
    ],
  },
  {
    code: 'P-HQ-PRD-WH',
    title: '庫房管理員',
    titleEn: 'Warehouse Keeper',
    unitCode: 'HQ-PRD',
    superiorCode: 'P-HQ-PRD-HEAD',
    plannedHeadcount: 2,
    isHead: false,
    summary: '負責生產庫房物資的收發、保管及發貨單據的製作。',
    duties: [
      '按「內部聯絡單」備貨、裝箱,隨貨附「發貨單」和「裝箱單」。',
      '接收現場返修的損壞品,清點登記後安排返廠。',
      '答覆現場對未附單據到貨物資的詢問,確認發貨信息。',
      '定期盤點生產庫房,確保賬實相符。',
    ],
  },
  {
    code: 'P-HQ-PRD-BUY',
    title: '採購專員',
    titleEn: 'Buyer',
    unitCode: 'HQ-PRD',
    superiorCode: 'P-HQ-PRD-HEAD',
    plannedHeadcount: 1,
    isHead: false,
    summary: '依據「計劃單」開展採購工作,並依「訂單」指定供應商向現場發貨。',
    duties: [
      '依據生產管理部下發的「計劃單」開展採購工作。',
      '在合格供應商名錄中詢價,綜合比較報價、質量、交貨期及售後服務後選定供應商。',
      '與供應商簽訂採購合同,明確規格、數量、價格、交貨期及付款方式。',
      '跟蹤合同執行情況,確保供應商按時、按質、按量交貨。',
      '處理驗收不合格物資的退貨、換貨事宜。',
    ],
  },

  // --- 業務管理部 (R-ORG-2 level 1) -----------------------------------------
  {
    code: MANAGEMENT_DEPT_HEAD,
    title: '業務管理部經理',
    titleEn: 'Business Management Manager',
    unitCode: MANAGEMENT_DEPT_CODE,
    superiorCode: 'P-HQ-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '代表客戶服務中心行使物資管理的職責與權限,統籌業務管理部、業務部、現場三級物資管理結構。',
    duties: [
      '代表客戶服務中心與財務部、審計部等公司其他部門開展物資管理方面的工作。',
      '負責編制年度物資需求計劃,以「內部聯絡單」附件形式提交生產管理部。',
      '就客服中心集中採購事宜,以「內部聯絡單」形式統一提交生產管理部。',
      '對各業務部提交備案的「內部聯絡單」按業務部分類存檔。',
      '業務部無法協調的物資申請、發放事宜,代表客服中心與其他部門或公司進行協調。',
      '審批跨業務部物資調撥,監督各業務部及現場賬實相符。',
      '依據《員工手冊》獎懲規定,對盤虧、盤盈酌情予以考核或嘉獎。',
    ],
  },
  {
    // R-ACL-2: sits in 業務管理部 itself; its scope is every business dept's documents.
    code: 'P-HQ-MGT-ACC',
    title: '會計',
    titleEn: 'Materials Accountant',
    unitCode: MANAGEMENT_DEPT_CODE,
    superiorCode: MANAGEMENT_DEPT_HEAD,
    plannedHeadcount: 1,
    isHead: false,
    summary: '負責業務管理部物資賬務,擁有跨業務部物資的調撥權、調撥單的審核權,以及對全部業務部ERP單據的審核權。',
    duties: [
      '辦理跨業務部物資調撥,審核跨區域「調撥單」。',
      '審核全部業務部的ERP單據(其他入庫單、其他出庫單、調撥單)。',
      '依據現場提供的照片及規格型號,在ERP中為零採物資新增物資編碼。',
      '每月末彙總業務部經理同意調撥的調撥單,製作紙質版備查。',
      '彙總各業務部季度「盤點表」,分析盤盈、盤虧原因。',
      '配合財務部、審計部完成物資成本核算與審計工作。',
    ],
  },
  {
    code: 'P-HQ-MGT-MAT',
    title: '物資管理專員',
    titleEn: 'Materials Administrator',
    unitCode: MANAGEMENT_DEPT_CODE,
    superiorCode: MANAGEMENT_DEPT_HEAD,
    plannedHeadcount: 1,
    isHead: false,
    summary: '負責客服中心物資編碼、物資檔案及各級庫房物資管理的日常監督。',
    duties: [
      '維護物資編碼及物資檔案(名稱、規格型號、單位、類別、ABC分類、存放位置)。',
      '審核現場新增物資編碼申請所附的遠景、近景及規格型號照片。',
      '監督各業務部及現場完好品庫、損壞品庫的設置與管理。',
      '跟蹤損壞品返修、報廢情況,統計二類物資的修理次數。',
      '檢查各級庫房倉儲搬運、倉儲安全及倉儲存儲設備的使用與維護。',
    ],
  },
  {
    code: 'P-HQ-MGT-PLN-HEAD',
    title: '計劃室主任',
    titleEn: 'Planning Room Head',
    unitCode: 'HQ-MGT-PLN',
    superiorCode: MANAGEMENT_DEPT_HEAD,
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責客服中心物資計劃與統一調撥,發出調撥指令並審核跨業務部「調撥單」。',
    duties: [
      '發出業務部之間的統一調撥指令,製作並審核「調撥單」。',
      '各現場之間的物資調撥往來,由計劃室統一調撥。',
      '對業務部之間協商的調撥,製作「調撥單」並在備註中寫明由業務部經理同意。',
      '彙總各業務部物資需求,參與編制年度物資需求計劃。',
      '跟蹤生產管理部發貨及採購進度,協調處理異常情況。',
      '安排計劃員工作並進行指導與考核。',
    ],
  },
  {
    code: 'P-HQ-MGT-PLN-PLNR',
    title: '計劃員',
    titleEn: 'Planner',
    unitCode: 'HQ-MGT-PLN',
    superiorCode: 'P-HQ-MGT-PLN-HEAD',
    plannedHeadcount: 2,
    isHead: false,
    summary: '在計劃室主任領導下,負責調撥單據製作、物資需求彙總及發貨進度跟蹤。',
    duties: [
      '依據調撥指令製作「調撥單」,核對轉出倉庫、轉入倉庫與存貨編碼。',
      '彙總各業務部報送備案的「內部聯絡單」,建立需求台賬。',
      '跟蹤物資發貨與到貨情況,直至現場確認到貨。',
      '每周編制物資申請進度報告。',
      '整理歸檔調撥單及聯絡單等物資管理記錄。',
    ],
  },

  // --- 業務部 and 現場 (R-ORG-2 levels 2 and 3) --------------------------------
  ...BUSINESS_DEPTS.flatMap(businessDeptPositions),

  // --- 服務站 (R-ORG-1) ------------------------------------------------------
  {
    code: 'P-ST-TPE-HEAD',
    title: '站長',
    titleEn: 'Station Manager',
    unitCode: STATION_CODE,
    superiorCode: 'P-HQ-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '全面負責服務站的日常管理工作,制定工作計劃和目標並組織實施,對服務站的經營業績負責。',
    duties: [
      '全面負責服務站的日常管理工作,制定工作計劃和目標,並組織實施。',
      '協調各部門之間的工作關係,確保站內各項工作的順利開展。',
      '負責與上級主管部門及外部相關單位的溝通與協調。',
      '監督檢查各項工作制度的執行情況,及時發現和解決問題。',
      '負責服務站人員的招聘、培訓、考核和獎懲,以及財務管理和物資管理工作。',
      '審批設備報廢等重大事項。',
      '對服務站的經營業績負責,定期向上級匯報工作進展和成果。',
    ],
  },
  {
    code: 'P-ST-TPE-DEP',
    title: '副站長',
    titleEn: 'Deputy Station Manager',
    unitCode: STATION_CODE,
    superiorCode: 'P-ST-TPE-HEAD',
    plannedHeadcount: 2,
    isHead: false,
    summary: '協助站長開展工作,在站長不在崗時代行站長職責,負責分管部門的日常管理。',
    duties: [
      '協助站長開展工作,在站長不在崗時,代行站長職責。',
      '負責分管部門的日常管理工作,指導和監督部門員工的工作。',
      '組織制定分管部門的工作計劃和目標,並組織實施。',
      '參與制定和完善服務站的各項管理制度和工作流程。',
      '協助站長處理站內的突發事件和重大問題。',
      '負責分管部門人員的培訓、考核和獎懲工作。',
    ],
  },

  // --- 客戶服務部 -----------------------------------------------------------
  {
    code: 'P-ST-TPE-CS-HEAD',
    title: '客服經理',
    titleEn: 'Customer Service Manager',
    unitCode: 'ST-TPE-CS',
    superiorCode: 'P-ST-TPE-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '全權主持客戶服務部的日常管理工作,負責客戶諮詢、投訴和建議的受理,客戶關係維護及客服人員的培訓考核。',
    duties: [
      '全權主持本部的日常管理工作,向下屬進行任務分解,並經常進行進度監控和調整。',
      '收取及批閱每天的投訴記錄,並跟進處理;重要事件向站長報告。',
      '負責下屬員工的考勤、業績考評、培訓和業務指導,提高業務水平和服務質量。',
      '組織定期回訪客戶及顧客滿意度調查,分析結果並提出改進措施。',
      '統計每月維修機數量,每年對顧客投訴進行統計、分析,並提交管理評審會議。',
      '審批換班登記表及請假申請。',
      '做好與其他部門的協調管理。',
    ],
  },
  {
    code: 'P-ST-TPE-CS-AGENT',
    title: '客服專員',
    titleEn: 'Customer Service Specialist',
    unitCode: 'ST-TPE-CS',
    superiorCode: 'P-ST-TPE-CS-HEAD',
    plannedHeadcount: 5,
    isHead: false,
    summary: '通過電話、郵件、在線客服等渠道解答客戶諮詢,處理客戶投訴,維護客戶關係並統計分析服務數據。',
    duties: [
      '通過電話、郵件、在線客服等渠道,及時解答客戶關於產品或服務的諮詢。',
      '認真傾聽客戶投訴,記錄詳細信息,及時協調相關部門解決問題,並跟蹤處理進度,向客戶反饋處理結果。',
      '對投訴內容進行分析,確定問題的性質和責任部門;需其他部門協同解決的,填寫《顧客投訴處理單》送品管部。',
      '投訴處理完畢後對客戶進行回訪,確認客戶滿意度,並將處理結果記錄在客戶檔案中。',
      '定期回訪客戶,了解客戶需求和滿意度,收集客戶意見和建議,維護良好的客戶關係。',
      '對客戶諮詢、投訴等數據進行統計分析,為產品和服務改進提供依據。',
    ],
  },
  {
    // 002 第1篇 is the regime's one complete job description; 直接上級 客服主管 is this unit's head.
    code: 'P-ST-TPE-CS-ADM',
    title: '客服管理員',
    titleEn: 'Customer Service Administrator',
    unitCode: 'ST-TPE-CS',
    superiorCode: 'P-ST-TPE-CS-HEAD',
    plannedHeadcount: 1,
    isHead: false,
    summary: '負責客戶服務部行政、後勤、固定資產管理及對客服務工作。',
    duties: [
      '負責對客服務、投訴處理及回訪工作。',
      '負責催繳費用。',
      '負責收集、整理、完善客戶信息,建立台賬並做好保密工作。',
      '落實、執行管理制度、工作規範、作業指導書。',
      '負責員工的異動手續辦理、考勤統計,以及員工福利的統計、分發。',
      '負責部門文件、方案、檔案管理工作。',
      '負責固定資產、低值易耗品、辦公用品、工裝等物資管理工作及辦公場所衛生的日常管理。',
      '完成領導交辦的其它工作。',
    ],
  },
  {
    code: 'P-ST-TPE-CS-HL-HEAD',
    title: '熱線組長',
    titleEn: 'Hotline Team Lead',
    unitCode: 'ST-TPE-CS-HL',
    superiorCode: 'P-ST-TPE-CS-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責熱線座席的值班調度、交接班管理及服務質量監督。',
    duties: [
      '編制熱線座席值班表,安排班次與人員調度。',
      '監督座席在電話鈴響三聲內接聽,並使用規範服務用語。',
      '審核換班登記表(每人每月換班不得超過3次),報部門經理簽字批准。',
      '檢查交接日誌,確保設備狀況、疑難問題、人員調班等記錄清楚。',
      '抽查通話記錄,對服務態度問題提出考核意見。',
      '處理座席無法解決的疑難諮詢及升級投訴。',
    ],
  },
  {
    code: 'P-ST-TPE-CS-HL-REP',
    title: '客服代表',
    titleEn: 'Hotline Agent',
    unitCode: 'ST-TPE-CS-HL',
    superiorCode: 'P-ST-TPE-CS-HL-HEAD',
    plannedHeadcount: 12,
    isHead: false,
    summary: '在熱線座席受理客戶來電諮詢、投訴與報修,履行首問負責制。',
    duties: [
      '對內代表客戶利益,對外代表公司形象,履行首問負責制的規範要求。',
      '電話鈴響三聲內接聽,做好「問聲、應聲、送聲」三聲服務。',
      '準確記錄客戶姓名、聯繫方式及諮詢內容;能當場解答的當場答覆,不能的告知回覆時間並記錄。',
      '對每個問題進行跟蹤並限時處理,自己不能處理的及時反饋相關部門或上級領導。',
      '嚴格遵守值班、交接班及換班制度,做好交接日誌。',
      '對客戶服務過程中發現的問題及時反饋,並積極提出改進意見和建議。',
    ],
  },
  {
    code: 'P-ST-TPE-CS-FD-HEAD',
    title: '前台主管',
    titleEn: 'Front Desk Supervisor',
    unitCode: 'ST-TPE-CS-FD',
    superiorCode: 'P-ST-TPE-CS-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責前台接待工作的安排與監督,確保來訪接待、電話轉接與門禁管理規範有序。',
    duties: [
      '安排前台接待班次,監督來訪接待及電話接聽的服務質量。',
      '督導前台人員執行語言規範、行為規範及著裝要求。',
      '處理來訪客戶的現場投訴,需其他部門處理的及時轉交並跟蹤。',
      '管理前台辦公用品的領用與庫存。',
      '嚴格執行門禁制度,檢查進出人員登記記錄。',
    ],
  },
  {
    code: 'P-ST-TPE-CS-FD-RCP',
    title: '前台接待',
    titleEn: 'Receptionist',
    unitCode: 'ST-TPE-CS-FD',
    superiorCode: 'P-ST-TPE-CS-FD-HEAD',
    plannedHeadcount: 3,
    isHead: false,
    summary: '負責來訪接待、電話接聽、郵件收發、前台辦公用品及門禁管理。',
    duties: [
      '熱情、禮貌地接待來訪客戶,詢問來訪事由,並及時通知相關人員。',
      '及時接聽電話,準確記錄來電信息,按照規定進行轉接或解答。',
      '負責郵件的收發、登記和傳遞工作。',
      '負責前台辦公用品的領用、發放和庫存管理。',
      '嚴格執行門禁制度,對進出人員進行登記和核實。',
    ],
  },

  // --- 技術支持部 -----------------------------------------------------------
  {
    code: 'P-ST-TPE-TS-HEAD',
    title: '技術支持部經理',
    titleEn: 'Technical Support Manager',
    unitCode: 'ST-TPE-TS',
    superiorCode: 'P-ST-TPE-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責服務站的技術支持工作,包括系統維護、設備維修、故障排除,並負責技術人員的培訓和考核。',
    duties: [
      '負責服務站系統的日常維護和管理,確保系統的穩定運行。',
      '制定技術方案和技術標準,確保技術工作符合公司要求和行業規範。',
      '按問題嚴重程度分派技術人員處理技術故障,並跟蹤驗證處理結果。',
      '對使用部門提出的設備報廢申請進行技術鑑定。',
      '對新技術、新設備進行研究和應用,為服務站的技術升級提供支持。',
      '負責技術人員的培訓和考核工作。',
    ],
  },
  {
    code: 'P-ST-TPE-TS-ENG',
    title: '技術工程師',
    titleEn: 'Technical Engineer',
    unitCode: 'ST-TPE-TS',
    superiorCode: 'P-ST-TPE-TS-HEAD',
    plannedHeadcount: 2,
    isHead: false,
    summary: '負責疑難技術問題的診斷與解決方案制定,並對技術員提供指導。',
    duties: [
      '診斷疑難技術故障,制定解決方案並組織實施。',
      '對處理結果進行驗證,用戶不滿意時及時進行覆查和調整。',
      '技術支持服務完畢後進行總結,並提出改進建議。',
      '對設備報廢申請進行技術鑑定並出具意見。',
      '指導技術員開展設備維護和系統維護工作。',
    ],
  },
  {
    code: 'P-ST-TPE-TS-TECH',
    title: '技術員',
    titleEn: 'Technician',
    unitCode: 'ST-TPE-TS',
    superiorCode: 'P-ST-TPE-TS-HEAD',
    plannedHeadcount: 9,
    isHead: false,
    summary: '負責處理客服轉交的技術問題,進行設備維修、系統維護和故障排除。',
    duties: [
      '接到客服轉交的技術問題後,立即進行分析和診斷,制定解決方案。',
      '按照解決方案進行操作,解決用戶問題,並對處理結果進行驗證。',
      '將處理結果反饋給客服人員;用戶不滿意時及時進行覆查和調整。',
      '負責設備的日常維護、維修與故障排除。',
      '協助客戶服務部解決客戶在使用產品或服務過程中遇到的技術問題。',
      '維修品修理完畢後送品管檢驗,合格後方可發還客戶。',
    ],
  },

  // --- 商品管理部 -----------------------------------------------------------
  {
    code: 'P-ST-TPE-GM-HEAD',
    title: '商品管理部經理',
    titleEn: 'Goods Management Manager',
    unitCode: 'ST-TPE-GM',
    superiorCode: 'P-ST-TPE-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責商品的採購、驗收、入庫、存儲和盤點,合理控制庫存水平,並為商品採購和營銷策略提供建議。',
    duties: [
      '負責商品的採購、驗收、入庫、存儲和盤點等工作,確保商品質量和數量準確。',
      '制定商品庫存管理制度,合理控制庫存水平,避免積壓和缺貨現象。',
      '對商品進行分類管理,建立商品信息檔案,及時更新商品信息。',
      '分析市場需求和銷售數據,為商品採購和營銷策略提供建議。',
      '審核採購申請單及供應商選擇結果。',
    ],
  },
  {
    code: 'P-ST-TPE-GM-BUY',
    title: '採購專員',
    titleEn: 'Buyer',
    unitCode: 'ST-TPE-GM',
    superiorCode: 'P-ST-TPE-GM-HEAD',
    plannedHeadcount: 2,
    isHead: false,
    summary: '根據採購申請單詢價比價、選擇供應商、簽訂採購合同並跟蹤執行。',
    duties: [
      '根據採購申請單,在合格供應商名錄中選擇合適的供應商進行詢價。',
      '對多家供應商的報價、產品質量、交貨期、售後服務等進行綜合比較,選擇最優供應商。',
      '與選定的供應商簽訂採購合同,並將合同副本交財務部門、物流配送部備案。',
      '跟蹤採購合同的執行情況;商品到貨前通知物流配送部做好收貨準備。',
      '驗收不合格的商品,及時與供應商溝通協商退貨、換貨。',
    ],
  },
  {
    code: 'P-ST-TPE-GM-WH',
    title: '倉管員',
    titleEn: 'Warehouse Keeper',
    unitCode: 'ST-TPE-GM',
    superiorCode: 'P-ST-TPE-GM-HEAD',
    plannedHeadcount: 3,
    isHead: false,
    summary: '負責商品入庫、存儲、出庫登記及庫存盤點。',
    duties: [
      '對驗收合格的商品辦理入庫手續,填寫入庫單,並存放到指定倉庫位置。',
      '按倉庫、區域/貨架、層、位管理商品,做好防潮、防盜等安全防護。',
      '根據訂單查詢庫存,庫存不足時及時通知補貨並記錄缺貨情況。',
      '定期盤點庫存,做到日清月結;發現盈餘、短少、殘損或變質,查明原因並書面報告。',
      '易燃、易爆、易腐蝕等危險品單獨儲存,並定期檢查。',
    ],
  },

  // --- 物流配送部 -----------------------------------------------------------
  {
    code: 'P-ST-TPE-LG-HEAD',
    title: '物流配送部經理',
    titleEn: 'Logistics Manager',
    unitCode: 'ST-TPE-LG',
    superiorCode: 'P-ST-TPE-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責商品的訂單處理、包裝、發貨和物流跟蹤,選擇物流合作夥伴並控制物流成本。',
    duties: [
      '負責商品的訂單處理、包裝、發貨和物流跟蹤等工作,確保商品及時、準確地送達客戶手中。',
      '選擇合適的物流合作夥伴,簽訂合作協議,確保物流服務質量。',
      '對物流成本進行核算和控制,優化物流配送流程,降低物流費用。',
      '處理貨物丟失、損壞等物流異常情況,及時與客戶和物流商溝通協調解決。',
      '按採購合同要求組織到貨商品的驗收。',
    ],
  },
  {
    code: 'P-ST-TPE-LG-SPEC',
    title: '物流專員',
    titleEn: 'Logistics Specialist',
    unitCode: 'ST-TPE-LG',
    superiorCode: 'P-ST-TPE-LG-HEAD',
    plannedHeadcount: 3,
    isHead: false,
    summary: '負責訂單審核、發貨單生成、物流信息錄入與跟蹤,以及到貨驗收。',
    duties: [
      '查看訂單信息,審核客戶信息、商品信息、支付信息是否準確無誤。',
      '對庫存充足的訂單生成發貨單,組織商品包裝、發貨。',
      '在物流系統中錄入發貨信息,生成物流單號並反饋客戶服務部。',
      '按照採購合同要求對到貨商品的數量、質量、規格進行驗收,合格的辦理入庫手續。',
      '跟蹤物流狀態,處理配送過程中的異常情況。',
    ],
  },
  {
    code: 'P-ST-TPE-LG-DRV',
    title: '司機',
    titleEn: 'Delivery Driver',
    unitCode: 'ST-TPE-LG',
    superiorCode: 'P-ST-TPE-LG-HEAD',
    plannedHeadcount: 5,
    isHead: false,
    summary: '負責商品配送及配送車輛的日常檢查保養。',
    duties: [
      '按發貨單將商品準時、完好地送達客戶,並請客戶簽收。',
      '出車前後檢查車輛狀況,做好日常保養記錄。',
      '配送途中遇到貨物損壞、客戶拒收等異常,及時報告並拍照留證。',
      '帶回簽收單據交物流專員存檔。',
      '遵守交通法規及安全駕駛規定。',
    ],
  },

  // --- 後勤部 ---------------------------------------------------------------
  {
    code: 'P-ST-TPE-BO-HEAD',
    title: '後勤部主管',
    titleEn: 'Back Office Supervisor',
    unitCode: 'ST-TPE-BO',
    superiorCode: 'P-ST-TPE-HEAD',
    plannedHeadcount: 1,
    isHead: true,
    summary: '負責服務站的物資採購、庫存管理、設備維護、環境衛生、安全保衛和車輛調度。',
    duties: [
      '負責服務站的物資採購、庫存管理和設備維護等工作。',
      '審核各部門的物資採購申請,根據採購政策和預算確定採購方式和金額,金額較大的報領導審批。',
      '負責服務站的環境衛生和安全保衛工作,確保工作環境的整潔和安全。',
      '負責車輛調度和使用管理,確保車輛的正常運行。',
      '審批員工物資領用,貴重或限量物資另行報批。',
      '負責後勤人員的培訓和考核工作。',
    ],
  },
  {
    code: 'P-ST-TPE-BO-ADM',
    title: '後勤專員',
    titleEn: 'Administrative Logistics Specialist',
    unitCode: 'ST-TPE-BO',
    superiorCode: 'P-ST-TPE-BO-HEAD',
    plannedHeadcount: 3,
    isHead: false,
    summary: '負責辦公環境維護、會議組織、車輛管理、物資採購與管理及文件檔案管理。',
    duties: [
      '負責辦公區域的環境衛生、設施設備維護等工作,確保辦公環境整潔、舒適。',
      '協助組織各類會議,包括會議場地布置、會議資料準備、會議記錄等。',
      '負責車輛的調度、保養、維修等工作,確保車輛正常運行。',
      '根據需求進行物資採購,建立物資台賬,做好物資的出入庫管理。',
      '辦理員工物資領用的發放與登記入賬。',
      '負責文件的起草、審核、印發、歸檔等工作,確保文件資料的規範管理。',
    ],
  },
];

// ---------------------------------------------------------------------------
// Employees
// ---------------------------------------------------------------------------

const SURNAMES = [
  '陳', '林', '黃', '張', '李', '王', '吳', '劉', '蔡', '楊', '許', '鄭', '謝', '郭', '洪', '曾',
  '邱', '廖', '賴', '周', '徐', '蘇', '葉', '莊', '呂', '江', '何', '蕭', '羅', '高',
] as const;

const GIVEN_NAMES = [
  '志明', '淑芬', '家豪', '雅婷', '俊傑', '怡君', '冠宇', '佳穎', '建宏', '美玲', '宗翰', '欣怡',
  '承恩', '詩涵', '彥廷', '郁婷', '柏翰', '雅雯', '育誠', '佩珊', '明哲', '惠如', '信宏', '筱涵',
  '文彬', '靜宜', '凱文', '思妤', '國華', '秀英', '正雄', '麗華', '俊宏', '婉婷', '嘉偉', '宜蓁',
  '子軒', '品妤', '瑞祥', '珮瑜', '志豪', '淑惠', '家銘', '玉婷', '冠廷', '心怡', '宏志', '美惠',
  '建志', '雅琪', '偉倫', '怡萱', '士傑', '曉雯', '政宏', '佳蓉', '俊賢', '麗君', '信義', '淑娟',
  '哲瑋', '宛儒', '振宇', '慧玲', '昱廷', '欣妤', '威廷', '思穎', '耀輝', '美君', '宇軒', '語彤',
  '銘傳', '秀鳳', '家瑋', '佩君', '永福', '素貞', '博文', '雅惠',
] as const;

const MOBILE_PREFIXES = [
  '0910', '0912', '0915', '0918', '0921', '0922', '0928', '0932', '0933', '0937',
  '0952', '0955', '0958', '0963', '0968', '0972', '0975', '0978', '0983', '0988',
] as const;

/** Employees in all, key people included. */
const TARGET_EMPLOYEES = 120;
const ON_LEAVE_COUNT = 4;
const INACTIVE_COUNT = 3;
const PRNG_SEED = 0x5eed2026;

interface KeyAssignment {
  employeeNo: string;
  positionCode: string;
  name: string;
  hireDate: string;
}

// Fixed names and dates so docs and tests can refer to these people stably.
const KEY_ASSIGNMENTS: KeyAssignment[] = [
  { employeeNo: demoKeyPeople.stationManager, positionCode: 'P-ST-TPE-HEAD', name: '陳建宏', hireDate: '2013-03-18' },
  { employeeNo: demoKeyPeople.deputy1, positionCode: 'P-ST-TPE-DEP', name: '林怡君', hireDate: '2015-07-01' },
  { employeeNo: demoKeyPeople.deputy2, positionCode: 'P-ST-TPE-DEP', name: '黃志偉', hireDate: '2016-02-15' },
  { employeeNo: demoKeyPeople.csHead, positionCode: 'P-ST-TPE-CS-HEAD', name: '張雅婷', hireDate: '2017-05-08' },
  { employeeNo: demoKeyPeople.csAgent, positionCode: 'P-ST-TPE-CS-AGENT', name: '李佳穎', hireDate: '2022-09-13' },
  { employeeNo: demoKeyPeople.technician, positionCode: 'P-ST-TPE-TS-TECH', name: '王俊傑', hireDate: '2021-04-19' },
  { employeeNo: demoKeyPeople.businessDeptHead, positionCode: 'P-BD-N-HEAD', name: '吳宗翰', hireDate: '2014-08-11' },
  { employeeNo: demoKeyPeople.businessDeptAccountant, positionCode: 'P-BD-N-ACC', name: '劉淑芬', hireDate: '2018-10-22' },
  { employeeNo: demoKeyPeople.managementAccountant, positionCode: 'P-HQ-MGT-ACC', name: '蔡明哲', hireDate: '2016-11-07' },
  { employeeNo: demoKeyPeople.generalManager, positionCode: 'P-HQ-HEAD', name: '楊國華', hireDate: '2012-02-01' },
];

type Rng = () => number;

/** mulberry32: small, fast and reproducible across platforms. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randInt(rng: Rng, minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(rng() * (maxInclusive - minInclusive + 1));
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const a = items[i];
    const b = items[j];
    if (a === undefined || b === undefined) throw new Error('shuffle index out of range');
    items[i] = b;
    items[j] = a;
  }
  return items;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A date from fromYear-01-01 up to 2026-10-28; days stop at 28 so every month is valid. */
function randomHireDate(rng: Rng, fromYear: number, toYear: number): string {
  const year = randInt(rng, fromYear, toYear);
  const month = randInt(rng, 1, year === 2026 ? 10 : 12);
  const day = randInt(rng, 1, 28);
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
}

function positionByCode(code: string): DemoPosition {
  const p = demoPositions.find((x) => x.code === code);
  if (!p) throw new Error(`unknown position ${code}`);
  return p;
}

/**
 * ~120 employees, deterministic: the key people first (see demoKeyPeople), then one ACTIVE
 * holder for every other head position, then one holder for every staff position, then the
 * remaining staff seats drawn at random so that about 15 seats stay vacant. No position ever
 * holds more employees (of any status) than its plannedHeadcount.
 */
export function demoEmployees(): DemoEmployee[] {
  const rng = mulberry32(PRNG_SEED);
  const usedNames = new Set<string>(KEY_ASSIGNMENTS.map((k) => k.name));
  const usedPhones = new Set<string>();
  const taken = new Map<string, number>();

  const nextName = (): string => {
    for (;;) {
      const name = pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES);
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  const nextPhone = (): string => {
    for (;;) {
      const phone = `${pick(rng, MOBILE_PREFIXES)}-${pad(randInt(rng, 0, 999), 3)}-${pad(randInt(rng, 0, 999), 3)}`;
      if (!usedPhones.has(phone)) {
        usedPhones.add(phone);
        return phone;
      }
    }
  };

  const employees: DemoEmployee[] = [];
  const add = (position: DemoPosition, name: string, hireDate: string): DemoEmployee => {
    const held = taken.get(position.code) ?? 0;
    if (held >= position.plannedHeadcount) throw new Error(`position ${position.code} is full`);
    taken.set(position.code, held + 1);
    const employeeNo = `E${pad(employees.length + 1, 4)}`;
    const employee: DemoEmployee = {
      employeeNo,
      name,
      email: `${employeeNo.toLowerCase()}@stationhub.example`,
      phone: nextPhone(),
      unitCode: position.unitCode,
      positionCode: position.code,
      hireDate,
      status: 'ACTIVE',
    };
    employees.push(employee);
    return employee;
  };

  for (const key of KEY_ASSIGNMENTS) {
    const e = add(positionByCode(key.positionCode), key.name, key.hireDate);
    if (e.employeeNo !== key.employeeNo) throw new Error(`key person ${key.employeeNo} got ${e.employeeNo}`);
  }

  for (const p of demoPositions) {
    if (p.isHead && !taken.has(p.code)) add(p, nextName(), randomHireDate(rng, 2012, 2021));
  }

  const staff = demoPositions.filter((p) => !p.isHead);
  for (const p of staff) {
    // Each position's first holder is its longest-serving one.
    if (!taken.has(p.code)) add(p, nextName(), randomHireDate(rng, 2013, 2022));
  }
  const firstExtra = employees.length;

  const openSeats: string[] = [];
  for (const p of staff) {
    for (let i = taken.get(p.code) ?? 0; i < p.plannedHeadcount; i++) openSeats.push(p.code);
  }
  const chosen = shuffle(rng, openSeats).slice(0, Math.max(0, TARGET_EMPLOYEES - employees.length));
  // Back in position order, so employee numbers run through the org chart rather than at random.
  const order = new Map<string, number>(demoPositions.map((p, i) => [p.code, i]));
  chosen.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const code of chosen) add(positionByCode(code), nextName(), randomHireDate(rng, 2014, 2026));

  // Absences only among the extra holders: key people, heads and each position's first holder stay ACTIVE.
  const extras = shuffle(
    rng,
    employees.slice(firstExtra).map((_, i) => firstExtra + i),
  );
  extras.slice(0, ON_LEAVE_COUNT).forEach((i) => setStatus(employees, i, 'ON_LEAVE'));
  extras.slice(ON_LEAVE_COUNT, ON_LEAVE_COUNT + INACTIVE_COUNT).forEach((i) => setStatus(employees, i, 'INACTIVE'));

  return employees;
}

function setStatus(employees: DemoEmployee[], index: number, status: DemoEmployee['status']): void {
  const e = employees[index];
  if (!e) throw new Error(`no employee at ${index}`);
  e.status = status;
}
