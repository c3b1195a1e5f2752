// End-to-end: packages and API keys in the UI (issue 16). A package shows its slug and the
// `rulebook install` line (`space/slug`, or `slug` alone in the default space); its contents are
// edited after creation; a release is published with notes through a dialog (no native confirm)
// and listed. An API key is made with an expiry and a space restriction, shown once with the
// `rulebook login` commands, and the API reports that expiry and space. The real binary on
// 127.0.0.1:0, Debian's Chromium through playwright-core; every test fails on a console error,
// a page error or a request to another host.
//
// Usage: node --test tests/e2e/packages.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const DEFAULT = '/api/v1/orgs/acme/spaces/default';
const PLATFORM = '/api/v1/orgs/acme/spaces/platform';

const run = e2e('packages');
const { expected, shot, api: apiCall } = run;
let url, context, page;
before(async () => { ({ url, context, page } = await run.start()); });
after(() => run.stop());

const standard = (slug, name, rule) => ({ slug, name, description: `How ${name} works.`, scope: [], rules: [{ text: rule }] });
/// The card of a package on the packages page.
const card = (name) => page.locator('li.package', { has: page.getByRole('heading', { name, exact: true, level: 2 }) });

test('setup; a second space with standards and a command', async () => {
  await run.firstRun();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  let r = await apiCall('POST', '/api/v1/orgs/acme/spaces', { name: 'Platform', slug: 'platform', visibility: 'restricted' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  for (const [sp, body] of [[PLATFORM, standard('logging', 'Platform logging', 'Log in JSON lines.')],
    [PLATFORM, standard('tracing', 'Platform tracing', 'Trace every request.')],
    [DEFAULT, standard('errors', 'Error handling', 'Return errors, never panic.')]]) {
    r = await apiCall('POST', `${sp}/standards`, body);
    assert.equal(r.status, 201, JSON.stringify(r.data));
  }
  r = await apiCall('POST', `${PLATFORM}/commands`, { name: 'Rotate keys', description: 'Rotates the keys.', body: 'Rotate the keys of $ARGUMENTS.' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
});

test('create a package: its slug and install line; add and remove artifacts afterwards', async () => {
  await page.goto(`${url}/#/acme/platform/packages`);
  await page.getByRole('heading', { name: 'Packages', level: 1 }).waitFor();
  await page.getByLabel('Name').fill('Payments');
  await page.getByLabel('standard Platform logging').check();
  await page.getByRole('button', { name: 'Create package' }).click();
  const pk = card('Payments');
  await pk.waitFor();
  await pk.getByRole('heading', { name: 'Contents (1)' }).waitFor();
  await pk.locator('code', { hasText: /^payments$/ }).waitFor();
  // Outside the default space the CLI names a package `space/slug`.
  await pk.getByText('rulebook install platform/payments', { exact: true }).waitFor();
  await pk.getByRole('button', { name: 'Copy the install command of Payments' }).click();
  await pk.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'rulebook install platform/payments');
  // Add two artifacts after creation.
  await pk.getByText('Add artifacts').click();
  await pk.getByLabel('command Rotate keys').check();
  await pk.getByLabel('standard Platform tracing').check();
  await shot('01-add-artifacts');
  await pk.getByRole('button', { name: 'Add to package' }).click();
  await pk.getByRole('heading', { name: 'Contents (3)' }).waitFor();
  let r = await apiCall('GET', `${PLATFORM}/packages/payments`);
  assert.deepEqual(r.data.items.map((i) => `${i.kind}:${i.slug}`).sort(), ['command:rotate-keys', 'standard:logging', 'standard:tracing']);
  // Remove one.
  await pk.getByRole('button', { name: 'Remove standard logging from Payments' }).click();
  await pk.getByRole('heading', { name: 'Contents (2)' }).waitFor();
  r = await apiCall('GET', `${PLATFORM}/packages/payments`);
  assert.deepEqual(r.data.items.map((i) => `${i.kind}:${i.slug}`).sort(), ['command:rotate-keys', 'standard:tracing']);
  assert.equal(r.data.name, 'Payments');
  await shot('02-package');
});

test('publish a release with a version and notes through the dialog, and see it listed', async () => {
  const native = [];
  const onDialog = (d) => { native.push(d.message()); d.dismiss(); };
  page.on('dialog', onDialog);
  try {
    await page.goto(`${url}/#/acme/platform/packages`);
    const pk = card('Payments');
    await pk.getByText('No release yet.').waitFor();
    const dialog = page.getByRole('dialog', { name: 'Publish a release of Payments' });
    // Escape and Cancel close the dialog without publishing.
    await pk.getByRole('button', { name: 'Publish release' }).click();
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'release-version', 'focus goes into the dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await pk.getByRole('button', { name: 'Publish release' }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    let r = await apiCall('GET', `${PLATFORM}/packages/payments`);
    assert.deepEqual(r.data.releases, []);
    // A refused version keeps the dialog and its input, and says why.
    await pk.getByRole('button', { name: 'Publish release' }).click();
    await dialog.getByLabel('Version').fill('latest');
    await dialog.getByLabel('Release notes').fill('First cut: key rotation and tracing.\nMore to come.');
    await shot('03-publish-dialog');
    expected.push(422);
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.getByRole('alert').filter({ hasText: 'release version' }).waitFor();
    assert.equal(await dialog.getByLabel('Release notes').inputValue(), 'First cut: key rotation and tracing.\nMore to come.');
    await dialog.getByLabel('Version').fill('2024.1');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await pk.getByText('Latest release 2024.1').waitFor();
    const row = pk.getByRole('row', { name: /2024\.1/ });
    await row.getByText('First cut: key rotation and tracing.').waitFor();
    await row.getByRole('cell', { name: 'admin', exact: true }).waitFor();
    // A second release without a version gets the next number; both are listed, newest first.
    await pk.getByRole('button', { name: 'Publish release' }).click();
    await dialog.getByLabel('Release notes').fill('Second.');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    r = await apiCall('GET', `${PLATFORM}/packages/payments`);
    assert.equal(r.data.releases.length, 2);
    assert.equal(r.data.releases[1].version, '2024.1');
    assert.equal(r.data.releases[1].notes, 'First cut: key rotation and tracing.\nMore to come.');
    await pk.getByText(`Latest release ${r.data.releases[0].version} (`).waitFor();
    assert.deepEqual(await pk.locator('table.releases tbody th').allInnerTexts(), r.data.releases.map((x) => x.version));
    await shot('04-releases');
    assert.deepEqual(native, [], 'a native dialog was shown');
  } finally {
    page.off('dialog', onDialog);
  }
});

test('in the default space the install line names the package by its slug alone', async () => {
  const r = await apiCall('POST', `${DEFAULT}/packages`, { name: 'Backend', items: [{ kind: 'standard', slug: 'errors' }] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  await page.goto(`${url}/#/acme/default/packages`);
  await card('Backend').getByText('rulebook install backend', { exact: true }).waitFor();
});

test('create an API key with an expiry and a space; it is shown once with the login commands', async () => {
  await page.goto(`${url}/#/keys`);
  await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
  await page.getByLabel('Name').fill('ci platform');
  await page.getByLabel('Scope').selectOption('read');
  await page.getByLabel('Expires after').selectOption({ label: '30 days' });
  await page.getByLabel('Platform', { exact: true }).check();
  await page.getByRole('button', { name: 'Create key' }).click();
  const shown = page.getByRole('region', { name: 'Your new key' });
  await shown.waitFor();
  const key = await shown.getByLabel('The new key').inputValue();
  assert.match(key, /^rbk_[0-9a-f]{64}$/);
  await shown.getByText(`rulebook login --host ${url} --api-key-file FILE`, { exact: true }).waitFor();
  await shown.getByText(`rulebook login --host ${url}`, { exact: true }).waitFor();
  await shown.getByRole('button', { name: 'Copy the login command with a key file' }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `rulebook login --host ${url} --api-key-file FILE`);
  await shown.getByRole('button', { name: 'Copy key' }).click();
  await shown.getByRole('status').filter({ hasText: 'Copied.' }).first().waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), key);
  const row = page.getByRole('row', { name: /ci platform/ });
  await row.getByRole('cell', { name: 'Platform', exact: true }).waitFor();
  await row.getByText(/^expires /).waitFor();
  await shot('05-new-key');
  // Every header of the table has a name (axe: empty-table-header).
  const unnamed = await page.locator('th').evaluateAll((ths) => ths.filter((t) => !t.textContent.trim() && !t.getAttribute('aria-label')).length);
  assert.equal(unnamed, 0);
  // The API has the expiry and the space.
  const listed = await apiCall('GET', '/api/v1/orgs/acme/apikeys');
  const k = listed.data.keys.find((x) => x.name === 'ci platform');
  assert.ok(k, JSON.stringify(listed.data));
  assert.deepEqual(k.spaces, ['platform']);
  assert.equal(k.scope, 'read');
  const days = (Date.parse(k.expires_at) - Date.now()) / 86_400_000;
  assert.ok(days > 29.9 && days <= 30, `expires in ${days} days`);
  // The key reads its space and nothing else.
  const inSpace = await fetch(`${url}${PLATFORM}/standards`, { headers: { Authorization: `Bearer ${key}` } });
  assert.equal(inSpace.status, 200);
  const outside = await fetch(`${url}${DEFAULT}/standards`, { headers: { Authorization: `Bearer ${key}` } });
  assert.notEqual(outside.status, 200);
  // Shown once: a reload lists the key but not its secret.
  await page.reload();
  await page.getByRole('row', { name: /ci platform/ }).waitFor();
  assert.equal(await page.getByLabel('The new key').count(), 0);
  assert.ok(!(await page.content()).includes(key), 'the key is still in the page');
});
