import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type APIRequestContext, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchBrowser, newContext, PASSWORD, pickOption, pickTreeOption, screenshot, seriousViolations, signIn, startApi, visibleDropdown, type Api } from './harness';

const openModal = '.ant-modal-wrap:not([style*="display: none"]) .ant-modal';
// A closed popconfirm stays in the page, hidden, next to the one just opened.
const confirmButton = '.ant-popconfirm:not(.ant-popover-hidden) .ant-btn-dangerous';
const suffix = Date.now().toString(36).toUpperCase().slice(-4);
const unitCode = `ST-TPE-CS-QA${suffix}`;
const unitName = `品質回訪組${suffix}`;
const positionCode = `P-QA-${suffix}`;
const positionTitle = `回訪專員${suffix}`;
const employeeNo = `E2E-T${suffix}`;

let api: Api;
let browser: Browser;
let gql: APIRequestContext;
let token = '';

/** Test data the UI flow starts from, made through the API so each test stays about one screen. */
async function call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

let csUnitId = '';
let employee = { id: '', name: '' };
let deputy = { id: '', name: '' };

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  gql = await request.newContext({ baseURL: api.url });
  const login = await call<{ login: { accessToken: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email: 'admin@stationhub.example', password: PASSWORD } },
  );
  token = login.login.accessToken;
  const chart = await call<{ orgChart: { nodes: { id: string; code: string }[] } }>('{ orgChart { nodes { id code } } }');
  csUnitId = chart.orgChart.nodes.find((n) => n.code === 'ST-TPE-CS')!.id;
  const { positions } = await call<{ positions: { id: string; code: string }[] }>('query($u: ID) { positions(unitId: $u) { id code } }', { u: csUnitId });
  const agent = positions.find((p) => p.code === 'P-ST-TPE-CS-AGENT')!;
  const created = await call<{ createEmployee: { id: string; name: string } }>(
    'mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id name } }',
    { input: { name: `調動測試${suffix}`, employeeNo, unitId: csUnitId, positionId: agent.id, hireDate: '2026-01-05' } },
  );
  employee = created.createEmployee;
  const colleagues = await call<{ employees: { nodes: { id: string; name: string }[] } }>(
    'query($u: ID) { employees(unitId: $u, status: [ACTIVE], first: 5) { nodes { id name } } }',
    { u: csUnitId },
  );
  deputy = colleagues.employees.nodes.find((e) => e.id !== employee.id)!;
});

afterAll(async () => {
  await gql?.dispose();
  await browser?.close();
  await api?.stop();
});

describe('org management as the system administrator', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await newContext(browser, api.url);
    page = await context.newPage();
    await signIn(page, 'admin@stationhub.example');
  });
  afterAll(async () => context?.close());

  async function submitModal() {
    await page.locator(`${openModal} .ant-modal-footer .ant-btn-primary`).click();
  }

  async function cancelModal() {
    await page.locator(`${openModal} .ant-modal-footer .ant-btn:not(.ant-btn-primary)`).click();
    await page.locator(openModal).waitFor({ state: 'detached' });
  }

  it('creates a sub-unit under 客戶服務部 and shows it in the tree', async () => {
    await page.goto(`/org?unit=${csUnitId}`);
    await expect.poll(() => page.getByTestId('unit-title').textContent()).toBe('客戶服務部');
    await page.getByTestId('unit-new').click();
    await page.locator('#orgUnit_code').waitFor();
    await page.locator('#orgUnit_code').fill(unitCode);
    await page.locator('#orgUnit_name').fill(unitName);
    await page.locator('#orgUnit_nameEn').fill('Callback Team');
    await pickOption(page, '#orgUnit_function', '客戶服務');
    expect(await seriousViolations(page, openModal)).toEqual([]);
    await screenshot(page, '10-unit-form');
    await submitModal();
    await page.locator('.ant-message').getByText('單位已建立').waitFor();
    await page.locator('[role="tree"]').getByTestId(`unit-${unitCode}`).waitFor();
    await expect.poll(() => page.getByTestId('unit-title').textContent()).toBe(unitName);
    await screenshot(page, '11-unit-created');
  });

  it('shows the server refusing to move a unit under its own child', async () => {
    await page.goto(`/org?unit=${csUnitId}`);
    await page.getByTestId('unit-move').click();
    await pickTreeOption(page, '#moveUnit_newParentId', unitName);
    await submitModal();
    const help = page.locator('#moveUnit_newParentId_help');
    await help.waitFor();
    expect(await help.textContent()).toBe('不能把單位移到它自己或它的下級單位之下');
    expect(await seriousViolations(page, openModal)).toEqual([]);
    await screenshot(page, '12-move-cycle');
    await cancelModal();
  });

  it('shows why a unit with staff cannot be archived', async () => {
    await page.getByTestId('unit-archive').click();
    await page.locator(confirmButton).click();
    await page.locator('.ant-message-error').getByText(/^單位\(含下級單位\)仍有 \d+ 名在職員工,請先調動或辦理離職。$/).waitFor();
  });

  it('creates a position with its job description in the new unit', async () => {
    await page.goto('/positions');
    await page.getByTestId('new-position').click();
    await page.locator('#position_code').waitFor();
    await page.locator('#position_code').fill(positionCode);
    await page.locator('#position_title').fill(positionTitle);
    await pickTreeOption(page, '#position_unitId', unitName);
    await page.locator('#position_superiorId').click();
    await page.locator('#position_superiorId').fill('客服經理');
    // The options are searched on the server: wait for the match, not whatever was listed first.
    await page.locator(`${visibleDropdown} .ant-select-item-option`, { hasText: '客服經理' }).first().click();
    await expect.poll(() => page.locator('.ant-select', { has: page.locator('#position_superiorId') }).innerText()).toContain('客服經理');
    await page.locator('#position_plannedHeadcount').fill('2');
    await page.locator('#position_summary').fill('負責投訴處理完畢後的客戶回訪與滿意度記錄。');
    await page.getByTestId('duty-add').click();
    await page.getByTestId('duty-0').fill('投訴處理完畢後回訪客戶,確認滿意度。');
    await page.getByTestId('duty-add').click();
    await page.getByTestId('duty-1').fill('將回訪結果記錄在客戶檔案中。');
    expect(await seriousViolations(page, openModal)).toEqual([]);
    await screenshot(page, '13-position-form');
    await submitModal();
    await page.locator('.ant-message').getByText('崗位已建立').waitFor();
    const row = page.locator('.ant-table-row', { hasText: positionTitle });
    await row.waitFor();
    expect(await row.textContent()).toContain(unitName);
    expect(await row.textContent()).toContain('客服經理');
  });

  it('transfers the employee to the new unit and position', async () => {
    await page.goto(`/employees/${employee.id}`);
    await page.getByTestId('employee-transfer').click();
    await pickTreeOption(page, '#transfer_unitId', unitName);
    await pickOption(page, '#transfer_positionId', positionTitle);
    expect(await seriousViolations(page, openModal)).toEqual([]);
    await submitModal();
    await page.locator('.ant-message').getByText('已完成調動').waitFor();
    await expect.poll(() => page.getByTestId('employee-unit').textContent()).toContain(unitName);
    expect(await page.getByTestId('employee-position').textContent()).toBe(positionTitle);
  });

  async function fillAbsence(from: string, to: string) {
    await page.getByTestId('employee-absence').click();
    await page.locator('#absence_deputyId').click();
    await page.locator('#absence_deputyId').fill(deputy.name);
    await page.locator(`${visibleDropdown} .ant-select-item-option`, { hasText: deputy.name }).first().click();
    await page.locator('#absence_period').click();
    await page.locator('#absence_period').fill(from);
    await page.locator('#absence_period').press('Enter');
    const end = page.locator(`${openModal} .ant-picker-range input`).nth(1);
    await end.fill(to);
    await end.press('Enter');
    await page.locator('#absence_reason').fill('年假');
  }

  it('records an absence with a deputy and lists who acts for whom (R-ORG-4)', async () => {
    await fillAbsence('2027-01-04 09:00', '2027-01-08 18:00');
    expect(await seriousViolations(page, openModal)).toEqual([]);
    await screenshot(page, '14-absence-form');
    await submitModal();
    await page.locator('.ant-message').getByText('請假已登記').waitFor();
    await page.locator(openModal).waitFor({ state: 'detached' });
    const row = page.getByTestId('absences').locator('.ant-table-row').first();
    await row.waitFor();
    expect(await row.textContent()).toContain(`${deputy.name} 代行 ${employee.name} 職責`);
    expect(await row.textContent()).toContain('2027-01-04 09:00');
    await screenshot(page, '15-employee-after');
  });

  it('shows the conflict for an overlapping absence', async () => {
    await fillAbsence('2027-01-06 09:00', '2027-01-07 18:00');
    await submitModal();
    const alert = page.locator(`${openModal} [data-testid="form-error"]`);
    await alert.waitFor();
    expect(await alert.textContent()).toBe('此員工在這段期間已有請假紀錄。');
    await cancelModal();
  });

  it('shows on the deputy\'s page whom they act for, and when (R-ORG-4)', async () => {
    await page.goto(`/employees/${deputy.id}`);
    const actingFor = page.getByTestId('deputy-for');
    await actingFor.waitFor();
    expect(await actingFor.locator('.ant-table-row').first().textContent()).toContain(
      `代行 ${employee.name} (${employeeNo}) 職責,2027-01-04 09:00 至 2027-01-08 18:00`,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, '18-deputy-for');
  });

  it('withdraws the upcoming absence, and the deputy no longer acts', async () => {
    await page.goto(`/employees/${employee.id}`);
    const absences = page.getByTestId('absences');
    await absences.locator('.ant-table-row').first().waitFor();
    await absences.locator('[data-testid^="absence-cancel-"]').first().click();
    await page.locator(confirmButton).click();
    await page.locator('.ant-message').getByText('請假已撤銷').waitFor();
    await expect.poll(() => absences.locator('.ant-table-row').count()).toBe(0);
    await page.goto(`/employees/${deputy.id}`);
    await page.getByTestId('employee-position').waitFor();
    expect(await page.getByTestId('deputy-for').count()).toBe(0);
  });

  it('shows the server message for a too short password', async () => {
    await page.goto('/users');
    await page.getByTestId('user-password-tech@stationhub.example').click();
    await page.locator('#setPassword_password').fill('short');
    await page.locator('#setPassword_passwordConfirm').fill('short');
    expect(await seriousViolations(page, openModal)).toEqual([]);
    await submitModal();
    const help = page.locator('#setPassword_password_help');
    await help.waitFor();
    expect(await help.textContent()).toBe('至少須有 10 個字元');
    await cancelModal();
  });

  it('lets the signed-in user change their password from the user menu', async () => {
    await page.getByTestId('user-menu').hover();
    await page.locator('.ant-dropdown-menu-item', { hasText: '變更我的密碼' }).click();
    await page.locator('#changePassword_currentPassword').waitFor();
    await page.locator('#changePassword_currentPassword').fill('not-my-password');
    await page.locator('#changePassword_newPassword').fill('Another-2026-pass');
    await page.locator('#changePassword_newPasswordConfirm').fill('Another-2026-pass');
    expect(await seriousViolations(page, openModal)).toEqual([]);
    await submitModal();
    const help = page.locator('#changePassword_currentPassword_help');
    await help.waitFor();
    expect(await help.textContent()).toBe('不是您目前的密碼');
    await screenshot(page, '16-change-password');
    await cancelModal();
  });

  it('opens GraphiQL with the console session', async () => {
    await page.goto('/graphql');
    await page.locator('.graphiql-query-editor').getByText('permissions').waitFor();
    await expect
      .poll(
        async () => {
          // The button does nothing until the editor has finished loading its default query.
          const response = await page.locator('.graphiql-response').textContent();
          if (!response?.includes('"data"')) await page.locator('.graphiql-execute-button').click();
          return response;
        },
        { timeout: 10_000 },
      )
      .toContain('ManageOrgUnit');
    expect(await page.getByTestId('graphiql-anonymous').count()).toBe(0);
    await screenshot(page, '17-graphiql-signed-in');
  });
});

describe('errors in the reader\'s language, as an administrator reading Simplified Chinese', () => {
  let context: BrowserContext;
  let page: Page;
  let spare = { id: '', code: `P-QA-${suffix}-S` };

  beforeAll(async () => {
    // The position the first suite created is held now; a second one nobody holds can go.
    const chart = await call<{ orgChart: { nodes: { id: string; code: string }[] } }>('{ orgChart { nodes { id code } } }');
    const unitId = chart.orgChart.nodes.find((n) => n.code === unitCode)!.id;
    const created = await call<{ createPosition: { id: string } }>('mutation($input: CreatePositionInput!) { createPosition(input: $input) { id } }', {
      input: { code: spare.code, title: `備援專員${suffix}`, unitId, plannedHeadcount: 1 },
    });
    spare = { ...spare, id: created.createPosition.id };
    context = await newContext(browser, api.url);
    await context.addInitScript(() => window.localStorage.setItem('stationhub.locale', 'zh-Hans'));
    page = await context.newPage();
    await signIn(page, 'admin@stationhub.example');
  });
  afterAll(async () => context?.close());

  it('shows a duplicate email under the field, in Simplified Chinese', async () => {
    await page.goto(`/employees/${employee.id}`);
    await page.getByTestId('employee-edit').click();
    await page.locator('#employee_email').waitFor();
    await page.locator('#employee_email').fill('e0001@stationhub.example');
    await page.locator(`${openModal} .ant-modal-footer .ant-btn-primary`).click();
    const help = page.locator('#employee_email_help');
    await help.waitFor();
    expect(await help.textContent()).toBe('此电子邮箱已被其他员工使用');
    await screenshot(page, '19-duplicate-email-zh-hans');
    await page.locator(`${openModal} .ant-modal-footer .ant-btn:not(.ant-btn-primary)`).click();
  });

  async function showUnitPositions() {
    await page.goto('/positions');
    await pickTreeOption(page, 'input[aria-label="单位"]', unitName);
    await page.getByTestId(`archive-position-${positionCode}`).waitFor();
  }

  it('refuses to archive a held position, saying so in Simplified Chinese', async () => {
    await showUnitPositions();
    await page.getByTestId(`archive-position-${positionCode}`).click();
    await page.locator(confirmButton).click();
    await page.locator('.ant-message-error').getByText('岗位仍有 1 名在岗人员,请先调动或办理离职。').waitFor();
    await page.locator(confirmButton).waitFor({ state: 'hidden' });
    await screenshot(page, '20-archive-held-position');
    expect(await page.getByTestId(`archive-position-${positionCode}`).count()).toBe(1);
  });

  it('re-codes a position nobody holds, then archives it', async () => {
    const recoded = `${spare.code}2`;
    await page.getByTestId(`edit-position-${spare.code}`).click();
    await page.locator('#position_code').waitFor();
    await expect.poll(() => page.locator('#position_code').inputValue()).toBe(spare.code);
    await page.locator('#position_code').fill(recoded);
    await page.locator(`${openModal} .ant-modal-footer .ant-btn-primary`).click();
    await page.getByTestId(`archive-position-${recoded}`).click();
    await page.locator(confirmButton).click();
    await page.locator('.ant-message').getByText('岗位已归档').waitFor();
    await expect.poll(() => page.getByTestId(`archive-position-${recoded}`).count()).toBe(0);
  });
});
