// End-to-end: spaces in the UI (issue 16). Content routes carry the organization and the space
// (`#/{org}/{space}/standards/{slug}`), a header switcher lists the readable spaces, search hits
// open the artifact in its own space, and the old routes (`#/standards/{slug}`) still open the
// default space. The real binary on 127.0.0.1:0, Debian's Chromium through playwright-core;
// every test fails on a console error, a page error or a request to another host.
//
// Usage: node --test tests/e2e/spaces.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const DEFAULT = '/api/v1/orgs/acme/spaces/default';
const PLATFORM = '/api/v1/orgs/acme/spaces/platform';

const run = e2e('spaces');
const { expected, shot, hash, api: apiCall } = run;
let url, page;
before(async () => { ({ url, page } = await run.start()); });
after(() => run.stop());

/// The space switcher in the header (the search page has a space filter of its own).
const switcher = () => page.getByRole('banner').getByRole('combobox', { name: 'Space', exact: true });
const crumbs = () => page.getByRole('navigation', { name: 'Breadcrumb' });

const standard = (name, rule) => ({ slug: 'logging', name, description: `How ${name} works.`, scope: [], rules: [{ text: rule }] });

test('setup; a second space with a standard of the same slug, and a command', async () => {
  await run.firstRun();
  let r = await apiCall('POST', '/api/v1/orgs/acme/spaces', { name: 'Platform', slug: 'platform', visibility: 'restricted' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${DEFAULT}/standards`, standard('Logging for services', 'Log each error once.'));
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${PLATFORM}/standards`, standard('Platform logging', 'Log in JSON lines.'));
  assert.equal(r.status, 201, JSON.stringify(r.data));
  assert.equal(r.data.slug, 'logging');
  r = await apiCall('POST', `${PLATFORM}/commands`, { name: 'Rotate logging keys', description: 'Rotates the keys.', body: 'Rotate the logging keys of $ARGUMENTS.' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
});

test('the switcher lists the spaces with their visibility, and keeps the section', async () => {
  await page.goto(`${url}/#/acme/default/standards`);
  await page.getByRole('link', { name: 'Logging for services' }).waitFor();
  const options = await switcher().locator('option').allInnerTexts();
  assert.deepEqual(options, ['Default (open, default space)', 'Platform (restricted)']);
  assert.equal(await switcher().inputValue(), 'default');
  await switcher().selectOption('platform');
  await page.getByRole('link', { name: 'Platform logging' }).waitFor();
  assert.equal(hash(), '#/acme/platform/standards');
  assert.equal(await page.getByRole('link', { name: 'Logging for services' }).count(), 0, 'the default space is listed');
  // The space is in the breadcrumb and the title; the navigation leads into it.
  await crumbs().getByRole('link', { name: 'Platform' }).waitFor();
  await crumbs().getByText('restricted').waitFor();
  assert.match(await page.title(), /^Standards · Platform · Acme/);
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commands' }).getAttribute('href'),
    '#/acme/platform/commands');
  assert.equal(await page.evaluate(() => localStorage.getItem('rulebook.space.acme')), 'platform');
  await shot('01-platform-standards');
});

test('the dashboard follows the remembered space; its tiles open each list there', async () => {
  await page.goto(`${url}/#/`);
  await page.reload();
  await crumbs().getByText('Platform').waitFor();
  assert.equal(await switcher().inputValue(), 'platform');
  await page.getByRole('link', { name: /^1\s*commands$/ }).click();
  // The list, not the dashboard still shown until the navigation is handled (it links the same command).
  await page.getByRole('heading', { level: 1, name: 'Commands' }).waitFor();
  await page.getByRole('link', { name: 'Rotate logging keys' }).waitFor();
  assert.equal(hash(), '#/acme/platform/commands');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  for (const kind of ['standards', 'commands', 'skills', 'subagents']) {
    const href = await page.locator('a.tile', { hasText: new RegExp(`^\\d+\\+?\\s*${kind}$`) }).getAttribute('href');
    assert.equal(href, `#/acme/platform/${kind}`);
  }
  assert.equal(await page.locator('a.tile', { hasText: 'open proposals' }).getAttribute('href'), '#/acme/platform/proposals');
  await shot('02-platform-dashboard');
});

test("open and edit platform's standard: only platform's copy changes (If-Match)", async () => {
  await page.goto(`${url}/#/acme/platform/standards`);
  await page.getByRole('link', { name: 'Platform logging' }).click();
  await page.getByRole('heading', { name: 'Platform logging', level: 1 }).waitFor();
  await page.getByText('Log in JSON lines.').waitFor();
  assert.equal(hash(), '#/acme/platform/standards/logging');
  const before = await apiCall('GET', `${PLATFORM}/standards/logging`);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Rule (one imperative sentence)').fill('Log in JSON lines with a trace id.');
  await page.getByLabel('Change message').fill('Trace ids');
  const [put] = await Promise.all([
    page.waitForRequest((q) => q.method() === 'PUT' && q.url().endsWith(`${PLATFORM}/standards/logging`)),
    page.getByRole('button', { name: 'Save new version' }).click(),
  ]);
  assert.equal(put.headers()['if-match'], before.etag, 'the save is conditional on the version the editor loaded');
  await page.getByText('Version 2').waitFor();
  assert.equal(hash(), '#/acme/platform/standards/logging');
  const platform = await apiCall('GET', `${PLATFORM}/standards/logging`);
  assert.equal(platform.data.version, 2);
  assert.equal(platform.data.content.rules[0].text, 'Log in JSON lines with a trace id.');
  const dflt = await apiCall('GET', `${DEFAULT}/standards/logging`);
  assert.equal(dflt.data.version, 1, "the default space's copy changed");
  assert.equal(dflt.data.content.name, 'Logging for services');
  assert.equal(dflt.data.content.rules[0].text, 'Log each error once.');
  // A save over someone else's newer version is refused with the server's message.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await page.getByLabel('Change message').waitFor();
  const now = await apiCall('GET', `${PLATFORM}/standards/logging`);
  const upd = await page.evaluate(async ([path, etag]) => {
    const me = await (await fetch('/api/v1/auth/me')).json();
    const r = await fetch(path, { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token, 'If-Match': etag },
      body: JSON.stringify({ name: 'Platform logging', description: 'How Platform logging works.', scope: [], rules: [{ text: 'Log in JSON lines with a trace id.' }, { text: 'Never log secrets.' }] }) });
    return r.status;
  }, [`${PLATFORM}/standards/logging`, now.etag]);
  assert.equal(upd, 200);
  await page.getByLabel('Change message').fill('Stale edit');
  expected.push(412);
  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
  assert.equal((await apiCall('GET', `${PLATFORM}/standards/logging`)).data.version, 3);
  assert.equal((await apiCall('GET', `${DEFAULT}/standards/logging`)).data.version, 1);
  await shot('03-stale-edit');
});

test('history and a proposal in the platform space stay there', async () => {
  const r = await apiCall('POST', `${PLATFORM}/standards/logging/proposals`, {
    name: 'Platform logging', description: 'How Platform logging works.', scope: [],
    rules: [{ text: 'Log in JSON lines with a trace id.' }, { text: 'Never log secrets.' }, { text: 'Sample debug logs.' }],
    message: 'Sample debug logs',
  });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  await page.goto(`${url}/#/acme/platform/proposals`);
  await page.getByRole('link', { name: /standard logging/ }).click();
  await page.getByText('Rules added').waitFor();
  assert.match(hash(), /^#\/acme\/platform\/standards\/logging\/proposals\/\d+$/);
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.getByText('Rules (3)').waitFor();
  assert.equal(hash(), '#/acme/platform/standards/logging');
  await page.getByRole('link', { name: 'History' }).click();
  await page.getByText('Changes from v3 to v4').waitFor();
  assert.equal(hash(), '#/acme/platform/standards/logging/history');
  assert.equal((await apiCall('GET', `${DEFAULT}/standards/logging`)).data.version, 1);
});

test('search hits open the artifact in its own space, for every kind', async () => {
  await page.goto(`${url}/#/search?q=logging`);
  const hits = page.locator('main li.card');
  await hits.first().waitFor();
  // Highlights are <mark> elements, never literal markers.
  await page.locator('main a mark').first().waitFor();
  assert.ok(!(await page.locator('main').innerText()).includes('⟦'), 'literal highlight markers shown');
  const hrefs = await page.locator('main li.card > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).sort());
  assert.deepEqual(hrefs, ['#/acme/default/standards/logging', '#/acme/platform/commands/rotate-logging-keys',
    '#/acme/platform/standards/logging']);
  await shot('04-search');
  await hits.filter({ hasText: 'standard · Platform' }).getByRole('link').click();
  await page.getByRole('heading', { name: 'Platform logging', level: 1 }).waitFor();
  await page.getByText('Never log secrets.').waitFor();
  assert.equal(hash(), '#/acme/platform/standards/logging');
  await page.goBack();
  await hits.filter({ hasText: 'command · Platform' }).getByRole('link').click();
  await page.getByRole('heading', { name: 'Rotate logging keys', level: 1 }).waitFor();
  assert.equal(hash(), '#/acme/platform/commands/rotate-logging-keys');
});

test("an old route opens the default space's copy", async () => {
  await page.goto(`${url}/#/standards/logging`);
  await page.getByRole('heading', { name: 'Logging for services', level: 1 }).waitFor();
  await page.getByText('Log each error once.').waitFor();
  assert.equal(hash(), '#/acme/default/standards/logging');
  assert.equal(await switcher().inputValue(), 'default');
  await page.goto(`${url}/#/commands`);
  await page.getByRole('heading', { name: 'Commands', level: 1 }).waitFor();
  assert.equal(hash(), '#/acme/default/commands');
  await page.getByText('No commands yet.').waitFor();
  await shot('05-old-route');
});

test('a space created on the admin page joins the switcher', async () => {
  await page.goto(`${url}/#/admin/spaces`);
  await page.reload();
  await page.waitForLoadState('networkidle');
  const create = page.getByRole('form', { name: 'New space' });
  await create.getByLabel('Name').fill('Mobile');
  await create.getByLabel('Visibility').selectOption('private');
  await create.getByRole('button', { name: 'Create space' }).click();
  await switcher().locator('option', { hasText: 'Mobile (private)' }).waitFor({ state: 'attached' });
  await page.getByRole('listitem').filter({ hasText: 'Mobile' }).getByRole('link', { name: 'Browse' }).click();
  await page.getByRole('heading', { name: 'Standards', level: 1 }).waitFor();
  assert.equal(hash(), '#/acme/mobile/standards');
  await page.getByText('No standards yet.').waitFor();
  assert.equal(await switcher().inputValue(), 'mobile');
});

test('narrow screens render the switcher and breadcrumb without horizontal scrolling', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${url}/#/acme/platform/standards/logging`);
  await page.getByRole('heading', { name: 'Platform logging', level: 1 }).waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await shot('06-narrow');
  assert.ok(overflow <= 1, `horizontal overflow of ${overflow}px at 390px`);
});
