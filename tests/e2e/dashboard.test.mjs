// End-to-end: the dashboard and the trash (issue 16). An empty space shows the getting-started
// steps, each ticked from real data; a seeded one shows per-kind totals against what is
// distributed, never-distributed artifacts, outdated repositories and activity by username
// with human times ("… ago", the ISO time on hover); the Trash page restores and, after a
// dialog, purges. The real binary on 127.0.0.1:0, Debian's Chromium through playwright-core;
// every test fails on a console error, a page error or a request to another host.
//
// Usage: node --test tests/e2e/dashboard.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const DEFAULT = '/api/v1/orgs/acme/spaces/default';

const run = e2e('dashboard');
const { expected, shot, hash, api: apiCall } = run;
let url, page;
before(async () => { ({ url, page } = await run.start()); });
after(() => run.stop());

const standard = (name) => ({ name, description: `How ${name} works.`, scope: [], rules: [{ text: 'Do it well.' }] });
const REPO = 'https://git.example/team/app';
const report = (release) => apiCall('POST', '/api/v1/orgs/acme/distributions',
  { url: REPO, branch: 'main', path: '', packages: { p: release }, artifacts: [], agents: ['claude'] });
const panel = () => page.getByRole('region', { name: 'Getting started' });
const stepOf = (name) => panel().locator('li.step', { has: page.getByRole('link', { name, exact: true }) });
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/// Opens the dashboard of the default space afresh.
async function dashboard() {
  await page.goto(`${url}/#/acme/default`);
  await page.reload();
  await page.getByRole('heading', { name: 'Recent activity' }).waitFor();
}

test('an empty dashboard shows the getting-started steps, ticked from real data', async () => {
  await run.firstRun();
  await panel().waitFor();
  for (const name of ['Create a space', 'Create a standard', 'Create a package', 'Create an API key']) {
    assert.equal(await stepOf(name).getAttribute('class'), 'step', name);
  }
  assert.equal(await stepOf('Create a standard').getByRole('link').getAttribute('href'), '#/acme/default/standards/new');
  assert.equal(await stepOf('Create a space').getByRole('link').getAttribute('href'), '#/admin/spaces');
  await panel().getByText('rulebook install <package>', { exact: true }).waitFor();
  await panel().getByRole('button', { name: 'Copy the install command' }).waitFor();
  await shot('01-getting-started');
  // A standard and a key tick their steps; the rest stay to do.
  let r = await apiCall('POST', `${DEFAULT}/standards`, standard('Logging'));
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', '/api/v1/orgs/acme/apikeys', { name: 'ci', scope: 'read' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  await dashboard();
  assert.equal(await stepOf('Create a standard').getAttribute('class'), 'step done');
  assert.equal(await stepOf('Create an API key').getAttribute('class'), 'step done');
  assert.equal(await stepOf('Create a package').getAttribute('class'), 'step');
  await stepOf('Create a standard').getByText('Done:').waitFor({ state: 'attached' });
});

test('a seeded space: KPIs, never distributed, outdated repositories, activity by name', async () => {
  let r = await apiCall('POST', `${DEFAULT}/commands`, { name: 'Ship', body: 'ship it' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${DEFAULT}/standards`, standard('Naming'));
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${DEFAULT}/packages`, { name: 'Backend', slug: 'p',
    items: [{ kind: 'standard', slug: 'logging' }, { kind: 'command', slug: 'ship' }] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  assert.equal((await apiCall('POST', `${DEFAULT}/packages/p/releases`, { version: '1' })).status, 201);
  assert.equal((await apiCall('POST', '/api/v1/orgs/acme/repositories', { url: REPO, branch: 'main' })).status, 201);
  assert.equal((await report('1')).status, 201);
  assert.equal((await apiCall('POST', `${DEFAULT}/packages/p/releases`, { version: '2' })).status, 201);
  await dashboard();
  assert.equal(await panel().count(), 0, 'a space in use has no getting-started panel');
  const kpi = (kind) => page.locator('.kpi', { has: page.locator('a.tile', { hasText: new RegExp(`^\\d+\\s*${kind}$`) }) });
  assert.equal(await kpi('standards').locator('strong').textContent(), '2');
  assert.equal(await kpi('standards').locator('.kpi-sub').textContent(), '1 of 2 distributed');
  assert.equal(await kpi('commands').locator('.kpi-sub').textContent(), '1 of 1 distributed');
  assert.match(await kpi('standards').locator('.kpi-sub').getAttribute('title'), /^Distributed: /);
  await page.getByText(/^Distributed: pinned by a release/).waitFor();
  const never = page.locator('section', { has: page.getByRole('heading', { name: 'Never distributed' }) });
  assert.equal(await never.getByRole('link', { name: 'Naming' }).getAttribute('href'), '#/acme/default/standards/naming');
  const outdated = page.locator('section', { has: page.getByRole('heading', { name: 'Outdated repositories' }) });
  await outdated.getByText(`${REPO} (main)`).waitFor();
  await outdated.getByText(/Backend\s*1, latest 2/).waitFor();
  // Activity: who, a readable verb, a link to the object, "… ago" with the ISO time on hover.
  const activity = page.locator('li.activity');
  assert.match(await activity.first().textContent(), /^admin published release 2 of package Backend · /, 'newest first');
  const published = activity.filter({ hasText: 'published release 2 of package' });
  assert.equal(await published.locator('strong').textContent(), 'admin');
  const created = activity.filter({ hasText: 'created standard Naming' });
  assert.equal(await created.getByRole('link', { name: 'Naming' }).getAttribute('href'), '#/acme/default/standards/naming');
  const time = created.locator('time');
  assert.match(await time.textContent(), / ago$/);
  assert.match(await time.getAttribute('title'), ISO);
  assert.equal(await time.getAttribute('datetime'), await time.getAttribute('title'));
  assert.equal(await page.getByText('anonymous').count(), 0);
  await shot('02-dashboard');
  // Installing the latest release clears the outdated repository.
  assert.equal((await report('2')).status, 201);
  await dashboard();
  await outdated.getByText("No repository holds an older release than its package's latest.").waitFor();
});

test('the trash lists who trashed what; restore brings it back; purge asks first', async () => {
  assert.equal((await apiCall('DELETE', `${DEFAULT}/standards/naming`)).status, 200);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('heading', { name: 'Trash', level: 1 }).waitFor();
  assert.equal(hash(), '#/acme/default/trash');
  const row = page.getByRole('row', { name: /Naming/ });
  await row.getByRole('cell', { name: 'admin', exact: true }).waitFor();
  assert.match(await row.locator('time').textContent(), / ago$/);
  assert.match(await row.locator('time').getAttribute('title'), ISO);
  await shot('03-trash');
  await row.getByRole('button', { name: 'Restore standard Naming' }).click();
  await page.getByText('The trash is empty.').waitFor();
  assert.equal((await apiCall('GET', `${DEFAULT}/standards/naming`)).status, 200, 'restored');

  assert.equal((await apiCall('DELETE', `${DEFAULT}/standards/naming`)).status, 200);
  await page.reload();
  await row.waitFor();
  await row.getByRole('button', { name: 'Purge standard Naming' }).click();
  const dialog = page.getByRole('dialog', { name: 'Purge the standard "Naming"?' });
  await dialog.waitFor();
  await shot('04-purge-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await row.waitFor();
  await row.getByRole('button', { name: 'Purge standard Naming' }).click();
  await dialog.getByRole('button', { name: 'Purge for good' }).click();
  await page.getByText('The trash is empty.').waitFor();
  expected.push(404);
  assert.equal((await apiCall('GET', `${DEFAULT}/standards/naming?trash=1`)).status, 404, 'purged');

  // A refusal shows the server's own message in the dialog (here: logging is pinned by a
  // release; a legal hold is refused the same way).
  assert.equal((await apiCall('DELETE', `${DEFAULT}/standards/logging`)).status, 200);
  await page.reload();
  const pinned = page.getByRole('row', { name: /Logging/ });
  await pinned.getByRole('button', { name: 'Purge standard Logging' }).click();
  const refusal = page.getByRole('dialog', { name: 'Purge the standard "Logging"?' });
  expected.push(409);
  await refusal.getByRole('button', { name: 'Purge for good' }).click();
  await refusal.getByRole('alert').getByText(/part of release p \d+; releases are immutable/).waitFor();
  await refusal.getByRole('button', { name: 'Cancel' }).click();
  await pinned.getByRole('button', { name: 'Restore standard Logging' }).click();
  await page.getByText('The trash is empty.').waitFor();
});
