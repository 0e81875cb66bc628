import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Browser, Page } from 'playwright-core';
import { answered as answeredOn, launchBrowser, pickOption, screenshot, seriousViolations, signedInContext, startApi, type Api } from './harness';

/*
 * The service desk's reports and settings in the console. The station manager reads the
 * figures for the management review from the demo's year of history: monthly repair counts
 * and the annual complaint analysis (R-SVC-9), SLA attainment by month and by agent and each
 * agent's figures (R-SVC-10). Then they change their station's business calendar (R-SVC-10):
 * a holiday and a Saturday afternoon are saved and still there after a reload, and an
 * overlapping interval is refused by the API, whose issue stands under that interval.
 */

let api: Api;
let browser: Browser;
let context: BrowserContext;
let page: Page;

// The API and a browser on a machine shared with other suites: a step can take a while.
const SLOW = { timeout: 120_000 };

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  ({ context, page } = await signedInContext(browser, api.url, 'manager@stationhub.example'));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
});

const answered = (operation: string, on: Page = page) => answeredOn(on, operation);

const numberIn = (text: string) => Number(text.replace(/[^\d.]/g, ''));

describe('the station manager reads the service reports', SLOW, () => {
  it('sees the monthly repair counts with the year’s totals (R-SVC-9)', async () => {
    const loaded = answered('ServiceYearReport');
    await page.goto('/service-reports');
    await loaded;
    const chart = page.getByTestId('repair-chart').locator('svg[role="img"]');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/每月收件與交還件數/);
    const rows = page.getByTestId('repair-table').locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(13);
    const total = rows.last();
    expect(await total.locator('td').first().innerText()).toBe('全年合計');
    const cells = (await total.locator('td').allInnerTexts()).slice(1).map(numberIn);
    // Taken in, then received repairs; delivered last: a year of history has all of them.
    expect(cells[0]).toBeGreaterThan(0);
    expect(cells[1]).toBeGreaterThan(0);
    expect(cells.at(-1)).toBeGreaterThan(0);

    // The table as a CSV file Excel opens in Chinese: UTF-8 with a byte-order mark.
    const download = page.waitForEvent('download');
    await page.getByTestId('repair-table').getByRole('button', { name: /匯出 CSV/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`維修月報-${new Date().getFullYear()}.csv`);
    const bytes = readFileSync((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('月份,收件合計,維修收件,保固內,保固外(收費),退貨收件,三個月內品質退貨,特案核准退貨,修畢交還客戶');
    expect(lines).toHaveLength(14);
    expect(lines.at(-1)).toBe(['全年合計', ...cells].join(','));
    await screenshot(page, 'sr-01-repairs');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sees the annual complaint analysis, each breakdown as bars and a table (R-SVC-9)', async () => {
    await page.getByRole('tab', { name: '投訴年度分析' }).click();
    const totals = page.getByTestId('complaint-totals');
    await totals.waitFor();
    const [total, substantiated] = (await totals.locator('.ant-statistic-content-value').allInnerTexts()).map(numberIn);
    expect(total).toBeGreaterThan(0);
    expect(substantiated).toBeGreaterThan(0);
    expect(substantiated).toBeLessThanOrEqual(total!);
    for (const part of ['byMonth', 'byRootCause', 'byProduct', 'byResponsibleUnit', 'byTriage']) {
      const card = page.getByTestId(`complaint-${part}`);
      expect(await card.locator('svg[role="img"]').count(), part).toBe(1);
      expect(await card.locator('tbody tr.ant-table-row').count(), part).toBeGreaterThan(0);
    }
    // Root causes come from quality control's findings, most frequent first.
    const causes = page.getByTestId('complaint-byRootCause').locator('tbody tr.ant-table-row');
    const counts = (await causes.locator('td:nth-child(2)').allInnerTexts()).map(numberIn);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await screenshot(page, 'sr-02-complaints');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches SLA attainment from months to agents, beside each agent’s figures (R-SVC-10)', async () => {
    const byMonth = answered('SlaAttainment');
    const agents = answered('AgentServiceStats');
    await page.getByRole('tab', { name: '服務時限與人員' }).click();
    await Promise.all([byMonth, agents]);
    await page.locator('[data-testid="sla-chart"][data-group="MONTH"] svg[role="img"]').waitFor();
    const rates = (await page.getByTestId('sla-table').locator('tbody tr.ant-table-row td:last-child').allInnerTexts()).filter((r) => r.endsWith('%'));
    expect(rates.length).toBeGreaterThan(0);

    const byAgent = answered('SlaAttainment');
    await page.getByTestId('sla-group').getByText('按承辦人').click();
    await byAgent;
    await page.locator('[data-testid="sla-chart"][data-group="AGENT"] svg[role="img"]').waitFor();
    const table = page.getByTestId('sla-table');
    expect(await table.locator('thead th').first().innerText()).toBe('承辦人');
    await expect.poll(() => table.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('agent-table').locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await screenshot(page, 'sr-03-sla-by-agent');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the station manager sets the station’s business calendar (R-SVC-10)', SLOW, () => {
  const holiday = `${new Date().getFullYear() + 1}-01-04`;
  const selected = (input: string) => page.locator('.ant-select', { has: page.locator(input) }).innerText();

  it('adds a holiday and a Saturday afternoon, saves, and finds both after a reload', async () => {
    await page.goto('/service-settings');
    await page.getByTestId('hours-day-6').waitFor();
    await page.getByTestId('add-interval-6').click();
    await pickOption(page, '#hours_6_1_from', '13:00', '13:00');
    await pickOption(page, '#hours_6_1_to', '17:00', '17:00');
    await page.locator('#holidays_new').click();
    await page.locator('#holidays_new').fill(holiday);
    await page.locator('#holidays_new').press('Enter');
    await page.getByTestId(`holiday-${holiday}`).waitFor();

    const saved = answered('SetServiceCalendar');
    await page.getByTestId('save-calendar').click();
    expect((await (await saved).json()).errors).toBeUndefined();
    await page.locator('.ant-message').getByText('已儲存').waitFor();

    const reloaded = answered('ServiceCalendars');
    await page.reload();
    await reloaded;
    await page.getByTestId(`holiday-${holiday}`).waitFor();
    expect(await selected('#hours_6_1_from')).toBe('13:00');
    expect(await selected('#hours_6_1_to')).toBe('17:00');
    await screenshot(page, 'sr-04-calendar-saved');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the API’s issue under the interval it names, and nothing is saved', async () => {
    // Wednesday's second interval moved to start at 11:00, inside the morning's 09:00–12:00.
    await pickOption(page, '#hours_3_1_from', '11:00', '11:00');
    const refused = answered('SetServiceCalendar');
    await page.getByTestId('save-calendar').click();
    const body = (await (await refused).json()) as { errors?: { extensions: { code: string; issues: { field: string; code: string }[] } }[] };
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'week[3][1]', code: 'overlap' }] });
    const error = page.getByTestId('interval-3-1').getByTestId('interval-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('與前一個時段重疊');
    await screenshot(page, 'sr-05-calendar-refused');
    expect(await seriousViolations(page)).toEqual([]);

    const reloaded = answered('ServiceCalendars');
    await page.reload();
    await reloaded;
    await page.getByTestId('hours-day-3').waitFor();
    expect(await selected('#hours_3_1_from')).toBe('13:00');
    await page.getByTestId(`holiday-${holiday}`).waitFor();
  });
});

describe('the system administrator changes the company-wide SLA targets (R-SVC-10)', SLOW, () => {
  let admin: { context: BrowserContext; page: Page };
  const openModal = '.ant-modal-wrap:not([style*="display: none"]) .ant-modal';

  beforeAll(async () => {
    admin = await signedInContext(browser, api.url, 'admin@stationhub.example');
  });
  afterAll(async () => {
    await admin?.context.close();
  });

  it('adds a target for priority customers in hours and minutes, then deletes it', async () => {
    const p = admin.page;
    const listed = answered('SlaPolicies', p);
    await p.goto('/service-settings');
    await listed;
    const policies = p.getByTestId('sla-policies');
    await policies.locator('tbody tr.ant-table-row').first().waitFor();
    await p.getByTestId('new-sla-policy').click();
    await p.locator('#slaPolicy_minPriority').fill('7');
    await p.locator('#slaPolicy_firstResponseMinutes').fill('0');
    await p.locator('#slaPolicy_firstResponseMinutes_minutes').fill('20');
    await p.locator('#slaPolicy_resolutionMinutes').fill('0');
    await p.locator('#slaPolicy_resolutionMinutes_minutes').fill('10');
    const modal = p.locator(openModal);
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    await modal.getByText('首次回覆不能晚於解決期限').waitFor();
    expect(await seriousViolations(p, openModal)).toEqual([]);

    await p.locator('#slaPolicy_resolutionMinutes').fill('8');
    const saved = answered('UpsertSlaPolicy', p);
    await modal.locator('.ant-modal-footer .ant-btn-primary').click();
    expect((await (await saved).json()).errors).toBeUndefined();
    const row = policies.locator('tbody tr.ant-table-row', { hasText: '≥ 7' });
    await row.waitFor();
    expect(await row.locator('td').allInnerTexts()).toEqual(['咨詢', '中', '≥ 7', '20 分鐘', '4 小時', '8 小時 10 分', expect.stringContaining('刪除')]);
    await screenshot(p, 'sr-06-sla-targets');

    await row.getByRole('button', { name: '刪除' }).click();
    const deleted = answered('DeleteSlaPolicy', p);
    await p.locator('.ant-popover:not(.ant-popover-hidden) .ant-btn-primary').click();
    expect((await (await deleted).json()).errors).toBeUndefined();
    await row.waitFor({ state: 'detached' });
  });
});
