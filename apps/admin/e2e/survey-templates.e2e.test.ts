import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { answered, type Api, callGraphql, launchBrowser, PASSWORD, pickOption, screenshot, seriousViolations, signedInContext, startApi } from './harness';

/*
 * Survey templates in the console (R-SAT-2). Someone with the right to manage surveys writes
 * a new template with the overall question and a five-level one in the three languages and
 * publishes it as version 1, then publishes version 2 with a recommendation (NPS) question:
 * version 1 is still there, unchanged and viewable. When a colleague publishes while a draft
 * is open, publishing it is refused, the draft stays on screen, and the newer version loads
 * only when asked. Someone who may only read surveys sees the template in use and its
 * history, and nothing to change.
 */

let api: Api;
let browser: Browser;
let context: BrowserContext;
let page: Page;

// The API and a browser on a machine shared with other suites: a step can take a while.
const SLOW = { timeout: 120_000 };
const CODE = 'E2E-REPAIR';

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
  ({ context, page } = await signedInContext(browser, api.url, 'admin@stationhub.example'));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await api?.stop();
});

/** A colleague's own call to the API, outside the browser. */
const callApi = <T>(query: string, variables: Record<string, unknown>, token?: string) => callGraphql<T>(api, query, variables, token);

async function fillTexts(path: string, [zhHant, zhHans, en]: [string, string, string]) {
  await page.locator(`#tpl-${path}-zhHant`).fill(zhHant);
  await page.locator(`#tpl-${path}-zhHans`).fill(zhHans);
  await page.locator(`#tpl-${path}-en`).fill(en);
}

/** Publishes the draft through the confirmation and returns the API's answer. */
async function publish(): Promise<{ data?: { saveSurveyTemplate: { id: string; latestVersion: number } }; errors?: unknown[] }> {
  await page.getByTestId('tpl-publish').click();
  const saved = answered(page, 'SaveSurveyTemplate');
  await page.locator('.ant-popconfirm').getByRole('button', { name: /確認發布/ }).click();
  return (await (await saved).json()) as never;
}

const historyRows = () => page.getByTestId('tpl-history').locator('tbody tr.ant-table-row');

describe('a survey manager writes a template and publishes two versions (R-SAT-2)', SLOW, () => {
  it('lists the templates with the default one marked and kept switched on', async () => {
    const loaded = answered(page, 'SurveyTemplates');
    await page.goto('/survey-templates');
    await loaded;
    const row = page.getByTestId('tpl-table').locator('tbody tr', { has: page.getByTestId('tpl-link-R-SAT-2') });
    await row.waitFor();
    const text = await row.innerText();
    expect(text).toContain('顧客滿意度調查');
    expect(text).toContain('預設範本');
    // The demo published a second version with a recommendation question.
    expect(text).toContain('第 2 版');
    expect(await page.getByTestId('tpl-active-R-SAT-2').isDisabled()).toBe(true);
    await screenshot(page, 'tpl-01-list');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('checks a new draft before sending anything, and points at each problem', async () => {
    await page.getByTestId('tpl-new').click();
    await page.waitForURL('**/survey-templates/new');
    // A new template starts with its one overall question.
    await page.getByTestId('tpl-question-0').waitFor();
    expect(await page.locator('#tpl-items-0-key').inputValue()).toBe('overall');

    let requests = 0;
    const count = (r: { postData(): string | null }) => void ((r.postData() ?? '').includes('SaveSurveyTemplate') && requests++);
    page.on('request', count);
    await page.getByTestId('tpl-publish').click();
    const problems = page.getByTestId('tpl-problems');
    await problems.waitFor();
    // The code, the title in three languages and the question in three languages.
    expect(await problems.locator('li').count()).toBe(7);
    expect(await page.locator('.ant-popconfirm').count()).toBe(0);
    page.off('request', count);
    expect(requests).toBe(0);
    await screenshot(page, 'tpl-02-new-problems');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('publishes version 1 with an overall and a five-level question in three languages', async () => {
    await page.locator('#tpl-code').fill(CODE);
    await fillTexts('title', ['維修服務滿意度調查', '维修服务满意度调查', 'Repair service survey']);
    await fillTexts('intro', ['感謝您選擇本站維修。', '感谢您选择本站维修。', 'Thank you for having your product repaired with us.']);
    await fillTexts('items-0-label', ['整體而言,您對這次維修是否滿意?', '整体而言,您对这次维修是否满意?', 'Overall, how satisfied are you with this repair?']);

    await page.getByTestId('tpl-add-question').click();
    await page.getByTestId('tpl-question-1').waitFor();
    await fillTexts('items-1-label', ['維修速度', '维修速度', 'Speed of repair']);
    // Leaving the English question suggests a key from it.
    await page.locator('#tpl-items-1-label-en').press('Tab');
    await expect.poll(() => page.locator('#tpl-items-1-key').inputValue()).toBe('speed_of_repair');
    await page.locator('#tpl-note').fill('第一版');
    await page.getByTestId('tpl-problems').waitFor({ state: 'detached' });

    // The customer's view of the draft, in the language picked for it.
    const preview = page.getByTestId('draft-preview');
    expect(await preview.locator('fieldset > legend').count()).toBe(2);
    await page.getByTestId('draft-preview-language').getByText('English').click();
    await expect.poll(() => page.getByTestId('draft-preview-title').innerText()).toBe('Repair service survey');
    expect(await preview.locator('fieldset > legend').first().innerText()).toContain('Overall, how satisfied');
    await screenshot(page, 'tpl-03-draft');

    const body = await publish();
    expect(body.errors).toBeUndefined();
    expect(body.data?.saveSurveyTemplate.latestVersion).toBe(1);
    await page.waitForURL(`**/survey-templates/${body.data!.saveSurveyTemplate.id}`);
    await expect.poll(() => historyRows().count()).toBe(1);
    expect(await historyRows().first().innerText()).toContain('第一版');
    // The next draft starts from version 1, with an empty note.
    expect(await page.locator('#tpl-items-1-key').inputValue()).toBe('speed_of_repair');
    expect(await page.locator('#tpl-note').inputValue()).toBe('');
    expect(await page.getByTestId('tpl-publish').innerText()).toContain('發布為第 2 版');
  });

  it('publishes version 2 with an NPS question, and the history keeps version 1 as it was', async () => {
    await page.getByTestId('tpl-add-question').click();
    await page.getByTestId('tpl-question-2').waitFor();
    await pickOption(page, '#tpl-items-2-kind', '推薦意願');
    await page.locator('#tpl-items-2-key').fill('recommend');
    await fillTexts('items-2-label', ['您有多大可能向親友推薦本站?', '您有多大可能向亲友推荐本站?', 'How likely are you to recommend us?']);
    await page.locator('#tpl-note').fill('加入推薦意願');

    const body = await publish();
    expect(body.errors).toBeUndefined();
    expect(body.data?.saveSurveyTemplate.latestVersion).toBe(2);
    await expect.poll(() => historyRows().count()).toBe(2);
    const [v2, v1] = await historyRows().allInnerTexts();
    expect(v2).toMatch(/第 2 版[\s\S]*使用中[\s\S]*加入推薦意願[\s\S]*3/);
    expect(v1).toMatch(/第 1 版[\s\S]*第一版[\s\S]*2/);
    expect(v1).not.toContain('使用中');

    await page.getByTestId('tpl-view-version-1').click();
    const drawer = page.locator('.ant-drawer-section');
    await drawer.getByTestId('tpl-version-items').waitFor();
    expect(await drawer.getByTestId('tpl-version-items').locator('tbody tr.ant-table-row').count()).toBe(2);
    expect(await drawer.innerText()).not.toContain('recommend');
    await drawer.getByRole('tab', { name: '填答預覽' }).click();
    await drawer.getByTestId('v1-preview').waitFor();
    expect(await drawer.getByTestId('v1-preview').locator('fieldset > legend').count()).toBe(2);
    await screenshot(page, 'tpl-04-version-1');
    expect(await seriousViolations(page, '.ant-drawer-section')).toEqual([]);
    await drawer.getByRole('button', { name: /關閉|Close/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await screenshot(page, 'tpl-05-version-2');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('keeps a draft that a colleague’s newer version overtook, until the editor loads that version', async () => {
    await page.locator('#tpl-title-en').fill('Repair survey (mine)');
    await page.locator('#tpl-note').fill('我的修改');

    // A colleague publishes version 3 from their own session meanwhile.
    const id = new URL(page.url()).pathname.split('/').at(-1)!;
    const { login } = await callApi<{ login: { accessToken: string } }>(`mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, {
      input: { email: 'admin@stationhub.example', password: PASSWORD },
    });
    type Loaded = { surveyTemplate: { latestVersion: number; current: { title: object; items: object[] } } };
    const { surveyTemplate: loaded } = await callApi<Loaded>(
      `query ($id: ID!) { surveyTemplate(id: $id) { latestVersion current { title { zhHant zhHans en } items { key kind required label { zhHant zhHans en } } } } }`,
      { id },
      login.accessToken,
    );
    await callApi(
      `mutation ($input: SaveSurveyTemplateInput!) { saveSurveyTemplate(input: $input) { latestVersion } }`,
      { input: { id, expectedVersion: loaded.latestVersion, title: loaded.current.title, items: loaded.current.items, note: '同事的修改' } },
      login.accessToken,
    );

    const body = await publish();
    expect(body.errors).toMatchObject([{ extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 3 } }]);
    const stale = page.getByTestId('tpl-stale');
    await stale.waitFor();
    expect(await stale.innerText()).toContain('您編輯期間,已有人發布了此範本的第 3 版;您的草稿尚未發布。');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tpl-stale');
    // The draft stays as it was, and is not offered for publishing over version 3.
    expect(await page.locator('#tpl-title-en').inputValue()).toBe('Repair survey (mine)');
    expect(await page.locator('#tpl-note').inputValue()).toBe('我的修改');
    expect(await page.getByTestId('tpl-publish').isDisabled()).toBe(true);
    await screenshot(page, 'tpl-06-stale');
    expect(await seriousViolations(page)).toEqual([]);

    const reloaded = answered(page, 'SurveyTemplate');
    await page.getByTestId('tpl-stale-reload').click();
    await reloaded;
    await stale.waitFor({ state: 'detached' });
    await expect.poll(() => historyRows().count()).toBe(3);
    expect(await historyRows().first().innerText()).toContain('同事的修改');
    expect(await page.locator('#tpl-title-en').inputValue()).toBe('Repair service survey');
    expect(await page.locator('#tpl-note').inputValue()).toBe('');
    expect(await page.getByTestId('tpl-publish').innerText()).toContain('發布為第 4 版');
  });

  it('asks before leaving with unpublished changes', async () => {
    await page.locator('#tpl-title-en').fill('Repair survey (draft)');
    await page.getByRole('link', { name: /返回範本列表/ }).click();
    const dialog = page.locator('.ant-modal', { hasText: '離開此頁' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /繼續編輯/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(page.url()).toContain('/survey-templates/');
    expect(await page.locator('#tpl-title-en').inputValue()).toBe('Repair survey (draft)');

    await page.getByRole('link', { name: /返回範本列表/ }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /離開此頁/ }).click();
    await page.waitForURL('**/survey-templates');
    await page.getByTestId(`tpl-link-${CODE}`).waitFor();
  });

  it('shows the API’s refusal of a taken code under the code', async () => {
    await page.getByTestId('tpl-new').click();
    await page.waitForURL('**/survey-templates/new');
    await page.locator('#tpl-code').fill(CODE);
    await fillTexts('title', ['重複', '重复', 'Duplicate']);
    await fillTexts('items-0-label', ['總體評價', '总体评价', 'Overall']);
    const body = await publish();
    expect(body.errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', issues: [{ field: 'code', code: 'duplicate' }] } }]);
    const help = page.locator('.ant-form-item', { has: page.locator('#tpl-code') }).locator('.ant-form-item-explain-error');
    await expect.poll(() => help.innerText()).toBe('已有範本使用此代碼');
    expect(await page.getByTestId('tpl-problems').innerText()).toContain('範本代碼: 已有範本使用此代碼');
    expect(page.url()).toContain('/survey-templates/new');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('someone who may only read surveys (R-SAT-2)', SLOW, () => {
  let reader: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    reader = await signedInContext(browser, api.url, 'marketing@stationhub.example');
  });
  afterAll(async () => {
    await reader?.context.close();
  });

  it('sees the template in use and its history, with nothing to change', async () => {
    const p = reader.page;
    await p.goto('/survey-templates');
    await p.getByTestId('tpl-link-R-SAT-2').click();
    await p.getByTestId('tpl-current-items').waitFor();
    expect(await p.getByTestId('tpl-publish').count()).toBe(0);
    expect(await p.getByTestId('tpl-history').locator('tbody tr.ant-table-row').count()).toBe(2);
    await p.goto('/survey-templates');
    await p.getByTestId('tpl-link-R-SAT-2').waitFor();
    expect(await p.getByTestId('tpl-new').count()).toBe(0);
    expect(await p.getByTestId('tpl-active-R-SAT-2').count()).toBe(0);
  });
});
