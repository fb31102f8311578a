import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { screenshotDir } from './server';

export const chromiumPath = process.env.SHARPSTACK_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/**
 * Debian's Chromium, headless, with a fresh profile. Every request that is not for the test
 * server (http://127.0.0.1:PORT) is aborted and remembered: `offSite` must stay empty.
 */
export async function openBrowser(baseUrl: string, parentDir = tmpdir()): Promise<TestBrowser & { offSite: string[] }> {
  const profile = mkdtempSync(join(parentDir, 'chromium-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: FLAGS,
      timeout: 30000,
      viewport: { width: 1400, height: 900 },
      locale: 'en-US',
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium could not start (${chromiumPath}; install Debian's chromium package): ${(e as Error).message}`);
  }
  const offSite: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offSite.push(url);
    return route.abort();
  });
  context.setDefaultTimeout(15000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    offSite,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A full-page screenshot in .test-results/ui-screenshots/NAME.png. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Logs in through the login page (user name, password, domain path) and waits for the dashboard. */
export async function uiLogin(page: Page, baseUrl: string, username: string, password: string, domain = '/'): Promise<void> {
  await page.goto(`${baseUrl}/client/login`);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Domain').fill(domain);
  await page.getByRole('button', { name: /log in/i }).click();
  await page.getByRole('button', { name: username }).waitFor();
}

/**
 * A browser for one test file: opened before its tests (after `setup`, e.g. accounts made through
 * the API), closed after them. Its fields are there once the tests run.
 */
export function browserForFile(baseUrl: string, setup?: () => Promise<void>): TestBrowser & { offSite: string[] } {
  const browser = {} as TestBrowser & { offSite: string[] };
  beforeAll(async () => {
    await setup?.();
    // The profile goes in the server's data folder, which goes away even when a run is killed.
    Object.assign(browser, await openBrowser(baseUrl, inject('dataDir')));
  }, 240000);
  afterAll(async () => {
    await browser.close?.();
  });
  return browser;
}
