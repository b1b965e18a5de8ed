// SPDX-License-Identifier: MIT
// The Desk in real Chromium (Debian's chromium, driven by playwright-core from
// web/node_modules), against the `m start` that run-browser-tests.sh started on the
// demo data. Each step is one user-visible flow; a failing step fails the test with
// its name. Screenshots of each view land in $FM_DESK_SCREENSHOTS.
import assert from 'node:assert/strict';

import { axeViolations, launch, newPage as openPage, runSteps, signIn as signInAt, step } from './helpers.mjs';

const base = process.env.FM_DESK_URL;
const shots = process.env.FM_DESK_SCREENSHOTS;
const admin = { user: 'Administrator', password: process.env.FM_ADMIN_PASSWORD };
const agent = { user: 'agent@example.com', password: 'agent-password-1' };

const browser = await launch();
const newPage = (options) => openPage(browser, options);
const signIn = (page, who, next) => signInAt(page, base, who, next);

async function rowNames(page) {
  return page.locator('table.list tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.name));
}


step('the root leads to the login, and the login back to the page asked for', async () => {
  const page = await newPage();
  await page.goto(`${base}/`);
  assert.equal(new URL(page.url()).pathname, '/desk/login');
  assert.equal(new URL(page.url()).searchParams.get('next'), '/desk');
  await page.screenshot({ path: `${shots}/desk-login.png` });
  // A wrong password shows the API's message and keeps the user name.
  await page.getByLabel('User name or e-mail').fill(admin.user);
  await page.getByLabel('Password', { exact: true }).fill('wrong');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').waitFor();
  assert.match(await page.getByRole('alert').innerText(), /password is wrong/);
  assert.equal(await page.getByLabel('User name or e-mail').inputValue(), admin.user);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/desk`);
  await page.getByRole('heading', { name: 'Workspace' }).waitFor();
  const tile = page.locator('a.tile[data-doctype="Ticket"]');
  assert.equal(await tile.locator('.count').innerText(), '12');
  await page.screenshot({ path: `${shots}/desk-workspace.png`, fullPage: true });
  await page.context().close();
});

step('list: filter, sort and page, all in a URL that can be shared', async () => {
  const page = await newPage();
  await signIn(page, admin, '/desk/ticket');
  assert.equal(new URL(page.url()).pathname, '/desk/ticket');
  assert.equal((await rowNames(page)).length, 12);
  await page.getByLabel('Status value').fill('Open');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL(/f\.status=Open/);
  assert.equal((await rowNames(page)).length, 4);
  assert.equal(await page.locator('#total').innerText(), '4 documents');
  const statuses = await page.locator('td[data-label="Status"]').allInnerTexts();
  assert.deepEqual([...new Set(statuses)], ['Open']);
  await page.screenshot({ path: `${shots}/desk-list.png`, fullPage: true });

  // The operator select: "in" with a comma-separated list.
  await page.getByLabel('How Priority compares').selectOption('in');
  await page.getByLabel('Priority value').fill('High,Urgent');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL(/op\.priority=in/);
  assert.deepEqual((await rowNames(page)).sort(), ['TKT-00006', 'TKT-00008']);

  // Sort by subject by its column header, then page through 5 at a time.
  await page.goto(`${base}/desk/ticket?limit=5`);
  await page.getByRole('link', { name: 'Subject' }).click();
  await page.waitForURL(/sort=subject/);
  assert.equal(await page.locator('th[aria-sort="ascending"]').innerText(), 'Subject ▲');
  const first = await rowNames(page);
  assert.equal(first.length, 5);
  await page.getByRole('link', { name: 'Next' }).click();
  await page.waitForURL(/page=2/);
  const second = await rowNames(page);
  assert.equal(second.length, 5);
  assert.ok(!second.some((name) => first.includes(name)));
  assert.match(await page.locator('.page-text').innerText(), /6–10 of 12, page 2 of 3/);
  // The URL alone restores the page in a fresh browser.
  const shared = page.url();
  const other = await newPage();
  await signIn(other, admin, new URL(shared).pathname + new URL(shared).search);
  assert.deepEqual(await rowNames(other), second);
  await other.context().close();

  // Search over the search fields.
  await page.goto(`${base}/desk/ticket`);
  await page.getByLabel(/^Search/).fill('invoice');
  await page.getByLabel(/^Search/).press('Enter');
  await page.waitForURL(/q=invoice/);
  assert.equal((await rowNames(page)).length, 2);
  await page.context().close();
});

step('a ticked row stays ticked when someone else changes it', async () => {
  const page = await newPage();
  await signIn(page, admin, '/desk/ticket');
  await page.locator('html[data-live="connected"]').waitFor({ timeout: 30000 });
  const name = (await rowNames(page))[0];
  const box = page.locator(`tr[data-live-key="${name}"] input[type="checkbox"]`);
  await box.check();
  await page.locator('#q').focus(); // the checkbox is not the focused element
  const login = await (await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.user, password: admin.password }),
  })).json();
  const put = await fetch(`${base}/api/v1/ticket/${encodeURIComponent(name)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${login.token}` },
    body: JSON.stringify({ subject: 'Ticked and changed' }),
  });
  assert.equal(put.status, 200, await put.text());
  await page.locator(`tr[data-live-key="${name}"]`).getByText('Ticked and changed').waitFor({ timeout: 30000 });
  assert.equal(await box.isChecked(), true, 'the patch unticked the row');
  await page.context().close();
});

step('form: the layout, fields by type, links between documents', async () => {
  const page = await newPage();
  await signIn(page, admin, '/desk/ticket?sort=subject&dir=asc');
  await page.getByRole('link', { name: 'TKT-00001' }).click();
  await page.waitForURL(`${base}/desk/ticket/TKT-00001`);
  await page.getByRole('heading', { level: 1, name: 'Cannot log in after password reset' }).waitFor();
  const sections = await page.locator('section.section h2').allInnerTexts();
  assert.deepEqual(sections, ['Ticket', 'Dates', 'Details']);
  await page.screenshot({ path: `${shots}/desk-form.png`, fullPage: true });
  await page.getByRole('link', { name: 'Acme Corporation' }).click();
  await page.waitForURL(`${base}/desk/customer/Acme%20Corporation`);
  await page.getByRole('heading', { level: 1, name: 'Acme Corporation' }).waitFor();
  // Breadcrumbs lead back.
  await page.getByRole('navigation', { name: 'Where you are' }).getByRole('link', { name: 'Customer' }).click();
  await page.waitForURL(`${base}/desk/customer`);
  await page.context().close();
});

step('a user who may not read a DocType does not see it; permlevel fields are absent', async () => {
  const page = await newPage();
  await signIn(page, agent);
  assert.equal(await page.locator('a.tile[data-doctype="Ticket"]').count(), 1);
  assert.equal(await page.locator('a.tile[data-doctype="User"]').count(), 0);
  assert.equal(await page.locator('.who').innerText(), 'Agent Ann');
  const response = await page.goto(`${base}/desk/user`);
  assert.equal(response.status(), 403);
  await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
  await page.goto(`${base}/desk/support_agent/Maria%20Lopez`);
  assert.equal(await page.locator('[data-field="hourly_rate"]').count(), 0);
  assert.equal(await page.locator('[data-field="email"]').count(), 1);
  await page.context().close();
});

step('sign out ends the session', async () => {
  const page = await newPage();
  await signIn(page, agent);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/desk\/login\?signed_out=1/);
  await page.getByText('You are signed out.').waitFor();
  await page.goto(`${base}/desk/ticket`);
  assert.equal(new URL(page.url()).pathname, '/desk/login');
  await page.context().close();
});

step('keyboard: the skip link and a visible focus ring', async () => {
  const page = await newPage();
  await signIn(page, admin);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  assert.ok(await skip.evaluate((el) => el === document.activeElement));
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.equal(outline, 'solid');
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('main').evaluate((el) => el === document.activeElement));
  await page.context().close();
});

step('a 375 px phone and dark mode', async () => {
  const page = await newPage({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
  await signIn(page, admin, '/desk/ticket');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 375, `the list is ${overflow} px wide on a 375 px screen`);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(20, 23, 28)');
  await page.screenshot({ path: `${shots}/desk-list-phone-dark.png`, fullPage: false });
  await page.goto(`${base}/desk/ticket/TKT-00003`);
  const formOverflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(formOverflow <= 375, `the form is ${formOverflow} px wide on a 375 px screen`);
  await page.context().close();
});

step('hostile values stay inert text', async () => {
  // A document whose fields hold markup, written through the API as the admin.
  const page = await newPage();
  await signIn(page, admin);
  const csrf = await page.locator('input[name="csrf_token"]').first().inputValue();
  const created = await page.evaluate(async ([token]) => {
    const answer = await fetch('/api/v1/ticket', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
      body: JSON.stringify({
        subject: '<script>window.__pwned = 1</script>',
        customer: 'Globex',
        opened_on: '2026-12-01',
        description: '"><img src=x onerror="window.__pwned = 2">',
        resolution: 'javascript:window.__pwned = 3',
        status: 'Resolved',
      }),
    });
    return answer.json();
  }, [csrf]);
  assert.ok(created.data?.name, JSON.stringify(created));
  await page.goto(`${base}/desk/ticket/${created.data.name}`);
  await page.getByRole('heading', { level: 1, name: '<script>window.__pwned = 1</script>' }).waitFor();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  await page.goto(`${base}/desk/ticket?q=${encodeURIComponent('<script>')}`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal((await rowNames(page)).length, 1);
  await page.context().close();
});

// axe-core's WCAG 2.1 A/AA rules on each view, light and dark. The checker is injected
// into the page, which the Desk's CSP forbids; this context alone bypasses the CSP.
step('no axe-core (WCAG 2.1 AA) violations on each view, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage({ bypassCSP: true, colorScheme });
    const found = [];
    await page.goto(`${base}/desk/login`);
    found.push(...(await axeViolations(page)).map((v) => `login: ${v}`));
    await signIn(page, admin);
    for (const path of ['/desk', '/desk/ticket?f.status=Open', '/desk/ticket/TKT-00001',
      '/desk/customer/Acme%20Corporation', '/desk/nope']) {
      await page.goto(`${base}${path}`);
      found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    assert.deepEqual(found, [], `${colorScheme}:\n  ${found.join('\n  ')}`);
    await page.context().close();
  }
});

// Expected 4xx answers of the negative steps log "Failed to load resource"; those are
// not ours. Everything else (a CSP violation, a script error) fails the run.
await runSteps(browser, { expected: /Failed to load resource: the server responded with a status of 40[0134]/ });
