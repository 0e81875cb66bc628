import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, pickFirstOption, pickTreeOption, screenshot, seriousViolations, signIn, startApi, type Api } from './harness';

let api: Api;
let browser: Browser;

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('as the system administrator', () => {
  let context: BrowserContext;
  let page: Page;
  const employeeNo = `E2E-${Date.now().toString(36).toUpperCase()}`;
  const employeeName = `測試員工${employeeNo.slice(-4)}`;

  beforeAll(async () => {
    context = await newContext(browser, api.url);
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('shows the login page in Traditional Chinese, without serious accessibility problems', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    await page.locator('#login_email').waitFor();
    await screenshot(page, '01-login');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a wrong password in the reader\'s language', async () => {
    await page.locator('#login_email').fill('admin@stationhub.example');
    await page.locator('#login_password').fill('wrong-password');
    await page.locator('form#login button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('電子郵件或密碼不正確');
  });

  it('signs in and opens the org chart with the company and its headcount', async () => {
    await signIn(page, 'admin@stationhub.example');
    await page.goto('/org');
    const title = page.getByTestId('unit-title');
    await title.waitFor();
    expect((await title.textContent())?.length).toBeGreaterThan(0);
    const headcount = await page.locator('.ant-statistic').first().locator('.ant-statistic-content-value').textContent();
    expect(Number(headcount?.replace(/[^\d]/g, ''))).toBeGreaterThan(0);
    await page.locator('[role="tree"]').getByText('台北中山服務站').first().waitFor();
    await screenshot(page, '02-org-chart');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lists employees with server-side paging', async () => {
    await page.goto('/employees');
    await page.locator('.ant-table-row').first().waitFor();
    expect(await page.locator('.ant-pagination').first().isVisible()).toBe(true);
    await screenshot(page, '03-employees');
    expect(await seriousViolations(page)).toEqual([]);
  });

  async function openCreateForm() {
    await page.getByTestId('new-employee').click();
    await page.locator('#employee_name').waitFor();
    await page.locator('#employee_name').fill(employeeName);
    await page.locator('#employee_employeeNo').fill(employeeNo);
    await pickTreeOption(page, '#employee_unitId', '客戶服務部', '台北中山服務站 / 客戶服務部');
    await pickFirstOption(page, '#employee_positionId');
  }

  it('shows the server per-field error under the email field, translated', async () => {
    await openCreateForm();
    await page.locator('#employee_email').fill('not-an-email');
    expect(await seriousViolations(page, '.ant-modal')).toEqual([]);
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('createEmployee'));
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await answered;
    const help = page.locator('#employee_email_help');
    await help.waitFor();
    expect(await help.textContent()).toBe('不是有效的電子郵件地址');
    await screenshot(page, '04-employee-form-error');
  });

  it('creates the employee and finds it in the table', async () => {
    await page.locator('#employee_email').fill(`${employeeNo.toLowerCase()}@example.com`);
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.locator('.ant-modal').first().waitFor({ state: 'hidden' });
    await page.locator('input#keyword').fill(employeeNo);
    await page.locator('input#keyword').press('Enter');
    const row = page.locator('.ant-table-row', { hasText: employeeNo });
    await row.waitFor();
    expect(await row.textContent()).toContain(employeeName);
    expect(await row.textContent()).toContain('客戶服務部');
    await screenshot(page, '05-employee-created');
  });

  it('switches to English and Simplified Chinese', async () => {
    await page.getByTestId('language-switch').click();
    await page.locator('.ant-dropdown-menu-item', { hasText: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.locator('.ant-menu').getByText('Employees', { exact: true }).waitFor();
    await screenshot(page, '06-english');

    await page.getByTestId('language-switch').click();
    await page.locator('.ant-dropdown-menu-item', { hasText: '简体中文' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.locator('.ant-menu').getByText('员工', { exact: true }).waitFor();

    // The choice survives a reload, and the session is restored from the refresh cookie.
    await page.reload();
    await page.locator('.ant-menu').getByText('员工', { exact: true }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
  });

  it('shows every admin menu entry', async () => {
    const menu = await page.locator('.ant-menu').first().innerText();
    for (const label of ['组织架构', '员工', '岗位', '角色与权限', '用户', 'API 密钥', '审计日志']) expect(menu).toContain(label);
  });
});

describe('as a technician without administrative rights', () => {
  it('does not see admin-only menu entries', async () => {
    const context = await newContext(browser, api.url);
    const page = await context.newPage();
    try {
      await signIn(page, 'tech@stationhub.example');
      await page.locator('.ant-pro-layout').waitFor();
      await page.locator('.ant-menu').first().waitFor();
      const menu = await page.locator('.ant-menu').first().innerText();
      for (const label of ['角色與權限', '使用者', 'API 金鑰', '稽核紀錄']) expect(menu).not.toContain(label);
      await screenshot(page, '07-technician');
      await page.goto('/audit');
      await page.getByText('403').first().waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('GraphiQL', () => {
  it('loads offline under the server CSP', async () => {
    const context = await newContext(browser, api.url);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('requestfailed', (r) => problems.push(`${r.url()} ${r.failure()?.errorText}`));
    try {
      await page.goto('/graphql');
      await page.locator('.graphiql-container').waitFor();
      await page.getByTestId('graphiql-anonymous').waitFor();
      await screenshot(page, '08-graphiql');
      expect(problems.filter((p) => /Content Security Policy|ERR_/.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
