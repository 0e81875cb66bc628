import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, pickTreeOption, screenshot, seriousViolations, signIn, startApi, type Api } from './harness';

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

async function session(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, api.url);
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

describe('marketing edits the membership tiers', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => ({ context, page } = await session('marketing@stationhub.example')));
  afterAll(async () => context?.close());

  it('opens the tier editor with the rules in force', async () => {
    await page.goto('/loyalty/tiers');
    await page.getByTestId('tier-card-2').waitFor();
    expect(await page.getByTestId('rules-version').textContent()).toMatch(/第 \d+ 版/);
    await screenshot(page, 'crm-01-tier-editor');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('adds DIAMOND above the top tier, previews its impact and publishes it', async () => {
    const before = Number((await page.getByTestId('rules-version').textContent())?.replace(/\D/g, ''));
    expect(await page.getByTestId('publish-tiers').isDisabled()).toBe(true);

    await page.getByTestId('add-tier').click();
    await page.getByTestId('tier-card-3').waitFor();
    await page.locator('#tierRules_tiers_3_code').fill('DIAMOND');
    await page.locator('#tierRules_tiers_3_name').fill('鑽石');
    await page.locator('#tierRules_tiers_3_nameZhHans').fill('钻石');
    await page.locator('#tierRules_tiers_3_nameEn').fill('Diamond');
    await page.locator('#tierRules_tiers_3_minLifetimeSpend').fill('60000');

    await page.getByTestId('preview-tiers').click();
    const impact = page.getByTestId('tier-impact');
    await impact.waitFor();
    expect(await impact.textContent()).toContain('鑽石');
    expect(await impact.locator('.ant-table-row').count()).toBeGreaterThanOrEqual(4);
    await screenshot(page, 'crm-02-tier-impact');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('publish-tiers').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await page.getByTestId('published').waitFor();
    await expect.poll(() => page.getByTestId('rules-version').textContent()).toBe(`第 ${before + 1} 版`);
    expect(await page.getByTestId('tier-card-3').textContent()).toContain('鑽石');
    await screenshot(page, 'crm-03-tier-published');
  });

  it('shows the loyalty dashboard as accessible charts', async () => {
    await page.goto('/loyalty/dashboard');
    for (const chart of ['chart-points', 'chart-tiers', 'chart-retention']) {
      await page.getByTestId(chart).locator('svg[role="img"]').waitFor();
      expect(await page.getByTestId(chart).locator('table caption').count()).toBe(1);
    }
    expect(await page.getByTestId('chart-tiers').locator('tbody').textContent()).toContain('鑽石');
    await screenshot(page, 'crm-09-dashboard');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('exports the customer list as a spreadsheet', async () => {
    await page.goto('/customers');
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByTestId('export-customers').click();
    const download = page.waitForEvent('download');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
  });
});

describe('contact data by right (R-ACL-3)', () => {
  let customerPath = '';

  it('shows the agent a customer with phone and email unmasked', async () => {
    const { context, page } = await session('agent@stationhub.example');
    try {
      await page.goto('/customers');
      await page.locator('.ant-table-row').first().waitFor();
      expect(await page.getByTestId('contact-masked').count()).toBe(0);
      await screenshot(page, 'crm-04-customers');
      expect(await seriousViolations(page)).toEqual([]);

      await page.locator('.ant-table-row').first().locator('a').first().click();
      await page.getByTestId('customer-profile').waitFor();
      customerPath = new URL(page.url()).pathname;
      const values = await page.getByTestId('customer-profile').getByTestId('contact-value').allTextContents();
      expect(values.some((v) => /^\+?\d[\d-]{5,}$/.test(v))).toBe(true);
      expect(values.some((v) => /^[^*]+@[^*]+$/.test(v))).toBe(true);
      expect(await page.getByTestId('edit-customer').isVisible()).toBe(true);
      await page.getByTestId('tier-card').waitFor();
      await screenshot(page, 'crm-05-customer-360');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the technician the same customer masked, with no edit button', async () => {
    const { context, page } = await session('tech@stationhub.example');
    try {
      await page.goto(customerPath);
      await page.getByTestId('customer-profile').waitFor();
      const masked = await page.getByTestId('customer-profile').getByTestId('contact-masked').allTextContents();
      expect(masked.some((v) => v.includes('***'))).toBe(true);
      expect(await page.getByTestId('customer-profile').getByTestId('contact-value').count()).toBe(0);
      expect(await page.getByTestId('edit-customer').count()).toBe(0);
      await screenshot(page, 'crm-06-customer-masked');
    } finally {
      await context.close();
    }
  });
});

describe('importing customer files', () => {
  // The station manager holds ImportCustomers at the station; the demo agent's customer-service
  // role does not (it reads, edits and serves customers, but does not load files).
  let context: BrowserContext;
  let page: Page;
  const tail = String(Date.now()).slice(-6);
  const csv = [
    '姓名,電話,電子郵件,標籤',
    `匯入甲${tail},0987${tail},import-a-${tail}@example.com,匯入測試`,
    `匯入乙${tail},12,import-b-${tail}@example.com,匯入測試`,
    `匯入丙${tail},0986${tail},,匯入測試`,
  ].join('\r\n');

  beforeAll(async () => ({ context, page } = await session('manager@stationhub.example')));
  afterAll(async () => context?.close());

  it('checks a CSV and names the row and column of the bad phone number', async () => {
    await page.goto('/customers');
    await page.getByTestId('import-customers').click();
    await page.waitForURL('**/customers/import');
    await page.locator('input[type="file"]').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await pickTreeOption(page, '#import_defaultStationId', '台北中山服務站');
    await page.getByTestId('check-import').click();

    const issues = page.getByTestId('import-issues');
    await issues.waitFor();
    const issue = issues.locator('.ant-table-row').first();
    const cells = await issue.locator('td').allTextContents();
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('電話');
    expect(cells[2]).toContain('電話號碼');
    expect(await page.getByTestId('import-summary').textContent()).toContain('UTF8');
    expect(await page.getByTestId('run-import').textContent()).toContain('匯入 2 列');
    await screenshot(page, 'crm-07-import-preview');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('imports the good rows and finds them in the list', async () => {
    await page.getByTestId('run-import').click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.textContent()).toBe('新增 2 位、更新 0 位客戶');
    await screenshot(page, 'crm-08-import-done');

    await page.goto('/customers');
    await page.locator('input#keyword').fill(tail);
    await page.locator('input#keyword').press('Enter');
    await expect.poll(() => page.locator('.ant-table-row', { hasText: tail }).count()).toBe(2);
  });
});
