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
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
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

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type CreateApiKeyInput = {
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  grants: Array<GrantInput>;
  name: Scalars['String']['input'];
  /** Anchor unit for UNIT_SUBTREE grants. */
  unitId?: InputMaybe<Scalars['ID']['input']>;
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

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The key itself. It is shown only this once; store it now. */
  secret: Scalars['String']['output'];
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

export type GrantInput = {
  permission: Permission;
  scope: Scope;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Archives a unit; refused while it still has active employees or live sub-units. */
  archiveOrgUnit: OrgUnit;
  /** Archives a position; refused while anyone still holds it. */
  archivePosition: Position;
  /** Gives a user a role; UNIT_SUBTREE rights reach `unitId` (default: the user’s own unit). */
  assignRole: UserRole;
  /** Withdraws an absence that has not ended (R-ORG-4). */
  cancelAbsence: Absence;
  changeMyPassword: Scalars['Boolean']['output'];
  /** Creates an integration key; the secret is returned only here. */
  createApiKey: CreatedApiKey;
  createEmployee: Employee;
  createOrgUnit: OrgUnit;
  createPosition: Position;
  createRole: Role;
  createUser: User;
  /** Ends employment; the record stays (R-ACL-5). */
  deactivateEmployee: Employee;
  deleteRole: Scalars['Boolean']['output'];
  /** Signs in with email and password; sets the HttpOnly refresh cookie. */
  login: AuthPayload;
  /** Ends the current session. */
  logout: Scalars['Boolean']['output'];
  /** Moves a unit and its subtree under another parent; a move that would make a cycle is refused. */
  moveOrgUnit: OrgUnit;
  /** Records an absence and the deputy who acts meanwhile (R-ORG-4). */
  recordAbsence: Absence;
  /** Rotates the refresh cookie and returns a fresh access token. */
  refreshSession: AuthPayload;
  revokeApiKey: ApiKey;
  revokeRole: Scalars['Boolean']['output'];
  /** Sets a new password and ends every session of the user. */
  setUserPassword: Scalars['Boolean']['output'];
  /** Moves an employee to another unit and position. */
  transferEmployee: Employee;
  updateEmployee: Employee;
  updateOrgUnit: OrgUnit;
  updatePosition: Position;
  updateRole: Role;
  updateUser: User;
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


export type MutationCancelAbsenceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeMyPasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
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


export type MutationDeactivateEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMoveOrgUnitArgs = {
  id: Scalars['ID']['input'];
  newParentId: Scalars['ID']['input'];
};


export type MutationRecordAbsenceArgs = {
  input: RecordAbsenceInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  userRoleId: Scalars['ID']['input'];
};


export type MutationSetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  input: SetPasswordInput;
};


export type MutationTransferEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: TransferEmployeeInput;
};


export type MutationUpdateEmployeeArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEmployeeInput;
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


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
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
  | 'ManageApiKey'
  | 'ManageEmployee'
  | 'ManageOrgUnit'
  | 'ManagePosition'
  | 'ManageRole'
  | 'ManageUser'
  | 'ReadAuditLog'
  | 'ReadEmployee'
  | 'ReadEmployeeContact'
  | 'ReadOrgUnit'
  | 'ReadPosition'
  | 'ReadRole'
  | 'ReadUser'
  | 'RecordAbsence';

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

export type Query = {
  __typename?: 'Query';
  apiKeys: Array<ApiKey>;
  /** The audit trail, newest first. There is no way to edit or delete it. */
  auditRecords: AuditRecordConnection;
  employee: Employee;
  /** Employees within your reach: search, filters, and paging by first/after or offset. */
  employees: EmployeeConnection;
  /** Who is calling and what they may do. */
  me: Viewer;
  /** The org chart from a unit (default: the company) down, with headcounts and vacancies. */
  orgChart: OrgChart;
  orgUnit: OrgUnit;
  position: Position;
  /** Positions with their job descriptions (R-ORG-3), of a unit and its sub-units or of all units. */
  positions: Array<Position>;
  roles: Array<Role>;
  user: User;
  users: UserConnection;
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


export type QueryOrgChartArgs = {
  includeArchived?: Scalars['Boolean']['input'];
  rootId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrgUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionsArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
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

export type RecordAbsenceInput = {
  /** Who acts for the absent person (R-ORG-4). */
  deputyId: Scalars['ID']['input'];
  employeeId: Scalars['ID']['input'];
  endsAt: Scalars['DateTimeISO']['input'];
  reason?: Scalars['String']['input'];
  startsAt: Scalars['DateTimeISO']['input'];
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

/** How far a granted right reaches (R-ACL-1). */
export type Scope =
  | 'ALL'
  | 'OWN'
  | 'UNIT_SUBTREE';

export type SetPasswordInput = {
  password: Scalars['String']['input'];
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
