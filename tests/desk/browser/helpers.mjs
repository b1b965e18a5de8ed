// SPDX-License-Identifier: MIT
// What the Desk's browser scripts (desk, form and live .browser.mjs) share: Chromium
// driven by playwright-core from web/node_modules, pages that record every console error
// and script error (a strict CSP that blocks one of our own files shows there), the
// sign-in form, axe-core, and the step runner that reports each step by name and fails
// on console errors that are not expected refusals.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.FM_WEB_DIR, 'package.json'));
const { chromium } = require('playwright-core');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WAIT = { timeout: 30000 };

export async function launch() {
  return chromium.launch({
    executablePath: process.env.FM_CHROMIUM,
    headless: true,
    // Root in a container has no user namespace for Chromium's sandbox.
    args: ['--no-sandbox'],
  });
}

// Every console error and script error of every page made by newPage.
export const problems = [];
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options });
  const page = await context.newPage();
  watch(page);
  return page;
}
export function watch(page) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
}

// The login form, then wait until the Desk sent the browser on.
export async function signIn(page, base, who, next = '/desk') {
  await page.goto(`${base}/desk/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('User name or e-mail').fill(who.user);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/desk/login'));
}

// WCAG 2.1 A and AA violations on the page (needs a context with bypassCSP).
export async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -- ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ')}`);
  });
}

const steps = [];
export const step = (name, run) => steps.push({ name, run });

// Runs every step (a failing one does not stop the others), closes the browser, runs
// `after`, and exits 1 when a step failed or a console error is not `expected` (a
// RegExp for the refusals the steps cause on purpose).
export async function runSteps(browser, { expected, after } = {}) {
  let failed = 0;
  for (const { name, run } of steps) {
    try {
      await run();
      console.log(`PASS  ${name}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL  ${name}\n${error.stack}`);
    }
  }
  await browser.close();
  if (after) await after();
  const ours = problems.filter((p) => !(expected && expected.test(p)));
  if (ours.length) {
    failed += 1;
    console.log(`FAIL  console errors:\n  ${ours.join('\n  ')}`);
  }
  console.log(failed ? `${failed} failed` : `all ${steps.length} browser steps passed`);
  process.exit(failed ? 1 : 0);
}
