// SPDX-License-Identifier: MIT
// The Desk's live list in real Chromium (playwright-core from web/node_modules): a row
// another user inserts appears in an open list of a user who may read it and never in
// the list of one who may not; the focused search box keeps its text; a stopped
// server shows the banner, and the restarted one brings the list up to date.
// run-live-browser-tests.sh prepared the project; this script runs `m start` itself.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.env.FM_WEB_DIR, 'package.json'));
const { chromium } = require('playwright-core');

const m = process.env.FM_M;
const project = process.env.FM_PROJECT;
const shots = process.env.FM_DESK_SCREENSHOTS;
const password = 'live-password-1';
const WAIT = { timeout: 30000 };

let server = null;
let base = null;

// `m start` on `port` (0: a free one); resolves once it listens.
function startServer(port = 0) {
  return new Promise((resolve, reject) => {
    server = spawn(m, ['start', '--port', String(port), '--threads', '2'], { cwd: project });
    let out = '';
    server.stderr.on('data', () => {});
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /listening on http:\/\/[^:]+:(\d+)/.exec(out);
      if (found) resolve(Number(found[1]));
    });
    server.on('exit', (code) => reject(new Error(`m start exited with ${code}: ${out}`)));
  });
}

function stopServer() {
  return new Promise((resolve) => {
    server.removeAllListeners('exit');
    server.on('exit', resolve);
    server.kill('SIGTERM');
  });
}

async function api(method, route, token, body) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json();
  assert.ok(response.ok, `${method} ${route}: ${JSON.stringify(json)}`);
  return json;
}

const login = async (user) =>
  (await api('POST', '/api/v1/auth/login', null, { email: `${user}@example.com`, password })).token;
const ticket = async (token, subject) =>
  (await api('POST', '/api/v1/ticket', token, { subject, priority: 1 })).data.name;

const port = await startServer();
base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: process.env.FM_CHROMIUM,
  headless: true,
  args: ['--no-sandbox'],
});

const problems = [];
async function listFor(user) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 700 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${user}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${user}: ${error.message}`));
  await page.goto(`${base}/desk/login?next=${encodeURIComponent('/desk/ticket')}`);
  await page.getByLabel('User name or e-mail').fill(`${user}@example.com`);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/desk/ticket`);
  await page.locator('html[data-live="connected"]').waitFor(WAIT);
  return page;
}
const row = (page, name) => page.locator(`tr[data-live-key="${name}"]`);

const steps = [];
const step = (name, run) => steps.push({ name, run });
let mgr;
let ann;
let dan;

step('a ticket dan inserts appears in the manager\'s open list, never in ann\'s', async () => {
  mgr = await listFor('mgr');
  ann = await listFor('ann');
  dan = await login('dan');
  const annToken = await login('ann');
  const dans = await ticket(dan, 'from dan');
  await row(mgr, dans).waitFor(WAIT);
  // Ann's own ticket comes after dan's: had dan's been sent to her, it would be there.
  const anns = await ticket(annToken, 'from ann');
  await row(ann, anns).waitFor(WAIT);
  await row(mgr, anns).waitFor(WAIT);
  assert.equal(await row(ann, dans).count(), 0, 'ann sees a ticket she may not read');
  assert.match(await mgr.locator('#total').innerText(), /2 documents/);
  assert.match(await ann.locator('#total').innerText(), /1 document/);
  await mgr.screenshot({ path: `${shots}/desk-live-list.png` });
});

step('the focused search box keeps its text while rows arrive', async () => {
  const search = mgr.locator('#q');
  await search.click();
  await search.pressSequentially('typing');
  const before = Number(await mgr.locator('html').getAttribute('data-live-rev'));
  const name = await ticket(dan, 'while typing');
  await row(mgr, name).waitFor(WAIT);
  assert.ok(Number(await mgr.locator('html').getAttribute('data-live-rev')) > before);
  assert.equal(await search.inputValue(), 'typing');
  assert.equal(await mgr.evaluate(() => document.activeElement.id), 'q');
});

step('a stopped server shows the banner; the restarted one brings the list up to date', async () => {
  await stopServer();
  await mgr.locator('#live-banner').waitFor({ state: 'visible', ...WAIT });
  assert.match(await mgr.locator('#live-banner').innerText(), /Connection lost/);
  await mgr.screenshot({ path: `${shots}/desk-live-banner.png` });
  // Written while no server runs: the page hears of it from the join's reply.
  const written = JSON.parse(execFileSync(m, ['doc', 'insert', 'Ticket', '--data',
    '{"subject": "while down", "priority": 2}'], { cwd: project }).toString());
  const writtenName = written.name ?? written.data?.name;
  assert.ok(writtenName, `m doc insert printed no name: ${JSON.stringify(written)}`);
  await startServer(port);
  await mgr.locator('#live-banner').waitFor({ state: 'hidden', ...WAIT });
  await mgr.locator('html[data-live="connected"]').waitFor(WAIT);
  await row(mgr, writtenName).waitFor(WAIT);
  const name = await ticket(dan, 'after the restart');
  await row(mgr, name).waitFor(WAIT);
});

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
await stopServer();
// While the server was down Chromium reports the failed reconnects, and it asks for a
// /favicon.ico the Desk does not have (404); nothing else may show.
const ours = problems.filter((p) => !/WebSocket connection to .* failed/.test(p) &&
  !/Failed to load resource: the server responded with a status of 404/.test(p));
if (ours.length) {
  failed += 1;
  console.log(`FAIL  console errors:\n  ${ours.join('\n  ')}`);
}
console.log(failed ? `${failed} failed` : `all ${steps.length} live browser steps passed`);
process.exit(failed ? 1 : 0);
