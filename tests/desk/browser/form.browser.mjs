// SPDX-License-Identifier: MIT
// The Desk's editing in real Chromium (run by run-browser-tests.sh like
// desk.browser.mjs, on its own copy of the demo site): create with a child table,
// validation errors (a grid cell's while typing), an OCC conflict from a second browser
// context, depends_on as the
// user types, Link choices, bulk delete, the command palette and a keyboard-only flow,
// axe-core on each new view, a 375 px phone. Screenshots land in $FM_DESK_SCREENSHOTS.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { axeViolations, launch, newPage as openPage, runSteps, signIn as signInAt, step } from './helpers.mjs';

const dependsOnCases = JSON.parse(readFileSync(
  path.join(process.env.FM_SOURCE_DIR, 'tests/desk/input/depends_on.json'), 'utf8')).cases;

const base = process.env.FM_DESK_URL;
const shots = process.env.FM_DESK_SCREENSHOTS;
const admin = { user: 'Administrator', password: process.env.FM_ADMIN_PASSWORD };
const agent = { user: 'agent@example.com', password: 'agent-password-1' };

const browser = await launch();
const newPage = (options = {}) => openPage(browser, { viewport: { width: 1280, height: 900 }, ...options });
const signIn = (page, who, next) => signInAt(page, base, who, next);

const save = (page) => page.getByRole('button', { name: 'Save', exact: true }).first();
// Save and wait for the page a save leads to; a refusal fails with the form's message.
async function saveExpecting(page, url) {
  await save(page).click();
  await Promise.race([
    page.waitForURL(url),
    page.locator('#form-alert').waitFor().then(async () => {
      throw new Error(`the save was refused: ${await page.locator('#form-alert').innerText()}`);
    }),
  ]);
}
const focusedName = (page) => page.evaluate(() => document.activeElement?.getAttribute('name'));

let invoicePath = '';

step('create a Service Invoice with two rows in its child table', async () => {
  const page = await newPage();
  await signIn(page, admin, '/desk/service_invoice');
  await page.getByRole('link', { name: 'New Service Invoice' }).click();
  await page.waitForURL(`${base}/desk/service_invoice/new`);
  await page.getByLabel('Customer', { exact: true }).fill('Acme Corporation');
  // No JavaScript needed for rows: the button posts the form and the row comes back
  // with the cursor in it.
  await page.getByRole('button', { name: 'Add a row to Billable Hours' }).click();
  await page.getByLabel('Description, row 1').waitFor();
  assert.equal(await focusedName(page), 'items[0].description');
  assert.equal(await page.getByLabel('Customer', { exact: true }).inputValue(), 'Acme Corporation');
  await page.keyboard.type('Printer repair');
  await page.getByLabel('Hours, row 1').fill('2');
  await page.getByLabel('Rate, row 1').fill('80');
  await page.getByRole('button', { name: 'Add a row to Billable Hours' }).click();
  await page.getByLabel('Description, row 2').fill('Toner');
  await page.getByLabel('Hours, row 2').fill('0.5');
  await page.getByLabel('Rate, row 2').fill('40');
  // Reorder: the second row moves up.
  await page.getByRole('button', { name: 'Move row 2 up' }).click();
  await page.getByLabel('Description, row 1').waitFor();
  assert.equal(await page.getByLabel('Description, row 1').inputValue(), 'Toner');
  await page.screenshot({ path: `${shots}/desk-form-grid.png`, fullPage: true });
  await saveExpecting(page, /\/desk\/service_invoice\/INV-[^?]+\?done=created$/);
  invoicePath = new URL(page.url()).pathname;
  await page.getByText('Created.').waitFor();
  assert.equal(await page.getByLabel('Description, row 1').inputValue(), 'Toner');
  assert.equal(await page.getByLabel('Description, row 2').inputValue(), 'Printer repair');
  await page.getByRole('button', { name: 'Save and submit' }).waitFor();
  await page.context().close();
});

step('a child cell\'s error shows while typing: the message a save gives', async () => {
  const page = await newPage();
  await signIn(page, admin, invoicePath);
  await page.locator('html[data-live="connected"]').waitFor({ timeout: 30000 });
  await page.getByLabel('Hours, row 1').fill('500');
  const slot = page.locator('#err-f-items-0-hours');
  await slot.waitFor({ state: 'visible', timeout: 30000 });
  const live = await slot.innerText();
  assert.ok(live.length > 0);
  assert.equal(await page.getByLabel('Hours, row 1').getAttribute('aria-invalid'), 'true');
  // Untouched cells say nothing yet.
  assert.equal(await page.locator('#err-f-items-1-hours').isVisible(), false);
  await page.screenshot({ path: `${shots}/desk-form-cell-error.png`, fullPage: true });
  // The save is refused with the same words beside the same cell.
  await save(page).click();
  await page.locator('#form-alert').waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#err-f-items-0-hours').innerText(), live);
  await page.context().close();
});

step('validation errors: the API messages beside their fields, the input kept', async () => {
  const page = await newPage();
  await signIn(page, agent, '/desk/ticket/new');
  await page.getByLabel('Description').fill('Kept as typed');
  await page.getByLabel('Status').selectOption('Closed');
  await save(page).click();
  await page.locator('#form-alert').waitFor();
  const alert = await page.getByRole('alert').innerText();
  assert.match(alert, /Subject/);
  assert.match(alert, /Customer/);
  assert.equal(await page.getByLabel('Subject').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#err-f-subject').innerText(), /Subject/);
  assert.equal(await focusedName(page), 'subject'); // the first field in error
  assert.equal(await page.getByLabel('Description').inputValue(), 'Kept as typed');
  assert.equal(await page.getByLabel('Status').inputValue(), 'Closed');
  // The summary's links lead to the fields.
  await page.locator('#form-alert a[href="#f-customer"]').click();
  await page.screenshot({ path: `${shots}/desk-form-validation.png`, fullPage: true });
  await page.context().close();
});

step('a concurrent change from a second browser is shown, never overwritten', async () => {
  const mine = await newPage();
  const theirs = await newPage();
  await signIn(mine, agent, '/desk/ticket/TKT-00011');
  await signIn(theirs, admin, '/desk/ticket/TKT-00011');
  await theirs.getByLabel('Priority').selectOption('Urgent');
  await save(theirs).click();
  await theirs.waitForURL(/done=saved/);
  await mine.getByLabel('Subject').fill('My better subject');
  await save(mine).click();
  await mine.getByText('Someone else saved this Ticket while you were editing it').waitFor();
  assert.equal(await mine.getByLabel('Subject').inputValue(), 'My better subject');
  assert.match(await mine.locator('.conflict').innerText(), /Priority\s+Urgent/);
  await mine.screenshot({ path: `${shots}/desk-form-conflict.png`, fullPage: true });
  await theirs.reload();
  assert.equal(await theirs.getByLabel('Priority').inputValue(), 'Urgent');
  assert.notEqual(await theirs.getByLabel('Subject').inputValue(), 'My better subject');
  // Saving again is a choice made knowing what it replaces.
  await save(mine).click();
  await mine.waitForURL(/done=saved/);
  assert.equal(await mine.getByLabel('Subject').inputValue(), 'My better subject');
  await mine.context().close();
  await theirs.context().close();
});

step('depends_on shows a field as the user types, as the server decides it', async () => {
  const page = await newPage();
  await signIn(page, agent, '/desk/ticket/TKT-00010');
  const resolution = page.locator('[data-field="resolution"]');
  assert.equal(await resolution.isVisible(), false);
  await page.getByLabel('Status').selectOption('Resolved');
  await resolution.waitFor({ state: 'visible' });
  await page.getByLabel('Status').selectOption('Open');
  await resolution.waitFor({ state: 'hidden' });
  // form.js gives every shared case the answer libdesk gives (tst_desk_forms).
  const answers = await page.evaluate((cases) => cases.map((c) => window.fmDesk.dependsOn(c.condition, c.doc)), dependsOnCases);
  const wrong = dependsOnCases.filter((c, i) => answers[i] !== c.visible).map((c) => c.condition);
  assert.deepEqual(wrong, []);
  await page.context().close();
});

step('a Link field offers the documents the user may read', async () => {
  const page = await newPage();
  await signIn(page, agent, '/desk/ticket/new');
  const customer = page.getByLabel('Customer', { exact: true });
  await customer.focus();
  await customer.pressSequentially('Glo');
  await page.waitForFunction(() => {
    const options = [...document.querySelectorAll('#dl-f-customer option')];
    return options.length === 1 && options[0].value === 'Globex';
  });
  await page.context().close();
});

step('bulk delete asks, then reports each row', async () => {
  const page = await newPage();
  await signIn(page, admin, '/desk/ticket_category/new');
  await page.getByRole('textbox', { name: 'Category' }).fill('Obsolete');
  await saveExpecting(page, /done=created/);
  await page.goto(`${base}/desk/ticket_category`);
  await page.getByLabel('Select Obsolete').check();
  await page.getByLabel('Select Billing').check(); // tickets link to it: refused
  await page.getByLabel('With the selected documents').selectOption('delete');
  await page.screenshot({ path: `${shots}/desk-list-bulk.png`, fullPage: true });
  await page.getByRole('button', { name: 'Run on selected' }).click();
  await page.getByRole('heading', { name: /Delete 2 document/ }).waitFor();
  await page.screenshot({ path: `${shots}/desk-delete-confirm.png` });
  await page.getByRole('button', { name: /Delete 2 document/ }).click();
  await page.getByText(/1 document.* deleted/).waitFor();
  assert.match(await page.getByRole('alert').innerText(), /^Billing: /);
  assert.equal(await page.locator('tr[data-name="Obsolete"]').count(), 0);
  assert.equal(await page.locator('tr[data-name="Billing"]').count(), 1);
  await page.context().close();
});

step('kanban: drag a card to another column', async () => {
  const page = await newPage();
  await signIn(page, agent, '/desk/ticket');
  await page.getByRole('link', { name: 'Kanban' }).click();
  await page.waitForURL(`${base}/desk/ticket/view/kanban`);
  const card = page.locator('.card-item[data-name="TKT-00008"]');
  assert.equal(await card.evaluate((el) => el.closest('.lane').dataset.value), 'Open');
  await page.screenshot({ path: `${shots}/desk-kanban.png` });
  await card.dragTo(page.locator('.lane[data-value="Replied"]'));
  await page.waitForFunction(() => document.querySelector('.card-item[data-name="TKT-00008"]')
    ?.closest('.lane')?.dataset.value === 'Replied');
  // The keyboard way: the card's own choice and Move.
  await page.getByLabel('Move TKT-00008 to').selectOption('Open');
  await page.locator('.card-item[data-name="TKT-00008"]').getByRole('button', { name: 'Move' }).click();
  await page.waitForFunction(() => document.querySelector('.card-item[data-name="TKT-00008"]')
    ?.closest('.lane')?.dataset.value === 'Open');
  await page.context().close();
});

step('keyboard only: the palette finds a DocType and an action, the form saves', async () => {
  const page = await newPage();
  await signIn(page, agent);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  assert.equal(await focusedName(page), null);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'palette-q');
  await page.keyboard.type('new tick');
  await page.locator('[role="option"][aria-selected="true"]').getByText('New Ticket').waitFor();
  await page.screenshot({ path: `${shots}/desk-palette.png` });
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/desk/ticket/new`);
  // Tab to the subject, type, on to the customer, Enter saves.
  for (let i = 0; i < 40 && (await focusedName(page)) !== 'subject'; i++) await page.keyboard.press('Tab');
  assert.equal(await focusedName(page), 'subject');
  await page.keyboard.type('Typed without a mouse');
  for (let i = 0; i < 10 && (await focusedName(page)) !== 'customer'; i++) await page.keyboard.press('Tab');
  assert.equal(await focusedName(page), 'customer');
  await page.keyboard.type('Initech');
  await page.keyboard.press('Escape'); // closes the suggestions, if they are open
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/desk\/ticket\/TKT-\d+\?done=created/);
  // The palette also finds documents; Escape closes it.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('Typed without');
  await page.locator('[role="option"]', { hasText: 'Typed without a mouse' }).waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.context().close();
});


step('no axe-core (WCAG 2.1 AA) violations on the new views, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage({ bypassCSP: true, colorScheme });
    const found = [];
    await signIn(page, admin);
    for (const view of ['/desk/ticket/new', '/desk/ticket/TKT-00001', invoicePath,
      '/desk/ticket/TKT-00001/delete', '/desk/ticket_category', '/desk/ticket/view/kanban']) {
      await page.goto(`${base}${view}`);
      found.push(...(await axeViolations(page)).map((v) => `${view}: ${v}`));
    }
    // A form with errors, and the palette open.
    await page.goto(`${base}/desk/ticket/new`);
    await save(page).click();
    await page.locator('#form-alert').waitFor();
    found.push(...(await axeViolations(page)).map((v) => `errors: ${v}`));
    await page.goto(`${base}/desk`);
    await page.keyboard.press('Control+k');
    await page.locator('[role="option"]').first().waitFor();
    found.push(...(await axeViolations(page)).map((v) => `palette: ${v}`));
    assert.deepEqual(found, [], `${colorScheme}:\n  ${found.join('\n  ')}`);
    await page.context().close();
  }
});

step('the forms fit a 375 px phone', async () => {
  const page = await newPage({ viewport: { width: 375, height: 740 } });
  await signIn(page, admin);
  for (const view of ['/desk/ticket/new', invoicePath, '/desk/ticket_category', '/desk/ticket/view/kanban']) {
    await page.goto(`${base}${view}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `${view} is ${width} px wide on a 375 px screen`);
  }
  await page.goto(`${base}${invoicePath}`);
  await page.screenshot({ path: `${shots}/desk-form-phone.png`, fullPage: true });
  await page.context().close();
});

step('an edit form, for the guide', async () => {
  const page = await newPage();
  await signIn(page, admin, '/desk/ticket/TKT-00002');
  await page.screenshot({ path: `${shots}/desk-form-edit.png`, fullPage: true });
  await page.context().close();
});

// Refused saves answer 4xx on purpose (422, 409, 403): those are not our errors.
await runSteps(browser, { expected: /Failed to load resource: the server responded with a status of 4(0[0-9]|22)/ });
