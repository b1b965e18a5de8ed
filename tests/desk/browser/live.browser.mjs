// SPDX-License-Identifier: MIT
// The Desk's live list in real Chromium (playwright-core from web/node_modules): a row
// another user inserts appears in an open list of a user who may read it and never in
// the list of one who may not; the focused search box keeps its text; a stopped
// server shows the banner, and the restarted one brings the list up to date.
// run-live-browser-tests.sh prepared the project; this script runs `m start` itself.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';

import { WAIT, launch, newPage, runSteps, signIn, step, watch } from './helpers.mjs';

const m = process.env.FM_M;
const project = process.env.FM_PROJECT;
const shots = process.env.FM_DESK_SCREENSHOTS;
const password = 'live-password-1';

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
const browser = await launch();

async function listFor(user, list = '/desk/ticket') {
  const page = await newPage(browser, { viewport: { width: 1100, height: 700 } });
  await signIn(page, base, { user: `${user}@example.com`, password }, list);
  await page.waitForURL(`${base}${list}`);
  await page.locator('html[data-live="connected"]').waitFor(WAIT);
  return page;
}
const row = (page, name) => page.locator(`tr[data-live-key="${name}"]`);

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

step('sort headers and pager links change the list without a reload; back goes back', async () => {
  await mgr.evaluate(() => { window.fmNoReload = true; });
  const before = await mgr.locator('tbody tr').first().getAttribute('data-live-key');
  await mgr.locator('thead a', { hasText: 'Name' }).first().click();
  await mgr.waitForURL(/sort=/, WAIT);
  await mgr.waitForFunction((first) => {
    const row = document.querySelector('tbody tr');
    return row && row.getAttribute('data-live-key') !== first;
  }, before, WAIT);
  assert.equal(await mgr.evaluate(() => window.fmNoReload), true, 'the sort reloaded the page');
  // The filter form carries the new sort (its hidden inputs are a live part).
  assert.ok(await mgr.locator('form.filters input[name="sort"]').count() === 1);
  await mgr.goBack();
  await mgr.waitForURL(`${base}/desk/ticket`, WAIT);
  await mgr.waitForFunction((first) => document.querySelector('tbody tr')?.getAttribute('data-live-key') === first,
    before, WAIT);
  assert.equal(await mgr.evaluate(() => window.fmNoReload), true, 'going back reloaded the page');
});

step('a row that leaves the user\'s reach leaves her open list', async () => {
  const page = await listFor('ann', '/desk/task');
  const mgrToken = await login('mgr');
  const task = (await api('POST', '/api/v1/task', mgrToken,
    { title: 'for ann', assigned_to: 'ann@example.com' })).data.name;
  await row(page, task).waitFor(WAIT);
  await api('PUT', `/api/v1/task/${encodeURIComponent(task)}`, mgrToken, { assigned_to: 'dan@example.com' });
  await row(page, task).waitFor({ state: 'detached', ...WAIT });
  await page.context().close();
});

let form;
let shared;
step('a form checks the input as the user types and shows someone else\'s save', async () => {
  shared = await ticket(dan, 'shared form');
  form = await mgr.context().newPage();
  watch(form);
  await form.goto(`${base}/desk/ticket/${encodeURIComponent(shared)}`);
  await form.locator('html[data-live="connected"]').waitFor(WAIT);
  const subject = form.getByLabel('Subject', { exact: true });
  await subject.fill('');
  // The server's message (the API's own), beside the field, without a save.
  const error = form.locator('#err-f-subject');
  await error.waitFor({ state: 'visible', ...WAIT });
  assert.match(await error.innerText(), /required/i);
  assert.equal(await subject.getAttribute('aria-invalid'), 'true');
  await subject.fill('My own subject');
  await error.waitFor({ state: 'hidden', ...WAIT });
  assert.equal(await subject.getAttribute('aria-invalid'), null);
  // dan saves a new priority: a banner names it; the typed subject stays.
  await api('PUT', `/api/v1/ticket/${encodeURIComponent(shared)}`, dan, { priority: 7 });
  const banner = form.locator('#remote-change');
  await banner.waitFor(WAIT);
  assert.match(await banner.innerText(), /Priority/);
  assert.match(await banner.innerText(), /7/);
  assert.equal(await subject.inputValue(), 'My own subject');
  await form.screenshot({ path: `${shots}/desk-live-form.png`, fullPage: true });
});

step('a stopped server shows the banner; the restarted one brings the list up to date', async () => {
  await stopServer();
  await mgr.locator('#live-banner').waitFor({ state: 'visible', ...WAIT });
  await form.getByLabel('Subject', { exact: true }).fill('My own subject, typed offline');
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
  // The open form kept what was typed while the server was down, and checks it again.
  await form.locator('html[data-live="connected"]').waitFor(WAIT);
  const subject = form.getByLabel('Subject', { exact: true });
  assert.equal(await subject.inputValue(), 'My own subject, typed offline');
  await subject.fill('');
  await form.locator('#err-f-subject').waitFor({ state: 'visible', ...WAIT });
  await subject.fill('Back online');
  await form.locator('#err-f-subject').waitFor({ state: 'hidden', ...WAIT });
});

step('a reloaded form gets its unsaved input back, and saving shows the conflict first', async () => {
  await form.reload();
  await form.locator('#draft-restored').waitFor({ state: 'visible', ...WAIT });
  const subject = form.getByLabel('Subject', { exact: true });
  assert.equal(await subject.inputValue(), 'Back online');
  // The draft keeps the version it was typed against: the banner says someone saved.
  await form.locator('#remote-change').waitFor(WAIT);
  await form.getByRole('button', { name: 'Save', exact: true }).first().click();
  await form.locator('#form-alert').waitFor(WAIT);
  assert.match(await form.locator('#form-alert').innerText(), /Someone else saved/);
  assert.equal(await subject.inputValue(), 'Back online');
  await form.close();
});

// While the server was down Chromium reports the failed reconnects; it asks for a
// /favicon.ico the Desk does not have (404); the stale save answers 409 on purpose.
await runSteps(browser, {
  expected: /WebSocket connection to .* failed|Failed to load resource: the server responded with a status of 40[49]/,
  after: stopServer,
});
