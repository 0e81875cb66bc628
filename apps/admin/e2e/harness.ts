import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const here = import.meta.dirname;
// E2E_ADMIN_DIST lets a build made elsewhere (e.g. `vite build --outDir`) be tested without replacing dist/.
export const ADMIN_DIST = process.env.E2E_ADMIN_DIST ? resolve(process.env.E2E_ADMIN_DIST) : resolve(here, '..', 'dist');
const API_MAIN = resolve(here, '..', '..', 'api', 'dist', 'main.js');
export const ARTIFACTS = resolve(here, 'artifacts');
export const PASSWORD = 'Demo-2026-station';

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export interface Api {
  url: string;
  stop(): Promise<void>;
}

/** Starts the built API on a fresh SQLite file with the demo company seeded. */
export async function startApi(): Promise<Api> {
  for (const [what, path] of [
    ['API build', API_MAIN],
    ['admin build', join(ADMIN_DIST, 'index.html')],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${what} missing at ${path}; run the builds first (turbo does this for admin#test).`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'stationhub-admin-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ADMIN_DIST,
    SEED_DEMO: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  // Development mode would relax security headers the suite means to run under.
  delete env.NODE_ENV;
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output = (output + b.toString()).slice(-8000)));
  child.stderr?.on('data', (b: Buffer) => (output = (output + b.toString()).slice(-8000)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API not ready within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'zh-TW' });
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/login');
  await page.locator('#login_email').fill(email);
  await page.locator('#login_password').fill(PASSWORD);
  await page.locator('form[id="login"] button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Serious and critical axe violations, formatted for a readable assertion failure. */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Contrast measured in the middle of a colour transition (a button that was just clicked
  // or hovered) is neither colour; let running animations and transitions finish first.
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => a.effect?.getTiming().iterations !== Infinity);
    const settled = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 2000))]);
  });
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n  ')}`);
}

export const visibleDropdown = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/**
 * Picks `title` in a searchable TreeSelect after typing `search`. A click that lands while
 * the filtered tree re-renders can select nothing, or leave the list open over the form, so
 * the pick is checked on the select itself and retried.
 */
export async function pickTreeOption(page: Page, input: string, title: string, search = title): Promise<void> {
  const select = page.locator('.ant-select', { has: page.locator(input) });
  for (let attempt = 1; ; attempt++) {
    await page.locator(input).click();
    await page.locator(input).fill(search);
    await page.locator(`${visibleDropdown} .ant-select-tree-node-content-wrapper[title="${title}"]`).first().click();
    const list = page.locator(`${visibleDropdown} .ant-select-tree`);
    await list.waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => page.keyboard.press('Escape'));
    if ((await select.innerText()).includes(title)) return;
    if (attempt === 3) throw new Error(`${input}: ${title} was not picked`);
  }
}

/**
 * Picks the first option of a plain select and checks that the select now shows it: a click
 * that lands while the dropdown is still animating or its options are reloading is lost, and
 * the form then fails on its own required rule instead of reaching the server.
 */
export async function pickFirstOption(page: Page, input: string): Promise<void> {
  const select = page.locator('.ant-select', { has: page.locator(input) });
  for (let attempt = 1; ; attempt++) {
    await page.locator(input).click();
    const option = page.locator(`${visibleDropdown} .ant-select-item-option:not(.ant-select-item-option-disabled)`).first();
    await option.waitFor();
    const label = (await option.getAttribute('title')) ?? (await option.innerText());
    await option.click();
    await page.locator(visibleDropdown).waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => page.keyboard.press('Escape'));
    if (label && (await select.innerText()).includes(label.trim())) return;
    if (attempt === 3) throw new Error(`${input}: no option was picked`);
  }
}

/**
 * Picks the option whose title starts with `title` in a select, typing `search` first when the
 * select searches the server (its options arrive after the typing settles), and checks that
 * the select now shows it, retrying a click lost to a re-render.
 */
export async function pickOption(page: Page, input: string, title: string, search?: string): Promise<void> {
  const select = page.locator('.ant-select', { has: page.locator(input) });
  for (let attempt = 1; ; attempt++) {
    await page.locator(input).click();
    if (search !== undefined) await page.locator(input).fill(search);
    await page.locator(`${visibleDropdown} .ant-select-item-option[title^="${title}"]`).first().click();
    await page.locator(visibleDropdown).waitFor({ state: 'hidden', timeout: 2_000 }).catch(() => page.keyboard.press('Escape'));
    if ((await select.innerText()).includes(title)) return;
    if (attempt === 3) throw new Error(`${input}: ${title} was not picked`);
  }
}

/** A fresh browser context signed in as `email`, with its page. */
export async function signedInContext(browser: Browser, baseURL: string, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, baseURL);
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Resolves when the console's request for `operation` has been answered. */
export function answered(page: Page, operation: string) {
  return page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(`"operationName":"${operation}"`));
}

/** A GraphQL call straight to the API, as an integration or a colleague's own client makes it. */
export async function callGraphql<T>(api: Api, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const { data, errors } = (await res.json()) as { data?: T; errors?: unknown[] };
  if (errors?.length || !data) throw new Error(`GraphQL failed: ${JSON.stringify(errors)}`);
  return data;
}
