import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode, FieldIssue } from '../apollo/errors';
import { hasMessage, LOCALE_INDEX, translate, type Locale } from './core';

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
  | 'isDefined'
  | 'matches'
  | 'isLength'
  | 'maxLength'
  | 'minLength'
  | 'min'
  | 'max'
  | 'isInt'
  | 'isIn'
  | 'arrayMaxSize'
  | 'arrayMinSize'
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
  | 'invalid_cursor'
  | 'invalid_phone'
  | 'one_of'
  | 'no_criteria'
  | 'missing_column'
  | 'too_large'
  | 'unsupported_format'
  | 'empty_file'
  | 'unreadable'
  | 'too_many_rows'
  | 'unknown_field'
  | 'overall_count'
  | 'kind_changed'
  | 'invalid';

/** `extensions.reason` of a CONFLICT. */
export type ConflictReason =
  | 'HAS_ACTIVE_EMPLOYEES'
  | 'HAS_SUB_UNITS'
  | 'OVERLAPPING_ABSENCE'
  | 'HAS_HOLDERS'
  | 'ABSENCE_OVER'
  | 'SYSTEM_ROLE'
  | 'ROLE_IN_USE'
  | 'ALREADY_ASSIGNED'
  | 'INSUFFICIENT_POINTS'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'STALE_VERSION'
  | 'ALREADY_DECIDED'
  | 'NO_OVERRIDE'
  | 'IMPORT_FAILED'
  | 'STEP_ALREADY_DECIDED'
  | 'NOT_IN_APPROVAL'
  | 'NOT_DRAFT'
  | 'LOCKED'
  | 'NOT_APPROVED'
  | 'VOIDED'
  | 'NO_APPROVER'
  | 'NOT_OPEN'
  | 'NOT_RESOLVED'
  | 'NOT_WAITING'
  | 'ALREADY_RECORDED'
  | 'NOT_A_COMPLAINT'
  | 'NOT_A_RETURN'
  | 'ALREADY_OPEN'
  | 'NO_FINDINGS'
  | 'ACTIONS_OPEN'
  | 'CLOSED'
  | 'NOT_DONE'
  | 'NOT_AWAITING_CONSENT'
  | 'OUT_OF_ORDER'
  | 'NOT_TECHNICAL'
  | 'NOT_DIAGNOSED'
  | 'NOT_FIXED'
  | 'NOT_VERIFIED'
  | 'ALREADY_VERIFIED'
  | 'DEFAULT_TEMPLATE'
  | 'TEMPLATE_INACTIVE';

/** `ImportIssue.code`: what is wrong with one cell of an imported customer file. */
export type ImportIssueCode =
  | 'required'
  | 'too_long'
  | 'invalid_code'
  | 'invalid_phone'
  | 'too_many_phones'
  | 'invalid_email'
  | 'invalid_date'
  | 'invalid_language'
  | 'invalid_channel'
  | 'tag_too_long'
  | 'too_many_tags'
  | 'invalid_boolean'
  | 'duplicate_code'
  | 'duplicate'
  | 'not_found'
  | 'out_of_scope';

/** Shown under the field the issue names, so the field itself need not be repeated. */
export const issueMessages = {
  isEmail: ['不是有效的電子郵件地址', '不是有效的电子邮箱地址', 'is not a valid email address'],
  isDefined: ['必填', '必填', 'is required'],
  matches: ['格式不正確', '格式不正确', 'has the wrong format'],
  isLength: ['長度不符合要求', '长度不符合要求', 'has the wrong length'],
  maxLength: ['最多 {n} 個字元', '最多 {n} 个字符', 'must be at most {n} characters'],
  minLength: ['至少須有 {n} 個字元', '至少需要 {n} 个字符', 'must be at least {n} characters'],
  min: ['不可小於 {n}', '不可小于 {n}', 'must not be less than {n}'],
  max: ['不可大於 {n}', '不可大于 {n}', 'must not be greater than {n}'],
  isInt: ['須為整數', '须为整数', 'must be a whole number'],
  isIn: ['不是可選的值', '不是可选的值', 'is not one of the allowed values'],
  arrayMaxSize: ['最多 {n} 項', '最多 {n} 项', 'must have at most {n} items'],
  arrayMinSize: ['至少須有 {n} 項', '至少需要 {n} 项', 'must have at least {n} item(s)'],
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
  invalid_phone: ['不是有效的電話號碼(6–20 位數字,可以 + 開頭)', '不是有效的电话号码(6–20 位数字,可以 + 开头)', 'is not a phone number (6–20 digits, optionally starting with +)'],
  one_of: ['請擇一提供', '请择一提供', 'give exactly one of these'],
  no_criteria: ['等級 1 以上的等級至少須設定一項入會條件', '等级 1 以上的等级至少须设定一项入会条件', 'a tier above rank 1 needs at least one entry criterion'],
  missing_column: ['檔案缺少「{column}」欄', '文件缺少「{column}」列', 'the file has no {column} column'],
  too_large: ['檔案過大,請分割後再匯入', '文件过大,请拆分后再导入', 'the file is too large; split it'],
  unsupported_format: ['不支援此檔案格式,請使用 .csv 或 .xlsx', '不支持此文件格式,请使用 .csv 或 .xlsx', 'this file format is not supported; use .csv or .xlsx'],
  empty_file: ['檔案沒有資料列', '文件没有数据行', 'the file has no rows'],
  unreadable: ['無法讀取檔案,請確認編碼與格式', '无法读取文件,请确认编码与格式', 'the file cannot be read; check its encoding and format'],
  too_many_rows: ['符合條件的客戶過多,請縮小篩選範圍(例如依服務站)', '符合条件的客户过多,请缩小筛选范围(例如按服务站)', 'too many customers match; narrow the filter (for example by station)'],
  unknown_field: ['此類單據沒有這個欄位', '此类单据没有这个字段', 'is not a field of this kind of document'],
  invalid: ['格式不正確', '格式不正确', 'is not valid'],
  // Survey templates (R-SAT-2, R-SAT-3); `issueDetails` words them with what the page knows.
  overall_count: ['每份問卷須有且只有一題「總體評價」(R-SAT-3)', '每份问卷须有且只有一题「总体评价」(R-SAT-3)', 'a survey has exactly one overall question (R-SAT-3)'],
  kind_changed: [
    '此代碼在先前版本是另一種題型;要換題型,請改用新的代碼',
    '此代码在先前版本是另一种题型;要换题型,请改用新的代码',
    'this key was another kind of question in an earlier version; use a new key for another kind',
  ],
} as const satisfies Record<IssueCode, Texts>;

/**
 * Fuller wording of an issue from facts the page itself knows (the draft it sent, the
 * versions it has read), never from the server's English message; used only when every
 * placeholder has a value, else the plain wording above stands.
 */
export const issueDetails = {
  overall_count: [
    '每份問卷須有且只有一題「總體評價」(R-SAT-3),目前有 {count} 題',
    '每份问卷须有且只有一题「总体评价」(R-SAT-3),目前有 {count} 题',
    'a survey has exactly one overall question (R-SAT-3); this one has {count}',
  ],
  kind_changed: [
    '此代碼在先前版本是「{was}」題;要換題型,請改用新的代碼',
    '此代码在先前版本是「{was}」题;要换题型,请改用新的代码',
    'this key was a “{was}” question in an earlier version; use a new key for another kind',
  ],
} as const satisfies Partial<Record<IssueCode, Texts>>;

/** Shown in the issues table of an import, beside the row and column the problem is in. */
export const importIssueMessages = {
  required: ['必填', '必填', 'is required'],
  too_long: ['內容過長', '内容过长', 'is too long'],
  invalid_code: ['不是有效的客戶編號(最多 20 個英文字母、數字或連字號)', '不是有效的客户编号(最多 20 个英文字母、数字或连字符)', 'is not a customer number (at most 20 letters, digits and dashes)'],
  invalid_phone: ['不是有效的電話號碼', '不是有效的电话号码', 'is not a phone number'],
  too_many_phones: ['電話號碼過多', '电话号码过多', 'has too many phone numbers'],
  invalid_email: ['不是有效的電子郵件地址', '不是有效的电子邮箱地址', 'is not an email address'],
  invalid_date: ['不是有效的日期', '不是有效的日期', 'is not a valid date'],
  invalid_language: ['不是可用的語言:請填 繁體、简体 或 English', '不是可用的语言:请填 繁體、简体 或 English', 'is not a language: use 繁體, 简体 or English'],
  invalid_channel: ['不是可用的聯絡方式', '不是可用的联系方式', 'is not a contact channel'],
  tag_too_long: ['標籤過長', '标签过长', 'has a tag that is too long'],
  too_many_tags: ['標籤過多', '标签过多', 'has too many tags'],
  invalid_boolean: ['請填 是/否、Y/N 或 1/0', '请填 是/否、Y/N 或 1/0', 'use yes/no, Y/N or 1/0'],
  duplicate_code: ['此客戶編號在檔案中重複出現', '此客户编号在文件中重复出现', 'this customer number is also on another row'],
  duplicate: ['此電話號碼已在其他客戶檔案或其他列中', '此电话号码已在其他客户档案或其他行中', 'this number is already on another customer or row'],
  not_found: ['找不到此代碼的服務站', '找不到此代码的服务站', 'no station has this code'],
  out_of_scope: ['您無權管理此服務站的客戶', '您无权管理此服务站的客户', 'you may not manage customers of this station'],
} as const satisfies Record<ImportIssueCode, Texts>;

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
  'duplicate.code.customer': ['此客戶編號已被使用', '此客户编号已被使用', 'this customer number is already taken'],
  'duplicate.phones': ['此電話號碼已在其他客戶的檔案中', '此电话号码已在其他客户的档案中', 'this number is already on another customer’s file'],
  'duplicate.code.tier': ['等級代碼重複', '等级代码重复', 'this tier code appears twice'],
  'duplicate.rank': ['等級順位重複', '等级顺位重复', 'this rank appears twice'],
  'out_of_range.birthday': ['須介於 1900-01-01 與今天之間', '须介于 1900-01-01 与今天之间', 'must be between 1900-01-01 and today'],
  'out_of_range.offset': ['只能翻到前 {n} 筆,請縮小篩選範圍', '只能翻到前 {n} 条,请缩小筛选范围', 'only the first {n} rows can be paged to; narrow the filter'],
  'too_large.contentBase64': ['檔案超過 5 MB', '文件超过 5 MB', 'the file is larger than 5 MB'],
  'empty_file.contentBase64': ['檔案是空的', '文件是空的', 'the file is empty'],
  // An empty list of questions also lacks the overall one every survey has (R-SAT-3).
  'arrayMinSize.items.surveyTemplate': [
    '問卷至少要有一題,且須有一題「總體評價」(R-SAT-3)',
    '问卷至少要有一题,且须有一题「总体评价」(R-SAT-3)',
    'a survey needs its questions, one of them the overall question (R-SAT-3)',
  ],
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
  // Approval steps: the server names no right, only that the step is someone else's (R-FLOW-1).
  'FORBIDDEN.approveStep': ['這一關不是由您審批,申請人也不能審批自己的單據。', '这一环节不是由您审批,申请人也不能审批自己的单据。', 'This step is not yours to decide, and nobody decides their own document.'],
  'FORBIDDEN.rejectStep': ['這一關不是由您審批,申請人也不能審批自己的單據。', '这一环节不是由您审批,申请人也不能审批自己的单据。', 'This step is not yours to decide, and nobody decides their own document.'],
  'FORBIDDEN.returnStep': ['這一關不是由您審批,申請人也不能審批自己的單據。', '这一环节不是由您审批,申请人也不能审批自己的单据。', 'This step is not yours to decide, and nobody decides their own document.'],
  'FORBIDDEN.createDocument': ['只有員工可以提出申請,您的帳號沒有對應的員工資料。', '只有员工可以提出申请,您的账号没有对应的员工资料。', 'Only employees file documents, and your account is not linked to one.'],
  // R-SVC-5: the API names no right, the owner of an action simply may not verify it.
  'FORBIDDEN.verifyCorrectiveAction': ['措施的負責人不能驗證自己的措施,須由客服或品管驗證。', '措施的负责人不能验证自己的措施,须由客服或品管验证。', 'The owner of an action does not verify its effect; customer service or quality control does.'],
  'FORBIDDEN.completeCorrectiveAction': ['只有措施的負責人或品管可以回報完成。', '只有措施的负责人或品管可以回报完成。', 'Only the action’s owner or quality control reports it done.'],
  'FORBIDDEN.submitExpenseClaim': ['只有員工可以提出申請,您的帳號沒有對應的員工資料。', '只有员工可以提出申请,您的账号没有对应的员工资料。', 'Only employees file documents, and your account is not linked to one.'],
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
  INSUFFICIENT_POINTS: ['點數不足:目前餘額 {balance} 點,無法扣除 {requested} 點。', '积分不足:当前余额 {balance} 分,无法扣除 {requested} 分。', 'Not enough points: the balance is {balance}, {requested} cannot be taken.'],
  IDEMPOTENCY_KEY_REUSED: ['此操作編號已用於另一筆不同的操作;請關閉視窗後重新操作。', '此操作编号已用于另一笔不同的操作;请关闭窗口后重新操作。', 'This operation key was already used for a different operation; close the dialog and start again.'],
  STALE_VERSION: [
    '已有人修改了這筆資料(目前為第 {currentVersion} 版),請重新載入後再試。',
    '已有人修改了这条数据(当前为第 {currentVersion} 版),请重新加载后再试。',
    'Someone changed this meanwhile (it is now at version {currentVersion}); reload it and try again.',
  ],
  ALREADY_DECIDED: ['這筆調整已經有人核決過了。', '这笔调整已经有人审批过了。', 'Someone has already decided on this adjustment.'],
  NO_OVERRIDE: ['此客戶目前沒有手動指定的等級。', '此客户当前没有手动指定的等级。', 'This customer has no tier override.'],
  IMPORT_FAILED: ['這次匯入失敗,請重新上傳檔案。', '这次导入失败,请重新上传文件。', 'This import failed; upload the file again.'],
  STEP_ALREADY_DECIDED: ['這一關已經有人審批過了,已重新載入單據。', '这一环节已经有人审批过了,已重新加载单据。', 'Someone has already decided this step; the document has been reloaded.'],
  NOT_IN_APPROVAL: ['這張單據已不在審批中。', '这张单据已不在审批中。', 'This document is no longer waiting for approval.'],
  NOT_DRAFT: ['只有草稿可以修改或送出;這張單據已經送出。', '只有草稿可以修改或提交;这张单据已经提交。', 'Only drafts can be changed or submitted; this document has been submitted.'],
  LOCKED: ['已核准的單據已鎖定,不能變更;如需修改請先棄審。', '已批准的单据已锁定,不能修改;如需修改请先弃审。', 'Approved documents are locked; un-approve it first to change it.'],
  NOT_APPROVED: ['這張單據尚未核准,無須棄審。', '这张单据尚未批准,无须弃审。', 'This document is not approved, so there is nothing to un-approve.'],
  VOIDED: ['這張單據已作廢。', '这张单据已作废。', 'This document is already void.'],
  NO_APPROVER: ['組織架構中找不到下一關的審批人,請聯絡管理員補上人員或調整流程。', '组织架构中找不到下一环节的审批人,请联系管理员补上人员或调整流程。', 'Nobody in the org chart can decide the next step; ask an administrator to fill the post or change the process.'],
  // The service desk (R-SVC-2…8).
  NOT_OPEN: ['此案件已解決或結案,請先重新開啟。', '此案件已解决或结案,请先重新打开。', 'This case is resolved or closed; reopen it first.'],
  NOT_RESOLVED: ['此案件尚未解決:須先解決才能結案,仍在處理中的案件也不必重新開啟。', '此案件尚未解决:须先解决才能结案,仍在处理中的案件也不必重新打开。', 'This case is not resolved: resolve it before closing it; a case still open need not be reopened.'],
  NOT_WAITING: ['此案件並未在等待客戶。', '此案件并未在等待客户。', 'This case is not waiting for the customer.'],
  ALREADY_RECORDED: ['這次回訪已經有人記錄了。', '这次回访已经有人记录了。', 'This follow-up visit has already been recorded.'],
  NOT_A_COMPLAINT: ['此案件不是投訴,請先變更類型。', '此案件不是投诉,请先变更类型。', 'This case is not a complaint; change its kind first.'],
  NOT_A_RETURN: ['此案件不是退貨/維修,請先變更類型。', '此案件不是退货/维修,请先变更类型。', 'This case is not a return or repair; change its kind first.'],
  ALREADY_OPEN: ['此案件已有投訴處理單或退貨/維修單。', '此案件已有投诉处理单或退货/维修单。', 'This case already has its complaint form or its return or repair.'],
  NO_FINDINGS: ['請先記錄根本原因與責任單位。', '请先记录根本原因与责任单位。', 'Record the root cause and the responsible unit first.'],
  ACTIONS_OPEN: ['尚有 {unverified} 項措施未驗證,不能結案。', '尚有 {unverified} 项措施未验证,不能结案。', '{unverified} action(s) are not verified yet; the form cannot close.'],
  CLOSED: ['此投訴處理單已結案。', '此投诉处理单已结案。', 'This complaint handling form is closed.'],
  NOT_DONE: ['只有已回報完成的措施才能驗證。', '只有已回报完成的措施才能验证。', 'Only an action reported done can be verified.'],
  NOT_AWAITING_CONSENT: ['此維修單不在等待客戶同意。', '此维修单不在等待客户同意。', 'This repair is not waiting for the customer’s consent.'],
  OUT_OF_ORDER: ['維修須依序進行,不能跳過步驟;已重新載入。', '维修须依序进行,不能跳过步骤;已重新加载。', 'A repair moves one step at a time; the page has been reloaded.'],
  // R-SVC-7: diagnose, fix, verify; re-check when the user is not satisfied.
  NOT_TECHNICAL: ['診斷、排除故障與驗證只適用於技術支援與退貨/維修案件。', '诊断、排除故障与验证只适用于技术支持与退货/维修案件。', 'Diagnosis, fix and verification belong to technical support and return or repair cases.'],
  NOT_DIAGNOSED: ['請先完成技術診斷,再排除故障。', '请先完成技术诊断,再排除故障。', 'Diagnose the problem before fixing it.'],
  NOT_FIXED: ['目前沒有待驗證的排除結果,請先排除故障。', '目前没有待验证的排除结果,请先排除故障。', 'There is no fix waiting for verification; fix it first.'],
  NOT_VERIFIED: ['排除結果須先驗證通過,才能解決或重新檢查。', '排除结果须先验证通过,才能解决或重新检查。', 'The fix must pass verification first, before the case is resolved or re-checked.'],
  ALREADY_VERIFIED: ['排除結果已驗證通過;使用者若不滿意,請先「重新檢查」。', '排除结果已验证通过;用户若不满意,请先「重新检查」。', 'The fix passed verification; if the user is not satisfied, re-check first.'],
  // Survey templates (R-SAT-1, R-SAT-2): `template` is the template's code.
  DEFAULT_TEMPLATE: [
    '{template} 是自動發送使用的預設範本,請先在問卷設定中改選其他預設範本。',
    '{template} 是自动发送使用的默认模板,请先在问卷设置中改选其他默认模板。',
    '{template} is the template the triggers send; choose another default in the survey settings first.',
  ],
  TEMPLATE_INACTIVE: ['問卷範本 {template} 已停用,請先啟用,或改選其他範本。', '问卷模板 {template} 已停用,请先启用,或改选其他模板。', 'Survey template {template} is inactive; activate it or choose another.'],
} as const satisfies Record<ConflictReason, Texts>;

/** A CONFLICT from one root field (`reason.field`), where the reason alone would say too little. */
export const conflictVariants = {
  'STALE_VERSION.publishTierChange': [
    '等級規則已被他人修改(目前為第 {currentVersion} 版),已重新載入,請檢視後再預覽。',
    '等级规则已被他人修改(当前为第 {currentVersion} 版),已重新加载,请查看后再预览。',
    'The tier rules changed meanwhile (now version {currentVersion}); they have been reloaded: review them and preview again.',
  ],
  // R-SAT-2: the draft is not published over a colleague's version, and stays on screen.
  'STALE_VERSION.saveSurveyTemplate': [
    '您編輯期間,已有人發布了此範本的第 {currentVersion} 版;您的草稿尚未發布。',
    '您编辑期间,已有人发布了此模板的第 {currentVersion} 版;您的草稿尚未发布。',
    'Someone published version {currentVersion} of this template while you were editing; your draft has not been published.',
  ],
} as const satisfies Record<`${ConflictReason}.${string}`, Texts>;

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
  ['Customer', 'customer'],
  ['Tier', 'tier'],
  ['SurveyTemplate', 'surveyTemplate'],
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

/**
 * One field issue in the reader's language; `rootField` is the mutation that raised it, and
 * `facts` what the page knows about it (see `issueDetails`).
 */
export function localiseIssue(issue: FieldIssue, locale: Locale, rootField?: string, facts?: Record<string, string | number>): string {
  let code = issue.code ?? '';
  const detailed = facts ? lookup(issueDetails, code) : undefined;
  const known = detailed && fill(detailed, locale, facts!);
  if (known) return known;
  // class-validator's isLength says only in its message which bound was broken.
  if (code === 'isLength') code = /longer/.test(issue.message) ? 'minLength' : /shorter/.test(issue.message) ? 'maxLength' : code;
  const field = issueField(issue.field);
  const subject = subjectOf(rootField);
  const texts =
    (subject ? lookup(issueVariants, `${code}.${field}.${subject}`) : undefined) ??
    lookup(issueVariants, `${code}.${field}`) ??
    lookup(issueMessages, code);
  const column = /has no (.+) column/.exec(issue.message)?.[1];
  return (texts && fill(texts, locale, { n: limitOf(issue, code), column })) ?? issue.message;
}

/** One problem of an imported file, for the issues table; an unknown code keeps the server's words. */
export function localiseImportIssue(issue: { code: string; message: string }, locale: Locale): string {
  const texts = lookup(importIssueMessages, issue.code);
  return texts ? texts[LOCALE_INDEX[locale]] : issue.message;
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
  return hasMessage(key) ? translate(locale, key) : permission;
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
    (code === 'CONFLICT' && root ? lookup(conflictVariants, `${String(extensions.reason)}.${root}`) : undefined) ??
    (code === 'CONFLICT' ? lookup(conflictMessages, extensions.reason) : undefined) ??
    (code === 'FORBIDDEN' && rights ? lookup(errorCodeVariants, `FORBIDDEN.${String(extensions.reason)}`) : undefined) ??
    (root ? lookup(errorCodeVariants, `${String(code)}.${root}`) : undefined) ??
    lookup(errorCodeMessages, code);
  return (texts && fill(texts, locale, { ...extensions, seconds: extensions.retryAfterSeconds, rights })) ?? error.message;
}
