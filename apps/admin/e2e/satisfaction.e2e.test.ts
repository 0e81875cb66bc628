import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { answered, type Api, callGraphql, launchBrowser, PASSWORD, screenshot, seriousViolations, signedInContext, startApi } from './harness';

/*
 * R-SAT-3 / R-SAT-5 end to end: the station's customer-service department asks a customer
 * about a case; the customer answers the link on a phone, 不滿意 overall. The station manager's
 * dashboard then shows the department's rate for the month recomputed with that form, the
 * figure opens the forms behind it, the customer's among them, and the complaint the answer
 * opened waits in the service desk's queue.
 */

let api: Api;
let browser: Browser;
let bearer = '';
let csUnitId = '';
/** The department and its teams: its figures on the dashboard cover them all, as its target does. */
let csSubtree = new Set<string>();
let linkPath = '';
/** The department's figures (its subtree's) for each month of the year before the answer. */
let before = new Map<string, { forms: number; satisfied: number }>();

// The API and a browser on a machine shared with other suites: a step can take a while.
const SLOW = { timeout: 120_000 };
const year = new Date().getFullYear();

const callApi = <T>(query: string, variables: Record<string, unknown> = {}, token = bearer) => callGraphql<T>(api, query, variables, token);

interface Row {
  unitId: string | null;
  month: string | null;
  forms: number;
  satisfied: number;
}

async function unitMonths(): Promise<Map<string, { forms: number; satisfied: number }>> {
  const { satisfactionReport } = await callApi<{ satisfactionReport: { rows: Row[] } }>(
    `query ($from: LocalDate!, $to: LocalDate!) { satisfactionReport(from: $from, to: $to, groupBy: [UNIT, MONTH]) { rows { unitId month forms satisfied } } }`,
    { from: `${year}-01-01`, to: `${year}-12-31` },
  );
  const months = new Map<string, { forms: number; satisfied: number }>();
  for (const r of satisfactionReport.rows) {
    if (!csSubtree.has(r.unitId!)) continue;
    const m = months.get(r.month!) ?? { forms: 0, satisfied: 0 };
    months.set(r.month!, { forms: m.forms + r.forms, satisfied: m.satisfied + r.satisfied });
  }
  return months;
}

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  const { login } = await callApi<{ login: { accessToken: string } }>(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: 'manager@stationhub.example', password: PASSWORD },
  });
  bearer = login.accessToken;
  const { orgChart } = await callApi<{ orgChart: { nodes: { id: string; code: string; parentId: string | null }[] } }>(`{ orgChart { nodes { id code parentId } } }`);
  csUnitId = orgChart.nodes.find((n) => n.code === 'ST-TPE-CS')!.id;
  // Parents come before their children in the chart.
  csSubtree = new Set([csUnitId]);
  for (const n of orgChart.nodes) if (n.parentId && csSubtree.has(n.parentId)) csSubtree.add(n.id);
  // A case of the department with a customer file: the survey rates the case's unit.
  const { tickets } = await callApi<{ tickets: { nodes: { id: string; customer: { id: string } | null }[] } }>(
    `query ($unitId: ID) { tickets(unitId: $unitId, first: 50) { nodes { id customer { id } } } }`,
    { unitId: csUnitId },
  );
  const ticket = tickets.nodes.find((n) => n.customer)!;
  expect(ticket).toBeTruthy();
  before = await unitMonths();
  const { sendSurvey } = await callApi<{ sendSurvey: { link: string | null } }>(`mutation ($input: SendSurveyInput!) { sendSurvey(input: $input) { link } }`, {
    input: { customerIds: [ticket.customer!.id], ticketId: ticket.id, returnLink: true, respectQuietPeriod: false },
  });
  expect(sendSurvey.link).toBeTruthy();
  linkPath = new URL(sendSurvey.link!).pathname;
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('a 不滿意 answer on a phone reaches the dashboard and the queue', SLOW, () => {
  let responseId = '';
  let month = '';
  let complaintNumber = '';
  let customerName = '';
  let templateCode = '';

  it('the customer answers the link on a phone, 不滿意 overall', async () => {
    const context = await browser.newContext({ baseURL: api.url, viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, locale: 'zh-TW' });
    try {
      const page = await context.newPage();
      const loaded = answered(page, 'SurveyInvitation');
      await page.goto(linkPath);
      const invitation = (await (await loaded).json()) as {
        data: { surveyInvitation: { items: { key: string; kind: string }[]; levels: { level: string }[] } };
      };
      await page.getByTestId('survey-form').waitFor();
      const { items, levels } = invitation.data.surveyInvitation;
      for (const item of items) {
        const q = `q-${item.key}`;
        if (item.kind === 'OVERALL') await page.getByTestId(`survey-item-${item.key}`).getByText('不滿意', { exact: true }).click();
        else if (item.kind === 'LEVEL5') await page.locator('label', { has: page.getByTestId(`${q}-${levels[0]!.level}`) }).click();
        else if (item.kind === 'NPS') await page.locator('label', { has: page.getByTestId(`${q}-nps-3`) }).click();
        else await page.locator(`#${q}-text`).fill('希望改善等候時間');
      }
      const submitted = answered(page, 'SubmitSurveyResponse');
      await page.getByTestId('survey-submit').click();
      const body = (await (await submitted).json()) as { data: { submitSurveyResponse: { responseId: string; followUp: boolean } } };
      expect(body.data.submitSurveyResponse.followUp).toBe(true);
      responseId = body.data.submitSurveyResponse.responseId;
      await page.getByTestId('survey-follow-up').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await screenshot(page, 'sat-01-phone-answered');
    } finally {
      await context.close();
    }
    const { surveyResponse } = await callApi<{
      surveyResponse: { month: string; unitId: string; complaintNumber: string | null; customerName: string; overallLevel: string; templateCode: string };
    }>(
      `query ($id: ID!) { surveyResponse(id: $id) { month unitId complaintNumber customerName overallLevel templateCode } }`,
      { id: responseId },
    );
    expect(surveyResponse.unitId).toBe(csUnitId);
    expect(surveyResponse.overallLevel).toBe('DISSATISFIED');
    expect(surveyResponse.complaintNumber).toBeTruthy();
    ({ month, customerName, templateCode } = surveyResponse);
    complaintNumber = surveyResponse.complaintNumber!;
  });

  describe('the station manager', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await signedInContext(browser, api.url, 'manager@stationhub.example'));
    });
    afterAll(async () => context?.close());

    it('sees the department’s rate for the month recomputed with the form (R-SAT-3)', async () => {
      const was = before.get(month) ?? { forms: 0, satisfied: 0 };
      const forms = was.forms + 1;
      const rate = Math.round((was.satisfied / forms) * 10_000) / 100;
      const loaded = answered(page, 'SatisfactionDashboard');
      await page.goto('/satisfaction');
      await loaded;
      const cell = page.locator(`[data-testid="unit-month-table"] [data-testid="rate-cell"][data-unit="${csUnitId}"][data-month="${month}"]`);
      await cell.waitFor();
      expect(await cell.getAttribute('data-forms')).toBe(String(forms));
      expect(await cell.getAttribute('data-satisfied')).toBe(String(was.satisfied));
      expect(await cell.locator('a').innerText()).toContain(`${rate.toFixed(1)}%`);
      expect(await cell.innerText()).toContain(`${forms} 份`);
      // The same month in the heat map, in words as well as colour.
      expect(await page.getByTestId('heat-map').locator('caption').count()).toBe(1);
      expect(await page.getByTestId('unit-charts').locator('svg[role="img"]').count()).toBeGreaterThan(0);
      await screenshot(page, 'sat-02-dashboard');
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('opens the forms behind that figure, the customer’s among them', async () => {
      const cell = page.locator(`[data-testid="unit-month-table"] [data-testid="rate-cell"][data-unit="${csUnitId}"][data-month="${month}"]`);
      await cell.locator('a').click();
      await page.waitForURL((u) => u.pathname === '/survey-responses');
      const params = new URL(page.url()).searchParams;
      expect(Object.fromEntries(params)).toEqual({ unitId: csUnitId, month });
      const form = page.getByTestId('response-table').locator(`a[href="/survey-responses/${responseId}"]`);
      await form.waitFor();
      expect(await page.getByTestId('response-table').innerText()).toContain(customerName);
      await screenshot(page, 'sat-03-drill-down');
    });

    it('narrows the figure, the forms behind it and the agents to the form’s template', async () => {
      const { surveyTemplates } = await callApi<{ surveyTemplates: { id: string; code: string }[] }>(`{ surveyTemplates(includeInactive: true) { id code } }`);
      const templateId = surveyTemplates.find((tpl) => tpl.code === templateCode)!.id;
      const loaded = answered(page, 'SatisfactionDashboard');
      await page.goto(`/satisfaction?templateId=${templateId}`);
      const sent = JSON.parse((await loaded).request().postData()!) as { variables: Record<string, unknown>; query: string };
      expect(sent.variables.templateId).toBe(templateId);
      expect(sent.query).toMatch(/agentSatisfactionScores\([^)]*templateId: \$templateId/);
      const cell = page.locator(`[data-testid="unit-month-table"] [data-testid="rate-cell"][data-unit="${csUnitId}"][data-month="${month}"]`);
      await cell.locator('a').click();
      await page.waitForURL((u) => u.pathname === '/survey-responses');
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ unitId: csUnitId, templateId, month });
      await page.getByTestId('response-table').locator(`a[href="/survey-responses/${responseId}"]`).waitFor();
    });

    it('finds the complaint the answer opened in the queue (R-SAT-5)', async () => {
      await page.goto('/tickets');
      await page.getByTestId('ticket-queue').waitFor();
      const searched = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('"operationName":"Tickets"') && (r.request().postData() ?? '').includes(complaintNumber),
      );
      await page.locator('#queueFilters_search').fill(complaintNumber);
      await page.locator('#queueFilters_search').press('Enter');
      await searched;
      const row = page.locator(`[data-testid="ticket-queue"] tr[data-number="${complaintNumber}"]`);
      await row.waitFor();
      expect(await row.getByTestId('ticket-link').innerText()).toBe(complaintNumber);
      await screenshot(page, 'sat-04-complaint-in-queue');
    });
  });
});
