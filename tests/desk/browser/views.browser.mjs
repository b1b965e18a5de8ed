// SPDX-License-Identifier: MIT
// The Desk's calendar in real Chromium (playwright-core from web/node_modules) over the
// test app deskapp (run-views-browser-tests.sh prepared it and runs `m start`): months
// and weeks navigated through links that stay in the URL, a click that opens the form,
// keyboard use, axe-core, a 375 px phone, and meetings created over REST appearing live
// for a user who may read them and never for one who may not; then the kanban grouped by
// the Room link: a column per room the user may read, a drag that sets the link, and a
// refused move that shows the API's message; then a form's timeline of changes, live,
// paged and without the fields a reader may not read; and calendar entries moved by a
// drag or by their ‹ › buttons, through the form's save with its OCC.
import assert from 'node:assert/strict';

import { WAIT, axeViolations, launch, newPage, runSteps, signIn, step } from './helpers.mjs';

const base = process.env.FM_DESK_URL;
const shots = process.env.FM_DESK_SCREENSHOTS;
const password = process.env.FM_PASSWORD;
const browser = await launch();

async function api(method, route, token, body) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = response.status === 204 ? {} : await response.json();
  assert.ok(response.ok, `${method} ${route}: ${JSON.stringify(json)}`);
  return json;
}
const login = async (user) =>
  (await api('POST', '/api/v1/auth/login', null, { email: `${user}@example.com`, password })).token;
const meeting = async (token, title, starts_at, ends_on) =>
  (await api('POST', '/api/v1/meeting', token, { title, starts_at, ...(ends_on ? { ends_on } : {}) })).data.name;

const calendar = '/desk/meeting/view/calendar';
const month = `${calendar}?mode=month&date=2026-11-15`;
const week = `${calendar}?mode=week&date=2026-11-04`;

// Signed in as `user` at `path`; a live page (the calendar) once it joined.
async function open(user, path, options = {}, live = true) {
  const page = await newPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await signIn(page, base, { user: `${user}@example.com`, password }, path);
  await page.waitForURL(`${base}${path}`);
  if (live) await page.locator('html[data-live="connected"]').waitFor(WAIT);
  return page;
}
const day = (page, iso) => page.locator(`td[data-day="${iso}"]`);
const entry = (page, name) => page.locator(`a[data-doc="${name}"]`);

const tokens = {};
const names = {};

step('the month shows the meetings the planner may read; prev/next/today stay in the URL', async () => {
  tokens.pia = await login('pia');
  tokens.ann = await login('ann');
  tokens.ben = await login('ben');
  names.standup = await meeting(tokens.ann, 'Ann standup', '2026-11-04T09:30:00Z');
  names.review = await meeting(tokens.ben, 'Ben review', '2026-11-04T14:00:00Z');
  names.offsite = await meeting(tokens.pia, 'Offsite', '2026-10-30T08:00:00Z', '2026-11-03');
  const page = await open('pia', month);
  assert.equal(await page.locator('#cal-period').textContent(), 'November 2026');
  await day(page, '2026-11-04').getByRole('link', { name: /Ann standup/ }).waitFor(WAIT);
  await day(page, '2026-11-04').getByRole('link', { name: /Ben review/ }).waitFor(WAIT);
  assert.equal(await day(page, '2026-11-02').getByRole('link', { name: /Offsite/ }).count(), 1);
  await page.screenshot({ path: `${shots}/calendar-month.png`, fullPage: true });

  await page.getByRole('link', { name: 'Next month' }).click();
  await page.waitForURL(`${base}${calendar}?mode=month&date=2026-12-15`, WAIT);
  await page.locator('#cal-period', { hasText: 'December 2026' }).waitFor(WAIT);
  await page.getByRole('link', { name: 'Previous month' }).click();
  await page.getByRole('link', { name: 'Previous month' }).click();
  await page.waitForURL(`${base}${calendar}?mode=month&date=2026-10-15`, WAIT);
  await page.locator('#cal-period', { hasText: 'October 2026' }).waitFor(WAIT);
  // The offsite began in October: there too.
  await day(page, '2026-10-30').getByRole('link', { name: /Offsite/ }).waitFor(WAIT);
  // Back goes to the state before.
  await page.goBack();
  await page.locator('#cal-period', { hasText: 'November 2026' }).waitFor(WAIT);

  await page.getByRole('link', { name: 'Week', exact: true }).click();
  await page.waitForURL(/mode=week/, WAIT);
  assert.equal(await page.locator('td[data-day]').count(), 7);
  await page.getByRole('link', { name: 'Today' }).click();
  const today = new Date().toISOString().slice(0, 10);
  await page.waitForURL(`${base}${calendar}?mode=week&date=${today}`, WAIT);
  await day(page, today).waitFor(WAIT);
  // A shared link opens the same period in a fresh page.
  const shared = await open('pia', week);
  assert.equal(await shared.locator('td[data-day]').count(), 7);
  await entry(shared, names.standup).waitFor(WAIT);
  await shared.screenshot({ path: `${shots}/calendar-week.png`, fullPage: true });
  await shared.context().close();
  await page.context().close();
});

step('a click on an entry opens its form', async () => {
  const page = await open('pia', week);
  await entry(page, names.review).click();
  await page.waitForURL(`${base}/desk/meeting/${names.review}`, WAIT);
  assert.equal(await page.getByLabel('Title').inputValue(), 'Ben review');
  await page.context().close();
});

step('keyboard only: Tab reaches the period links and the entries, Enter follows them', async () => {
  const page = await open('pia', week);
  // From the period heading onwards, the next focus stops are the navigation links.
  await page.locator('#cal-period').evaluate((h) => {
    h.tabIndex = -1;
    h.focus();
  });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Previous week');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}${calendar}?mode=week&date=2026-10-28`, WAIT);
  await page.locator('#cal-period', { hasText: 'Week of' }).waitFor(WAIT);
  await page.locator('td[data-day="2026-10-30"] a[data-doc]').waitFor(WAIT);
  // Tab from the last mode link lands on the first entry of the week.
  await page.getByRole('link', { name: 'Week', exact: true }).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-doc')), names.offsite);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/desk/meeting/${names.offsite}`, WAIT);
  await page.context().close();
});

step('no axe-core violations on the month and the week, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const path of [month, week]) {
      const page = await open('pia', path, { bypassCSP: true, colorScheme });
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${colorScheme} ${path}`);
      await page.context().close();
    }
  }
});

step('on a 375 px phone the month is an agenda of the days with meetings', async () => {
  const page = await open('pia', month, { viewport: { width: 375, height: 812 }, isMobile: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `the page scrolls sideways: ${width}px`);
  // Free days are hidden; a day with meetings shows its full date.
  assert.equal(await day(page, '2026-11-05').isVisible(), false);
  assert.equal(await day(page, '2026-11-04').isVisible(), true);
  assert.match(await day(page, '2026-11-04').locator('.day-long').innerText(), /November/);
  await page.screenshot({ path: `${shots}/calendar-phone.png`, fullPage: true });
  await page.context().close();
});

step('a meeting created over REST appears live for who may read it, never for others', async () => {
  const pia = await open('pia', week);
  const ann = await open('ann', week);
  // Members read their own meetings only.
  await entry(ann, names.standup).waitFor(WAIT);
  assert.equal(await entry(ann, names.review).count(), 0);
  assert.equal(await entry(ann, names.offsite).count(), 0);
  const annRev = await ann.evaluate(() => document.documentElement.getAttribute('data-live-rev'));

  names.late = await meeting(tokens.ben, 'Ben late call', '2026-11-05T18:00:00Z');
  await day(pia, '2026-11-05').getByRole('link', { name: /Ben late call/ }).waitFor(WAIT);
  names.lunch = await meeting(tokens.ann, 'Ann lunch', '2026-11-06T12:00:00Z');
  await day(ann, '2026-11-06').getByRole('link', { name: /Ann lunch/ }).waitFor(WAIT);
  await day(pia, '2026-11-06').getByRole('link', { name: /Ann lunch/ }).waitFor(WAIT);
  assert.equal(await entry(ann, names.late).count(), 0, 'ann sees ben\'s meeting');
  assert.notEqual(await ann.evaluate(() => document.documentElement.getAttribute('data-live-rev')), annRev);

  // Moved to another day: it leaves the old one without a reload.
  await api('PUT', `/api/v1/meeting/${names.lunch}`, tokens.ann, { starts_at: '2026-11-07T12:00:00Z' });
  await day(ann, '2026-11-07').getByRole('link', { name: /Ann lunch/ }).waitFor(WAIT);
  await day(ann, '2026-11-06').getByRole('link', { name: /Ann lunch/ }).waitFor({ state: 'detached', ...WAIT });
  await pia.screenshot({ path: `${shots}/calendar-live.png`, fullPage: true });
  await pia.context().close();
  await ann.context().close();
});

step('a bad period in the URL is refused with a page that says how to fix it', async () => {
  const page = await newPage(browser);
  await signIn(page, base, { user: 'pia@example.com', password }, `${calendar}?mode=year`);
  await page.getByText('The calendar shows mode=month or mode=week, not "year".').waitFor(WAIT);
  await page.context().close();
});

step('kanban by room: a column per room the user may read; a drag sets the link', async () => {
  const room = async (token, room_name) => (await api('POST', '/api/v1/room', token, { room_name })).data.name;
  names.zephyr = await room(tokens.pia, 'Zephyr');
  names.atlas = await room(tokens.pia, 'Atlas');
  names.den = await room(tokens.ann, "Ann's den");
  const board = '/desk/meeting/view/kanban';
  const page = await open('pia', '/desk/meeting', {}, false);
  await page.getByRole('link', { name: 'Kanban' }).click();
  await page.waitForURL(`${base}${board}`);
  const lanes = await page.locator('.lane h2').allInnerTexts();
  // "(none)" first, then the rooms by title.
  assert.deepEqual(lanes.map((text) => text.replace(/\s*\d+$/, '')), ['(none)', "Ann's den", 'Atlas', 'Zephyr']);
  const card = page.locator(`.card-item[data-name="${names.review}"]`);
  await card.dragTo(page.locator(`.lane[data-value="${names.atlas}"]`));
  await page.waitForFunction((name) => document.querySelector(`.card-item[data-name="${name}"]`)
    ?.closest('.lane')?.dataset.value !== '', names.review, WAIT);
  assert.equal(await page.locator(`.card-item[data-name="${names.review}"]`)
    .evaluate((el) => el.closest('.lane').dataset.value), names.atlas);
  const stored = await api('GET', `/api/v1/meeting/${names.review}`, tokens.pia);
  assert.equal(stored.data.room, names.atlas);
  await page.screenshot({ path: `${shots}/kanban-link.png`, fullPage: true });

  // Ann reads her own room only: one room column besides "(none)".
  const ann = await open('ann', board, {}, false);
  assert.deepEqual((await ann.locator('.lane h2').allInnerTexts()).map((t) => t.replace(/\s*\d+$/, '')),
    ['(none)', "Ann's den"]);
  assert.equal(await ann.locator(`.card-item[data-name="${names.review}"]`).count(), 0);
  await ann.context().close();

  // A room deleted after the board was drawn: the API refuses the move and says why.
  await page.reload();
  await api('DELETE', `/api/v1/room/${names.zephyr}`, tokens.pia);
  await page.getByLabel(`Move ${names.review} to`).selectOption(names.zephyr);
  await page.locator(`.card-item[data-name="${names.review}"]`).getByRole('button', { name: 'Move' }).click();
  await page.getByRole('alert').first().waitFor(WAIT);
  const alert = await page.getByRole('alert').first().innerText();
  assert.match(alert, /Room/);
  await page.screenshot({ path: `${shots}/kanban-link-refused.png`, fullPage: true });
  const unchanged = await api('GET', `/api/v1/meeting/${names.review}`, tokens.pia);
  assert.equal(unchanged.data.room, names.atlas);
  await page.context().close();
});

step("timeline: another user's save appears live; a field above the reader's level never does", async () => {
  names.sync = await meeting(tokens.ann, 'Ann sync', '2026-11-09T10:00:00Z');
  const form = `/desk/meeting/${names.sync}`;
  const ann = await open('ann', form);
  const timeline = ann.locator('section.timeline');
  await timeline.getByText('No changes saved yet.').waitFor(WAIT);
  assert.match(await timeline.locator('.created').innerText(), /ann@example\.com created this/);

  // The planner changes the title and the secret note (level 1, which members cannot read).
  await api('PUT', `/api/v1/meeting/${names.sync}`, tokens.pia, { title: 'Ann sync moved', secret_note: 'budget cut' });
  const entries = timeline.locator('.timeline-list > li');
  await entries.filter({ hasText: 'Ann sync moved' }).waitFor(WAIT);
  assert.equal(await entries.count(), 1);
  assert.match(await entries.first().innerText(), /pia@example\.com changed/);
  // Only the note: no entry for the member at all. Then the title again: one more.
  await api('PUT', `/api/v1/meeting/${names.sync}`, tokens.pia, { secret_note: 'budget restored' });
  await api('PUT', `/api/v1/meeting/${names.sync}`, tokens.pia, { title: 'Ann sync final' });
  await entries.filter({ hasText: 'Ann sync final' }).waitFor(WAIT);
  assert.equal(await entries.count(), 2);
  // Newest first.
  assert.match(await entries.first().innerText(), /Ann sync final/);
  const text = await timeline.innerText();
  assert.ok(!/Secret Note|budget/.test(text), `the member's timeline shows the secret note: ${text}`);
  assert.ok(!/budget/.test(await ann.content()), 'the secret note is in the member\'s page');
  await ann.screenshot({ path: `${shots}/timeline-member.png`, fullPage: true });

  // The planner reads level 1: three entries, the note's among them.
  const pia = await open('pia', form);
  const piaEntries = pia.locator('section.timeline .timeline-list > li');
  assert.equal(await piaEntries.count(), 3);
  assert.match(await piaEntries.nth(1).innerText(), /Secret Note: budget cut[\s\S]*budget restored/);
  await pia.screenshot({ path: `${shots}/timeline-planner.png`, fullPage: true });
  // Over REST too, filtered the same way.
  const history = await api('GET', `/api/v1/meeting/${names.sync}/versions`, tokens.ann);
  assert.equal(history.data.length, 2);
  assert.ok(!JSON.stringify(history).includes('secret_note'));
  await pia.context().close();
  await ann.context().close();
});

step('timeline: 20 changes a page, "Show older changes" adds the rest; no axe violations', async () => {
  for (let i = 1; i <= 21; i += 1)
    await api('PUT', `/api/v1/meeting/${names.sync}`, tokens.ann, { title: `Ann sync ${i}` });
  for (const colorScheme of ['light', 'dark']) {
    const page = await open('ann', `/desk/meeting/${names.sync}`, { bypassCSP: true, colorScheme });
    const entries = page.locator('section.timeline .timeline-list > li');
    assert.equal(await entries.count(), 20);
    assert.match(await entries.first().innerText(), /Ann sync 21/);
    assert.equal(await page.locator('section.timeline .created').count(), 0);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], colorScheme);
    if (colorScheme === 'light') {
      await page.getByRole('link', { name: 'Show older changes' }).click();
      await page.waitForURL(/versions=40/, WAIT);
      await page.locator('html[data-live="connected"]').waitFor(WAIT);
      assert.equal(await entries.count(), 23);
      await page.locator('section.timeline .created').waitFor(WAIT);
      assert.equal(await page.getByRole('link', { name: 'Show older changes' }).count(), 0);
      await page.locator('section.timeline').screenshot({ path: `${shots}/timeline.png` });
    }
    await page.context().close();
  }
});

step('calendar: a drag moves an entry to another day, ‹ › by a day, keeping its length', async () => {
  names.planning = await meeting(tokens.pia, 'Pia planning', '2026-11-10T09:00:00Z', '2026-11-11');
  const path = `${calendar}?mode=week&date=2026-11-10`;
  const page = await open('pia', path);
  const item = (name) => page.locator('li.movable').filter({ has: page.locator(`a[data-doc="${name}"]`) });
  await item(names.planning).waitFor(WAIT);
  await page.screenshot({ path: `${shots}/calendar-move.png`, fullPage: true });
  await item(names.planning).dragTo(day(page, '2026-11-13'));
  await page.waitForURL(`${base}${path}`, WAIT);
  await day(page, '2026-11-13').locator(`a[data-doc="${names.planning}"]`).waitFor(WAIT);
  let stored = (await api('GET', `/api/v1/meeting/${names.planning}`, tokens.pia)).data;
  assert.equal(stored.starts_at, '2026-11-13T09:00:00.000Z');
  assert.equal(stored.ends_on, '2026-11-14');

  // Keyboard only: Tab to the entry's "a day earlier" button, Enter.
  await day(page, '2026-11-13').locator(`a[data-doc="${names.planning}"]`).focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')),
    'Move Pia planning a day earlier');
  await page.keyboard.press('Enter');
  await day(page, '2026-11-12').locator(`a[data-doc="${names.planning}"]`).waitFor(WAIT);
  stored = (await api('GET', `/api/v1/meeting/${names.planning}`, tokens.pia)).data;
  assert.equal(stored.starts_at, '2026-11-12T09:00:00.000Z');
  assert.equal(stored.ends_on, '2026-11-13');
  // Ann may not write the planner's meeting: no controls for her (she cannot read it either).
  await page.context().close();
});

step("calendar: a refused move shows the API's message and changes nothing", async () => {
  const path = `${calendar}?mode=week&date=2026-11-10`;
  const page = await open('pia', path);
  await page.locator('html[data-live-rev]').waitFor(WAIT); // the join's first render applied
  // Someone saves between the page's last patch and the click: the page's _version is
  // stale (set here, as no real race can be timed), so the save refuses with a conflict.
  await page.evaluate((name) => {
    const entry = document.querySelector(`a[data-doc="${name}"]`).closest('li');
    for (const input of entry.querySelectorAll('input[name="_version"]')) input.value = '1';
  }, names.planning);
  await page.getByRole('button', { name: 'Move Pia planning a day later' }).click();
  const alert = page.getByRole('alert').first();
  await alert.waitFor(WAIT);
  assert.match(await alert.innerText(), /Someone else saved this Meeting/);
  await page.screenshot({ path: `${shots}/calendar-move-refused.png`, fullPage: true });
  const stored = (await api('GET', `/api/v1/meeting/${names.planning}`, tokens.pia)).data;
  assert.equal(stored.starts_at, '2026-11-12T09:00:00.000Z');
  await page.context().close();
});

// Refusals on purpose: the bad period (400), the refused moves (4xx), a missing favicon.
await runSteps(browser, { expected: /Failed to load resource: the server responded with a status of 4(0[0-9]|22)/ });
