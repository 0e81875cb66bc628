import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { answered, type Api, callGraphql, launchBrowser, PASSWORD, pickFirstOption, pickOption, screenshot, seriousViolations, signIn, startApi } from './harness';

/*
 * Phone surveys and the forms behind the satisfaction figures (R-SAT-1, R-SAT-3, R-SAT-5).
 * A customer without email waits on the call list with the number to dial; the agent keys in
 * the call with one 不滿意 answer and a comment: the form is recorded and a complaint opened,
 * its number told at once from the submission. The forms list filtered to forms with comments
 * and to the template shows the comment; the form's page shows it under its question and
 * links to the complaint. A customer met without an invitation can be surveyed too.
 */

let api: Api;
let browser: Browser;
let context: BrowserContext;
let page: Page;

// The API and a browser on a machine shared with other suites: a step can take a while.
const SLOW = { timeout: 120_000 };
// Unique per run, so the call and the form are found by their own words among the demo's.
const tail = String(Date.now()).slice(-6);
const COMMENT = `電話中說明不清楚,等了很久 ${tail}`;
const customerName = `電話調查客戶${tail}`;
const phone = `0966${tail}`;
let invitationId = '';
let template = { id: '', code: '' };
let responseId = '';
let complaintNumber = '';
let agentToken = '';

const gql = <T>(query: string, variables: Record<string, unknown> = {}) => callGraphql<T>(api, query, variables, agentToken || undefined);

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  // A customer of the agent's station without email, put on the call list by a phone send.
  const { login } = await gql<{ login: { accessToken: string } }>(`mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: 'agent@stationhub.example', password: PASSWORD },
  });
  agentToken = login.accessToken;
  const chart = await gql<{ orgChart: { nodes: { id: string; code: string }[] } }>(`{ orgChart { nodes { id code } } }`);
  const station = chart.orgChart.nodes.find((n) => n.code === 'ST-TPE')!;
  const created = await gql<{ createCustomer: { id: string } }>(`mutation C($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
    input: { name: customerName, phones: [phone], homeStationId: station.id, preferredLanguage: 'ZH_HANT' },
  });
  const sent = await gql<{ sendSurvey: { sent: number; invitations: { id: string }[] } }>(`mutation S($input: SendSurveyInput!) { sendSurvey(input: $input) { sent invitations { id } } }`, {
    input: { customerIds: [created.createCustomer.id], delivery: 'PHONE', respectQuietPeriod: false },
  });
  expect(sent.sendSurvey.sent).toBe(1);
  invitationId = sent.sendSurvey.invitations[0]!.id;
  const settings = await gql<{ surveySettings: { defaultTemplate: { id: string; code: string } } }>(`{ surveySettings { defaultTemplate { id code } } }`);
  template = settings.surveySettings.defaultTemplate;
  // A reader far from the company's zone (UTC+8): the forms list must still date a form by the company's day.
  context = await browser.newContext({ baseURL: api.url, viewport: { width: 1440, height: 900 }, locale: 'zh-TW', timezoneId: 'Pacific/Honolulu' });
  page = await context.newPage();
  await signIn(page, 'agent@stationhub.example');
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

const callRow = () => page.getByTestId('call-list').locator('tr.ant-table-row', { hasText: customerName });

describe('an agent keys in a call from the list and follows it to the complaint', SLOW, () => {
  it('lists the customer to call with the number to dial, accessibly (R-SAT-1)', async () => {
    await page.goto('/survey-calls');
    await callRow().waitFor();
    // The agent holds ReadCustomerContact at the station: the number is whole, and dials.
    const link = callRow().getByTestId('phone-link');
    expect(await link.innerText()).toBe(phone);
    expect(await link.getAttribute('href')).toBe(`tel:${phone}`);
    await page.getByTestId('entry-card').waitFor();
    await screenshot(page, 'survey-forms-01-calls');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keys in the call with a 不滿意 answer and tells the complaint number from the submission (R-SAT-1, R-SAT-5)', async () => {
    await page.getByTestId(`call-pick-${invitationId}`).click();
    expect(await page.getByTestId('entry-call').innerText()).toContain(customerName);
    expect(await page.getByTestId('entry-phone').getByTestId('phone-link').innerText()).toBe(phone);
    await page.getByTestId('entry-questions').waitFor();
    await choose('q-overall-BASICALLY_SATISFIED');
    await choose('q-service-DISSATISFIED');
    await page.locator('#q-service-comment').fill(COMMENT);
    // The agent is told beforehand that sending opens a complaint.
    await expect.poll(() => page.getByTestId('entry-card').innerText()).toMatch(/投訴/);
    await screenshot(page, 'survey-forms-02-entry');
    expect(await seriousViolations(page)).toEqual([]);

    // The number comes with the submission: no second read of the form is needed to show it.
    const reads: string[] = [];
    page.on('request', (r) => {
      if ((r.postData() ?? '').includes('"operationName":"SurveyResponseDetail"')) reads.push(r.url());
    });
    const reply = answered(page, 'EnterSurveyResponse');
    await page.getByTestId('entry-submit').click();
    const { data } = (await (await reply).json()) as { data: { submitSurveyResponse: { responseId: string; complaintNumber: string | null } } };
    responseId = data.submitSurveyResponse.responseId;
    complaintNumber = data.submitSurveyResponse.complaintNumber ?? '';
    expect(complaintNumber).not.toBe('');
    await page.getByTestId('entry-outcome').waitFor();
    expect(await page.getByTestId('entry-complete').getAttribute('data-complete')).toBe('true');
    expect(await page.getByTestId('entry-complaint-number').innerText()).toBe(complaintNumber);
    expect(reads).toEqual([]);
    await screenshot(page, 'survey-forms-03-outcome');
    expect(await seriousViolations(page)).toEqual([]);

    // Answered, the call leaves the list.
    await expect.poll(() => callRow().count()).toBe(0);
  });

  it('finds the form with its comment among the forms with comments, then of its template', async () => {
    await page.goto('/survey-responses?withComments=true');
    await page.getByTestId('filter-tag-withComments').waitFor();
    const row = page.getByTestId('response-table').locator('tr.ant-table-row', { hasText: COMMENT });
    await row.waitFor();
    // The comment reads whole under this filter, beside the complaint it opened.
    expect(await row.getByTestId('response-comment').innerText()).toContain(COMMENT);
    expect(await row.getByTestId('complaint-link').innerText()).toBe(complaintNumber);
    // Dated by the company's day, the one its month and the period filter count it under.
    const { surveyResponse } = await gql<{ surveyResponse: { answeredOn: string } }>(`query R($id: ID!) { surveyResponse(id: $id) { answeredOn } }`, { id: responseId });
    expect(await row.getByTestId('answered-on').innerText()).toBe(surveyResponse.answeredOn);

    // The template filter, named by the template's code.
    await pickOption(page, '#responseFilters_templateId', template.code);
    await expect.poll(() => new URL(page.url()).searchParams.get('templateId')).toBe(template.id);
    await expect.poll(() => page.getByTestId('filter-tag-templateId').innerText()).toContain(template.code);
    await row.waitFor();
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

  it('keys in a survey for a customer met without an invitation (R-SAT-1)', async () => {
    await page.goto('/survey-calls');
    await page.getByTestId('entry-mode').getByText(/其他顧客/).click();
    await pickFirstOption(page, '#surveyEntry_customerId');
    await page.getByTestId('entry-phone').waitFor();
    await page.getByTestId('entry-questions').waitFor();
    await choose('q-overall-VERY_SATISFIED');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('entry-outcome').waitFor();
    expect(await page.getByTestId('entry-complete').getAttribute('data-complete')).toBe('true');
    expect(await page.getByTestId('entry-complaint').count()).toBe(0);
  });
});
