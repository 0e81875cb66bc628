import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, pickFirstOption, screenshot, seriousViolations, signedInContext, startApi, type Api } from './harness';

/*
 * Phone surveys and the forms behind the satisfaction figures (R-SAT-1, R-SAT-3, R-SAT-5).
 * An agent keys in a phone survey for a customer with one 不滿意 answer and a comment: the
 * form is recorded and a complaint opened. The forms list filtered to forms with comments
 * shows the comment; the form's page shows it under its question and links to the complaint.
 */

let api: Api;
let browser: Browser;
let context: BrowserContext;
let page: Page;

// The API and a browser on a machine shared with other suites: a step can take a while.
const SLOW = { timeout: 120_000 };
// Unique per run, so the form is found by its own words among the demo's.
const COMMENT = `電話中說明不清楚,等了很久 ${Date.now() % 100_000}`;
let complaintNumber = '';

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  ({ context, page } = await signedInContext(browser, api.url, 'agent@stationhub.example'));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
});

/** Picks a radio on its visible label (antd hides the input itself). */
async function choose(testId: string): Promise<void> {
  await page.locator('label', { has: page.getByTestId(testId) }).click();
  await expect.poll(() => page.getByTestId(testId).isChecked()).toBe(true);
}

describe('an agent keys in a phone survey and follows it to the complaint', SLOW, () => {
  it('opens the call list and the entry form, accessibly', async () => {
    await page.goto('/survey-calls');
    await page.getByTestId('call-list').waitFor();
    await page.getByTestId('entry-card').waitFor();
    await screenshot(page, 'survey-forms-01-calls');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keys in a phone survey for a customer with a 不滿意 answer and a comment (R-SAT-1, R-SAT-5)', async () => {
    await page.getByTestId('entry-mode').getByText(/其他顧客/).click();
    await pickFirstOption(page, '#surveyEntry_customerId');
    await page.getByTestId('entry-questions').waitFor();
    await choose('q-overall-BASICALLY_SATISFIED');
    await choose('q-service-DISSATISFIED');
    await page.locator('#q-service-comment').fill(COMMENT);
    // The agent is told beforehand that sending opens a complaint.
    await expect.poll(() => page.getByTestId('entry-card').innerText()).toMatch(/投訴/);
    await screenshot(page, 'survey-forms-02-entry');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('entry-submit').click();
    await page.getByTestId('entry-outcome').waitFor();
    expect(await page.getByTestId('entry-complete').getAttribute('data-complete')).toBe('true');
    const link = page.getByTestId('entry-complaint-link');
    await link.waitFor();
    complaintNumber = (await link.innerText()).trim();
    expect(complaintNumber).not.toBe('');
    expect(await page.getByTestId('entry-complaint').innerText()).toContain(complaintNumber);
    await screenshot(page, 'survey-forms-03-outcome');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('finds the form with its comment in the list filtered to forms with comments', async () => {
    await page.goto('/survey-responses?withComments=true');
    await page.getByTestId('filter-tag-withComments').waitFor();
    const row = page.getByTestId('response-table').locator('tr.ant-table-row', { hasText: COMMENT });
    await row.waitFor();
    // The comment reads whole under this filter, beside the complaint it opened.
    expect(await row.getByTestId('response-comment').innerText()).toContain(COMMENT);
    expect(await row.getByTestId('complaint-link').innerText()).toBe(complaintNumber);
    await screenshot(page, 'survey-forms-04-list');
    expect(await seriousViolations(page)).toEqual([]);

    // A tag removes its filter, and the URL follows.
    await page.getByTestId('filter-remove-withComments').click();
    await expect.poll(() => new URL(page.url()).searchParams.has('withComments')).toBe(false);
    await page.goBack();
    await page.getByTestId('filter-tag-withComments').waitFor();
    await page.getByTestId('response-table').locator('tr.ant-table-row', { hasText: COMMENT }).getByTestId('response-link').click();
  });

  it('shows the form with every answer and follows the complaint link to the case', async () => {
    await page.waitForURL(/\/survey-responses\/[^/?]+$/);
    await page.getByTestId('response-answers').waitFor();
    const service = page.getByTestId('response-answers').locator('tr.ant-table-row', { hasText: COMMENT });
    expect(await service.getByTestId('level-tag').getAttribute('data-level')).toBe('DISSATISFIED');
    expect(await page.getByTestId('response-about').innerText()).toMatch(/電話/);
    await screenshot(page, 'survey-forms-05-form');
    expect(await seriousViolations(page)).toEqual([]);

    const complaint = page.getByTestId('response-about').getByTestId('complaint-link');
    expect(await complaint.innerText()).toBe(complaintNumber);
    await complaint.click();
    await page.waitForURL(/\/tickets\/[^/?]+$/);
    await expect.poll(() => page.getByTestId('ticket-number').innerText()).toBe(complaintNumber);
  });
});
