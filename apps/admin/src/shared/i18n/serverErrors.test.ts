import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { errorMessage, fieldErrors, pathIssues } from '../apollo/errors';
import type { Locale } from './core';
import {
  conflictMessages,
  conflictVariants,
  errorCodeMessages,
  errorCodeVariants,
  importIssueMessages,
  issueDetails,
  issueMessages,
  issueVariants,
  localiseError,
  localiseImportIssue,
  localiseIssue,
} from './serverErrors';

const badInput = (root: string, ...issues: { field: string; message: string; code: string }[]): GraphQLFormattedError => ({
  message: 'invalid',
  path: [root],
  extensions: { code: 'BAD_USER_INPUT', issues },
});

describe('field issues', () => {
  it.each<[Locale, string]>([
    ['zh-Hant', '不是有效的電子郵件地址'],
    ['zh-Hans', '不是有效的电子邮箱地址'],
    ['en', 'is not a valid email address'],
  ])('translates a known rule (isEmail) into %s', (locale, text) => {
    expect(localiseIssue({ field: 'input.email', message: 'is not a valid email address', code: 'isEmail' }, locale, 'createEmployee')).toBe(text);
  });

  it('words a duplicate by field and by the kind of record the mutation works on', () => {
    const email = { field: 'email', message: 'another employee already uses this email address', code: 'duplicate' };
    expect(localiseIssue(email, 'zh-Hant', 'updateEmployee')).toBe('此電子郵件已被其他員工使用');
    expect(localiseIssue(email, 'zh-Hans', 'createUser')).toBe('已有用户使用此电子邮箱');
    expect(localiseIssue({ field: 'code', message: 'P-1 is already used by another position', code: 'duplicate' }, 'zh-Hans', 'updatePosition')).toBe('此代码已被其他岗位使用');
    // A field without its own wording gets the code's.
    expect(localiseIssue({ field: 'name', message: 'taken', code: 'duplicate' }, 'en')).toBe('is already in use');
  });

  it('takes the limit from the validator message, and tells the bounds of isLength apart', () => {
    expect(localiseIssue({ field: 'title', message: 'must be shorter than or equal to 120 characters', code: 'isLength' }, 'zh-Hant')).toBe('最多 120 個字元');
    expect(localiseIssue({ field: 'name', message: 'must be longer than or equal to 1 characters', code: 'isLength' }, 'zh-Hans')).toBe('至少需要 1 个字符');
    expect(localiseIssue({ field: 'password', message: 'must be at least 10 characters', code: 'minLength' }, 'en')).toBe('must be at least 10 characters');
    expect(localiseIssue({ field: 'plannedHeadcount', message: 'must not be greater than 10000', code: 'max' }, 'zh-Hant')).toBe('不可大於 10000');
  });

  it('keeps the server message for an unknown code, or a known one missing its number', () => {
    expect(localiseIssue({ field: 'x', message: 'is odd in a new way', code: 'isOddInANewWay' }, 'zh-Hant')).toBe('is odd in a new way');
    expect(localiseIssue({ field: 'x', message: 'is too long', code: 'maxLength' }, 'zh-Hant')).toBe('is too long');
  });

  it('maps issues onto form fields, translated, with list items numbered', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        badInput(
          'createPosition',
          { field: 'input.code', message: 'use 1–40 upper-case letters', code: 'matches' },
          { field: 'input.duties.2', message: 'each value in duties must be shorter than or equal to 1000 characters', code: 'maxLength' },
        ),
      ],
    });
    expect(fieldErrors(error, 'zh-Hans')).toEqual({
      code: '请使用 1–40 个大写英文字母、数字或连字符,并以字母或数字开头',
      duties: '#3: 最多 1000 个字符',
    });
    expect(errorMessage(error, 'en')).toBe('2 fields are invalid.');
  });
});

describe('top-level errors', () => {
  it.each<[Locale, string]>([
    ['zh-Hant', '單位(含下級單位)仍有 3 名在職員工,請先調動或辦理離職。'],
    ['zh-Hans', '单位(含下级单位)仍有 3 名在职员工,请先调动或办理离职。'],
    ['en', 'The unit or a unit below it still has 3 active employee(s); transfer or deactivate them first.'],
  ])('translates a CONFLICT by its reason, with its numbers, into %s', (locale, text) => {
    const error = { message: 'ST-1 still has 3 active employee(s)', path: ['archiveOrgUnit'], extensions: { code: 'CONFLICT', reason: 'HAS_ACTIVE_EMPLOYEES', activeEmployees: 3 } };
    expect(localiseError(error, locale)).toBe(text);
  });

  it('translates a held position refused archiving', () => {
    const error = { message: 'x', extensions: { code: 'CONFLICT', reason: 'HAS_HOLDERS', holders: 2 } };
    expect(localiseError(error, 'zh-Hans')).toBe('岗位仍有 2 名在岗人员,请先调动或办理离职。');
  });

  it('words a failed sign-in as a sign-in, not as an ended session', () => {
    const error = { message: 'The email or password is incorrect…', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } };
    expect(localiseError(error, 'zh-Hant')).toBe('電子郵件或密碼不正確;連續失敗多次後,帳號會暫時鎖定。');
    expect(localiseError({ ...error, path: ['me'] }, 'zh-Hant')).toBe('登入已失效,請重新登入。');
  });

  it('says how long to wait when rate limited', () => {
    expect(localiseError({ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } }, 'zh-Hans')).toBe('尝试次数过多,请于 42 秒后再试。');
    expect(localiseError({ message: 'Too many', extensions: { code: 'RATE_LIMITED' } }, 'zh-Hans')).toBe('Too many');
  });

  it('falls back from an unknown reason to the code, and from an unknown code to the server message', () => {
    expect(localiseError({ message: 'x', extensions: { code: 'CONFLICT', reason: 'SOMETHING_NEW' } }, 'en')).toBe(errorCodeMessages.CONFLICT[2]);
    expect(localiseError({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }, 'zh-Hant')).toBe('The request body is not valid JSON.');
    expect(localiseError({ message: 'No code at all' }, 'zh-Hant')).toBe('No code at all');
  });

  it('shows a single issue with its field, and anything not from GraphQL as it came', () => {
    expect(errorMessage(new CombinedGraphQLErrors({ data: null, errors: [badInput('createEmployee', { field: 'input.email', message: 'x', code: 'isEmail' })] }), 'zh-Hant')).toBe(
      'email: 不是有效的電子郵件地址',
    );
    expect(errorMessage(new Error('Failed to fetch'), 'zh-Hant')).toBe('Failed to fetch');
  });
});

describe('the catalogue', () => {
  const catalogues = { issueMessages, issueVariants, issueDetails, errorCodeMessages, errorCodeVariants, conflictMessages, conflictVariants, importIssueMessages };
  const entries = Object.entries(catalogues).flatMap(([name, catalogue]) =>
    Object.entries(catalogue as Record<string, readonly string[]>).map(([key, texts]) => [`${name}.${key}`, texts] as const),
  );
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(entries)('%s uses the same placeholders in every language', (_, texts) => {
    expect(texts.every((text) => text.trim().length > 0)).toBe(true);
    expect(placeholders(texts[1]!)).toEqual(placeholders(texts[0]!));
    expect(placeholders(texts[2]!)).toEqual(placeholders(texts[0]!));
  });
});

describe('declared limits and missing rights', () => {
  it('takes the bound from the issue’s limits, not from the English message', () => {
    const tooLong = { field: 'name', message: 'some words 999', code: 'isLength', limits: [1, 120] };
    const tooShort = { field: 'name', message: 'must be longer than or equal to 1 characters', code: 'isLength', limits: [1, 120] };
    expect(localiseIssue({ ...tooLong, message: 'must be shorter than or equal to 120 characters' }, 'en')).toContain('120');
    expect(localiseIssue(tooShort, 'en')).toContain('1');
    expect(localiseIssue({ field: 'plannedHeadcount', message: 'x', code: 'min', limits: [0] }, 'zh-Hant')).toContain('0');
  });

  it('names the missing right in the reader’s language', () => {
    const error: GraphQLFormattedError = { message: 'This needs the ManageOrgUnit right.', path: ['createOrgUnit'], extensions: { code: 'FORBIDDEN', reason: 'MISSING_PERMISSION', permissions: ['ManageOrgUnit'] } };
    expect(localiseError(error, 'en')).toMatch(/^This needs the “.+” right\.$/);
    expect(localiseError(error, 'zh-Hant')).not.toContain('ManageOrgUnit');
    const scoped: GraphQLFormattedError = { message: 'x', path: ['updateEmployee'], extensions: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE', permissions: ['NotAPermission'] } };
    expect(localiseError(scoped, 'en')).toBe('Your “NotAPermission” right does not reach this record.');
    expect(localiseError({ message: 'x', extensions: { code: 'FORBIDDEN' } }, 'en')).toBe('You do not have the right to do this.');
  });
});

describe('customers and loyalty', () => {
  it.each<[string, Record<string, unknown>, Locale, string]>([
    ['INSUFFICIENT_POINTS', { balance: 120, requested: 500 }, 'zh-Hant', '點數不足:目前餘額 120 點,無法扣除 500 點。'],
    ['INSUFFICIENT_POINTS', { balance: 120, requested: 500 }, 'en', 'Not enough points: the balance is 120, 500 cannot be taken.'],
    ['STALE_VERSION', { currentVersion: 4 }, 'zh-Hans', '已有人修改了这条数据(当前为第 4 版),请重新加载后再试。'],
    ['IDEMPOTENCY_KEY_REUSED', {}, 'zh-Hant', '此操作編號已用於另一筆不同的操作;請關閉視窗後重新操作。'],
    ['ALREADY_DECIDED', {}, 'en', 'Someone has already decided on this adjustment.'],
    ['NO_OVERRIDE', {}, 'zh-Hans', '此客户当前没有手动指定的等级。'],
  ])('translates the CONFLICT %s', (reason, numbers, locale, text) => {
    expect(localiseError({ message: 'x', extensions: { code: 'CONFLICT', reason, ...numbers } }, locale)).toBe(text);
  });

  it('keeps the server words when a conflict lacks the numbers its wording needs', () => {
    expect(localiseError({ message: 'The balance is short', extensions: { code: 'CONFLICT', reason: 'INSUFFICIENT_POINTS' } }, 'zh-Hant')).toBe('The balance is short');
  });

  it.each<[string, string, Locale, string]>([
    ['too_large', 'the file is larger than 5 MB; split it', 'zh-Hant', '檔案過大,請分割後再匯入'],
    ['unsupported_format', 'not a CSV or xlsx', 'zh-Hans', '不支持此文件格式,请使用 .csv 或 .xlsx'],
    ['empty_file', 'no rows', 'en', 'the file has no rows'],
    ['unreadable', 'bad bytes', 'zh-Hant', '無法讀取檔案,請確認編碼與格式'],
    ['missing_column', 'the file has no Name (姓名) column', 'zh-Hant', '檔案缺少「Name (姓名)」欄'],
    ['too_many_rows', '20000 customers match', 'en', 'too many customers match; narrow the filter (for example by station)'],
    ['invalid_phone', '"12" is not a phone number', 'zh-Hans', '不是有效的电话号码(6–20 位数字,可以 + 开头)'],
  ])('translates the file or field issue %s', (code, message, locale, text) => {
    // A field with wording of its own (contentBase64 of an upload) would hide the code's; `file` has none.
    expect(localiseIssue({ field: 'file', message, code }, locale, 'previewCustomerImport')).toBe(text);
  });

  it('words a phone already on file and a customer number taken as about customers', () => {
    expect(localiseIssue({ field: 'input.phones.1', message: '***678 is already on another customer', code: 'duplicate' }, 'zh-Hant', 'createCustomer')).toBe('此電話號碼已在其他客戶的檔案中');
    expect(localiseIssue({ field: 'input.code', message: 'C1 is already taken', code: 'duplicate' }, 'en', 'createCustomer')).toBe('this customer number is already taken');
    expect(localiseIssue({ field: 'tiers.2.code', message: 'GOLD appears twice', code: 'duplicate' }, 'zh-Hant', 'previewTierChange')).toBe('等級代碼重複');
  });

  it('says how far a list can page', () => {
    expect(localiseIssue({ field: 'offset', message: 'must be between 0 and 10000', code: 'out_of_range', limits: [0, 10000] }, 'zh-Hant')).toBe('只能翻到前 10000 筆,請縮小篩選範圍');
  });

  it.each<[string, Locale, string]>([
    ['invalid_phone', 'zh-Hant', '不是有效的電話號碼'],
    ['duplicate_code', 'zh-Hans', '此客户编号在文件中重复出现'],
    ['required', 'en', 'is required'],
  ])('translates the import issue %s', (code, locale, text) => {
    expect(localiseImportIssue({ code, message: 'server words' }, locale)).toBe(text);
  });

  it('keeps the server words for an import issue it does not know', () => {
    expect(localiseImportIssue({ code: 'something_new', message: 'server words' }, 'zh-Hant')).toBe('server words');
  });

  it('keeps the path of a list item’s issue for list editors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [badInput('previewTierChange', { field: 'input.tiers.3.code', message: 'x appears twice', code: 'duplicate' })],
    });
    expect(pathIssues(error, 'en')).toEqual([{ path: ['tiers', 3, 'code'], message: 'this tier code appears twice' }]);
  });
});

describe('the service desk', () => {
  it.each<[string, Record<string, unknown>, Locale, string]>([
    ['NOT_OPEN', {}, 'zh-Hant', '此案件已解決或結案,請先重新開啟。'],
    ['ACTIONS_OPEN', { unverified: 2 }, 'en', '2 action(s) are not verified yet; the form cannot close.'],
    ['OUT_OF_ORDER', { next: 'QC_PASSED' }, 'zh-Hans', '维修须依序进行,不能跳过步骤;已重新加载。'],
  ])('translates the CONFLICT %s', (reason, numbers, locale, text) => {
    expect(localiseError({ message: 'x', extensions: { code: 'CONFLICT', reason, ...numbers } }, locale)).toBe(text);
  });

  it('R-SVC-5: tells the owner of an action why they may not verify it, though the API names no right', () => {
    const error = { message: 'The owner of an action does not verify its effect.', path: ['verifyCorrectiveAction'], extensions: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE', permissions: [] } };
    expect(localiseError(error, 'en')).toBe('The owner of an action does not verify its effect; customer service or quality control does.');
  });
});

describe('survey templates (R-SAT-1, R-SAT-2, R-SAT-3)', () => {
  const conflictOf = (root: string, reason: string, extra: Record<string, unknown> = {}): GraphQLFormattedError => ({ message: 'server words', path: [root], extensions: { code: 'CONFLICT', reason, ...extra } });

  it.each<[string, string, Record<string, unknown>, Locale, string]>([
    ['setSurveyTemplateActive', 'DEFAULT_TEMPLATE', { template: 'R-SAT-2' }, 'zh-Hant', 'R-SAT-2 是自動發送使用的預設範本,請先在問卷設定中改選其他預設範本。'],
    ['sendSurvey', 'TEMPLATE_INACTIVE', { template: 'REPAIR-2027' }, 'en', 'Survey template REPAIR-2027 is inactive; activate it or choose another.'],
    ['updateSurveySettings', 'TEMPLATE_INACTIVE', { template: 'REPAIR-2027' }, 'zh-Hans', '问卷模板 REPAIR-2027 已停用,请先启用,或改选其他模板。'],
  ])('words %s’s CONFLICT %s on any page', (root, reason, extra, locale, text) => {
    expect(localiseError(conflictOf(root, reason, extra), locale)).toBe(text);
  });

  it('R-SAT-2: tells a template editor someone published meanwhile, and the tier editor its own story', () => {
    expect(localiseError(conflictOf('saveSurveyTemplate', 'STALE_VERSION', { currentVersion: 5 }), 'en')).toBe(
      'Someone published version 5 of this template while you were editing; your draft has not been published.',
    );
    expect(localiseError(conflictOf('saveSurveyTemplate', 'STALE_VERSION', { currentVersion: 5 }), 'zh-Hant')).toBe('您編輯期間,已有人發布了此範本的第 5 版;您的草稿尚未發布。');
    expect(localiseError(conflictOf('publishTierChange', 'STALE_VERSION', { currentVersion: 4 }), 'zh-Hans')).toBe('等级规则已被他人修改(当前为第 4 版),已重新加载,请查看后再预览。');
  });

  it('R-SAT-3: words overall_count without reading the count out of the server’s English', () => {
    const issue = { field: 'items', message: 'a survey has exactly one OVERALL question (R-SAT-3), not 2', code: 'overall_count' };
    expect(localiseIssue(issue, 'zh-Hant', 'saveSurveyTemplate')).toBe('每份問卷須有且只有一題「總體評價」(R-SAT-3)');
    // The page that sent the draft counts its overall questions itself.
    expect(localiseIssue(issue, 'en', 'saveSurveyTemplate', { count: 2 })).toBe('a survey has exactly one overall question (R-SAT-3); this one has 2');
  });

  it('R-SAT-2: names a key’s earlier kind only when the page knows it', () => {
    const issue = { field: 'items.3.kind', message: 'nps was a NPS question in an earlier version; use a new key for a LEVEL5 question', code: 'kind_changed' };
    expect(localiseIssue(issue, 'en', 'saveSurveyTemplate')).toBe('this key was another kind of question in an earlier version; use a new key for another kind');
    expect(localiseIssue(issue, 'zh-Hans', 'saveSurveyTemplate', { was: '推荐意愿(0–10)' })).toBe('此代码在先前版本是「推荐意愿(0–10)」题;要换题型,请改用新的代码');
    // Facts that do not fill the fuller wording leave the plain one.
    expect(localiseIssue(issue, 'zh-Hant', 'saveSurveyTemplate', { count: 1 })).toBe('此代碼在先前版本是另一種題型;要換題型,請改用新的代碼');
  });

  it('R-SAT-2: asks a new version for the version it was drafted from', () => {
    expect(localiseIssue({ field: 'expectedVersion', message: 'name the version your draft was based on', code: 'isDefined' }, 'zh-Hant', 'saveSurveyTemplate')).toBe('必填');
  });

  it('words an empty list by its declared minimum, and an empty survey as missing its overall question (R-SAT-3)', () => {
    const empty = { field: 'items', message: 'items must contain at least 1 elements', code: 'arrayMinSize', limits: [1] };
    expect(localiseIssue(empty, 'en', 'createPosition')).toBe('must have at least 1 item(s)');
    expect(localiseIssue(empty, 'zh-Hant', 'saveSurveyTemplate')).toBe('問卷至少要有一題,且須有一題「總體評價」(R-SAT-3)');
  });
});
