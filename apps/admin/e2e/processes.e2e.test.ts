import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, pickFirstOption, pickTreeOption, screenshot, seriousViolations, signIn, startApi, visibleDropdown, type Api } from './harness';

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

async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, api.url);
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Opens the document from the inbox, as an approver would. */
async function openFromInbox(page: Page, number: string): Promise<void> {
  await page.goto('/inbox');
  const row = page.locator('[data-testid="inbox-table"] .ant-table-row', { hasText: number });
  await row.waitFor();
  await row.getByTestId('task-link').click();
  await page.waitForURL('**/documents/*');
  await expect.poll(() => page.getByTestId('document-number').textContent()).toBe(number);
}

async function decide(page: Page, button: 'approve' | 'reject', comment: string): Promise<void> {
  await page.getByTestId(button).click();
  await page.locator('#decision_comment').fill(comment);
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await page.locator('.ant-modal').waitFor({ state: 'hidden' });
}

describe('an expense claim from filing to rejection (R-FLOW-3)', () => {
  const tail = String(Date.now()).slice(-6);
  const place = `台北市中山區 ${tail}`;
  const reason = '發票抬頭錯誤,請重開後再送';
  let number = '';
  let documentPath = '';

  it('the agent files a claim with an invoice, previewing who will approve it', async () => {
    const { context, page } = await signedIn('agent@stationhub.example');
    try {
      await page.goto('/documents/new');
      await page.getByTestId('pick-kind').click();
      await page.locator(visibleDropdown).getByText('費用報銷').click();
      await page.waitForURL('**/documents/new?kind=EXPENSE_CLAIM');

      await page.locator('#document_date').click();
      await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden) .ant-picker-cell-today').click();
      await page.locator('#document_place').fill(place);
      await page.locator('#document_reason').fill('客戶拜訪交通費');
      await page.locator('#document_amount').fill('1,280.5');
      await page.locator('#document_category').click();
      await page.locator(visibleDropdown).getByText('差旅', { exact: true }).click();
      await page.locator('input[type="file"]').setInputFiles({ name: '發票.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 invoice') });

      await page.getByTestId('preview-approvers').click();
      await page.getByTestId('preview-approver').first().waitFor();
      expect(await page.getByTestId('preview-approver').count()).toBeGreaterThanOrEqual(2);
      await screenshot(page, 'flow-01-new-claim');
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByTestId('submit-document').click();
      await page.waitForURL((u) => /^\/documents\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'));
      await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('審批中');
      number = (await page.getByTestId('document-number').textContent()) ?? '';
      expect(number).toMatch(/^EXP-\d{4}-\d{6}$/);
      documentPath = new URL(page.url()).pathname;
      expect(await page.getByTestId('document-fields').textContent()).toContain('1,280.50');
      expect(await page.getByTestId('attachments').textContent()).toContain('發票.pdf');
      expect(await page.getByTestId('history-SUBMITTED').count()).toBe(1);
      // The applicant may withdraw but never decide their own claim.
      expect(await page.getByTestId('approve').count()).toBe(0);
      expect(await page.getByTestId('withdraw').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('the department head finds it in the inbox and approves it', async () => {
    const { context, page } = await signedIn('cs.head@stationhub.example');
    try {
      await page.goto('/inbox');
      await page.locator('[data-testid="inbox-table"] .ant-table-row', { hasText: number }).waitFor();
      expect(await page.getByTestId('tab-EXPENSE_CLAIM').textContent()).toMatch(/費用報銷 \(\d+\)/);
      await screenshot(page, 'flow-02-inbox');
      expect(await seriousViolations(page)).toEqual([]);

      await openFromInbox(page, number);
      await page.getByTestId('approve').waitFor();
      await screenshot(page, 'flow-03-document-to-approve');
      expect(await seriousViolations(page)).toEqual([]);

      await decide(page, 'approve', '同意,請財務審核');
      await expect.poll(() => page.getByTestId('step-0').textContent()).toContain('決行');
      expect(await page.getByTestId('approve').count()).toBe(0);
      expect(await page.getByTestId('document-history').textContent()).toContain('同意,請財務審核');
    } finally {
      await context.close();
    }
  });

  it('finance rejects it with a reason', async () => {
    const { context, page } = await signedIn('finance@stationhub.example');
    try {
      await openFromInbox(page, number);
      await page.getByTestId('reject').click();
      // A rejection without a reason is stopped before it reaches the server.
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.locator('#decision_comment_help').waitFor();
      await page.locator('#decision_comment').fill(reason);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.locator('.ant-modal').waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('document-status').textContent()).toBe('已駁回');
    } finally {
      await context.close();
    }
  });

  it('the agent opens the claim from their list and reads why it was rejected', async () => {
    const { context, page } = await signedIn('agent@stationhub.example');
    try {
      await page.goto('/documents');
      const link = page.getByTestId('document-link').filter({ hasText: number });
      await link.waitFor();
      await link.click();
      await page.waitForURL(`**${documentPath}`);
      await expect.poll(() => page.getByTestId('decision-reason').textContent()).toContain(reason);
      expect(await page.getByTestId('document-status').textContent()).toBe('已駁回');
      expect(await page.getByTestId('history-REJECTED').textContent()).toContain(reason);
      await screenshot(page, 'flow-04-rejected');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('notifications', () => {
  it('rings the applicant’s bell for the rejection and opens the document from it', async () => {
    const { context, page } = await signedIn('agent@stationhub.example');
    try {
      const bell = page.getByTestId('notification-bell');
      await expect.poll(async () => Number((await bell.getAttribute('aria-label'))?.replace(/\D/g, ''))).toBeGreaterThan(0);
      await bell.click();
      const item = page.getByTestId('notification-list').getByRole('button', { name: /申請被駁回/ }).first();
      await item.waitFor();
      await item.click();
      await page.waitForURL('**/documents/*');
      await page.getByTestId('decision-reason').waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('process definitions are versioned (R-FLOW-1)', () => {
  it('the administrator publishes a new version of the expense claim and keeps the old one readable', async () => {
    const { context, page } = await signedIn('admin@stationhub.example');
    try {
      await page.goto('/process-definitions');
      await page.getByTestId('definition-EXPENSE_CLAIM').click();
      await page.waitForURL('**/process-definitions/EXPENSE_CLAIM');
      await page.getByTestId('edit-definition').click();
      await page.getByTestId('step-card-0').waitFor();
      await page.locator('#definition_note').fill('財務時限縮短');
      await page.locator('#definition_steps_1_timeLimitHours').fill('24');
      await screenshot(page, 'flow-05-definition-editor');
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByTestId('publish-definition').click();
      await page.locator('.ant-popconfirm .ant-btn-primary').click();
      await page.getByTestId('definition-version-2').waitFor();
      await page.locator('.ant-collapse-header', { hasText: '第 1 版' }).click();
      await page.getByTestId('definition-version-1').waitFor();
      expect(await page.getByTestId('definition-version-2').textContent()).toContain('24 小時');
    } finally {
      await context.close();
    }
  });
});

describe('budgets (R-FLOW-3)', () => {
  it('the station manager reads how far each budget is used, sets a new one and changes it', async () => {
    const { context, page } = await signedIn('manager@stationhub.example');
    try {
      await page.goto('/budgets');
      const travel = page.locator('.ant-table-row', { hasText: '差旅' }).first();
      await travel.waitFor();
      expect(await travel.textContent()).toContain('30,000.00');
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByTestId('new-budget').click();
      await page.locator('#budget_unitId').waitFor();
      await pickTreeOption(page, '#budget_unitId', '技術支持部', '台北中山服務站 / 技術支持部');
      await pickFirstOption(page, '#budget_category');
      await page.locator('#budget_amount').fill('12000');
      expect(await seriousViolations(page, '.ant-modal')).toEqual([]);
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.locator('.ant-modal').first().waitFor({ state: 'hidden' });
      const row = page.locator('.ant-table-row', { hasText: '技術支持部' }).first();
      await row.waitFor();
      expect(await row.textContent()).toContain('12,000.00');
      await screenshot(page, '40-budgets');

      await row.locator('[data-testid^="budget-edit-ST-TPE-TS-"]').click();
      await page.locator('#budget_amount').fill('15000');
      await page.locator('.ant-modal-footer .ant-btn-primary').click();
      await page.locator('.ant-modal').first().waitFor({ state: 'hidden' });
      await expect.poll(() => row.textContent()).toContain('15,000.00');
    } finally {
      await context.close();
    }
  }, 120_000);
});
