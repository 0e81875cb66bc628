import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Api, callGraphql, launchBrowser, PASSWORD, screenshot, seriousViolations, startApi } from './harness';

// R-SAT-1 / R-SAT-5: the customer answers a personal survey link on a phone, without an
// account; a 不滿意 answer promises a follow-up, and the link works once only.

let api: Api;
let browser: Browser;
let linkPath = '';
let token = '';

interface Item {
  key: string;
  kind: 'LEVEL5' | 'OVERALL' | 'NPS' | 'TEXT';
  required: boolean;
}
let items: Item[] = [];
let bestLevel = '';

const callApi = <T>(query: string, variables: Record<string, unknown>, bearer?: string) => callGraphql<T>(api, query, variables, bearer);

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  // The station manager hands a link to one customer of the station, as at the counter.
  const { login } = await callApi<{ login: { accessToken: string } }>(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, {
    input: { email: 'manager@stationhub.example', password: PASSWORD },
  });
  const { customers } = await callApi<{ customers: { nodes: { id: string }[] } }>(`{ customers(first: 1) { nodes { id } } }`, {}, login.accessToken);
  const { sendSurvey } = await callApi<{ sendSurvey: { link: string | null } }>(
    `mutation ($input: SendSurveyInput!) { sendSurvey(input: $input) { link } }`,
    { input: { customerIds: [customers.nodes[0]!.id], returnLink: true, respectQuietPeriod: false } },
    login.accessToken,
  );
  expect(sendSurvey.link).toBeTruthy();
  linkPath = new URL(sendSurvey.link!).pathname;
  token = linkPath.split('/').pop()!;
  const { surveyInvitation } = await callApi<{ surveyInvitation: { items: Item[]; levels: { level: string }[] } }>(
    `query ($token: String!) { surveyInvitation(token: $token) { items { key kind required } levels { level } } }`,
    { token },
  );
  items = surveyInvitation.items;
  bestLevel = surveyInvitation.levels[0]!.level;
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const phone = () => browser.newContext({ baseURL: api.url, viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, locale: 'zh-TW' });
const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Picks a radio the way a thumb does, on its visible label (antd hides the input itself). */
async function choose(page: Page, testId: string): Promise<void> {
  await page.locator('label', { has: page.getByTestId(testId) }).click();
  await expect.poll(() => page.getByTestId(testId).isChecked()).toBe(true);
}

describe('a customer answers a survey link on a phone', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await phone();
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('is served the console page for the link path, without signing in', async () => {
    const res = await fetch(`${api.url}${linkPath}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('opens the form with the masked greeting and the station, in an accessible single column', async () => {
    expect(linkPath).toMatch(/^\/s\//);
    await page.goto(linkPath);
    await page.getByTestId('survey-form').waitFor();
    expect(new URL(page.url()).pathname).toBe(linkPath);
    expect(await page.getByTestId('survey-greeting').textContent()).toContain('*');
    expect((await page.getByTestId('survey-station').textContent())?.length).toBeGreaterThan(4);
    expect(await page.locator('form fieldset > legend').count()).toBe(items.length);
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'survey-01-form');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lists every missing required answer before sending anything', async () => {
    const required = items.filter((i) => i.required).length;
    if (!required) return;
    await page.getByTestId('survey-submit').click();
    const summary = page.getByTestId('survey-errors');
    await summary.waitFor();
    expect(await summary.locator('li').count()).toBe(required);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('switches the page language and back', async () => {
    const before = await htmlLang(page);
    await page.getByTestId('survey-language').getByText('English').click();
    await expect.poll(() => htmlLang(page)).toBe('en');
    await expect.poll(() => page.getByTestId('survey-submit').textContent()).toContain('Submit');
    const back = { 'zh-Hant': '繁體中文', 'zh-Hans': '简体中文', en: 'English' }[before] ?? '繁體中文';
    await page.getByTestId('survey-language').getByText(back).click();
    await expect.poll(() => htmlLang(page)).toBe(before);
  });

  it('sends the answers, one of them 不滿意, and is promised a follow-up', async () => {
    await page.getByTestId('survey-language').getByText('繁體中文').click();
    await expect.poll(() => htmlLang(page)).toBe('zh-Hant');
    let unhappy = false;
    for (const item of items) {
      const q = `q-${item.key}`;
      if (item.kind === 'NPS') await choose(page, `${q}-nps-9`);
      else if (item.kind === 'TEXT') await page.locator(`#${q}-text`).fill('櫃台很親切');
      else {
        const fieldset = page.getByTestId(`survey-item-${item.key}`);
        if (!unhappy) {
          await fieldset.getByText('不滿意', { exact: true }).click();
          await page.locator(`#${q}-comment`).fill('等候太久');
          unhappy = true;
        } else await choose(page, `${q}-${bestLevel}`);
      }
    }
    expect(unhappy).toBe(true);
    await page.getByTestId('survey-submit').click();
    const thanks = page.getByTestId('survey-thanks');
    await thanks.waitFor();
    await page.getByTestId('survey-follow-up').waitFor();
    expect(await thanks.textContent()).toContain('專人將盡快與您聯絡');
    expect(await thanks.locator('h1').count()).toBe(1);
    await screenshot(page, 'survey-02-thanks');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the link as already answered when it is opened again', async () => {
    const again = await context.newPage();
    await again.goto(linkPath);
    await again.getByTestId('survey-link-used').waitFor();
    expect(await again.getByTestId('survey-link-used').textContent()).toContain('已經填答');
    await screenshot(again, 'survey-03-used');
    expect(await seriousViolations(again)).toEqual([]);
    await again.close();
  });

  it('shows a mistyped link as invalid', async () => {
    await page.goto('/s/not-a-real-link');
    await page.getByTestId('survey-link-invalid').waitFor();
    expect(new URL(page.url()).pathname).toBe('/s/not-a-real-link');
    expect(await seriousViolations(page)).toEqual([]);
  });

  // Last: the address stays turned away for the rest of the API's window.
  it('asks an address that keeps trying unknown links to wait, accessibly', async () => {
    for (let i = 0; i < 30; i++) {
      await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ surveyInvitation(token: "' + `guess${i}`.padEnd(43, 'x') + '") { title } }' }) });
    }
    await page.goto(`/s/${'y'.repeat(43)}`);
    await page.getByTestId('survey-rate-limited').waitFor();
    expect(await page.getByTestId('survey-rate-limited').textContent()).toMatch(/稍候|wait/);
    await screenshot(page, 'survey-04-rate-limited');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
