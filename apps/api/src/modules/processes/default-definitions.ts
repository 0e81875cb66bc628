import { ApproverKind, ConditionOp, FieldType, type FieldDefinition, type StepDefinition } from './definition.entity';

export interface DefinitionSpec {
  kind: string;
  name: string;
  nameEn: string;
  fields: FieldDefinition[];
  steps: StepDefinition[];
}

const field = (key: string, label: string, type: FieldType, opts: Partial<FieldDefinition> = {}): FieldDefinition => ({
  key,
  label,
  type,
  required: opts.required ?? true,
  immutable: opts.immutable ?? false,
  choices: opts.choices ?? null,
});

const step = (key: string, name: string, nameEn: string, approver: StepDefinition['approver'], timeLimitHours: number, conditions: StepDefinition['conditions'] = []): StepDefinition => ({
  key,
  name,
  nameEn,
  approver,
  conditions,
  timeLimitHours,
});

const unitHead = { kind: ApproverKind.APPLICANT_UNIT_HEAD };
const finance = { kind: ApproverKind.UNIT_OF_KIND_HEAD, unitFunction: 'FINANCE' };
const stationManager = { kind: ApproverKind.ROLE, code: 'station_manager' };
const businessDept = { kind: ApproverKind.UNIT_OF_KIND_HEAD, unitKind: 'BUSINESS_DEPT' };
const backOffice = { kind: ApproverKind.UNIT_OF_KIND_HEAD, unitFunction: 'BACK_OFFICE' };

/** The regime's flows (R-FLOW-3, -4, -5, -7, -8, R-SVC-8, R-SAT-4) as the first version of each definition. */
export const defaultDefinitions: DefinitionSpec[] = [
  {
    kind: 'EXPENSE_CLAIM',
    name: '費用報銷',
    nameEn: 'Expense claim',
    fields: [
      field('date', '日期', FieldType.DATE),
      field('place', '地點', FieldType.TEXT),
      field('reason', '事由', FieldType.TEXT),
      field('amount', '金額', FieldType.MONEY),
      field('category', '類別', FieldType.CHOICE, { choices: ['TRAVEL', 'MEALS', 'SUPPLIES', 'TRANSPORT', 'TRAINING', 'OTHER'] }),
    ],
    steps: [
      step('unit_head', '部門主管審批', 'Department head', unitHead, 48),
      step('finance', '財務審核', 'Finance review', finance, 72),
      step('over_budget', '超預算：站長審批', 'Over budget: station manager', stationManager, 48, [{ field: 'overBudget', op: ConditionOp.EQ, value: true }]),
    ],
  },
  {
    kind: 'EQUIPMENT_SCRAP',
    name: '設備報廢',
    nameEn: 'Equipment scrap',
    fields: [
      field('equipmentName', '設備名稱', FieldType.TEXT, { immutable: true }),
      field('spec', '規格', FieldType.TEXT, { required: false }),
      field('model', '型號', FieldType.TEXT, { required: false }),
      field('purchaseDate', '購置日期', FieldType.DATE),
      field('reason', '報廢原因', FieldType.TEXT),
      field('disposal', '處置方式', FieldType.CHOICE, { choices: ['SALE', 'DONATION', 'SCRAP'] }),
    ],
    steps: [
      step('unit_head', '使用部門主管', 'Using department head', unitHead, 48),
      step('appraisal', '技術部鑑定', 'Technical appraisal', { kind: ApproverKind.UNIT_OF_KIND_HEAD, unitFunction: 'TECHNICAL_SUPPORT' }, 72),
      step('finance', '財務審核', 'Finance review', finance, 72),
      step('station_manager', '站長審批', 'Station manager', stationManager, 48),
    ],
  },
  {
    kind: 'PURCHASE_REQUEST',
    name: '采購申請',
    nameEn: 'Purchase request',
    fields: [
      field('item', '品名', FieldType.TEXT),
      field('spec', '規格', FieldType.TEXT, { required: false }),
      field('quantity', '數量', FieldType.NUMBER),
      field('neededBy', '需求日期', FieldType.DATE),
      field('estimatedAmount', '預估金額', FieldType.MONEY),
    ],
    steps: [
      step('unit_head', '部門主管', 'Department head', unitHead, 48),
      step('logistics', '後勤審核（制度與預算）', 'Back office: policy and budget', backOffice, 72),
      step('leadership', '領導審批（大額）', 'Leadership (large amounts)', stationManager, 72, [{ field: 'estimatedAmount', op: ConditionOp.GT, value: '50000.00' }]),
    ],
  },
  {
    kind: 'FREIGHT',
    name: '運費',
    nameEn: 'Freight',
    fields: [
      field('mode', '運輸方式', FieldType.CHOICE, { choices: ['HIRED_VEHICLE', 'AIR', 'EXPRESS'], immutable: true }),
      field('shipmentRef', '貨運單號', FieldType.TEXT),
      field('amount', '運費', FieldType.MONEY),
      field('referencePrice', '備案參考價', FieldType.MONEY, { required: false }),
    ],
    steps: [
      step('site', '現場決定（快遞 ≤ 200）', 'Site decides (express ≤ 200)', unitHead, 24, [{ field: 'siteDecides', op: ConditionOp.EQ, value: true }]),
      step('business_dept', '業務部經理審批', 'Business dept manager', businessDept, 48, [{ field: 'needsBusinessApproval', op: ConditionOp.EQ, value: true }]),
    ],
  },
  {
    kind: 'STAFF_MATERIAL_REQUEST',
    name: '物資領用',
    nameEn: 'Staff material request',
    fields: [
      field('itemName', '物品名稱', FieldType.TEXT),
      field('spec', '規格', FieldType.TEXT, { required: false }),
      field('quantity', '數量', FieldType.NUMBER),
      field('purpose', '用途', FieldType.TEXT),
      field('valuable', '貴重或限量物品', FieldType.BOOLEAN, { required: false }),
    ],
    steps: [
      step('unit_head', '部門主管', 'Department head', unitHead, 24),
      step('valuable', '貴重物品加簽：站長', 'Valuable item: station manager', stationManager, 48, [{ field: 'valuable', op: ConditionOp.EQ, value: true }]),
      step('issue', '後勤發放', 'Issued by back office', backOffice, 48),
    ],
  },
  {
    kind: 'RETURN_EXCEPTION',
    name: '退貨特例申請',
    nameEn: 'Return exception',
    fields: [
      field('ticketNumber', '案件編號', FieldType.TEXT, { immutable: true }),
      field('shippedOn', '出貨日期', FieldType.DATE),
      field('reason', '申請理由', FieldType.TEXT),
    ],
    steps: [
      step('unit_head', '部門主管', 'Department head', unitHead, 24),
      step('station_manager', '站長核准', 'Station manager', stationManager, 48),
    ],
  },
  {
    kind: 'SATISFACTION_CORRECTIVE',
    name: '滿意度整改',
    nameEn: 'Satisfaction corrective action',
    fields: [
      field('unitName', '單位', FieldType.TEXT, { immutable: true }),
      field('period', '考核期間', FieldType.TEXT, { immutable: true }),
      field('rate', '滿意率（%）', FieldType.NUMBER, { immutable: true }),
      field('target', '目標（%）', FieldType.NUMBER, { immutable: true }),
      field('deadline', '整改期限', FieldType.DATE),
      field('plan', '整改措施', FieldType.TEXT),
    ],
    steps: [step('superior', '上級審核整改措施', 'Superior accepts the plan', unitHead, 72)],
  },
];
