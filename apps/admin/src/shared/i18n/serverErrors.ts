import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode, FieldIssue } from '../apollo/errors';
import { LOCALE_INDEX, translate, type Locale } from './core';
import { messages, type MessageKey } from './messages';

/*
 * The API words its errors in English only. Staff read the console in their own language,
 * so errors are translated here by their stable codes (never by the English wording); a code
 * this catalogue does not know falls back to the server's message. Placeholders take the
 * numbers the server sends in `extensions` ({holders}, {activeEmployees}, {seconds}) or, for
 * validation rules, the limit quoted in its message ({n}).
 */

type Texts = readonly [zhHant: string, zhHans: string, en: string];

/** `extensions.issues[].code`: class-validator rule names and the API's own (`badField`, `badInput`). */
export type IssueCode =
  | 'isEmail'
  | 'matches'
  | 'isLength'
  | 'maxLength'
  | 'minLength'
  | 'min'
  | 'max'
  | 'isInt'
  | 'isIn'
  | 'arrayMaxSize'
  | 'duplicate'
  | 'not_found'
  | 'cycle'
  | 'root_immovable'
  | 'archived'
  | 'invalid_kind'
  | 'outside_unit'
  | 'position_outside_unit'
  | 'self_deputy'
  | 'out_of_range'
  | 'use_deactivate'
  | 'inactive'
  | 'wrong_password'
  | 'self'
  | 'required'
  | 'immutable'
  | 'conflicting_arguments'
  | 'invalid_cursor';

/** `extensions.reason` of a CONFLICT. */
export type ConflictReason =
  | 'HAS_ACTIVE_EMPLOYEES'
  | 'HAS_SUB_UNITS'
  | 'OVERLAPPING_ABSENCE'
  | 'HAS_HOLDERS'
  | 'ABSENCE_OVER'
  | 'SYSTEM_ROLE'
  | 'ROLE_IN_USE'
  | 'ALREADY_ASSIGNED';

/** Shown under the field the issue names, so the field itself need not be repeated. */
export const issueMessages = {
  isEmail: ['不是有效的電子郵件地址', '不是有效的电子邮箱地址', 'is not a valid email address'],
  matches: ['格式不正確', '格式不正确', 'has the wrong format'],
  isLength: ['長度不符合要求', '长度不符合要求', 'has the wrong length'],
  maxLength: ['最多 {n} 個字元', '最多 {n} 个字符', 'must be at most {n} characters'],
  minLength: ['至少須有 {n} 個字元', '至少需要 {n} 个字符', 'must be at least {n} characters'],
  min: ['不可小於 {n}', '不可小于 {n}', 'must not be less than {n}'],
  max: ['不可大於 {n}', '不可大于 {n}', 'must not be greater than {n}'],
  isInt: ['須為整數', '须为整数', 'must be a whole number'],
  isIn: ['不是可選的值', '不是可选的值', 'is not one of the allowed values'],
  arrayMaxSize: ['最多 {n} 項', '最多 {n} 项', 'must have at most {n} items'],
  duplicate: ['已被使用', '已被使用', 'is already in use'],
  not_found: ['找不到所選的資料,或您無權檢視', '找不到所选的数据,或您无权查看', 'does not exist or is not visible to you'],
  cycle: ['會形成循環的隸屬關係', '会形成循环的隶属关系', 'would create a cycle'],
  root_immovable: ['公司根單位不能移動,也不能封存', '公司根单位不能移动,也不能归档', 'the company root can be neither moved nor archived'],
  archived: ['所選單位已封存', '所选单位已归档', 'the chosen unit is archived'],
  invalid_kind: [
    '公司根單位只有一個,類型固定為「公司」;其他單位請選擇其他類型',
    '公司根单位只有一个,类型固定为「公司」;其他单位请选择其他类型',
    'there is only one company root, and only it has the kind Company',
  ],
  outside_unit: ['須為本單位或上級單位的在職員工', '须为本单位或上级单位的在职员工', 'must work in this unit or in its parent unit'],
  position_outside_unit: ['此崗位不屬於所選單位', '此岗位不属于所选单位', 'is not a position of the chosen unit'],
  self_deputy: ['不能指定本人為代理人', '不能指定本人为代理人', 'a person cannot be their own deputy'],
  out_of_range: ['超出允許的範圍', '超出允许的范围', 'is out of range'],
  use_deactivate: ['請使用「離職」結束僱用', '请使用「离职」结束雇用', 'use Deactivate to end employment'],
  inactive: ['此員工已離職;如需重新任用,請新增員工資料', '此员工已离职;如需重新录用,请新增员工资料', 'the employee is deactivated; re-hire by creating a new record'],
  wrong_password: ['不是您目前的密碼', '不是您当前的密码', 'is not your current password'],
  self: ['不能對自己的帳號這樣做', '不能对自己的账号这样做', 'you cannot do this to your own account'],
  required: ['必填', '必填', 'is required'],
  immutable: ['建立後不能變更', '创建后不能修改', 'cannot be changed'],
  conflicting_arguments: ['參數互相衝突,只能擇一提供', '参数互相冲突,只能择一提供', 'give only one of these arguments'],
  invalid_cursor: ['分頁位置無效,請重新載入列表', '分页位置无效,请重新加载列表', 'is not a valid page cursor; reload the list'],
} as const satisfies Record<IssueCode, Texts>;

/**
 * Wording for one field (`code.field`) or for one field of one kind of record
 * (`code.field.subject`, the subject read from the mutation's name), where the bare code
 * would say too little.
 */
export const issueVariants = {
  'matches.code': [
    '請使用 1–40 個大寫英文字母、數字或連字號,並以字母或數字開頭',
    '请使用 1–40 个大写英文字母、数字或连字符,并以字母或数字开头',
    'use 1–40 upper-case letters, digits and dashes, starting with a letter or digit',
  ],
  'matches.code.role': ['請使用 2–60 個小寫英文字母、數字或底線,並以字母開頭', '请使用 2–60 个小写英文字母、数字或下划线,并以字母开头', 'use 2–60 lower-case letters, digits and underscores, starting with a letter'],
  'matches.employeeNo': ['請使用 1–20 個英文字母、數字或連字號', '请使用 1–20 个英文字母、数字或连字符', 'use 1–20 letters, digits and dashes'],
  'matches.phone': ['不是有效的電話號碼', '不是有效的电话号码', 'is not a valid phone number'],
  'duplicate.email': ['此電子郵件已被其他員工使用', '此电子邮箱已被其他员工使用', 'another employee already uses this email address'],
  'duplicate.email.user': ['已有使用者使用此電子郵件', '已有用户使用此电子邮箱', 'a user with this email already exists'],
  'duplicate.employeeNo': ['此員工編號已被使用', '此员工编号已被使用', 'this employee number is already taken'],
  'duplicate.code': ['此代碼已被使用', '此代码已被使用', 'this code is already in use'],
  'duplicate.code.unit': ['此代碼已被其他單位使用', '此代码已被其他单位使用', 'another unit already uses this code'],
  'duplicate.code.position': ['此代碼已被其他崗位使用', '此代码已被其他岗位使用', 'another position already uses this code'],
  'duplicate.code.role': ['已有角色使用此代碼', '已有角色使用此代码', 'a role with this code already exists'],
  'not_found.unitId': ['單位不存在,或您無權檢視', '单位不存在,或您无权查看', 'the unit does not exist or is not visible to you'],
  'not_found.newParentId': ['單位不存在,或您無權檢視', '单位不存在,或您无权查看', 'the unit does not exist or is not visible to you'],
  'not_found.positionId': ['崗位不存在或已封存', '岗位不存在或已归档', 'the position does not exist or is archived'],
  'not_found.superiorId': ['所選的上級崗位不存在', '所选的上级岗位不存在', 'the chosen superior position does not exist'],
  'not_found.deputyId': ['代理人須為在職員工', '代理人须为在职员工', 'the deputy must be an active employee'],
  'not_found.headId': ['負責人須為在職員工', '负责人须为在职员工', 'the head must be an active employee'],
  'not_found.employeeId': ['員工不存在', '员工不存在', 'the employee does not exist'],
  'not_found.roleId': ['角色不存在', '角色不存在', 'the role does not exist'],
  'cycle.superiorId': ['崗位不能以自己或自己的下級為直接上級', '岗位不能以自己或自己的下级为直接上级', 'a position cannot report to itself or to one of its subordinates'],
  'cycle.newParentId': ['不能把單位移到它自己或它的下級單位之下', '不能把单位移到它自己或它的下级单位之下', 'a unit cannot move under itself or one of its own sub-units'],
  'archived.newParentId': ['所選的上級單位已封存', '所选的上级单位已归档', 'the chosen parent unit is archived'],
  'inactive.id': ['已離職的員工不能調動', '已离职的员工不能调动', 'a deactivated employee cannot be transferred'],
  'out_of_range.endsAt': ['結束時間須晚於開始時間', '结束时间须晚于开始时间', 'must be after the start'],
  'out_of_range.expiresAt': ['到期日須在未來', '到期日须在将来', 'must be in the future'],
  'out_of_range.to': ['結束日期不可早於開始日期', '结束日期不可早于开始日期', 'must not be before the start'],
  'out_of_range.first': ['每頁筆數須在 1 到 {n} 之間', '每页条数须在 1 到 {n} 之间', 'must be between 1 and {n}'],
  'self.status': ['不能停用自己的帳號', '不能停用自己的账号', 'you cannot disable your own account'],
  'self.userRoleId': ['不能撤銷自己的角色管理權限,請由其他管理員處理', '不能撤销自己的角色管理权限,请由其他管理员处理', 'you cannot take your own role-management right away; ask another administrator'],
  'required.unitId': ['「本單位及下級」範圍的授權須指定錨定單位', '「本单位及下级」范围的授权须指定锚定单位', 'grants scoped to a unit subtree need an anchor unit'],
  'immutable.code': ['系統角色的代碼不能變更', '系统角色的代码不能修改', 'the code of a regime role cannot change'],
} as const satisfies Record<`${IssueCode}.${string}`, Texts>;

/** Top-level errors by `extensions.code`. */
export const errorCodeMessages = {
  UNAUTHENTICATED: ['登入已失效,請重新登入。', '登录已失效,请重新登录。', 'You are not signed in, or your session has ended; please sign in again.'],
  FORBIDDEN: ['您沒有執行此操作的權限。', '您没有执行此操作的权限。', 'You do not have the right to do this.'],
  NOT_FOUND: ['找不到這筆資料,或您無權檢視。', '找不到这条数据,或您无权查看。', 'This record does not exist or is not visible to you.'],
  CONFLICT: ['與現有資料衝突:必須唯一的值已被使用。', '与现有数据冲突:必须唯一的值已被使用。', 'This conflicts with an existing record: a value that must be unique is already taken.'],
  RATE_LIMITED: ['嘗試次數過多,請於 {seconds} 秒後再試。', '尝试次数过多,请于 {seconds} 秒后再试。', 'Too many attempts; try again in {seconds} seconds.'],
  BAD_USER_INPUT: ['輸入的資料有誤。', '输入的数据有误。', 'The input is not valid.'],
  INTERNAL_SERVER_ERROR: ['伺服器發生錯誤,已記錄下來。請重試,或聯絡系統管理員。', '服务器发生错误,已记录下来。请重试,或联系系统管理员。', 'Something went wrong on the server; it has been logged. Try again or contact your administrator.'],
} as const satisfies Record<ErrorCode, Texts>;

/** A top-level code from one root field (`code.field`). */
export const errorCodeVariants = {
  // FORBIDDEN by `extensions.reason`, naming the rights from `extensions.permissions`.
  'FORBIDDEN.MISSING_PERMISSION': ['此操作需要「{rights}」權限。', '此操作需要「{rights}」权限。', 'This needs the “{rights}” right.'],
  'FORBIDDEN.OUT_OF_SCOPE': ['您的「{rights}」權限不涵蓋這筆資料。', '您的「{rights}」权限不涵盖这条数据。', 'Your “{rights}” right does not reach this record.'],
  // Deliberately vague, as the server is: it must not reveal which accounts exist.
  'UNAUTHENTICATED.login': [
    '電子郵件或密碼不正確;連續失敗多次後,帳號會暫時鎖定。',
    '电子邮箱或密码不正确;连续失败多次后,账号会暂时锁定。',
    'The email or password is incorrect, or the account is locked for a while after repeated failures.',
  ],
} as const satisfies Record<`${ErrorCode}.${string}`, Texts>;

export const conflictMessages = {
  HAS_ACTIVE_EMPLOYEES: [
    '單位(含下級單位)仍有 {activeEmployees} 名在職員工,請先調動或辦理離職。',
    '单位(含下级单位)仍有 {activeEmployees} 名在职员工,请先调动或办理离职。',
    'The unit or a unit below it still has {activeEmployees} active employee(s); transfer or deactivate them first.',
  ],
  HAS_SUB_UNITS: ['單位仍有未封存的下級單位,請先封存或移走。', '单位仍有未归档的下级单位,请先归档或移走。', 'The unit still has sub-units that are not archived; archive or move them first.'],
  OVERLAPPING_ABSENCE: ['此員工在這段期間已有請假紀錄。', '此员工在这段期间已有请假记录。', 'This employee already has an absence in that period.'],
  HAS_HOLDERS: ['崗位仍有 {holders} 名在崗人員,請先調動或辦理離職。', '岗位仍有 {holders} 名在岗人员,请先调动或办理离职。', 'The position still has {holders} holder(s); transfer or deactivate them first.'],
  ABSENCE_OVER: ['這次請假已經結束,紀錄會保持原樣,無法撤銷。', '这次请假已经结束,记录会保持原样,无法撤销。', 'This absence is already over; it stays on record as it was.'],
  SYSTEM_ROLE: ['這是管理制度內建的角色,不能刪除;請改為編輯其權限。', '这是管理制度内置的角色,不能删除;请改为编辑其权限。', 'This is one of the regime’s roles and cannot be deleted; edit its rights instead.'],
  ROLE_IN_USE: ['仍有使用者擁有此角色,請先撤銷。', '仍有用户拥有此角色,请先撤销。', 'Users still hold this role; take it from them first.'],
  ALREADY_ASSIGNED: ['此使用者在該範圍已擁有此角色。', '此用户在该范围已拥有此角色。', 'The user already holds this role there.'],
} as const satisfies Record<ConflictReason, Texts>;

const severalInvalid: Texts = ['有 {n} 個欄位的資料有誤。', '有 {n} 个字段的数据有误。', '{n} fields are invalid.'];

function lookup<K extends string>(catalogue: Record<K, Texts>, key: unknown): Texts | undefined {
  return typeof key === 'string' && Object.hasOwn(catalogue, key) ? catalogue[key as K] : undefined;
}

/** Null when a placeholder has no value, so the caller falls back to the server's words. */
function fill(texts: Texts, locale: Locale, vars: Record<string, unknown>): string | null {
  let missing = false;
  const text = texts[LOCALE_INDEX[locale]].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (typeof value === 'number' || typeof value === 'string') return String(value);
    missing = true;
    return '';
  });
  return missing ? null : text;
}

/**
 * The bound a rule was broken against: from the issue's declared `limits` ([min, max] for
 * a length range), else the number class-validator quotes in its English message.
 */
function limitOf(issue: FieldIssue, code: string): number | undefined {
  const limits = issue.limits ?? [];
  if (limits.length === 2) return code === 'minLength' ? limits[0] : limits[1];
  if (limits.length === 1) return limits[0];
  const numbers = issue.message.match(/\d+/g);
  return numbers ? Number(numbers.at(-1)) : undefined;
}

const SUBJECTS = [
  ['OrgUnit', 'unit'],
  ['Position', 'position'],
  ['Employee', 'employee'],
  ['Absence', 'employee'],
  ['ApiKey', 'apiKey'],
  ['Role', 'role'],
  ['User', 'user'],
] as const;

/** What kind of record a root field works on: `createUser` → user, `updatePosition` → position. */
function subjectOf(rootField: string | undefined): string | undefined {
  return rootField ? SUBJECTS.find(([word]) => rootField.includes(word))?.[1] : undefined;
}

/** The form field an issue belongs to: `input.duties.2` → duties. */
export function issueField(path: string): string {
  const segments = path.split('.').filter((s) => !/^\d+$/.test(s));
  return segments.at(-1) ?? path;
}

/** One field issue in the reader's language; `rootField` is the mutation that raised it. */
export function localiseIssue(issue: FieldIssue, locale: Locale, rootField?: string): string {
  let code = issue.code ?? '';
  // class-validator's isLength says only in its message which bound was broken.
  if (code === 'isLength') code = /longer/.test(issue.message) ? 'minLength' : /shorter/.test(issue.message) ? 'maxLength' : code;
  const field = issueField(issue.field);
  const subject = subjectOf(rootField);
  const texts =
    (subject ? lookup(issueVariants, `${code}.${field}.${subject}`) : undefined) ??
    lookup(issueVariants, `${code}.${field}`) ??
    lookup(issueMessages, code);
  return (texts && fill(texts, locale, { n: limitOf(issue, code) })) ?? issue.message;
}

function issuesOf(error: GraphQLFormattedError): FieldIssue[] {
  const issues = error.extensions?.issues;
  return Array.isArray(issues) ? (issues as FieldIssue[]).filter((i) => i && typeof i.field === 'string' && typeof i.message === 'string') : [];
}

/** The root field an error came from (`login`, `createEmployee`), if the server said. */
export function rootFieldOf(error: GraphQLFormattedError): string | undefined {
  const first = error.path?.[0];
  return typeof first === 'string' ? first : undefined;
}

/** A permission's name as the roles page shows it, or its code when the dictionary lacks it. */
function permissionName(permission: string, locale: Locale): string {
  const key = `permission.${permission}`;
  return Object.hasOwn(messages, key) ? translate(locale, key as MessageKey) : permission;
}

/** One top-level GraphQL error in the reader's language, or the server's message if its code is unknown. */
export function localiseError(error: GraphQLFormattedError, locale: Locale): string {
  const extensions = error.extensions ?? {};
  const code = extensions.code;
  const root = rootFieldOf(error);
  if (code === 'BAD_USER_INPUT') {
    const issues = issuesOf(error);
    const [only] = issues;
    if (only && issues.length === 1) return `${issueField(only.field)}: ${localiseIssue(only, locale, root)}`;
    if (issues.length > 1) return fill(severalInvalid, locale, { n: issues.length })!;
  }
  const rights = Array.isArray(extensions.permissions) && extensions.permissions.length
    ? extensions.permissions.map((p) => permissionName(String(p), locale)).join(' / ')
    : undefined;
  const texts =
    (code === 'CONFLICT' ? lookup(conflictMessages, extensions.reason) : undefined) ??
    (code === 'FORBIDDEN' && rights ? lookup(errorCodeVariants, `FORBIDDEN.${String(extensions.reason)}`) : undefined) ??
    (root ? lookup(errorCodeVariants, `${String(code)}.${root}`) : undefined) ??
    lookup(errorCodeMessages, code);
  return (texts && fill(texts, locale, { ...extensions, seconds: extensions.retryAfterSeconds, rights })) ?? error.message;
}
