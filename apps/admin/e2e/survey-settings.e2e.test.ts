import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';
import { answered, launchBrowser, pickOption, pickTreeOption, screenshot, seriousViolations, signedInContext, startApi, type Api } from './harness';

/*
 * The survey settings in the console. Quality control (ManageSurvey without being a system
 * administrator, and no SendSurvey) changes the quiet period and a trigger's delay, sees the
 * save on the page without reading the settings again, and finds both after a reload
 * (R-SAT-1); sets a unit's satisfaction target and one for next year (R-SAT-4); and evaluates
 * last month: the reward and corrective lists hold what the API judged, each corrective
 * action linked to its process document. Marketing (SendSurvey, no ManageSurvey) sees only
 * the send tab, sends a random sample to the phone list in English and hands one customer a
 * personal link. Every tab passes axe.
 */

let api: Api;
let browser: Browser;

// The API and a browser on a machine shared with other suites: a step can take a while.
const SLOW = { timeout: 120_000 };

beforeAll(async () => {
  api = await startApi();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

async function dataOf<T>(response: Promise<Response>): Promise<T> {
  const body = (await (await response).json()) as { data?: T; errors?: unknown[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data!;
}

interface Evaluation {
  outcome: 'MET' | 'BELOW' | 'NO_DATA';
  documentId: string | null;
  documentNumber: string | null;
  deadline: string | null;
  unit: { code: string };
}

describe('quality control keeps the survey settings (ManageSurvey)', SLOW, () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedInContext(browser, api.url, 'quality@stationhub.example'));
  });
  afterAll(async () => context?.close());

  it('changes the quiet period and a trigger delay; the page shows the save at once, and a reload too (R-SAT-1)', async () => {
    const loaded = answered(page, 'SurveySettingsPage');
    await page.goto('/survey-settings');
    await loaded;
    // No SendSurvey: no send tab.
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['觸發與期限', '部門目標', '目標考核']);
    const quiet = page.locator('#surveySettings_quietDays');
    const ticketDelay = page.locator('#surveySettings_triggers_0_delayHours');
    await quiet.waitFor();
    expect(await page.getByTestId('settings-updated').innerText()).toMatch(/尚未修改|最後由/);
    expect(await seriousViolations(page)).toEqual([]);

    const nextQuiet = Number(await quiet.inputValue()) === 45 ? 46 : 45;
    const nextDelay = Number(await ticketDelay.inputValue()) === 12 ? 13 : 12;
    await quiet.fill(String(nextQuiet));
    await ticketDelay.fill(String(nextDelay));
    await ticketDelay.blur();
    // The save's answer carries the settings' id: the cache updates the page, nothing reads them again.
    const reads: string[] = [];
    const countRead = (r: Request) => {
      if ((r.postData() ?? '').includes('"operationName":"SurveySettingsPage"')) reads.push(r.url());
    };
    page.on('request', countRead);
    const saved = answered(page, 'UpdateSurveySettings');
    await page.getByTestId('save-survey-settings').click();
    const { updateSurveySettings } = await dataOf<{ updateSurveySettings: { id: string; quietDays: number; triggers: { source: string; delayHours: number }[] } }>(saved);
    expect(updateSurveySettings.id).toBe('1');
    expect(updateSurveySettings.quietDays).toBe(nextQuiet);
    expect(updateSurveySettings.triggers.find((t) => t.source === 'TICKET')?.delayHours).toBe(nextDelay);
    await expect.poll(() => page.getByTestId('settings-updated').innerText()).toMatch(/最後由 品管專員 於/);
    page.off('request', countRead);
    expect(reads).toEqual([]);

    const reloaded = answered(page, 'SurveySettingsPage');
    await page.reload();
    await reloaded;
    await quiet.waitFor();
    expect(await quiet.inputValue()).toBe(String(nextQuiet));
    expect(await ticketDelay.inputValue()).toBe(String(nextDelay));
    expect(await page.getByTestId('settings-updated').innerText()).toMatch(/最後由 品管專員 於/);
    await screenshot(page, 'ss-01-triggers');
  });

  it('sets a unit’s target, and one for next year (R-SAT-4)', async () => {
    const loaded = answered(page, 'SurveySettingsTargets');
    await page.getByRole('tab', { name: '部門目標' }).click();
    await loaded;
    const table = page.getByTestId('target-table');
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A unit the demo gave no target: 客戶服務部 of the station.
    await page.getByTestId('new-target').click();
    await pickTreeOption(page, '#satisfactionTarget_unitId', '客戶服務部');
    await page.locator('#satisfactionTarget_targetPercent').fill('91.5');
    await page.locator('#satisfactionTarget_note').fill('年度目標');
    expect(await seriousViolations(page, '.ant-modal')).toEqual([]);
    const set = answered(page, 'SetSatisfactionTarget');
    const refreshed = answered(page, 'SurveySettingsTargets');
    await page.locator('.ant-modal').getByRole('button', { name: /儲\s*存/ }).click();
    await dataOf(set);
    await refreshed;
    await expect.poll(() => page.getByTestId('target-current-ST-TPE-CS').innerText()).toBe('91.5%');

    // Next year's target leaves this year's as it is.
    const nextYear = new Date().getFullYear() + 1;
    const before = await page.getByTestId('target-current-ST-TPE-LG').innerText();
    await page.getByTestId('set-target-ST-TPE-LG').click();
    await page.locator('#satisfactionTarget_effectiveYear').fill(String(nextYear));
    await page.locator('#satisfactionTarget_targetPercent').fill('87');
    const setNext = answered(page, 'SetSatisfactionTarget');
    await page.locator('.ant-modal').getByRole('button', { name: /儲\s*存/ }).click();
    await dataOf(setNext);
    const row = table.locator('tr.ant-table-row', { has: page.getByTestId('target-current-ST-TPE-LG') });
    await expect.poll(() => row.innerText()).toContain(`${nextYear}: 87%`);
    expect(await page.getByTestId('target-current-ST-TPE-LG').innerText()).toBe(before);
    await row.getByRole('button', { name: /展開|Expand/ }).click();
    await expect.poll(() => page.getByTestId('target-history-ST-TPE-LG').locator('tbody tr.ant-table-row').count()).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'ss-02-targets');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('evaluates last month: the reward and corrective lists hold what the API judged (R-SAT-4)', async () => {
    const loaded = answered(page, 'SurveySettingsEvaluations');
    await page.getByRole('tab', { name: '目標考核' }).click();
    await loaded;
    const d = new Date();
    const lastMonth = new Date(d.getFullYear(), d.getMonth() - 1, 1);
    const period = `${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`;
    expect(await page.locator('.ant-select', { has: page.locator('#evaluation_period') }).innerText()).toContain(period);
    // The demo evaluated last month when it was seeded.
    expect(await page.getByTestId('evaluation-status').innerText()).toContain(`${period} 於`);

    const run = answered(page, 'EvaluateSatisfactionTargets');
    await page.getByTestId('run-evaluation').click();
    const { evaluateSatisfactionTargets } = await dataOf<{ evaluateSatisfactionTargets: { period: string; evaluations: Evaluation[] } }>(run);
    expect(evaluateSatisfactionTargets.period).toBe(period);
    const evaluations = evaluateSatisfactionTargets.evaluations;
    const of = (outcome: Evaluation['outcome']) => evaluations.filter((e) => e.outcome === outcome);
    expect(of('MET').length + of('BELOW').length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('evaluation-status').innerText()).toContain('剛完成考核');

    const rows = (list: string) => page.getByTestId(list).locator('tbody tr.ant-table-row');
    await expect.poll(() => rows('evaluation-met').count()).toBe(of('MET').length);
    expect(await rows('evaluation-below').count()).toBe(of('BELOW').length);
    expect(await rows('evaluation-noData').count()).toBe(of('NO_DATA').length);
    for (const e of of('MET')) expect(await rows('evaluation-met').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(`(${e.unit.code})`)]));
    for (const e of of('BELOW')) {
      const row = page.getByTestId('evaluation-below').locator('tr.ant-table-row', { hasText: `(${e.unit.code})` });
      if (e.deadline) expect(await row.innerText()).toContain(e.deadline);
      if (e.documentId) {
        const link = row.getByTestId(`corrective-document-${e.unit.code}`);
        expect(await link.innerText()).toBe(e.documentNumber);
        expect(await link.getAttribute('href')).toBe(`/documents/${e.documentId}`);
      }
    }
    if (of('MET').length + of('BELOW').length) expect(await page.getByTestId('evaluation-chart').locator('svg[role="img"]').count()).toBe(1);
    await screenshot(page, 'ss-03-evaluation');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('marketing sends surveys (SendSurvey, no ManageSurvey)', SLOW, () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await signedInContext(browser, api.url, 'marketing@stationhub.example'));
  });
  afterAll(async () => context?.close());

  it('sees only the send tab', async () => {
    await page.goto('/survey-settings');
    await page.locator('#sendSurvey_sampleSize').waitFor();
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['發送調查']);
    // Asking for another tab by its address still lands on the one allowed.
    await page.goto('/survey-settings?tab=targets');
    await page.locator('#sendSurvey_sampleSize').waitFor();
    expect(await page.getByTestId('target-table').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('sends a random sample to the phone list, in English; the quiet period skips whom it must (R-SAT-1)', async () => {
    await page.locator('#sendSurvey_sampleSize').fill('8');
    await page.locator('#sendSurvey_campaign').fill('年終抽樣');
    await page.getByTestId('send-delivery').getByText(/^電訪名單/).click();
    await pickOption(page, '#sendSurvey_language', '英文');
    const sent = answered(page, 'SurveySettingsSend');
    await page.getByTestId('send-survey').click();
    const { sendSurvey } = await dataOf<{
      sendSurvey: { sent: number; scheduled: number; skipped: number; link: string | null; invitations: { status: string; delivery: string | null; language: string }[] };
    }>(sent);
    expect(sendSurvey.sent + sendSurvey.scheduled + sendSurvey.skipped).toBe(8);
    expect(sendSurvey.link).toBeNull();
    expect(new Set(sendSurvey.invitations.map((i) => i.delivery))).toEqual(new Set(['PHONE']));
    expect(new Set(sendSurvey.invitations.map((i) => i.language))).toEqual(new Set(['EN']));
    const result = page.getByTestId('send-result');
    await result.waitFor();
    const figure = async (id: string) => Number((await page.getByTestId(id).locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
    expect(await figure('send-result-sent')).toBe(sendSurvey.sent);
    expect(await figure('send-result-skipped')).toBe(sendSurvey.skipped);
    const rows = page.getByTestId('send-result-invitations').locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(sendSurvey.invitations.length);
    for (const row of await rows.allInnerTexts()) {
      expect(row).toContain('電話');
      expect(row).toContain('英文');
    }
    if (sendSurvey.skipped) expect(await page.getByTestId('send-result-invitations').innerText()).toContain('免打擾期內已受訪');
    await screenshot(page, 'ss-04-sample');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('hands one customer a personal link to pass on', async () => {
    await page.getByTestId('send-audience').getByText('指定顧客').click();
    const select = page.locator('.ant-select', { has: page.locator('#sendSurvey_customerIds') });
    await page.locator('#sendSurvey_customerIds').click();
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first();
    await option.waitFor();
    const name = ((await option.getAttribute('title')) ?? (await option.innerText())).trim();
    await option.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => select.innerText()).toContain(name);
    await page.getByTestId('send-delivery').getByText(/個人連結/).click();
    // Asked by the sample a moment ago, perhaps: the link is meant for now, whatever the quiet period.
    await page.locator('#sendSurvey_respectQuietPeriod').click();
    const sent = answered(page, 'SurveySettingsSend');
    await page.getByTestId('send-survey').click();
    const { sendSurvey } = await dataOf<{ sendSurvey: { sent: number; link: string | null } }>(sent);
    expect(sendSurvey.sent).toBe(1);
    expect(sendSurvey.link).toMatch(/\/s\/.+/);
    const link = page.getByTestId('send-result-link');
    await link.waitFor();
    expect(await link.inputValue()).toBe(sendSurvey.link);
    expect(await page.getByTestId('copy-link').isVisible()).toBe(true);
    await screenshot(page, 'ss-05-link');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
