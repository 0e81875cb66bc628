export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** An amount of money as a decimal string with two decimals, e.g. "1280.50" (inputs may be numbers). */
  Money: { input: unknown; output: unknown; }
};

export type Absence = {
  __typename?: 'Absence';
  cancelledAt: Maybe<Scalars['DateTimeISO']['output']>;
  deputy: Employee;
  employee: Employee;
  endsAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
};

export type ActorType =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'USER';

export type AdjustmentStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** An agent’s satisfaction figures for performance reviews (R-SAT-6). */
export type AgentSatisfactionScore = {
  __typename?: 'AgentSatisfactionScore';
  agentId: Scalars['ID']['output'];
  agentName: Scalars['String']['output'];
  averageScore: Maybe<Scalars['Float']['output']>;
  /** Forms with any 不滿意 answer (R-SAT-5). */
  dissatisfiedForms: Scalars['Int']['output'];
  employeeNo: Scalars['String']['output'];
  forms: Scalars['Int']['output'];
  rate: Maybe<Scalars['Float']['output']>;
  satisfied: Scalars['Int']['output'];
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
};

/** One agent’s service figures over a period (R-SVC-10). */
export type AgentServiceStats = {
  __typename?: 'AgentServiceStats';
  /** Cases on which the agent answered the customer (a response, an update or the resolution) within the period. */
  answered: Scalars['Int']['output'];
  employeeId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** R-SVC-10: three substantiated complaints within those 365 days call for a penalty review. */
  penaltyReviewDue: Scalars['Boolean']['output'];
  /** Cases the agent resolved within the period. */
  resolved: Scalars['Int']['output'];
  /** Measured SLA cases assigned to the agent (as in slaAttainment by AGENT). */
  slaCases: Scalars['Int']['output'];
  /** Percent of those not breached, one decimal; null without cases. */
  slaRate: Maybe<Scalars['Float']['output']>;
  /** Substantiated complaints against the agent, by handling form date, within the period. */
  substantiatedComplaints: Scalars['Int']['output'];
  /** Substantiated complaints against the agent in the 365 days up to the end of the period (or now, if earlier). */
  substantiatedInYear: Scalars['Int']['output'];
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Maybe<User>;
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  grants: Array<RoleGrant>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the key, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  unit: Maybe<OrgUnit>;
};

export type ApproverKind =
  | 'APPLICANT_UNIT_HEAD'
  | 'POSITION'
  | 'ROLE'
  | 'UNIT_HEAD'
  | 'UNIT_OF_KIND_HEAD';

/** A step a sample document would take, and who would act on it now. */
export type ApproverPreview = {
  __typename?: 'ApproverPreview';
  /** Whether its conditions hold for the sample. */
  applies: Scalars['Boolean']['output'];
  approver: Maybe<Employee>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Who acts on a step. */
export type ApproverSpec = {
  __typename?: 'ApproverSpec';
  /** POSITION: position code; UNIT_HEAD: unit code; ROLE: role code. */
  code: Maybe<Scalars['String']['output']>;
  kind: ApproverKind;
  /** UNIT_OF_KIND_HEAD: a UnitFunction (FINANCE, TECHNICAL_SUPPORT, …). */
  unitFunction: Maybe<Scalars['String']['output']>;
  /** UNIT_OF_KIND_HEAD: a UnitKind (BUSINESS_DEPT, MANAGEMENT_DEPT, …). */
  unitKind: Maybe<Scalars['String']['output']>;
};

export type ApproverSpecInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  kind: ApproverKind;
  unitFunction?: InputMaybe<Scalars['String']['input']>;
  unitKind?: InputMaybe<Scalars['String']['input']>;
};

export type AttachmentContent = {
  __typename?: 'AttachmentContent';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
};

export type AttachmentInput = {
  /** The file, base64-encoded (at most 5 MB). */
  contentBase64: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
  mimeType?: Scalars['String']['input'];
};

export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED'
  | 'FAILED';

/** One mutation attempt, allowed or not (R-ACL-5). Read-only. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  actingForId: Maybe<Scalars['ID']['output']>;
  actorId: Maybe<Scalars['ID']['output']>;
  actorName: Maybe<Scalars['String']['output']>;
  actorType: ActorType;
  after: Maybe<Scalars['JSONObject']['output']>;
  at: Scalars['DateTimeISO']['output'];
  before: Maybe<Scalars['JSONObject']['output']>;
  errorCode: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  operation: Scalars['String']['output'];
  outcome: AuditOutcome;
  requestId: Scalars['String']['output'];
  targetId: Maybe<Scalars['ID']['output']>;
  targetType: Maybe<Scalars['String']['output']>;
};

/** A page of AuditRecord rows. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  edges: Array<AuditRecordEdge>;
  nodes: Array<AuditRecord>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  cursor: Scalars['String']['output'];
  node: AuditRecord;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Send as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTimeISO']['output'];
  user: User;
};

/** A bonus rule (R-LOY-1). */
export type BonusRule = {
  __typename?: 'BonusRule';
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** Extra multiple of the base points (0.5 = +50%). */
  extraMultiplier: Scalars['Float']['output'];
  fixedPoints: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: BonusRuleKind;
  name: Scalars['String']['output'];
};

export type BonusRuleInput = {
  active?: Scalars['Boolean']['input'];
  code: Scalars['String']['input'];
  extraMultiplier?: Scalars['Float']['input'];
  fixedPoints?: Scalars['Int']['input'];
  kind: BonusRuleKind;
  name: Scalars['String']['input'];
};

export type BonusRuleKind =
  | 'BIRTHDAY_MONTH'
  | 'FIRST_PURCHASE'
  | 'SURVEY_COMPLETED';

/** A unit’s budget for a year and category (R-FLOW-3). */
export type Budget = {
  __typename?: 'Budget';
  amount: Scalars['Money']['output'];
  category: Scalars['String']['output'];
  /** Approved claims so far. */
  consumed: Scalars['Money']['output'];
  id: Scalars['ID']['output'];
  unit: OrgUnit;
  year: Scalars['Int']['output'];
};

export type BudgetInput = {
  amount: Scalars['Money']['input'];
  category: Scalars['String']['input'];
  unitId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

/** The annual complaint analysis for the management review (R-SVC-9). */
export type ComplaintAnalysis = {
  __typename?: 'ComplaintAnalysis';
  /** Every month of the year (key YYYY-MM), zeros included. */
  byMonth: Array<ReportBucket>;
  /** By the product on the case; UNRECORDED when none was named. Most first. */
  byProduct: Array<ReportBucket>;
  /** By the responsible unit on the handling form, else the case’s responsible unit (key: unit id). Most first. */
  byResponsibleUnit: Array<ReportBucket>;
  /** By the handling form’s root cause (the text); UNRECORDED without a form or findings. Most first. */
  byRootCause: Array<ReportBucket>;
  /** By triage outcome (key: ComplaintTriage, or UNTRIAGED). Most first. */
  byTriage: Array<ReportBucket>;
  /** Of those, found justified on quality control’s handling form. */
  substantiated: Scalars['Int']['output'];
  /** Complaints opened in the year (cases of kind COMPLAINT, by opening time). */
  total: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** The case behind a complaint handling form, as the viewer may see it (R-ACL-3). */
export type ComplaintCase = {
  __typename?: 'ComplaintCase';
  /** The customer file’s name or the walk-in contact’s; masked (王**) for a viewer who may not read the case. */
  customerName: Maybe<Scalars['String']['output']>;
  /** Whether the customer is shown unmasked. */
  customerVisible: Scalars['Boolean']['output'];
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTimeISO']['output'];
  product: Maybe<Scalars['String']['output']>;
  /** Whether the viewer may open the case itself (ReadTicket within reach). */
  readable: Scalars['Boolean']['output'];
  severity: Severity;
  subject: Scalars['String']['output'];
  ticketId: Scalars['ID']['output'];
};

export type ComplaintFindingsInput = {
  /** A major quality complaint. */
  major?: InputMaybe<Scalars['Boolean']['input']>;
  /** The employee it is substantiated against, if any (R-SVC-10). */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  responsibleUnitId: Scalars['ID']['input'];
  rootCause: Scalars['String']['input'];
  substantiated: Scalars['Boolean']['input'];
};

/** A complaint handling form for quality control (R-SVC-4). */
export type ComplaintReview = {
  __typename?: 'ComplaintReview';
  actions: Array<CorrectiveAction>;
  /** The case as the form shows it; the customer masked for a viewer who may not read the case (R-ACL-3). */
  caseSummary: ComplaintCase;
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** A major quality complaint (R-SVC-6: to the general manager). */
  major: Scalars['Boolean']['output'];
  /** Null for a viewer without ReadQuality (an action owner). */
  responsibleEmployeeName: Maybe<Scalars['String']['output']>;
  responsibleUnit: Maybe<OrgUnit>;
  rootCause: Maybe<Scalars['String']['output']>;
  status: ComplaintReviewStatus;
  /** Whether the complaint was found justified. */
  substantiated: Maybe<Scalars['Boolean']['output']>;
  /** The case itself: quality control, or whoever may read the case (an action owner without that right reads `caseSummary`). */
  ticket: Ticket;
};

/** R-SVC-6: unresolved or unclear cases go to a joint review (會審), major quality complaints to the general manager. */
export type ComplaintReviewStatus =
  | 'CLOSED'
  | 'GENERAL_MANAGER'
  | 'JOINT_REVIEW'
  | 'OPEN';

/** R-SVC-4: whose the complaint is. */
export type ComplaintTriage =
  | 'NEEDS_OTHER_UNITS'
  | 'NOT_OURS'
  | 'SOLVED_BY_SERVICE';

export type ConditionOp =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'IN'
  | 'LT'
  | 'LTE'
  | 'NEQ';

/** How the customer prefers to be reached. */
export type ContactChannel =
  | 'EMAIL'
  | 'LINE'
  | 'PHONE'
  | 'POST'
  | 'SMS'
  | 'WECHAT';

/** A corrective or preventive action (R-SVC-5). */
export type CorrectiveAction = {
  __typename?: 'CorrectiveAction';
  description: Scalars['String']['output'];
  doneAt: Maybe<Scalars['DateTimeISO']['output']>;
  doneNote: Maybe<Scalars['String']['output']>;
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  kind: CorrectiveActionKind;
  /** The employee who carries the action out and reports it done. */
  ownerId: Scalars['ID']['output'];
  ownerName: Scalars['String']['output'];
  status: CorrectiveActionStatus;
  verificationNote: Maybe<Scalars['String']['output']>;
  verifiedAt: Maybe<Scalars['DateTimeISO']['output']>;
  verifiedBy: Maybe<Scalars['String']['output']>;
};

export type CorrectiveActionInput = {
  description: Scalars['String']['input'];
  dueOn: Scalars['LocalDate']['input'];
  kind: CorrectiveActionKind;
  ownerId: Scalars['ID']['input'];
};

export type CorrectiveActionKind =
  | 'CORRECTIVE'
  | 'PREVENTIVE';

/** OPEN → DONE (by its owner) → VERIFIED (effect checked by someone else, R-SVC-5). */
export type CorrectiveActionStatus =
  | 'DONE'
  | 'OPEN'
  | 'VERIFIED';

export type CreateApiKeyInput = {
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  grants: Array<GrantInput>;
  name: Scalars['String']['input'];
  /** Anchor unit for UNIT_SUBTREE grants. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateCustomerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthday?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Customer number; assigned (C0000123) when left out. */
  code?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  homeStationId: Scalars['ID']['input'];
  marketingConsent?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  /** Phone numbers, the first is the main one. */
  phones?: Array<Scalars['String']['input']>;
  preferences?: InputMaybe<Scalars['String']['input']>;
  preferredChannel?: InputMaybe<ContactChannel>;
  preferredLanguage?: InputMaybe<PreferredLanguage>;
  tags?: Array<Scalars['String']['input']>;
};

export type CreateEmployeeInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  employeeNo: Scalars['String']['input'];
  hireDate: Scalars['LocalDate']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  positionId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

export type CreateOrgUnitInput = {
  code: Scalars['String']['input'];
  function?: InputMaybe<UnitFunction>;
  /** Employee who heads the unit. */
  headId?: InputMaybe<Scalars['ID']['input']>;
  kind: UnitKind;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  parentId: Scalars['ID']['input'];
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

export type CreatePositionInput = {
  code: Scalars['String']['input'];
  duties?: Array<Scalars['String']['input']>;
  isHead?: Scalars['Boolean']['input'];
  plannedHeadcount?: Scalars['Int']['input'];
  summary?: Scalars['String']['input'];
  /** Direct superior position (直接上級). */
  superiorId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  titleEn?: InputMaybe<Scalars['String']['input']>;
  unitId: Scalars['ID']['input'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  locale?: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type CreateWinBackTasksInput = {
  /** Days without purchase; default the lost-customer setting. */
  days?: InputMaybe<Scalars['Int']['input']>;
  /** Days to do the task in. */
  dueInDays?: Scalars['Int']['input'];
  /** Only this station (subtree). */
  stationId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The key itself. It is shown only this once; store it now. */
  secret: Scalars['String']['output'];
};

export type CrmSettingsInput = {
  lostAfterDays: Scalars['Int']['input'];
};

export type CrmSettingsType = {
  __typename?: 'CrmSettingsType';
  lostAfterDays: Scalars['Int']['output'];
  tierWindowDays: Scalars['Int']['output'];
};

/** A customer file (R-CRM-1). */
export type Customer = {
  __typename?: 'Customer';
  /** Masked without ReadCustomerContact. */
  address: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD; masked without ReadCustomerContact. */
  birthday: Maybe<Scalars['String']['output']>;
  /** Customer number, e.g. C0000123. */
  code: Scalars['String']['output'];
  consentChangedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Whether you see the contact data unmasked. */
  contactVisible: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Masked without ReadCustomerContact. */
  email: Maybe<Scalars['String']['output']>;
  firstPurchaseAt: Maybe<Scalars['DateTimeISO']['output']>;
  homeStation: OrgUnit;
  id: Scalars['ID']['output'];
  lastPurchaseAt: Maybe<Scalars['DateTimeISO']['output']>;
  lifetimeSpend: Scalars['Money']['output'];
  marketingConsent: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  overrideExpiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  overrideReason: Maybe<Scalars['String']['output']>;
  /** Masked (***678) without ReadCustomerContact. */
  phones: Array<Scalars['String']['output']>;
  /** Null without ReadPoints for this customer. */
  points: Maybe<PointsBalance>;
  /** The points ledger, newest first; null without ReadPoints for this customer. */
  pointsLedger: Maybe<PointsEntryConnection>;
  /** Free-text preferences (products, times, service notes). */
  preferences: Maybe<Scalars['String']['output']>;
  preferredChannel: Maybe<ContactChannel>;
  preferredLanguage: Maybe<PreferredLanguage>;
  purchaseCount: Scalars['Int']['output'];
  purchases: PurchaseConnection;
  tags: Array<Scalars['String']['output']>;
  /** The tier held now (R-CRM-2). */
  tier: Maybe<Tier>;
  /** Since when the customer no longer qualifies for the tier (the downgrade grace period runs from here). */
  tierBelowSince: Maybe<Scalars['DateTimeISO']['output']>;
  /** Every tier change with its reason and figures, newest first. */
  tierHistory: Array<TierChange>;
  tierSince: Maybe<Scalars['DateTimeISO']['output']>;
  /** "Why is this customer Gold": figures, the tier they earn, grace period, override. */
  tierStatus: TierStatus;
  /** The customer’s history, newest first (R-CRM-1). */
  timeline: CustomerEventConnection;
};


/** A customer file (R-CRM-1). */
export type CustomerPointsLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer file (R-CRM-1). */
export type CustomerPurchasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer file (R-CRM-1). */
export type CustomerTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Customer rows. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  nodes: Array<Customer>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

/** One event of a customer’s history (R-CRM-1). */
export type CustomerEvent = {
  __typename?: 'CustomerEvent';
  at: Scalars['DateTimeISO']['output'];
  data: Maybe<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  /** CUSTOMER_CREATED, PURCHASE, REFUND, TIER_CHANGE, POINTS, TICKET, TICKET_RESOLVED, FOLLOW_UP or SURVEY; the facts are in data, summary is a language-neutral fallback. */
  kind: Scalars['String']['output'];
  refId: Maybe<Scalars['ID']['output']>;
  refType: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
};

/** A page of CustomerEvent rows. */
export type CustomerEventConnection = {
  __typename?: 'CustomerEventConnection';
  edges: Array<CustomerEventEdge>;
  nodes: Array<CustomerEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEventEdge = {
  __typename?: 'CustomerEventEdge';
  cursor: Scalars['String']['output'];
  node: CustomerEvent;
};

/** Filters for customer lists; all given ones must hold. */
export type CustomerFilter = {
  /** Last purchase before this (customers who never bought are included). */
  lastPurchaseBefore?: InputMaybe<Scalars['DateTimeISO']['input']>;
  lastPurchaseFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Only customers who consented (or not) to marketing (R-ACL-3). */
  marketingConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only customers with no tier. */
  noTier?: InputMaybe<Scalars['Boolean']['input']>;
  /** A phone number (or its ending, at least 6 digits). Needs ReadCustomerContact (R-ACL-3). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Name (contains), customer number (prefix), or — with ReadCustomerContact — a phone number (ending). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Lifetime spend at most. */
  spendMax?: InputMaybe<Scalars['Money']['input']>;
  /** Lifetime spend at least. */
  spendMin?: InputMaybe<Scalars['Money']['input']>;
  /** Home station (or any unit: its subtree). */
  stationId?: InputMaybe<Scalars['ID']['input']>;
  /** Any of these tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Any of these tiers. */
  tierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A customer file import: preview, then commit. */
export type CustomerImport = {
  __typename?: 'CustomerImport';
  columns: Array<ImportColumn>;
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: Scalars['String']['output'];
  createdCount: Scalars['Int']['output'];
  /** The text encoding a CSV was read in: UTF8, GBK or BIG5. */
  encoding: Maybe<Scalars['String']['output']>;
  /** The rows with problems and what is wrong, as CSV to fix and import again. */
  errorFile: Maybe<ExportFile>;
  errorRows: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  /** CSV or XLSX. */
  format: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Problems by row and column (the first 500; the error file has all). */
  issues: Array<ImportIssue>;
  processedRows: Scalars['Int']['output'];
  /** The first 50 rows that will be imported. */
  sample: Array<ImportRowPreview>;
  status: CustomerImportStatus;
  totalRows: Scalars['Int']['output'];
  updatedCount: Scalars['Int']['output'];
  validRows: Scalars['Int']['output'];
};

export type CustomerImportInput = {
  /** The file, base64-encoded (at most 5 MB). */
  contentBase64: Scalars['String']['input'];
  /** Home station for rows that name none. */
  defaultStationId: Scalars['ID']['input'];
  /** AUTO, UTF8, GBK or BIG5 (CSV only). */
  encoding?: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};

export type CustomerImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'PREVIEWED'
  | 'RUNNING';

export type CustomerOrder =
  | 'CODE'
  | 'LAST_PURCHASE_DESC'
  | 'LIFETIME_SPEND_DESC';

export type DecidePointsAdjustmentInput = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An action on a document. */
export type DocumentAction = {
  __typename?: 'DocumentAction';
  /** When a deputy acted, the person they acted for (R-ORG-4). */
  actingForName: Maybe<Scalars['String']['output']>;
  action: DocumentActionKind;
  /** Who acted; null when the engine did (routing, skipping, time limits). */
  actorName: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  comment: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  stepIndex: Maybe<Scalars['Int']['output']>;
};

export type DocumentActionKind =
  | 'APPROVED'
  | 'AUTO_APPROVED'
  | 'CREATED'
  | 'ESCALATED'
  | 'REJECTED'
  | 'REMINDED'
  | 'RETURNED'
  | 'STEP_OPENED'
  | 'STEP_SKIPPED'
  | 'SUBMITTED'
  | 'UNAPPROVED'
  | 'UPDATED'
  | 'VOIDED'
  | 'WITHDRAWN';

export type DocumentAttachment = {
  __typename?: 'DocumentAttachment';
  createdAt: Scalars['DateTimeISO']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  mimeType: Scalars['String']['output'];
  size: Scalars['Int']['output'];
};

/** DRAFT → IN_APPROVAL → APPROVED | REJECTED | WITHDRAWN; VOIDED replaces changing an immutable field (R-FLOW-2). */
export type DocumentStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'IN_APPROVAL'
  | 'REJECTED'
  | 'VOIDED'
  | 'WITHDRAWN';

/** A step of a document (R-FLOW-1). */
export type DocumentStep = {
  __typename?: 'DocumentStep';
  /** When a deputy acted, the person they acted for (R-ORG-4). */
  actingForName: Maybe<Scalars['String']['output']>;
  assigneeId: Maybe<Scalars['ID']['output']>;
  assigneeName: Maybe<Scalars['String']['output']>;
  comment: Maybe<Scalars['String']['output']>;
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  decidedByName: Maybe<Scalars['String']['output']>;
  document: ProcessDocument;
  dueAt: Maybe<Scalars['DateTimeISO']['output']>;
  escalatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  index: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  openedAt: Maybe<Scalars['DateTimeISO']['output']>;
  overdue: Scalars['Boolean']['output'];
  remindedAt: Maybe<Scalars['DateTimeISO']['output']>;
  round: Scalars['Int']['output'];
  status: StepStatus;
  timeLimitHours: Scalars['Int']['output'];
};

/** A page of DocumentStep rows. */
export type DocumentStepConnection = {
  __typename?: 'DocumentStepConnection';
  edges: Array<DocumentStepEdge>;
  nodes: Array<DocumentStep>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentStepEdge = {
  __typename?: 'DocumentStepEdge';
  cursor: Scalars['String']['output'];
  node: DocumentStep;
};

/** Points from an integration (a promotion, a partner). The same idempotencyKey applies once. */
export type EarnPointsInput = {
  customerId: Scalars['ID']['input'];
  /** Unique per operation; a retry with the same key returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type Employee = {
  __typename?: 'Employee';
  absences: Array<Absence>;
  deactivatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Current and coming absences in which this employee acts as deputy (R-ORG-4). */
  deputyFor: Array<Absence>;
  /** Masked unless you hold ReadEmployeeContact for this employee. */
  email: Maybe<Scalars['String']['output']>;
  employeeNo: Scalars['String']['output'];
  hireDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Holder of the superior position (reporting line, R-ORG-5). */
  manager: Maybe<Employee>;
  name: Scalars['String']['output'];
  /** Masked unless you hold ReadEmployeeContact for this employee. */
  phone: Maybe<Scalars['String']['output']>;
  position: Position;
  status: EmployeeStatus;
  unit: OrgUnit;
};

/** A page of Employee rows. */
export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  edges: Array<EmployeeEdge>;
  nodes: Array<Employee>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  cursor: Scalars['String']['output'];
  node: Employee;
};

export type EmployeeStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'ON_LEAVE';

/** R-FLOW-3: an expense claim, filed and submitted in one step. */
export type ExpenseClaimInput = {
  amount: Scalars['Money']['input'];
  /** For integrations: the employee claiming (needs SubmitOnBehalf). */
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  /** TRAVEL, MEALS, SUPPLIES, TRANSPORT, TRAINING or OTHER. */
  category: Scalars['String']['input'];
  date: Scalars['LocalDate']['input'];
  /** Invoices. */
  invoices?: InputMaybe<Array<AttachmentInput>>;
  place: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type ExportCustomersInput = {
  filter?: InputMaybe<CustomerFilter>;
  format?: ExportFormat;
  /** Language of the column headers. */
  language?: PreferredLanguage;
};

/** A file to download. */
export type ExportFile = {
  __typename?: 'ExportFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
  rowCount: Scalars['Int']['output'];
};

export type ExportFormat =
  | 'CSV'
  | 'XLSX';

export type ExportSurveyResponsesInput = {
  filter?: InputMaybe<SurveyResponseFilter>;
  format?: ExportFormat;
  /** Language of headers, questions and levels. */
  language?: PreferredLanguage;
};

/** A field of a document kind. */
export type FieldDefinition = {
  __typename?: 'FieldDefinition';
  choices: Maybe<Array<Scalars['String']['output']>>;
  /** R-FLOW-2: never changes once submitted; the document is voided and re-created instead. */
  immutable: Scalars['Boolean']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  type: FieldType;
};

export type FieldDefinitionInput = {
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  immutable?: Scalars['Boolean']['input'];
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
  required?: Scalars['Boolean']['input'];
  type: FieldType;
};

export type FieldType =
  | 'BOOLEAN'
  | 'CHOICE'
  | 'DATE'
  | 'MONEY'
  | 'NUMBER'
  | 'TEXT';

export type FollowUpInput = {
  /** Whether the customer was reached. */
  reached: Scalars['Boolean']['input'];
  result: Scalars['String']['input'];
  satisfied?: InputMaybe<Scalars['Boolean']['input']>;
};

export type FollowUpStatus =
  | 'DONE'
  | 'DUE'
  | 'UNREACHABLE';

/** A follow-up visit after a resolved case (回訪). */
export type FollowUpVisit = {
  __typename?: 'FollowUpVisit';
  doneAt: Maybe<Scalars['DateTimeISO']['output']>;
  dueAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  result: Maybe<Scalars['String']['output']>;
  satisfied: Maybe<Scalars['Boolean']['output']>;
  status: FollowUpStatus;
  ticket: Ticket;
};

export type GrantInput = {
  permission: Permission;
  scope: Scope;
};

export type ImportColumn = {
  __typename?: 'ImportColumn';
  /** The customer field it maps to; null when ignored. */
  field: Maybe<Scalars['String']['output']>;
  header: Scalars['String']['output'];
};

/** A problem in one cell of an imported file. */
export type ImportIssue = {
  __typename?: 'ImportIssue';
  code: Scalars['String']['output'];
  /** The column header as in the file. */
  column: Scalars['String']['output'];
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The row number as Excel shows it (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** A row as it will be imported. */
export type ImportRowPreview = {
  __typename?: 'ImportRowPreview';
  birthday: Maybe<Scalars['String']['output']>;
  code: Maybe<Scalars['String']['output']>;
  email: Maybe<Scalars['String']['output']>;
  homeStationCode: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phones: Array<Scalars['String']['output']>;
  row: Scalars['Int']['output'];
  tags: Array<Scalars['String']['output']>;
};

/** An improvement proposal written with a case’s resolution (R-SVC-7), for the management review (R-SVC-9). */
export type ImprovementProposal = {
  __typename?: 'ImprovementProposal';
  kind: TicketKind;
  number: Scalars['String']['output'];
  product: Maybe<Scalars['String']['output']>;
  proposal: Scalars['String']['output'];
  resolvedAt: Scalars['DateTimeISO']['output'];
  subject: Scalars['String']['output'];
  /** The resolution’s summary. */
  summary: Scalars['String']['output'];
  ticketId: Scalars['ID']['output'];
};

/** A text in Traditional Chinese, Simplified Chinese and English. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  en: Scalars['String']['output'];
  zhHans: Scalars['String']['output'];
  zhHant: Scalars['String']['output'];
};

export type LocalizedTextInput = {
  en: Scalars['String']['input'];
  zhHans: Scalars['String']['input'];
  zhHant: Scalars['String']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** How points are earned and how long they last (R-LOY-1). */
export type LoyaltyProgram = {
  __typename?: 'LoyaltyProgram';
  /** Days after earning when points expire. */
  lotExpiryDays: Scalars['Int']['output'];
  /** Points per currency unit spent, before the tier multiplier. */
  pointsPerCurrencyUnit: Scalars['Float']['output'];
  /** How fractional points are rounded. */
  rounding: Scalars['String']['output'];
};

export type LoyaltyProgramInput = {
  lotExpiryDays: Scalars['Int']['input'];
  pointsPerCurrencyUnit: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** One step of a case: respond, update the customer, hand over, propose a solution, wait, resolve, … (R-SVC-2, R-SVC-3, R-SVC-7). */
  actOnTicket: Ticket;
  /** A corrective or preventive action with owner and deadline (R-SVC-5). */
  addCorrectiveAction: CorrectiveAction;
  /** Moves a repair one step: RECEIVED → REPAIRING → QC_PASSED → SHIPPED → DELIVERED. */
  advanceRepair: RepairOrder;
  /** Approves the open step, as its approver or their deputy. CONFLICT when someone decided it first. */
  approveStep: ProcessDocument;
  /** Archives a unit; refused while it still has active employees or live sub-units. */
  archiveOrgUnit: OrgUnit;
  /** Archives a position; refused while anyone still holds it. */
  archivePosition: Position;
  /** Gives a user a role; UNIT_SUBTREE rights reach `unitId` (default: the user’s own unit). */
  assignRole: UserRole;
  attachToDocument: DocumentAttachment;
  /** Withdraws an absence that has not ended (R-ORG-4). */
  cancelAbsence: Absence;
  changeMyPassword: Scalars['Boolean']['output'];
  clearTierOverride: Customer;
  /** Closes a form whose cause is known and whose actions are all verified. */
  closeComplaintReview: ComplaintReview;
  /** The owner reports the action done. */
  completeCorrectiveAction: CorrectiveAction;
  /** Creates an integration key; the secret is returned only here. */
  createApiKey: CreatedApiKey;
  createCustomer: Customer;
  /** Starts a draft of a document kind under the definition in force. */
  createDocument: ProcessDocument;
  createEmployee: Employee;
  createOrgUnit: OrgUnit;
  createPosition: Position;
  createRole: Role;
  createUser: User;
  /** Opens a task for each lost customer in reach who has none open; returns how many. */
  createWinBackTasks: Scalars['Int']['output'];
  /** Ends employment; the record stays (R-ACL-5). */
  deactivateEmployee: Employee;
  /** Approves (applies) or rejects a correction; not by the person who asked. */
  decidePointsAdjustment: PointsAdjustment;
  deleteRole: Scalars['Boolean']['output'];
  /** Deletes a priority SLA policy and returns its id; the customers it served fall back to the next lower threshold for cases opened from now on. The base policy (minPriority 0) of a kind and severity cannot be deleted (CONFLICT, reason BASE_POLICY). */
  deleteSlaPolicy: Scalars['ID']['output'];
  /** Adds points; the same idempotencyKey applies once (a retry returns the first entry). */
  earnPoints: PointsEntry;
  /** R-SVC-6: to a joint review (會審) or, for a major quality complaint, the general manager. */
  escalateComplaint: ComplaintReview;
  /** Judges a month (YYYY-MM) or quarter (YYYY-Qn) against the unit targets (R-SAT-4): at or above are listed for reward; below get a corrective action with a deadline through the process engine, once per unit and period. */
  evaluateSatisfactionTargets: SatisfactionEvaluationResult;
  /** Customers matching a filter as .xlsx or CSV (UTF-8, opens in Excel); contact data masked as on screen. Audited. */
  exportCustomers: ExportFile;
  /** The forms matching a filter as .xlsx or CSV (opens in Excel). Audited. */
  exportSatisfactionResponses: ExportFile;
  /** Signs in with email and password; sets the HttpOnly refresh cookie. */
  login: AuthPayload;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Marks your notifications read (all when ids is empty); returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Moves a unit and its subtree under another parent; a move that would make a cycle is refused. */
  moveOrgUnit: OrgUnit;
  /** Opens a case (R-SVC-1). With externalRef, opening again returns the first case. */
  openTicket: Ticket;
  /** Holds a customer at a tier, with a reason and an optional end. */
  overrideTier: Customer;
  /** Reads and checks a CSV or .xlsx file (GBK/Big5 CSVs too) without importing; then call runCustomerImport. */
  previewCustomerImport: CustomerImport;
  /** Publishes a new version; documents already filed keep the version they started with. */
  publishProcessDefinition: ProcessDefinition;
  /** Puts tier rules in force (tiers left out retire) and applies them. Refused if the rules changed since expectedVersion. */
  publishTierChange: TierImpact;
  /** Records an absence and the deputy who acts meanwhile (R-ORG-4). */
  recordAbsence: Absence;
  /** Quality control records the root cause and the responsible unit (R-SVC-4). */
  recordComplaintFindings: ComplaintReview;
  /** Records a follow-up visit; the result goes into the customer’s file, and an unsatisfied customer reopens the case. */
  recordFollowUp: FollowUpVisit;
  /** Records a POS purchase once per externalOrderId; earns points and may upgrade the tier. */
  recordPurchase: Purchase;
  recordRepairConsent: RepairOrder;
  /** Spends points, soonest-expiring first. CONFLICT (INSUFFICIENT_POINTS) when the balance is short; the same idempotencyKey applies once. */
  redeemPoints: PointsEntry;
  /** Rotates the refresh cookie and returns a fresh access token. */
  refreshSession: AuthPayload;
  /** Refunds a whole purchase and takes back the points it earned (R-LOY-2). Refunding again changes nothing. */
  refundPurchase: Purchase;
  /** Rejects the document at the open step; the comment (the reason) is required. */
  rejectStep: ProcessDocument;
  /** Asks for a manual correction; it applies when someone else approves it. */
  requestPointsAdjustment: PointsAdjustment;
  /** Returns the document to its applicant for changes; they submit it again. */
  returnStep: ProcessDocument;
  revokeApiKey: ApiKey;
  revokeRole: Scalars['Boolean']['output'];
  /** Imports the next batch of checked rows; call until status is DONE (processedRows shows progress). */
  runCustomerImport: CustomerImport;
  /** Runs the scheduled expiry now; running it twice expires nothing more. */
  runPointsExpiry: PointsExpiryRun;
  /** Runs the scheduled tier re-evaluation now (downgrades after grace, ended overrides). Running it twice changes nothing more. */
  runTierEvaluation: TierImpact;
  /** Creates or changes a bonus rule (by code). */
  saveBonusRule: BonusRule;
  /** Creates a template (no id) or publishes its next version (id). Versions are never edited; forms keep the version they answered. */
  saveSurveyTemplate: SurveyTemplate;
  /** Sends a survey to one customer, a list, a CRM filter or a random sample (R-SAT-1), or re-surveys after a complaint (R-SAT-5). The quiet period skips (and records) customers asked recently. */
  sendSurvey: SendSurveyResult;
  /** Sets a unit’s budget for a year and category (R-FLOW-3). */
  setBudget: Budget;
  /** A unit’s target from a year on (R-SAT-4); earlier years keep theirs. */
  setSatisfactionTarget: SatisfactionTarget;
  /** Sets a station’s opening hours and holidays (R-SVC-10), within your ManageServiceSettings reach. Applies to SLA clocks from now on: cases opened or re-classified later, next-update times set later, and the business time counted when a paused case resumes. Due times already set on open cases are promises made to customers and stay as they are. */
  setServiceCalendar: StationCalendar;
  /** An inactive template is sent no more; its forms stay. */
  setSurveyTemplateActive: SurveyTemplate;
  /** Sets a new password and ends every session of the user. */
  setUserPassword: Scalars['Boolean']['output'];
  /** R-SVC-8: a repair; out of warranty with a main component it waits for the customer’s consent to the charge. */
  startRepair: RepairOrder;
  /** R-SVC-8: a return; outside three months of shipping, or without a quality problem, it waits for an approved RETURN_EXCEPTION document. */
  startReturn: RepairOrder;
  submitDocument: ProcessDocument;
  /** R-FLOW-3: files and submits an expense claim with its invoices. */
  submitExpenseClaim: ProcessDocument;
  /** PUBLIC with a link’s token (channel ONLINE; errors SURVEY_LINK_INVALID, SURVEY_LINK_USED, SURVEY_LINK_EXPIRED). Without a token: staff with EnterSurveyResponse key in a PHONE or INTERVIEW survey. A 不滿意 answer opens a complaint (R-SAT-5). */
  submitSurveyResponse: SurveySubmission;
  /** Moves an employee to another unit and position. */
  transferEmployee: Employee;
  /** R-SVC-4: triages a complaint; NEEDS_OTHER_UNITS opens a handling form for quality control (returned). */
  triageComplaint: Maybe<ComplaintReview>;
  /** 棄審 (R-FLOW-2): returns an approved document to draft; needs UnapproveDocument and a reason. */
  unapproveDocument: ProcessDocument;
  updateCrmSettings: CrmSettingsType;
  updateCustomer: Customer;
  /** Changes a draft; immutable fields of a document once submitted never change (R-FLOW-2). */
  updateDocument: ProcessDocument;
  updateEmployee: Employee;
  updateLoyaltyProgram: LoyaltyProgram;
  updateOrgUnit: OrgUnit;
  updatePosition: Position;
  updateRole: Role;
  updateSurveySettings: SurveySettings;
  updateUser: User;
  updateWinBackTask: WinBackTask;
  /** Creates or changes the SLA targets of a kind, severity and priority threshold (R-SVC-10); company-wide, so ManageServiceSettings must reach ALL. New targets apply to cases opened or re-classified after the change, and the update interval from each case’s next customer update; due times already set stay. */
  upsertSlaPolicy: SlaPolicy;
  /** Customer service or quality control verify the effect; never the owner (R-SVC-5). */
  verifyCorrectiveAction: CorrectiveAction;
  /** Voids a document that is not approved and returns a new draft with its fields (R-FLOW-2). */
  voidDocument: ProcessDocument;
  withdrawDocument: ProcessDocument;
};


export type MutationActOnTicketArgs = {
  id: Scalars['ID']['input'];
  input: TicketActionInput;
};


export type MutationAddCorrectiveActionArgs = {
  input: CorrectiveActionInput;
  reviewId: Scalars['ID']['input'];
};


export type MutationAdvanceRepairArgs = {
  id: Scalars['ID']['input'];
  to: RepairStatus;
};


export type MutationApproveStepArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  documentId: Scalars['ID']['input'];
  stepId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationArchiveOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationArchivePositionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignRoleArgs = {
  roleId: Scalars['ID']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationAttachToDocumentArgs = {
  documentId: Scalars['ID']['input'];
  file: AttachmentInput;
};


export type MutationCancelAbsenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeMyPasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationClearTierOverrideArgs = {
  customerId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCloseComplaintReviewArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteCorrectiveActionArgs = {
  id: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationCreateDocumentArgs = {
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  data: Scalars['JSONObject']['input'];
  kind: Scalars['String']['input'];
};


export type MutationCreateEmployeeArgs = {
  input: CreateEmployeeInput;
};


export type MutationCreateOrgUnitArgs = {
  input: CreateOrgUnitInput;
};


export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
};


export type MutationCreateRoleArgs = {
  input: RoleInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWinBackTasksArgs = {
  input: CreateWinBackTasksInput;
};


export type MutationDeactivateEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDecidePointsAdjustmentArgs = {
  input: DecidePointsAdjustmentInput;
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSlaPolicyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEarnPointsArgs = {
  input: EarnPointsInput;
};


export type MutationEscalateComplaintArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  to: ComplaintReviewStatus;
};


export type MutationEvaluateSatisfactionTargetsArgs = {
  period: Scalars['String']['input'];
};


export type MutationExportCustomersArgs = {
  input: ExportCustomersInput;
};


export type MutationExportSatisfactionResponsesArgs = {
  input: ExportSurveyResponsesInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: Array<Scalars['ID']['input']>;
};


export type MutationMoveOrgUnitArgs = {
  id: Scalars['ID']['input'];
  newParentId: Scalars['ID']['input'];
};


export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


export type MutationOverrideTierArgs = {
  input: OverrideTierInput;
};


export type MutationPreviewCustomerImportArgs = {
  input: CustomerImportInput;
};


export type MutationPublishProcessDefinitionArgs = {
  input: ProcessDefinitionInput;
};


export type MutationPublishTierChangeArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: TierRulesInput;
};


export type MutationRecordAbsenceArgs = {
  input: RecordAbsenceInput;
};


export type MutationRecordComplaintFindingsArgs = {
  id: Scalars['ID']['input'];
  input: ComplaintFindingsInput;
};


export type MutationRecordFollowUpArgs = {
  id: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationRecordPurchaseArgs = {
  input: RecordPurchaseInput;
};


export type MutationRecordRepairConsentArgs = {
  consented: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRedeemPointsArgs = {
  input: RedeemPointsInput;
};


export type MutationRefundPurchaseArgs = {
  input: RefundPurchaseInput;
};


export type MutationRejectStepArgs = {
  comment: Scalars['String']['input'];
  documentId: Scalars['ID']['input'];
  stepId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRequestPointsAdjustmentArgs = {
  input: RequestPointsAdjustmentInput;
};


export type MutationReturnStepArgs = {
  comment: Scalars['String']['input'];
  documentId: Scalars['ID']['input'];
  stepId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  userRoleId: Scalars['ID']['input'];
};


export type MutationRunCustomerImportArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveBonusRuleArgs = {
  input: BonusRuleInput;
};


export type MutationSaveSurveyTemplateArgs = {
  input: SaveSurveyTemplateInput;
};


export type MutationSendSurveyArgs = {
  input: SendSurveyInput;
};


export type MutationSetBudgetArgs = {
  input: BudgetInput;
};


export type MutationSetSatisfactionTargetArgs = {
  input: SatisfactionTargetInput;
};


export type MutationSetServiceCalendarArgs = {
  input: ServiceCalendarInput;
  stationId: Scalars['ID']['input'];
};


export type MutationSetSurveyTemplateActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  input: SetPasswordInput;
};


export type MutationStartRepairArgs = {
  input: StartRepairInput;
  ticketId: Scalars['ID']['input'];
};


export type MutationStartReturnArgs = {
  input: StartReturnInput;
  ticketId: Scalars['ID']['input'];
};


export type MutationSubmitDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitExpenseClaimArgs = {
  input: ExpenseClaimInput;
};


export type MutationSubmitSurveyResponseArgs = {
  input: SubmitSurveyResponseInput;
};


export type MutationTransferEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: TransferEmployeeInput;
};


export type MutationTriageComplaintArgs = {
  note: Scalars['String']['input'];
  ticketId: Scalars['ID']['input'];
  triage: ComplaintTriage;
};


export type MutationUnapproveDocumentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateCrmSettingsArgs = {
  input: CrmSettingsInput;
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerInput;
};


export type MutationUpdateDocumentArgs = {
  data: Scalars['JSONObject']['input'];
  id: Scalars['ID']['input'];
};


export type MutationUpdateEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEmployeeInput;
};


export type MutationUpdateLoyaltyProgramArgs = {
  input: LoyaltyProgramInput;
};


export type MutationUpdateOrgUnitArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrgUnitInput;
};


export type MutationUpdatePositionArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePositionInput;
};


export type MutationUpdateRoleArgs = {
  id: Scalars['ID']['input'];
  input: RoleInput;
};


export type MutationUpdateSurveySettingsArgs = {
  input: SurveySettingsInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


export type MutationUpdateWinBackTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWinBackTaskInput;
};


export type MutationUpsertSlaPolicyArgs = {
  input: SlaPolicyInput;
};


export type MutationVerifyCorrectiveActionArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationVoidDocumentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationWithdrawDocumentArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A notification for a person. */
export type Notification = {
  __typename?: 'Notification';
  body: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** What happened, e.g. TASK_ASSIGNED, DOCUMENT_REJECTED, TICKET_SLA_WARNING, CORRECTIVE_ACTION, SATISFACTION_CORRECTIVE; kindLabel words it. */
  kind: Scalars['String']['output'];
  /** What happened, in the language asked for (the subject is language-neutral: case or document number and title). */
  kindLabel: Scalars['String']['output'];
  /** Console path to open, e.g. /documents/<id>. */
  link: Maybe<Scalars['String']['output']>;
  readAt: Maybe<Scalars['DateTimeISO']['output']>;
  subject: Scalars['String']['output'];
};


/** A notification for a person. */
export type NotificationKindLabelArgs = {
  language?: PreferredLanguage;
};

/** A page of Notification rows. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** Opens a case. With externalRef, opening again returns the first case; other content under the same reference is a CONFLICT. */
export type OpenTicketInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  channel: TicketChannel;
  /** … or a walk-in contact, linked to a file later. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  content: Scalars['String']['input'];
  /** The customer file, by id … */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** … or by a phone number on file (needs ReadCustomerContact), … */
  customerPhone?: InputMaybe<Scalars['String']['input']>;
  externalRef?: InputMaybe<Scalars['String']['input']>;
  kind: TicketKind;
  problemAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  problemPlace?: InputMaybe<Scalars['String']['input']>;
  product?: InputMaybe<Scalars['String']['input']>;
  /** The reply time promised to the customer. */
  promisedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  severity?: Severity;
  /** The station the case belongs to; default the caller’s own station. */
  stationId?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['String']['input'];
  /** The responsible unit; default the station. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** An org chart from one unit down: the nested root and the same nodes as a flat list. */
export type OrgChart = {
  __typename?: 'OrgChart';
  /** Every node, parents before children (handy for tables and tree widgets). */
  nodes: Array<OrgChartNode>;
  root: OrgChartNode;
};

export type OrgChartHead = {
  __typename?: 'OrgChartHead';
  employeeNo: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One unit in an org chart, with its headcounts (R-ORG-5). */
export type OrgChartNode = {
  __typename?: 'OrgChartNode';
  children: Array<OrgChartNode>;
  code: Scalars['String']['output'];
  depth: Scalars['Int']['output'];
  /** Active and on-leave employees of this unit alone. */
  directHeadcount: Scalars['Int']['output'];
  function: Maybe<UnitFunction>;
  head: Maybe<OrgChartHead>;
  /** Including every sub-unit. */
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  parentId: Maybe<Scalars['ID']['output']>;
  positions: Array<PositionSeats>;
  /** Vacant seats in this unit and every sub-unit. */
  vacancies: Scalars['Int']['output'];
};

/** A unit of the organisation tree (R-ORG-1, R-ORG-2). */
export type OrgUnit = {
  __typename?: 'OrgUnit';
  /** From the company root down to the parent (breadcrumb). */
  ancestors: Array<OrgUnit>;
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Direct sub-units that are not archived. */
  children: Array<OrgUnit>;
  /** Short unique code, e.g. ST-TPE-CS. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Distance from the company root (0). */
  depth: Scalars['Int']['output'];
  /** Employees of this unit and its sub-units. */
  employees: EmployeeConnection;
  function: Maybe<UnitFunction>;
  /** The head, or null when outside your ReadEmployee reach (the org chart shows every head’s name). */
  head: Maybe<Employee>;
  id: Scalars['ID']['output'];
  kind: UnitKind;
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  parent: Maybe<OrgUnit>;
  parentId: Maybe<Scalars['ID']['output']>;
  /** Positions of this unit (not of its sub-units). */
  positions: Array<Position>;
  sortOrder: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};


/** A unit of the organisation tree (R-ORG-1, R-ORG-2). */
export type OrgUnitEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<EmployeeStatus>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type OverrideTierInput = {
  customerId: Scalars['ID']['input'];
  /** When the override ends (at most two years ahead); null keeps it until cleared. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  reason: Scalars['String']['input'];
  /** The tier to hold; null holds the customer at no tier. */
  tierId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a page sits in its list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A right, granted through roles (R-ACL-1). */
export type Permission =
  | 'AdjustPoints'
  | 'ApprovePointsAdjustment'
  | 'EarnPoints'
  | 'EnterSurveyResponse'
  | 'ExportCustomers'
  | 'ImportCustomers'
  | 'ManageApiKey'
  | 'ManageBudget'
  | 'ManageCustomer'
  | 'ManageEmployee'
  | 'ManageLoyaltyProgram'
  | 'ManageOrgUnit'
  | 'ManagePosition'
  | 'ManageProcessDefinition'
  | 'ManageQuality'
  | 'ManageRole'
  | 'ManageServiceSettings'
  | 'ManageSurvey'
  | 'ManageTicket'
  | 'ManageUser'
  | 'ManageWinBack'
  | 'OpenTicket'
  | 'OverrideTier'
  | 'ReadAuditLog'
  | 'ReadCrmReport'
  | 'ReadCustomer'
  | 'ReadCustomerContact'
  | 'ReadDocument'
  | 'ReadEmployee'
  | 'ReadEmployeeContact'
  | 'ReadOrgUnit'
  | 'ReadPoints'
  | 'ReadPosition'
  | 'ReadQuality'
  | 'ReadRole'
  | 'ReadSatisfactionReport'
  | 'ReadServiceReport'
  | 'ReadSurvey'
  | 'ReadTicket'
  | 'ReadUser'
  | 'RecordAbsence'
  | 'RecordPurchase'
  | 'RedeemPoints'
  | 'RefundPurchase'
  | 'SendSurvey'
  | 'SubmitOnBehalf'
  | 'UnapproveDocument'
  | 'VoidDocument';

/** A manual points correction awaiting or past approval (R-LOY-2). */
export type PointsAdjustment = {
  __typename?: 'PointsAdjustment';
  createdAt: Scalars['DateTimeISO']['output'];
  customer: Customer;
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  decidedBy: Maybe<Scalars['String']['output']>;
  decisionNote: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  points: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  requestedBy: Scalars['String']['output'];
  status: AdjustmentStatus;
};

/** A page of PointsAdjustment rows. */
export type PointsAdjustmentConnection = {
  __typename?: 'PointsAdjustmentConnection';
  edges: Array<PointsAdjustmentEdge>;
  nodes: Array<PointsAdjustment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PointsAdjustmentEdge = {
  __typename?: 'PointsAdjustmentEdge';
  cursor: Scalars['String']['output'];
  node: PointsAdjustment;
};

/** A points balance (R-LOY-2): never negative, always the sum of the ledger. */
export type PointsBalance = {
  __typename?: 'PointsBalance';
  balance: Scalars['Int']['output'];
  /** Points a refund could not take back because they were spent; taken from the next earnings. */
  debt: Scalars['Int']['output'];
  /** Lots with points left, soonest-expiring first. */
  lots: Array<PointsLot>;
  nextExpiryAt: Maybe<Scalars['DateTimeISO']['output']>;
};

/** One line of the points ledger (R-LOY-2). */
export type PointsEntry = {
  __typename?: 'PointsEntry';
  actorName: Scalars['String']['output'];
  /** Who approved an adjustment. */
  approvedBy: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  balanceAfter: Scalars['Int']['output'];
  customer: Customer;
  id: Scalars['ID']['output'];
  idempotencyKey: Maybe<Scalars['String']['output']>;
  kind: PointsEntryKind;
  /** Signed: positive adds, negative takes away. */
  points: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
  /** Where it came from: PURCHASE, REFUND, API, CONSOLE, EXPIRY, BONUS:<rule>. */
  source: Scalars['String']['output'];
};

/** A page of PointsEntry rows. */
export type PointsEntryConnection = {
  __typename?: 'PointsEntryConnection';
  edges: Array<PointsEntryEdge>;
  nodes: Array<PointsEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PointsEntryEdge = {
  __typename?: 'PointsEntryEdge';
  cursor: Scalars['String']['output'];
  node: PointsEntry;
};

export type PointsEntryKind =
  | 'ADJUST'
  | 'EARN'
  | 'EXPIRE'
  | 'REDEEM'
  | 'REVERSE';

export type PointsExpiryRun = {
  __typename?: 'PointsExpiryRun';
  customers: Scalars['Int']['output'];
  points: Scalars['Int']['output'];
};

/** Points earned together that expire together. */
export type PointsLot = {
  __typename?: 'PointsLot';
  earnedAt: Scalars['DateTimeISO']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  points: Scalars['Int']['output'];
  remaining: Scalars['Int']['output'];
};

export type PointsMonth = {
  __typename?: 'PointsMonth';
  kind: PointsEntryKind;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Signed sum: earnings positive, redemptions and expiries negative. */
  points: Scalars['Int']['output'];
};

/** A position (崗位) and its job description (R-ORG-3). */
export type Position = {
  __typename?: 'Position';
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  code: Scalars['String']['output'];
  /** 崗位職責 */
  duties: Array<Scalars['String']['output']>;
  /** Active and on-leave holders. */
  holders: Array<Employee>;
  id: Scalars['ID']['output'];
  /** The position heads its unit (站長, 部長, 現場總代表 …). */
  isHead: Scalars['Boolean']['output'];
  /** Seats planned for this position in its unit. */
  plannedHeadcount: Scalars['Int']['output'];
  /** 直屬下級 */
  subordinates: Array<Position>;
  /** 工作概述 */
  summary: Scalars['String']['output'];
  /** 直接上級 */
  superior: Maybe<Position>;
  title: Scalars['String']['output'];
  titleEn: Maybe<Scalars['String']['output']>;
  unit: OrgUnit;
};

/** A position’s seats in a unit: planned, filled and vacant. */
export type PositionSeats = {
  __typename?: 'PositionSeats';
  filled: Scalars['Int']['output'];
  isHead: Scalars['Boolean']['output'];
  planned: Scalars['Int']['output'];
  positionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  vacancies: Scalars['Int']['output'];
};

/** Traditional Chinese, Simplified Chinese or English. */
export type PreferredLanguage =
  | 'EN'
  | 'ZH_HANS'
  | 'ZH_HANT';

/** A version of a process definition (R-FLOW-1). */
export type ProcessDefinition = {
  __typename?: 'ProcessDefinition';
  createdAt: Scalars['DateTimeISO']['output'];
  effectiveFrom: Scalars['DateTimeISO']['output'];
  fields: Array<FieldDefinition>;
  id: Scalars['ID']['output'];
  /** The document kind it governs (EXPENSE_CLAIM, EQUIPMENT_SCRAP, …). */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  publishedBy: Scalars['String']['output'];
  steps: Array<StepDefinition>;
  version: Scalars['Int']['output'];
};

/** A new version of a process (R-FLOW-1); documents already filed keep theirs. */
export type ProcessDefinitionInput = {
  /** When it takes effect; default now. */
  effectiveFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  fields: Array<FieldDefinitionInput>;
  kind: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  steps: Array<StepDefinitionInput>;
};

/** A document in a process (R-FLOW-1). */
export type ProcessDocument = {
  __typename?: 'ProcessDocument';
  applicantId: Scalars['ID']['output'];
  applicantName: Scalars['String']['output'];
  attachments: Array<DocumentAttachment>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Index of the open step. */
  currentStep: Maybe<Scalars['Int']['output']>;
  /** The form’s fields, by key. */
  data: Scalars['JSONObject']['output'];
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  definitionVersion: Scalars['Int']['output'];
  facts: Scalars['JSONObject']['output'];
  /** Every action, oldest first. */
  history: Array<DocumentAction>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** Approved documents are locked (R-FLOW-2). */
  locked: Scalars['Boolean']['output'];
  /** e.g. EXP-2026-000042 */
  number: Scalars['String']['output'];
  replacesId: Maybe<Scalars['ID']['output']>;
  round: Scalars['Int']['output'];
  status: DocumentStatus;
  /** This round’s steps in order. */
  steps: Array<DocumentStep>;
  submittedAt: Maybe<Scalars['DateTimeISO']['output']>;
  title: Scalars['String']['output'];
  unit: OrgUnit;
};

/** A page of ProcessDocument rows. */
export type ProcessDocumentConnection = {
  __typename?: 'ProcessDocumentConnection';
  edges: Array<ProcessDocumentEdge>;
  nodes: Array<ProcessDocument>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProcessDocumentEdge = {
  __typename?: 'ProcessDocumentEdge';
  cursor: Scalars['String']['output'];
  node: ProcessDocument;
};

/** A survey opened from a personal link: the questions in the customer’s language and the answers allowed. */
export type PublicSurvey = {
  __typename?: 'PublicSurvey';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The customer’s name masked to its first character, e.g. 陳** (R-ACL-3). */
  greetingName: Scalars['String']['output'];
  intro: Maybe<Scalars['String']['output']>;
  items: Array<PublicSurveyItem>;
  language: PreferredLanguage;
  /** The five levels, best first, labelled in the page’s language. */
  levels: Array<SurveyLevelOption>;
  maxCommentLength: Scalars['Int']['output'];
  maxTextLength: Scalars['Int']['output'];
  source: SurveySource;
  /** The station whose service is asked about. */
  stationName: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A question as the public page shows it. */
export type PublicSurveyItem = {
  __typename?: 'PublicSurveyItem';
  key: Scalars['String']['output'];
  kind: SurveyItemKind;
  /** In the page’s language. */
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
};

export type Purchase = {
  __typename?: 'Purchase';
  amount: Scalars['Money']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  customer: Customer;
  externalOrderId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  items: Array<PurchaseItemType>;
  occurredAt: Scalars['DateTimeISO']['output'];
  pointsEarned: Scalars['Int']['output'];
  /** Who posted it: an API key or a user. */
  recordedBy: Scalars['String']['output'];
  refundReason: Maybe<Scalars['String']['output']>;
  refundedAt: Maybe<Scalars['DateTimeISO']['output']>;
  station: OrgUnit;
  status: PurchaseStatus;
};

/** A page of Purchase rows. */
export type PurchaseConnection = {
  __typename?: 'PurchaseConnection';
  edges: Array<PurchaseEdge>;
  nodes: Array<Purchase>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PurchaseEdge = {
  __typename?: 'PurchaseEdge';
  cursor: Scalars['String']['output'];
  node: Purchase;
};

export type PurchaseItemInput = {
  name: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  sku?: InputMaybe<Scalars['String']['input']>;
  unitPrice: Scalars['Money']['input'];
};

export type PurchaseItemType = {
  __typename?: 'PurchaseItemType';
  name: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  sku: Maybe<Scalars['String']['output']>;
  unitPrice: Scalars['Money']['output'];
};

export type PurchaseStatus =
  | 'RECORDED'
  | 'REFUNDED';

export type Query = {
  __typename?: 'Query';
  /** Each agent’s rate for performance reviews (R-SAT-6); agents of a unit’s subtree with unitId. */
  agentSatisfactionScores: Array<AgentSatisfactionScore>;
  /** R-SVC-10: per agent from…to (local dates, both included, at most 366 days): contacts answered, cases resolved, substantiated complaints and whether a penalty review is due, and the SLA rate of the cases assigned to them (measured as in slaAttainment). Counts only cases within your ReadServiceReport reach; steps recorded before employees were kept on the timeline do not count. One statement. */
  agentServiceStats: Array<AgentServiceStats>;
  apiKeys: Array<ApiKey>;
  attachment: AttachmentContent;
  /** The audit trail, newest first. There is no way to edit or delete it. */
  auditRecords: AuditRecordConnection;
  /** R-CRM-3: customers whose birthday falls in a period (month and day), for greetings. */
  birthdayCustomers: CustomerConnection;
  bonusRules: Array<BonusRule>;
  budgets: Array<Budget>;
  /** R-SVC-9: the annual complaint analysis of the complaints opened in the year (local time), within your ReadServiceReport reach. One statement. */
  complaintAnalysis: ComplaintAnalysis;
  /** One form: for quality control (ReadQuality), or for the owner of one of its actions, who reports it done there (R-SVC-5). */
  complaintReview: ComplaintReview;
  /** Complaint handling forms, newest first. */
  complaintReviews: Array<ComplaintReview>;
  crmSettings: CrmSettingsType;
  customer: Customer;
  customerImport: CustomerImport;
  /** Tags in use, for filters. */
  customerTags: Array<Scalars['String']['output']>;
  /** Customer files within your ReadCustomer reach; contact data masked without ReadCustomerContact (R-ACL-3). */
  customers: CustomerConnection;
  /** A document you filed, act on, or may read (ReadDocument). */
  document: ProcessDocument;
  /** Documents you filed, or with ReadDocument those of units within reach. */
  documents: ProcessDocumentConnection;
  employee: Employee;
  /** Employees within your reach: search, filters, and paging by first/after or offset. */
  employees: EmployeeConnection;
  /** Follow-up visits (回訪) of cases within reach, soonest due first. */
  followUpVisits: Array<FollowUpVisit>;
  /** R-SVC-7, R-SVC-9: the improvement proposals written with the resolutions of the year (local time), newest first (at most 500), within your ReadServiceReport reach. One statement. */
  improvementProposals: Array<ImprovementProposal>;
  loyaltyProgram: LoyaltyProgram;
  /** Who is calling and what they may do. */
  me: Viewer;
  /** Your notifications, newest first. */
  myNotifications: NotificationConnection;
  /** Open and overdue tasks per document kind. */
  myTaskCounts: Array<TaskCount>;
  /** Your inbox: open steps waiting for you, or for someone you deputise for while they are away (R-ORG-4). */
  myTasks: DocumentStepConnection;
  /** The org chart from a unit (default: the company) down, with headcounts and vacancies. */
  orgChart: OrgChart;
  orgUnit: OrgUnit;
  pointsAdjustments: PointsAdjustmentConnection;
  /** A customer’s points balance (one statement). */
  pointsBalance: Scalars['Int']['output'];
  /** Points earned, redeemed, expired, reversed and adjusted per month. */
  pointsByMonth: Array<PointsMonth>;
  position: Position;
  /** Positions with their job descriptions (R-ORG-3), of a unit and its sub-units or of all units. */
  positions: Array<Position>;
  /** Which steps a sample document would take and who would act on each, as the org chart stands. */
  previewApprovers: Array<ApproverPreview>;
  /** R-CRM-2: what proposed tier rules would do to the real customers, changing nothing. */
  previewTierChange: TierImpact;
  /** Process definitions: per kind the version in force (and later ones), or every version. */
  processDefinitions: Array<ProcessDefinition>;
  purchase: Purchase;
  /** R-SVC-9: returns and repairs per month of the year (local time), within your ReadServiceReport reach. One statement. */
  repairReport: RepairReport;
  /** R-CRM-4: retention per station and month, for the last `months` months. */
  retention: Array<RetentionRowType>;
  roles: Array<Role>;
  /** Past evaluations, latest period first. */
  satisfactionEvaluations: Array<SatisfactionEvaluation>;
  /** The satisfaction rate (R-SAT-3) from `from` to `to` (local dates) grouped by up to three dimensions, within your reach; one SQL statement. E.g. groupBy [UNIT, MONTH] for the dashboard. */
  satisfactionReport: SatisfactionReport;
  /** Unit targets with their history (R-SAT-4). */
  satisfactionTargets: Array<SatisfactionTarget>;
  /** One station’s business calendar, or the default one when it has none. */
  serviceCalendar: StationCalendar;
  /** Every station with its business calendar, or the default one when it has none (R-SVC-10). */
  serviceCalendars: Array<StationCalendar>;
  /** R-SVC-10: SLA attainment from…to (local dates, both included, at most 366 days). A case is measured in the period its SLA outcome falls in: the earliest of its breached due times (first response or resolution; a breach is final) and its resolution. Cases resolved in time count where they were resolved, breached ones where they first breached; open cases without a breach are not measured yet. rate = percent of measured cases with no breach. Within your ReadServiceReport reach; one statement. */
  slaAttainment: Array<SlaAttainmentRow>;
  /** SLA targets in business minutes (R-SVC-10). */
  slaPolicies: Array<SlaPolicy>;
  /** PUBLIC (no login): the survey behind a personal link, in the customer’s language (or `language`). Errors SURVEY_LINK_INVALID, SURVEY_LINK_USED, SURVEY_LINK_EXPIRED, RATE_LIMITED. */
  surveyInvitation: PublicSurvey;
  /** Invitations within reach, latest send time first. delivery PHONE + status SENT is the list of customers to call. */
  surveyInvitations: SurveyInvitationConnection;
  surveyResponse: SurveyResponse;
  /** Returned forms within reach, newest first: the drill-down behind a figure, with comments. */
  surveyResponses: SurveyResponseConnection;
  /** Triggers, delays, the quiet period and link validity (R-SAT-1). */
  surveySettings: SurveySettings;
  surveyTemplate: SurveyTemplate;
  /** Survey templates (R-SAT-2), active ones unless asked. */
  surveyTemplates: Array<SurveyTemplate>;
  ticket: Ticket;
  /** The queue: cases within reach, highest priority first. */
  tickets: TicketConnection;
  /** Customers per tier now, within your report reach. */
  tierDistribution: Array<TierCount>;
  /** The tier rules in force, with their version (for publishTierChange). */
  tierRules: TierRules;
  /** Membership tiers, best first (R-CRM-2). */
  tiers: Array<Tier>;
  unreadNotificationCount: Scalars['Int']['output'];
  user: User;
  users: UserConnection;
  /** R-CRM-4: win-back tasks within your ManageWinBack reach. */
  winBackTasks: WinBackTaskConnection;
};


export type QueryAgentSatisfactionScoresArgs = {
  from: Scalars['LocalDate']['input'];
  templateId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['LocalDate']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAgentServiceStatsArgs = {
  from: Scalars['LocalDate']['input'];
  to: Scalars['LocalDate']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAuditRecordsArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  operation?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  targetId?: InputMaybe<Scalars['ID']['input']>;
  targetType?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryBirthdayCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['LocalDate']['input'];
  offset?: InputMaybe<Scalars['Int']['input']>;
  stationId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['LocalDate']['input'];
};


export type QueryBudgetsArgs = {
  year: Scalars['Int']['input'];
};


export type QueryComplaintAnalysisArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryComplaintReviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryComplaintReviewsArgs = {
  status?: InputMaybe<Array<ComplaintReviewStatus>>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerImportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: CustomerOrder;
};


export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<DocumentStatus>>;
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  positionId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<EmployeeStatus>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryFollowUpVisitsArgs = {
  dueOnly?: Scalars['Boolean']['input'];
};


export type QueryImprovementProposalsArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryMyTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryOrgChartArgs = {
  includeArchived?: Scalars['Boolean']['input'];
  rootId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPointsAdjustmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  pendingOnly?: Scalars['Boolean']['input'];
};


export type QueryPointsBalanceArgs = {
  customerId: Scalars['ID']['input'];
};


export type QueryPointsByMonthArgs = {
  months?: Scalars['Int']['input'];
};


export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionsArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPreviewApproversArgs = {
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  data: Scalars['JSONObject']['input'];
  kind: Scalars['String']['input'];
};


export type QueryPreviewTierChangeArgs = {
  input: TierRulesInput;
};


export type QueryProcessDefinitionsArgs = {
  allVersions?: Scalars['Boolean']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPurchaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRepairReportArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryRetentionArgs = {
  months?: Scalars['Int']['input'];
  stationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySatisfactionEvaluationsArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySatisfactionReportArgs = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['LocalDate']['input'];
  groupBy: Array<SatisfactionDimension>;
  templateId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['LocalDate']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySatisfactionTargetsArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryServiceCalendarArgs = {
  stationId: Scalars['ID']['input'];
};


export type QuerySlaAttainmentArgs = {
  from: Scalars['LocalDate']['input'];
  groupBy: SlaReportGroup;
  to: Scalars['LocalDate']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySurveyInvitationArgs = {
  language?: InputMaybe<PreferredLanguage>;
  token: Scalars['String']['input'];
};


export type QuerySurveyInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  delivery?: InputMaybe<SurveyDelivery>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Array<SurveySource>>;
  status?: InputMaybe<Array<SurveyInvitationStatus>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySurveyResponseArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SurveyResponseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySurveyTemplateArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyTemplatesArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  breached?: InputMaybe<Scalars['Boolean']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Array<TicketKind>>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<Array<Severity>>;
  sla?: InputMaybe<Array<SlaState>>;
  status?: InputMaybe<Array<TicketStatus>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTiersArgs = {
  includeRetired?: Scalars['Boolean']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWinBackTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  stationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<Array<WinBackStatus>>;
};

export type RecordAbsenceInput = {
  /** Who acts for the absent person (R-ORG-4). */
  deputyId: Scalars['ID']['input'];
  employeeId: Scalars['ID']['input'];
  endsAt: Scalars['DateTimeISO']['input'];
  reason?: Scalars['String']['input'];
  startsAt: Scalars['DateTimeISO']['input'];
};

/** A purchase from a point of sale. Posting the same externalOrderId again returns the first result. */
export type RecordPurchaseInput = {
  /** The amount paid, greater than zero. */
  amount: Scalars['Money']['input'];
  /** The customer, by id … */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** … or by a phone number on file. */
  customerPhone?: InputMaybe<Scalars['String']['input']>;
  /** The POS order id; makes posting idempotent. */
  externalOrderId: Scalars['String']['input'];
  items?: Array<PurchaseItemInput>;
  /** When the sale happened; not in the future. */
  occurredAt: Scalars['DateTimeISO']['input'];
  /** … or by unit code. */
  stationCode?: InputMaybe<Scalars['String']['input']>;
  /** The station of sale, by id … */
  stationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Spends points. Refused when the balance is short; the same idempotencyKey applies once. */
export type RedeemPointsInput = {
  customerId: Scalars['ID']['input'];
  /** Unique per operation; a retry with the same key returns the first result. */
  idempotencyKey: Scalars['String']['input'];
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

export type RefundPurchaseInput = {
  /** Or the POS order id. */
  externalOrderId?: InputMaybe<Scalars['String']['input']>;
  purchaseId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
};

/** Returns and repairs counted for one month or a year (R-SVC-9). */
export type RepairCounts = {
  __typename?: 'RepairCounts';
  /** Repairs back with the customer (DELIVERED), by when they were delivered. */
  delivered: Scalars['Int']['output'];
  /** Repairs received under warranty. */
  inWarranty: Scalars['Int']['output'];
  /** Repairs received out of warranty (charged). */
  outOfWarranty: Scalars['Int']['output'];
  /** Products taken in: returns accepted (within the window or by exception) and repairs received, by when they were taken in. */
  received: Scalars['Int']['output'];
  /** Repairs received. */
  repairsReceived: Scalars['Int']['output'];
  /** Returns taken back within three months of shipping with a quality problem (R-SVC-8). */
  returnsAccepted: Scalars['Int']['output'];
  /** Returns taken back through an approved RETURN_EXCEPTION. */
  returnsByException: Scalars['Int']['output'];
  /** Returns taken back. */
  returnsReceived: Scalars['Int']['output'];
};

export type RepairKind =
  | 'REPAIR'
  | 'RETURN';

/** One month of the repair report. */
export type RepairMonth = {
  __typename?: 'RepairMonth';
  /** Repairs back with the customer (DELIVERED), by when they were delivered. */
  delivered: Scalars['Int']['output'];
  /** Repairs received under warranty. */
  inWarranty: Scalars['Int']['output'];
  /** 1 = January … 12 = December, in the company’s time zone. */
  month: Scalars['Int']['output'];
  /** Repairs received out of warranty (charged). */
  outOfWarranty: Scalars['Int']['output'];
  /** Products taken in: returns accepted (within the window or by exception) and repairs received, by when they were taken in. */
  received: Scalars['Int']['output'];
  /** Repairs received. */
  repairsReceived: Scalars['Int']['output'];
  /** Returns taken back within three months of shipping with a quality problem (R-SVC-8). */
  returnsAccepted: Scalars['Int']['output'];
  /** Returns taken back through an approved RETURN_EXCEPTION. */
  returnsByException: Scalars['Int']['output'];
  /** Returns taken back. */
  returnsReceived: Scalars['Int']['output'];
};

/** A return or repair (R-SVC-8). */
export type RepairOrder = {
  __typename?: 'RepairOrder';
  charge: Maybe<Scalars['Money']['output']>;
  /** When the customer consented to the charge (before any repair). */
  consentAt: Maybe<Scalars['DateTimeISO']['output']>;
  consentNote: Maybe<Scalars['String']['output']>;
  /** When the repaired product was back with the customer. */
  deliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  exceptionDocumentId: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  inWarranty: Scalars['Boolean']['output'];
  kind: RepairKind;
  mainComponent: Scalars['Boolean']['output'];
  /** When the product was taken in (accepted return, or repair received). */
  receivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the product was shipped to the customer (the return window counts from here). */
  shippedOn: Maybe<Scalars['LocalDate']['output']>;
  status: RepairStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  withinWindow: Scalars['Boolean']['output'];
};

/** Monthly repair counts for the management review (R-SVC-9). */
export type RepairReport = {
  __typename?: 'RepairReport';
  /** Every month 1…12, zeros included. */
  months: Array<RepairMonth>;
  /** The year’s totals. */
  total: RepairCounts;
  year: Scalars['Int']['output'];
};

/** R-SVC-8: received → repairing → QC passed → shipped → received by the customer. */
export type RepairStatus =
  | 'AWAITING_APPROVAL'
  | 'AWAITING_CONSENT'
  | 'DELIVERED'
  | 'QC_PASSED'
  | 'RECEIVED'
  | 'REFUSED'
  | 'REPAIRING'
  | 'SHIPPED';

/** One group of a service report: a stable key, a label to show, a count. */
export type ReportBucket = {
  __typename?: 'ReportBucket';
  count: Scalars['Int']['output'];
  /** Stable: a unit or employee id, an enum value, a month (YYYY-MM), the text itself, or UNRECORDED. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** A manual correction, applied when another person approves it (R-LOY-2). */
export type RequestPointsAdjustmentInput = {
  customerId: Scalars['ID']['input'];
  /** Positive adds, negative takes away; not zero. */
  points: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
};

/** Retention for one station and month (R-CRM-4). */
export type RetentionRowType = {
  __typename?: 'RetentionRowType';
  /** Customers active when the month began. */
  base: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** retained / base; null when base is 0. */
  rate: Maybe<Scalars['Float']['output']>;
  /** Of those, still active when it ended. */
  retained: Scalars['Int']['output'];
  stationId: Scalars['ID']['output'];
  stationName: Scalars['String']['output'];
};

export type Role = {
  __typename?: 'Role';
  code: Scalars['String']['output'];
  description: Scalars['String']['output'];
  grants: Array<RoleGrant>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Seeded by the regime; can be edited but not deleted. */
  system: Scalars['Boolean']['output'];
};

/** A permission granted with a scope (R-ACL-1). */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  permission: Permission;
  scope: Scope;
};

export type RoleInput = {
  code: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  grants: Array<GrantInput>;
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
};

/** What the satisfaction report groups by. */
export type SatisfactionDimension =
  | 'AGENT'
  | 'CHANNEL'
  | 'ITEM'
  | 'MONTH'
  | 'SOURCE'
  | 'STATION'
  | 'UNIT';

/** A unit’s satisfaction result for a period against its target (R-SAT-4). */
export type SatisfactionEvaluation = {
  __typename?: 'SatisfactionEvaluation';
  /** When the corrective action must be done. */
  deadline: Maybe<Scalars['LocalDate']['output']>;
  documentId: Maybe<Scalars['ID']['output']>;
  documentNumber: Maybe<Scalars['String']['output']>;
  evaluatedAt: Scalars['DateTimeISO']['output'];
  forms: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  outcome: SatisfactionOutcome;
  /** YYYY-MM or YYYY-Qn. */
  period: Scalars['String']['output'];
  rate: Maybe<Scalars['Float']['output']>;
  satisfied: Scalars['Int']['output'];
  targetPercent: Scalars['Float']['output'];
  unit: OrgUnit;
};

/** A period judged against the unit targets (R-SAT-4). */
export type SatisfactionEvaluationResult = {
  __typename?: 'SatisfactionEvaluationResult';
  /** Below target: each has a corrective action with a deadline. */
  corrective: Array<SatisfactionEvaluation>;
  /** Every unit with a target. */
  evaluations: Array<SatisfactionEvaluation>;
  from: Scalars['LocalDate']['output'];
  period: Scalars['String']['output'];
  /** At or above target: listed for reward. */
  rewarded: Array<SatisfactionEvaluation>;
  to: Scalars['LocalDate']['output'];
};

/** R-SAT-2: 很滿意 / 比較滿意 / 基本滿意 / 不太滿意 / 不滿意. */
export type SatisfactionLevel =
  /** 基本滿意 (3) */
  | 'BASICALLY_SATISFIED'
  /** 不滿意 (1): opens a complaint (R-SAT-5) */
  | 'DISSATISFIED'
  /** 比較滿意 (4) */
  | 'FAIRLY_SATISFIED'
  /** 不太滿意 (2) */
  | 'NOT_VERY_SATISFIED'
  /** 很滿意 (5) */
  | 'VERY_SATISFIED';

/** R-SAT-4: MET is rewarded, BELOW gets a corrective action. */
export type SatisfactionOutcome =
  | 'BELOW'
  | 'MET'
  | 'NO_DATA';

/** The satisfaction rate grouped as asked (R-SAT-3), with the total over all groups. */
export type SatisfactionReport = {
  __typename?: 'SatisfactionReport';
  from: Scalars['LocalDate']['output'];
  groupBy: Array<SatisfactionDimension>;
  /** Grouped by MONTH, every month of the range is present; months without forms have a null rate. */
  rows: Array<SatisfactionRow>;
  to: Scalars['LocalDate']['output'];
  /** All groups together (by ITEM: all answers). */
  total: SatisfactionRow;
};

/** One group of the satisfaction report (R-SAT-3). */
export type SatisfactionRow = {
  __typename?: 'SatisfactionRow';
  agentId: Maybe<Scalars['ID']['output']>;
  agentName: Maybe<Scalars['String']['output']>;
  /** Mean score, 5 (很滿意) … 1 (不滿意). */
  averageScore: Maybe<Scalars['Float']['output']>;
  channel: Maybe<SurveyChannel>;
  /** Forms with an overall answer (by ITEM: answers to the question) — the denominator. */
  forms: Scalars['Int']['output'];
  /** A question’s key (grouped by ITEM). */
  itemKey: Maybe<Scalars['String']['output']>;
  /** Answers per level, 很滿意 first, 不滿意 last. */
  levels: Array<Scalars['Int']['output']>;
  /** YYYY-MM, company time zone. */
  month: Maybe<Scalars['String']['output']>;
  npsAnswers: Scalars['Int']['output'];
  /** % promoters (9–10) − % detractors (0–6). */
  npsScore: Maybe<Scalars['Float']['output']>;
  /** Forms returned without an overall answer: outside the rate (R-SAT-3). */
  partial: Scalars['Int']['output'];
  /** satisfied ÷ forms × 100, two decimals; null when there is no form. */
  rate: Maybe<Scalars['Float']['output']>;
  /** Of those, 基本滿意 or better — the numerator. */
  satisfied: Scalars['Int']['output'];
  source: Maybe<SurveySource>;
  stationId: Maybe<Scalars['ID']['output']>;
  stationName: Maybe<Scalars['String']['output']>;
  unitId: Maybe<Scalars['ID']['output']>;
  unitName: Maybe<Scalars['String']['output']>;
};

/** A unit’s satisfaction target from a year on (R-SAT-4). */
export type SatisfactionTarget = {
  __typename?: 'SatisfactionTarget';
  effectiveYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  setBy: Scalars['String']['output'];
  /** Percent, e.g. 90 for 90%. */
  targetPercent: Scalars['Float']['output'];
  unit: OrgUnit;
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type SatisfactionTargetInput = {
  effectiveYear: Scalars['Int']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Percent, 0–100. */
  targetPercent: Scalars['Float']['input'];
  unitId: Scalars['ID']['input'];
};

/** A new template (no id), or a new version of one (id): versions are never edited in place. */
export type SaveSurveyTemplateInput = {
  /** A new template’s code, e.g. REPAIR-2027. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** With id (required then): the latestVersion the draft was based on. Publishing is refused (CONFLICT, reason STALE_VERSION, with currentVersion) when someone published since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The template to publish a new version of. */
  id?: InputMaybe<Scalars['ID']['input']>;
  intro?: InputMaybe<LocalizedTextInput>;
  items: Array<SurveyItemInput>;
  note?: InputMaybe<Scalars['String']['input']>;
  title: LocalizedTextInput;
};

/** How far a granted right reaches (R-ACL-1). */
export type Scope =
  | 'ALL'
  | 'OWN'
  | 'UNIT_SUBTREE';

/** Whom to ask: listed customers, or those a CRM filter finds (optionally a random sample of them). */
export type SendSurveyInput = {
  /** A campaign’s name, kept with each invitation. */
  campaign?: InputMaybe<Scalars['String']['input']>;
  /** A resolved complaint opened by a survey: re-survey its customer (R-SAT-5). */
  complaintTicketId?: InputMaybe<Scalars['ID']['input']>;
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** EMAIL (default): by email, or the phone list for customers without an address; PHONE: the phone list for everyone (a phone survey, R-SAT-1). For a link to hand over, use returnLink. */
  delivery?: InputMaybe<SurveyDelivery>;
  /** Customers within your SendSurvey reach matching the filter. */
  filter?: InputMaybe<CustomerFilter>;
  /** The survey’s language for everyone sent to; default each customer’s preferred language. */
  language?: InputMaybe<PreferredLanguage>;
  /** Skip customers asked within the quiet period (recorded as SKIPPED). Re-surveys ignore it. */
  respectQuietPeriod?: Scalars['Boolean']['input'];
  /** One customer, now: return the personal link to pass on yourself instead of emailing it. */
  returnLink?: Scalars['Boolean']['input'];
  /** A random sample of this many of the customers found (R-SAT-1). */
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
  /** Later sends wait for the dispatch job; default now. */
  sendAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Default: the template of the settings. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** The case the survey is about (its unit and agent are rated). */
  ticketId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a send did: invitations scheduled or sent, and those skipped with their reason. */
export type SendSurveyResult = {
  __typename?: 'SendSurveyResult';
  /** The first 100 invitations made. */
  invitations: Array<SurveyInvitation>;
  /** With returnLink: the personal link to pass on yourself. Shown once; only its hash is kept. */
  link: Maybe<Scalars['String']['output']>;
  /** Waiting for their send time. */
  scheduled: Scalars['Int']['output'];
  sent: Scalars['Int']['output'];
  /** Not sent (the quiet period, R-SAT-1); each is recorded with its reason. */
  skipped: Scalars['Int']['output'];
};

/** A station’s opening hours and holidays (R-SVC-10). */
export type ServiceCalendarInput = {
  /** Closed dates, YYYY-MM-DD; duplicates are dropped and the list is kept in order. */
  holidays?: Array<Scalars['String']['input']>;
  /** Seven weekdays, Sunday first; each a list of [fromMinute, toMinute] open intervals after local midnight (0…1440), from before to, ascending and not overlapping; an empty list is a closed day. At least one day must have opening hours. */
  week: Array<Array<Array<Scalars['Int']['input']>>>;
};

export type SetPasswordInput = {
  password: Scalars['String']['input'];
};

export type Severity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** SLA attainment of one group (R-SVC-10). */
export type SlaAttainmentRow = {
  __typename?: 'SlaAttainmentRow';
  /** Measured cases with a breached first-response or resolution target. */
  breached: Scalars['Int']['output'];
  /** Measured cases: those whose SLA outcome falls in the period (see slaAttainment). */
  cases: Scalars['Int']['output'];
  /** Measured cases whose first response was not breached. */
  firstResponseMet: Scalars['Int']['output'];
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Percent of measured cases not breached, one decimal; null without cases. */
  rate: Maybe<Scalars['Float']['output']>;
  /** Measured cases resolved without breaching the resolution target. */
  resolutionMet: Scalars['Int']['output'];
};

/** SLA targets in business minutes (R-SVC-10). */
export type SlaPolicy = {
  __typename?: 'SlaPolicy';
  firstResponseMinutes: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: TicketKind;
  minPriority: Scalars['Int']['output'];
  resolutionMinutes: Scalars['Int']['output'];
  severity: Severity;
  updateMinutes: Scalars['Int']['output'];
};

/** SLA targets in business minutes for a kind and severity, from a customer service priority up (R-SVC-10, R-CRM-2). */
export type SlaPolicyInput = {
  firstResponseMinutes: Scalars['Int']['input'];
  kind: TicketKind;
  /** 0 is the base policy every case of the kind and severity falls back to; higher values apply to customers whose tier gives at least that priority. */
  minPriority?: Scalars['Int']['input'];
  resolutionMinutes: Scalars['Int']['input'];
  severity: Severity;
  updateMinutes: Scalars['Int']['input'];
};

/** AGENT: the case’s assignee (key: employee id, or UNASSIGNED); UNIT: its responsible unit (key: unit id); MONTH: the month of its outcome (key YYYY-MM, every month of the period). */
export type SlaReportGroup =
  | 'AGENT'
  | 'MONTH'
  | 'UNIT';

/** R-SVC-10, now, against the next target (first response, next update or resolution): ON_TRACK; WARNING in its last quarter counted from the opening; BREACHED past it; PAUSED while waiting for the customer. Resolved and closed cases, and cases without targets, have none. */
export type SlaState =
  | 'BREACHED'
  | 'ON_TRACK'
  | 'PAUSED'
  | 'WARNING';

export type StartRepairInput = {
  /** What the customer will be charged (out of warranty). */
  charge?: InputMaybe<Scalars['Money']['input']>;
  inWarranty: Scalars['Boolean']['input'];
  /** A main component is involved. */
  mainComponent: Scalars['Boolean']['input'];
};

export type StartReturnInput = {
  /** Only products with a quality problem may be returned within the window. */
  qualityProblem: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
  shippedOn: Scalars['LocalDate']['input'];
};

/** A station’s business hours and holidays, its own or the default (R-SVC-10). */
export type StationCalendar = {
  __typename?: 'StationCalendar';
  /** False while the station uses the default hours (Mon–Fri 09:00–18:00 with lunch, Saturday mornings). */
  custom: Scalars['Boolean']['output'];
  /** Closed dates, YYYY-MM-DD, ascending. */
  holidays: Array<Scalars['String']['output']>;
  stationCode: Scalars['String']['output'];
  stationId: Scalars['ID']['output'];
  stationName: Scalars['String']['output'];
  /** When the station’s own calendar was last set. */
  updatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Per weekday (0 = Sunday) the open intervals as [fromMinute, toMinute] after local midnight. */
  week: Array<Array<Array<Scalars['Int']['output']>>>;
};

/** A test on a document field or fact; a step with conditions runs only when all hold. */
export type StepCondition = {
  __typename?: 'StepCondition';
  /** A field of the document (amount, category, …) or a fact (overBudget, overReferencePercent, …). */
  field: Scalars['String']['output'];
  op: ConditionOp;
  value: Scalars['JSON']['output'];
};

export type StepConditionInput = {
  field: Scalars['String']['input'];
  op: ConditionOp;
  value: Scalars['JSON']['input'];
};

/** One step of a process (R-FLOW-1). */
export type StepDefinition = {
  __typename?: 'StepDefinition';
  approver: ApproverSpec;
  conditions: Array<StepCondition>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nameEn: Maybe<Scalars['String']['output']>;
  /** Hours to act before reminders, then escalation to the approver’s superior. */
  timeLimitHours: Scalars['Int']['output'];
};

export type StepDefinitionInput = {
  approver: ApproverSpecInput;
  conditions?: InputMaybe<Array<StepConditionInput>>;
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  timeLimitHours: Scalars['Int']['input'];
};

export type StepStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'OPEN'
  | 'REJECTED'
  | 'RETURNED'
  | 'SKIPPED'
  | 'WAITING';

/** A form. The public page sends the token of its link; staff keying in a phone or interview survey (EnterSurveyResponse) send an invitationId, or a customerId (and optionally the ticketId it is about). */
export type SubmitSurveyResponseInput = {
  answers: Array<SurveyAnswerInput>;
  /** Staff: PHONE (default) or INTERVIEW. The public page is always ONLINE. */
  channel?: InputMaybe<SurveyChannel>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  invitationId?: InputMaybe<Scalars['ID']['input']>;
  /** The language the form was answered in; default the invitation’s. */
  language?: InputMaybe<PreferredLanguage>;
  /** Without an invitation: default the template of the settings. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  ticketId?: InputMaybe<Scalars['ID']['input']>;
  token?: InputMaybe<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Cases within your reach as they open or change, over WebSocket (graphql-ws) at /graphql. */
  ticketChanged: TicketChange;
};

export type SurveyAnswerInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  itemKey: Scalars['String']['input'];
  /** For LEVEL5 and OVERALL questions. */
  level?: InputMaybe<SatisfactionLevel>;
  /** For an NPS question, 0–10. */
  nps?: InputMaybe<Scalars['Int']['input']>;
  /** For a TEXT question. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One answer of a returned form, with the question it answered. */
export type SurveyAnswerView = {
  __typename?: 'SurveyAnswerView';
  comment: Maybe<Scalars['String']['output']>;
  itemKey: Scalars['String']['output'];
  kind: SurveyItemKind;
  /** The question in the version the form answered. */
  label: Maybe<LocalizedText>;
  level: Maybe<SatisfactionLevel>;
  nps: Maybe<Scalars['Int']['output']>;
  text: Maybe<Scalars['String']['output']>;
};

/** R-SAT-1: online (the personal link), by phone, or by interview. */
export type SurveyChannel =
  | 'INTERVIEW'
  | 'ONLINE'
  | 'PHONE';

export type SurveyDelivery =
  | 'EMAIL'
  | 'LINK'
  | 'PHONE';

/** A customer invited to a survey (R-SAT-1). */
export type SurveyInvitation = {
  __typename?: 'SurveyInvitation';
  agentName: Maybe<Scalars['String']['output']>;
  answeredAt: Maybe<Scalars['DateTimeISO']['output']>;
  campaign: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who sent it; null for the automatic triggers. */
  createdBy: Maybe<Scalars['String']['output']>;
  customerId: Scalars['ID']['output'];
  customerName: Scalars['String']['output'];
  /** The numbers to call; masked (***678) without ReadCustomerContact (R-ACL-3). */
  customerPhones: Array<Scalars['String']['output']>;
  delivery: Maybe<SurveyDelivery>;
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The customer’s preferred language when the invitation was made. */
  language: PreferredLanguage;
  /** When it is (or was) due to go out. */
  sendAt: Scalars['DateTimeISO']['output'];
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  skipReason: Maybe<SurveySkipReason>;
  source: SurveySource;
  stationName: Scalars['String']['output'];
  status: SurveyInvitationStatus;
  templateId: Scalars['ID']['output'];
  ticketId: Maybe<Scalars['ID']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  /** The template version it asks. */
  version: Scalars['Int']['output'];
};

/** A page of SurveyInvitation rows. */
export type SurveyInvitationConnection = {
  __typename?: 'SurveyInvitationConnection';
  edges: Array<SurveyInvitationEdge>;
  nodes: Array<SurveyInvitation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SurveyInvitationEdge = {
  __typename?: 'SurveyInvitationEdge';
  cursor: Scalars['String']['output'];
  node: SurveyInvitation;
};

export type SurveyInvitationStatus =
  | 'ANSWERED'
  | 'SCHEDULED'
  | 'SENT'
  | 'SKIPPED';

/** One question of a survey template version. */
export type SurveyItem = {
  __typename?: 'SurveyItem';
  /** Stable across versions, e.g. product_performance. */
  key: Scalars['String']['output'];
  kind: SurveyItemKind;
  label: LocalizedText;
  required: Scalars['Boolean']['output'];
};

export type SurveyItemInput = {
  /** Stable across versions: lower-case letters, digits and _, starting with a letter. */
  key: Scalars['String']['input'];
  kind: SurveyItemKind;
  label: LocalizedTextInput;
  /** The OVERALL question is always required. */
  required?: Scalars['Boolean']['input'];
};

/** LEVEL5 and OVERALL on the five levels (R-SAT-2), NPS 0–10, TEXT free text. */
export type SurveyItemKind =
  | 'LEVEL5'
  | 'NPS'
  | 'OVERALL'
  | 'TEXT';

/** An allowed answer of a five-level question (R-SAT-2). */
export type SurveyLevelOption = {
  __typename?: 'SurveyLevelOption';
  label: Scalars['String']['output'];
  level: SatisfactionLevel;
  /** 5 (很滿意) … 1 (不滿意). */
  score: Scalars['Int']['output'];
};

/** A returned survey form (R-SAT-1). */
export type SurveyResponse = {
  __typename?: 'SurveyResponse';
  agentId: Maybe<Scalars['ID']['output']>;
  agentName: Maybe<Scalars['String']['output']>;
  answeredAt: Scalars['DateTimeISO']['output'];
  /** The date in the company’s time zone. */
  answeredOn: Scalars['LocalDate']['output'];
  answers: Array<SurveyAnswerView>;
  channel: SurveyChannel;
  complaintNumber: Maybe<Scalars['String']['output']>;
  /** The complaint a 不滿意 answer opened (R-SAT-5). */
  complaintTicketId: Maybe<Scalars['ID']['output']>;
  /** Every required question answered; a form without its overall answer is partial and stays out of the rate (R-SAT-3). */
  complete: Scalars['Boolean']['output'];
  customerId: Scalars['ID']['output'];
  customerName: Scalars['String']['output'];
  /** Some answer is 不滿意 (R-SAT-5). */
  dissatisfied: Scalars['Boolean']['output'];
  /** Who keyed in a phone or interview survey. */
  enteredBy: Maybe<Scalars['String']['output']>;
  hasComment: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  invitationId: Maybe<Scalars['ID']['output']>;
  language: PreferredLanguage;
  /** YYYY-MM in the company’s time zone. */
  month: Scalars['String']['output'];
  /** 0–10, when the template asks it. */
  nps: Maybe<Scalars['Int']['output']>;
  /** Null on a partial form (R-SAT-3). */
  overallLevel: Maybe<SatisfactionLevel>;
  pointsAwarded: Scalars['Int']['output'];
  source: SurveySource;
  stationId: Scalars['ID']['output'];
  stationName: Scalars['String']['output'];
  templateCode: Scalars['String']['output'];
  /** The case the survey followed. */
  ticketId: Maybe<Scalars['ID']['output']>;
  ticketNumber: Maybe<Scalars['String']['output']>;
  unitId: Scalars['ID']['output'];
  unitName: Scalars['String']['output'];
  /** The template version the form answered. */
  version: Scalars['Int']['output'];
};

/** A page of SurveyResponse rows. */
export type SurveyResponseConnection = {
  __typename?: 'SurveyResponseConnection';
  edges: Array<SurveyResponseEdge>;
  nodes: Array<SurveyResponse>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SurveyResponseEdge = {
  __typename?: 'SurveyResponseEdge';
  cursor: Scalars['String']['output'];
  node: SurveyResponse;
};

/** The forms behind a figure: the same keys the report groups by, and more. */
export type SurveyResponseFilter = {
  agentId?: InputMaybe<Scalars['ID']['input']>;
  channel?: InputMaybe<SurveyChannel>;
  complete?: InputMaybe<Scalars['Boolean']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Forms with some 不滿意 answer. */
  dissatisfied?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** With level or satisfied: judged on this question instead of the overall one. */
  itemKey?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<SatisfactionLevel>;
  /** YYYY-MM */
  month?: InputMaybe<Scalars['String']['input']>;
  /** true: 基本滿意 or better; false: below. */
  satisfied?: InputMaybe<Scalars['Boolean']['input']>;
  source?: InputMaybe<SurveySource>;
  stationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only forms of this template (any version), as the report’s templateId. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The unit’s subtree. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  withComments?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Survey trigger settings (R-SAT-1). */
export type SurveySettings = {
  __typename?: 'SurveySettings';
  /** Days a unit below its target has to carry out its corrective action (R-SAT-4). */
  correctiveDays: Scalars['Int']['output'];
  defaultTemplate: Maybe<SurveyTemplate>;
  id: Scalars['ID']['output'];
  /** Days a personal link stays valid after it is sent. */
  linkValidDays: Scalars['Int']['output'];
  /** A customer is not asked again by an automatic trigger, campaign or sample within this many days. */
  quietDays: Scalars['Int']['output'];
  triggers: Array<SurveyTrigger>;
  updatedAt: Maybe<Scalars['DateTimeISO']['output']>;
  updatedBy: Maybe<Scalars['String']['output']>;
};

export type SurveySettingsInput = {
  correctiveDays?: InputMaybe<Scalars['Int']['input']>;
  defaultTemplateId?: InputMaybe<Scalars['ID']['input']>;
  linkValidDays?: InputMaybe<Scalars['Int']['input']>;
  quietDays?: InputMaybe<Scalars['Int']['input']>;
  triggers?: InputMaybe<Array<SurveyTriggerInput>>;
};

export type SurveySkipReason =
  | 'QUIET_PERIOD';

/** What a survey follows (R-SAT-1). */
export type SurveySource =
  | 'CAMPAIGN'
  | 'MANUAL'
  | 'REPAIR'
  | 'RE_SURVEY'
  | 'SAMPLE'
  | 'TICKET'
  | 'VISIT';

/** What a submitted form led to. */
export type SurveySubmission = {
  __typename?: 'SurveySubmission';
  /** Its case number, as told to the customer on the phone; null on the public link. */
  complaintNumber: Maybe<Scalars['String']['output']>;
  /** The complaint a 不滿意 answer opened (R-SAT-5); for staff who keyed the form in, null on the public link. */
  complaintTicketId: Maybe<Scalars['ID']['output']>;
  /** Every required question answered (a partial form stays out of the rate, R-SAT-3). */
  complete: Scalars['Boolean']['output'];
  /** A 不滿意 answer: someone will contact the customer (R-SAT-5). */
  followUp: Scalars['Boolean']['output'];
  /** A thank-you in the form’s language. */
  message: Scalars['String']['output'];
  /** Loyalty points the completed survey earned (a SURVEY_COMPLETED bonus rule). */
  pointsAwarded: Scalars['Int']['output'];
  responseId: Scalars['ID']['output'];
};

/** A satisfaction survey template (R-SAT-2); its questions are versioned. */
export type SurveyTemplate = {
  __typename?: 'SurveyTemplate';
  /** Inactive templates are kept for the forms that answered them but are sent no more. */
  active: Scalars['Boolean']['output'];
  /** e.g. R-SAT-2 for the regime’s default survey. */
  code: Scalars['String']['output'];
  /** The version sent now. */
  current: SurveyTemplateVersion;
  id: Scalars['ID']['output'];
  latestVersion: Scalars['Int']['output'];
  title: LocalizedText;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Every version, newest first. */
  versions: Array<SurveyTemplateVersion>;
};

/** A published version of a survey template; responses keep the version they answered. */
export type SurveyTemplateVersion = {
  __typename?: 'SurveyTemplateVersion';
  id: Scalars['ID']['output'];
  /** Shown above the questions. */
  intro: Maybe<LocalizedText>;
  items: Array<SurveyItem>;
  note: Maybe<Scalars['String']['output']>;
  publishedAt: Scalars['DateTimeISO']['output'];
  publishedBy: Scalars['String']['output'];
  title: LocalizedText;
  version: Scalars['Int']['output'];
};

/** An automatic survey trigger (R-SAT-1). */
export type SurveyTrigger = {
  __typename?: 'SurveyTrigger';
  /** Hours after the event before the survey goes out. */
  delayHours: Scalars['Int']['output'];
  enabled: Scalars['Boolean']['output'];
  /** TICKET (a case resolved), REPAIR (a repair delivered), VISIT (a follow-up visit recorded) or RE_SURVEY (a complaint from a survey resolved, R-SAT-5). */
  source: SurveySource;
};

export type SurveyTriggerInput = {
  delayHours: Scalars['Int']['input'];
  enabled: Scalars['Boolean']['input'];
  /** TICKET, REPAIR, VISIT or RE_SURVEY. */
  source: SurveySource;
};

/** Open tasks of one document kind in your inbox. */
export type TaskCount = {
  __typename?: 'TaskCount';
  kind: Scalars['String']['output'];
  open: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
};

/** R-SVC-7: diagnose, fix and verify; a user not satisfied after verification sends the case back (RECHECK). Technical support and return or repair cases only. */
export type TechnicalStage =
  | 'DIAGNOSED'
  | 'FIXED'
  | 'RECHECK'
  | 'VERIFICATION_FAILED'
  | 'VERIFIED';

/** A service-desk case (R-SVC-1). */
export type Ticket = {
  __typename?: 'Ticket';
  assigneeId: Maybe<Scalars['ID']['output']>;
  assigneeName: Maybe<Scalars['String']['output']>;
  channel: TicketChannel;
  contactName: Maybe<Scalars['String']['output']>;
  /** A walk-in contact’s number, masked without ReadCustomerContact (R-ACL-3). */
  contactPhone: Maybe<Scalars['String']['output']>;
  content: Scalars['String']['output'];
  customer: Maybe<Customer>;
  /** The customer’s name (in the queue, read with the case). */
  customerName: Maybe<Scalars['String']['output']>;
  /** 0 none, 1 unit head, 2 station manager (after a breach). */
  escalationLevel: Scalars['Int']['output'];
  externalRef: Maybe<Scalars['String']['output']>;
  firstRespondedAt: Maybe<Scalars['DateTimeISO']['output']>;
  firstResponseBreached: Scalars['Boolean']['output'];
  firstResponseDueAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The improvement proposal written with the last resolution (R-SVC-7); cleared when the case is reopened. */
  improvementProposal: Maybe<Scalars['String']['output']>;
  kind: TicketKind;
  /** When the customer is next due an update. */
  nextUpdateDueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** e.g. TKT-2026-000042 */
  number: Scalars['String']['output'];
  openedAt: Scalars['DateTimeISO']['output'];
  /** The SLA clock is stopped while waiting for the customer. */
  paused: Scalars['Boolean']['output'];
  /** From the customer’s tier (R-CRM-2): higher is served first. */
  priority: Scalars['Int']['output'];
  problemAt: Maybe<Scalars['DateTimeISO']['output']>;
  problemPlace: Maybe<Scalars['String']['output']>;
  /** The product or service involved. */
  product: Maybe<Scalars['String']['output']>;
  /** The reply time promised to the customer (R-SVC-2). */
  promisedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The return or repair of a RETURN_REPAIR case. */
  repair: Maybe<RepairOrder>;
  resolutionBreached: Scalars['Boolean']['output'];
  resolutionDueAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The summary written at the last resolution (R-SVC-7); cleared when the case is reopened. */
  resolutionSummary: Maybe<Scalars['String']['output']>;
  resolvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  severity: Severity;
  /** Where the case stands against its next SLA target now (R-SVC-10), as the queue’s `sla` filter reads it. */
  slaState: Maybe<SlaState>;
  station: OrgUnit;
  status: TicketStatus;
  subject: Scalars['String']['output'];
  /** R-SVC-7: the technical round, 1 from the first diagnosis, one more after each re-check; 0 before any. */
  technicalRound: Scalars['Int']['output'];
  /** R-SVC-7: where the technical work of the current round stands; null before a diagnosis. */
  technicalStage: Maybe<TechnicalStage>;
  /** The case’s one timeline, oldest first. */
  timeline: Array<TicketEvent>;
  /** R-SVC-4: how the complaint was triaged, last decision (the annual complaint analysis counts it). */
  triage: Maybe<ComplaintTriage>;
  unit: OrgUnit;
  unitName: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** What to do with a case (R-SVC-2, R-SVC-3, R-SVC-7). */
export type TicketAction =
  | 'ASSIGN'
  | 'CHANGE_KIND'
  | 'CLOSE'
  | 'DIAGNOSE'
  | 'FIX'
  | 'HAND_OVER'
  | 'LINK_CUSTOMER'
  | 'NOTE'
  | 'PROPOSE_SOLUTION'
  | 'RECHECK'
  | 'REOPEN'
  | 'RESOLVE'
  | 'RESPOND'
  | 'RESUME'
  | 'SOLUTION_ACCEPTED'
  | 'SOLUTION_REFUSED'
  | 'UPDATE_CUSTOMER'
  | 'VERIFY'
  | 'WAIT_FOR_CUSTOMER';

export type TicketActionInput = {
  action: TicketAction;
  /** ASSIGN and HAND_OVER: the employee. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** LINK_CUSTOMER: the customer file of a walk-in contact. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** RESOLVE: how to keep it from happening again (R-SVC-7). */
  improvementProposal?: InputMaybe<Scalars['String']['input']>;
  /** CHANGE_KIND. */
  kind?: InputMaybe<TicketKind>;
  /** VERIFY: whether the fix passed verification. */
  passed?: InputMaybe<Scalars['Boolean']['input']>;
  /** RESPOND: the reply time promised to the customer. */
  promisedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** RESOLVE: the summary of what was found and done (R-SVC-7). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** What was said or done; required for updates, solutions, refusals, reopening and the technical steps (the diagnosis, the fix, how it was verified, why the user is not satisfied). RESOLVE takes it as the summary when `summary` is not given. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** HAND_OVER: the unit taking over. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** A case was opened or changed (for live queues). */
export type TicketChange = {
  __typename?: 'TicketChange';
  at: Scalars['DateTimeISO']['output'];
  change: TicketEventKind;
  kind: TicketKind;
  number: Scalars['String']['output'];
  status: TicketStatus;
  ticketId: Scalars['ID']['output'];
};

export type TicketChannel =
  | 'EMAIL'
  | 'ONLINE'
  | 'PHONE'
  | 'VISIT';

/** A page of Ticket rows. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  nodes: Array<Ticket>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

/** One entry of a case’s timeline. */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  /** Who; null when the system did it (SLA sweep). */
  actorName: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  data: Maybe<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  kind: TicketEventKind;
  text: Maybe<Scalars['String']['output']>;
};

export type TicketEventKind =
  | 'ASSIGNED'
  | 'CLOSED'
  | 'CUSTOMER_UPDATED'
  | 'DIAGNOSED'
  | 'ESCALATED'
  | 'FIXED'
  | 'FOLLOW_UP_DONE'
  | 'HANDED_OVER'
  | 'KIND_CHANGED'
  | 'NOTE'
  | 'OPENED'
  | 'RECHECKED'
  | 'REOPENED'
  | 'RESOLVED'
  | 'RESPONDED'
  | 'RESUMED'
  | 'SLA_BREACHED'
  | 'SLA_WARNED'
  | 'SOLUTION_ACCEPTED'
  | 'SOLUTION_PROPOSED'
  | 'SOLUTION_REFUSED'
  | 'VERIFIED'
  | 'WAITING_CUSTOMER';

/** Inquiry 咨詢, complaint 投訴, technical support, return or repair (R-SVC-1). */
export type TicketKind =
  | 'COMPLAINT'
  | 'INQUIRY'
  | 'RETURN_REPAIR'
  | 'TECH_SUPPORT';

/** WAITING_CUSTOMER pauses the SLA clock (R-SVC-10). */
export type TicketStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'OPEN'
  | 'RESOLVED'
  | 'WAITING_CUSTOMER';

/** A membership tier (R-CRM-2). */
export type Tier = {
  __typename?: 'Tier';
  /** Points granted once a year with the first purchase in the birthday month. */
  birthdayBonusPoints: Scalars['Int']['output'];
  code: Scalars['String']['output'];
  /** Badge colour, #rrggbb. */
  color: Scalars['String']['output'];
  /** Days a customer keeps the tier after no longer qualifying. */
  graceDays: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The name in the given language. */
  label: Scalars['String']['output'];
  /** The last purchase at most this many days ago. */
  maxDaysSinceLastPurchase: Maybe<Scalars['Int']['output']>;
  memberOffers: Array<Scalars['String']['output']>;
  /** Customer value: spend since the first purchase. */
  minLifetimeSpend: Maybe<Scalars['Money']['output']>;
  /** Purchases within the rolling window. */
  minWindowPurchases: Maybe<Scalars['Int']['output']>;
  /** Spend within the rolling window. */
  minWindowSpend: Maybe<Scalars['Money']['output']>;
  /** Name in Traditional Chinese. */
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameZhHans: Scalars['String']['output'];
  pointsMultiplier: Scalars['Float']['output'];
  /** Higher is better; 1 is the lowest tier. Customers below every tier have none. */
  rank: Scalars['Int']['output'];
  retiredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Service priority the service desk gives (higher first). */
  servicePriority: Scalars['Int']['output'];
};


/** A membership tier (R-CRM-2). */
export type TierLabelArgs = {
  language?: Scalars['String']['input'];
};

/** A tier change with its reason and figures (R-CRM-2). */
export type TierChange = {
  __typename?: 'TierChange';
  actorName: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTimeISO']['output'];
  figures: Maybe<TierFigures>;
  fromTier: Maybe<Tier>;
  id: Scalars['ID']['output'];
  /** The reason given for an override, or what triggered the change. */
  note: Maybe<Scalars['String']['output']>;
  reason: TierChangeReason;
  /** Version of the tier rules the decision used. */
  rulesVersion: Scalars['Int']['output'];
  toTier: Maybe<Tier>;
};

export type TierChangeReason =
  | 'EVALUATION_DOWNGRADE'
  | 'EVALUATION_UPGRADE'
  | 'OVERRIDE'
  | 'OVERRIDE_ENDED'
  | 'PURCHASE_QUALIFIED'
  | 'RULES_PUBLISHED';

export type TierCount = {
  __typename?: 'TierCount';
  customers: Scalars['Int']['output'];
  tier: Maybe<Tier>;
};

/** One tier as marketing defines it (R-CRM-2). Criteria left null do not apply. */
export type TierDefinitionInput = {
  birthdayBonusPoints?: Scalars['Int']['input'];
  code: Scalars['String']['input'];
  color?: Scalars['String']['input'];
  graceDays?: Scalars['Int']['input'];
  maxDaysSinceLastPurchase?: InputMaybe<Scalars['Int']['input']>;
  memberOffers?: Array<Scalars['String']['input']>;
  minLifetimeSpend?: InputMaybe<Scalars['Money']['input']>;
  minWindowPurchases?: InputMaybe<Scalars['Int']['input']>;
  minWindowSpend?: InputMaybe<Scalars['Money']['input']>;
  name: Scalars['String']['input'];
  nameEn: Scalars['String']['input'];
  nameZhHans: Scalars['String']['input'];
  pointsMultiplier?: Scalars['Float']['input'];
  rank: Scalars['Int']['input'];
  servicePriority?: Scalars['Int']['input'];
};

/** The figures a tier decision was made on. */
export type TierFigures = {
  __typename?: 'TierFigures';
  daysSinceLastPurchase: Maybe<Scalars['Int']['output']>;
  lifetimeSpend: Scalars['Money']['output'];
  /** The rolling window, in days. */
  windowDays: Scalars['Int']['output'];
  windowPurchases: Scalars['Int']['output'];
  /** Spend within the rolling window, refunds excluded. */
  windowSpend: Scalars['Money']['output'];
};

/** What tier rules do to the real customers (R-CRM-2). */
export type TierImpact = {
  __typename?: 'TierImpact';
  customers: Scalars['Int']['output'];
  downgrades: Scalars['Int']['output'];
  /** Customers held by an override, whom rules do not move. */
  overridden: Scalars['Int']['output'];
  rows: Array<TierImpactRow>;
  /** The rules version this is based on (pass it to publishTierChange). */
  rulesVersion: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
  upgrades: Scalars['Int']['output'];
};

/** Customers now and under proposed tier rules, for one tier (or none). */
export type TierImpactRow = {
  __typename?: 'TierImpactRow';
  /** Null for "no tier". */
  code: Maybe<Scalars['String']['output']>;
  current: Scalars['Int']['output'];
  /** Customers who would move down into this tier (after their grace period). */
  down: Scalars['Int']['output'];
  /** Once upgrades apply and grace periods run out. */
  projected: Scalars['Int']['output'];
  /** Null for a tier that does not exist yet, or for "no tier". */
  tierId: Maybe<Scalars['ID']['output']>;
  /** Customers who would move up into this tier. */
  up: Scalars['Int']['output'];
};

/** Tier rules in force. */
export type TierRules = {
  __typename?: 'TierRules';
  publishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  publishedBy: Maybe<Scalars['String']['output']>;
  tiers: Array<Tier>;
  version: Scalars['Int']['output'];
  windowDays: Scalars['Int']['output'];
};

/** A complete set of tier rules: tiers left out are retired. */
export type TierRulesInput = {
  tiers: Array<TierDefinitionInput>;
  /** The rolling window for spend and frequency, in days. */
  windowDays: Scalars['Int']['input'];
};

/** "Why is this customer Gold": the figures today and what they earn. */
export type TierStatus = {
  __typename?: 'TierStatus';
  figures: TierFigures;
  /** When the grace period ends, if the customer no longer qualifies for their tier. */
  graceEndsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the next tier still needs. */
  missingForNext: Array<Scalars['String']['output']>;
  nextTier: Maybe<Tier>;
  overridden: Scalars['Boolean']['output'];
  overrideExpiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  overrideReason: Maybe<Scalars['String']['output']>;
  /** The tier today’s figures earn under the current rules. */
  qualifiedTier: Maybe<Tier>;
  rulesVersion: Scalars['Int']['output'];
  since: Maybe<Scalars['DateTimeISO']['output']>;
  /** The tier held now (an override’s, if one is in force). */
  tier: Maybe<Tier>;
};

export type TransferEmployeeInput = {
  positionId: Scalars['ID']['input'];
  unitId: Scalars['ID']['input'];
};

/** What a department does (客戶服務部, 技術支持部, …). */
export type UnitFunction =
  | 'BACK_OFFICE'
  | 'CUSTOMER_SERVICE'
  | 'FINANCE'
  | 'GENERAL'
  | 'GOODS_MANAGEMENT'
  | 'LOGISTICS'
  | 'PLANNING'
  | 'QUALITY_CONTROL'
  | 'SALES'
  | 'TECHNICAL_SUPPORT';

/** Company, head-office management dept (業務管理部), regional business dept (業務部), field site (現場), station (服務站) or department. */
export type UnitKind =
  | 'BUSINESS_DEPT'
  | 'COMPANY'
  | 'DEPARTMENT'
  | 'FIELD_SITE'
  | 'MANAGEMENT_DEPT'
  | 'STATION';

/** Fields left out stay as they are; null clears an optional one. */
export type UpdateCustomerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  birthday?: InputMaybe<Scalars['LocalDate']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  homeStationId?: InputMaybe<Scalars['ID']['input']>;
  marketingConsent?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  preferences?: InputMaybe<Scalars['String']['input']>;
  preferredChannel?: InputMaybe<ContactChannel>;
  preferredLanguage?: InputMaybe<PreferredLanguage>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateEmployeeInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  hireDate?: InputMaybe<Scalars['LocalDate']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE or ON_LEAVE; use deactivateEmployee to end employment. */
  status?: InputMaybe<EmployeeStatus>;
};

export type UpdateOrgUnitInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  function?: InputMaybe<UnitFunction>;
  /** Employee who heads the unit; null clears it. */
  headId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<UnitKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdatePositionInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  duties?: InputMaybe<Array<Scalars['String']['input']>>;
  isHead?: InputMaybe<Scalars['Boolean']['input']>;
  plannedHeadcount?: InputMaybe<Scalars['Int']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Direct superior position; null clears it. */
  superiorId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};

export type UpdateWinBackTaskInput = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<WinBackStatus>;
};

export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  employee: Maybe<Employee>;
  failedLogins: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** zh-Hant, zh-Hans or en. */
  locale: Scalars['String']['output'];
  lockedUntil: Maybe<Scalars['DateTimeISO']['output']>;
  roles: Array<UserRole>;
  status: UserStatus;
};

/** A page of User rows. */
export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  nodes: Array<User>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  __typename?: 'UserEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserRole = {
  __typename?: 'UserRole';
  id: Scalars['ID']['output'];
  role: Role;
  unit: Maybe<OrgUnit>;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** Who is calling: a signed-in user or an API key. */
export type Viewer = {
  __typename?: 'Viewer';
  /** USER or API_KEY */
  actorType: Scalars['String']['output'];
  employee: Maybe<Employee>;
  employeeId: Maybe<Scalars['ID']['output']>;
  grants: Array<ViewerGrant>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Distinct rights held, whatever their scope. */
  permissions: Array<Permission>;
  /** The signed-in user (null for API keys). */
  user: Maybe<User>;
};

/** A right the viewer holds and how far it reaches. */
export type ViewerGrant = {
  __typename?: 'ViewerGrant';
  permission: Permission;
  scope: Scope;
  /** Anchor unit of a UNIT_SUBTREE grant. */
  unitId: Maybe<Scalars['ID']['output']>;
};

/** OPEN → CONTACTED → WON_BACK (bought again) or CLOSED (given up). */
export type WinBackStatus =
  | 'CLOSED'
  | 'CONTACTED'
  | 'OPEN'
  | 'WON_BACK';

/** A win-back task for a lost customer (R-CRM-4). */
export type WinBackTask = {
  __typename?: 'WinBackTask';
  assignee: Maybe<Employee>;
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  customer: Customer;
  dueOn: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** The last purchase when the task was created. */
  lastPurchaseAt: Maybe<Scalars['DateTimeISO']['output']>;
  note: Maybe<Scalars['String']['output']>;
  station: OrgUnit;
  status: WinBackStatus;
};

/** A page of WinBackTask rows. */
export type WinBackTaskConnection = {
  __typename?: 'WinBackTaskConnection';
  edges: Array<WinBackTaskEdge>;
  nodes: Array<WinBackTask>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WinBackTaskEdge = {
  __typename?: 'WinBackTaskEdge';
  cursor: Scalars['String']['output'];
  node: WinBackTask;
};
