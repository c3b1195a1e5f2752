// End-to-end: the Distribution page (`#/distribution`) against the real binary, driven through
// Debian's Chromium by playwright-core. No Git server is needed: the connection points at
// 127.0.0.1:9, which the (empty) egress allowlist refuses, so "Test connection" and the
// distribution job both fail with the policy's readable error.
//
// Usage: cd tests/e2e && node --test distribution.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { e2e } from './harness.mjs';

const TOKEN = 'CANARY-git-token-7d3e91b2c4';

const run = e2e('dist');
const { shots, problems, shot, api: apiCall } = run;
let url, browser, page;
before(async () => { ({ url, browser, page } = await run.start()); });
after(() => run.stop());

/// Fails with the page's text, so a wrong state is readable in the test output.
async function see(locator, timeout = 10000) {
  await locator.waitFor({ timeout }).catch(async (e) => {
    throw new Error(`${e.message}\n--- page text ---\n${await page.locator('main').innerText()}`);
  });
}

test('setup, and a package with a release', async () => {
  await run.firstRun();
  const sp = '/api/v1/orgs/acme/spaces/default';
  let r = await apiCall('POST', `${sp}/standards`, { name: 'Error handling', description: 'How we handle errors.', scope: [],
    rules: [{ text: 'Return errors with the `?` operator.' }] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${sp}/packages`, { name: 'Backend', description: 'Server rules', items: [{ kind: 'standard', slug: 'error-handling' }] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', `${sp}/packages/backend/releases`, {});
  assert.equal(r.status, 201, JSON.stringify(r.data));
});

test('the Distribution page is in the navigation and starts empty', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Distribution' }).click();
  await see(page.getByRole('heading', { name: 'Distribution', level: 1 }));
  await see(page.getByText('No targets yet: add one below.'));
  await see(page.getByText('No distribution has run yet.'));
  await see(page.getByRole('heading', { name: 'Reported by installs' }));
  await see(page.getByText('Add a connection above first.'));
  await page.waitForLoadState('networkidle');
});

test('a new connection keeps its token write-only', async () => {
  const f = page.getByRole('form', { name: 'New connection' });
  await f.getByLabel('Name (lower-case letters, digits, hyphens)').fill('ghe');
  await f.getByLabel('Provider').selectOption('gitlab');
  await see(f.getByText('For example https://gitlab.example.com.'));
  assert.ok(!(await f.getByLabel('Signs in with').isVisible()), 'GitHub App sign-in offered for GitLab');
  await f.getByLabel('Provider').selectOption('github');
  await see(f.getByText('For example https://github.example.com/api/v3.'));
  // A GitHub App swaps the token for an App ID, an installation ID and a private key.
  await f.getByLabel('Signs in with').selectOption('app');
  await see(f.getByLabel('GitHub App ID'));
  await see(f.getByLabel('App private key (PEM; stored sealed, never shown again)'));
  assert.ok(!(await f.getByLabel('Token (stored sealed; never shown again)').isVisible()), 'token field shown for an App');
  await f.getByLabel('Signs in with').selectOption('token');
  assert.ok(!(await f.getByLabel('GitHub App ID').isVisible()), 'App fields shown for a token');
  assert.equal(await f.getByLabel('Base URL').getAttribute('placeholder'), 'https://github.example.com/api/v3');
  await f.getByLabel('Base URL').fill('http://127.0.0.1:9/api/v3');
  await f.getByLabel('Username (optional)').fill('rulebook-bot');
  const token = f.getByLabel('Token (stored sealed; never shown again)');
  assert.equal(await token.getAttribute('type'), 'password');
  await token.fill(TOKEN);
  await f.getByRole('button', { name: 'Save connection' }).click();
  await see(page.getByRole('heading', { name: 'ghe', level: 3 }));
  await see(page.getByRole('status').filter({ hasText: 'Saved the connection ghe' }));
  await see(page.locator('dd code', { hasText: `…${TOKEN.slice(-4)}` }));
  await shot('01-connection');
  // The token is nowhere in the page: not in the markup, not in any field's value.
  assert.ok(!(await page.content()).includes(TOKEN), 'the token is in the page markup');
  const values = await page.evaluate(() => [...document.querySelectorAll('input, textarea')].map((i) => i.value));
  assert.ok(!values.some((v) => v.includes(TOKEN)), 'the token is in a field');
  assert.ok(!(await page.locator('main').innerText()).includes(TOKEN), 'the token is shown');
  const listed = await apiCall('GET', '/api/v1/orgs/acme/git/connections');
  assert.equal(listed.status, 200);
  assert.ok(!JSON.stringify(listed.data).includes(TOKEN), 'the token came back from the API');
});

test('Test connection reports the egress refusal clearly', async () => {
  const f = page.getByRole('form', { name: 'Test connection ghe' });
  await f.getByLabel('Repository to test (owner/name)').fill('acme/app');
  await f.getByRole('button', { name: 'Test connection' }).click();
  await see(page.getByRole('alert').filter({ hasText: /Connection failed \(\d+ ms\): the egress policy refuses it/ }));
  await see(page.getByText('not on the egress allowlist', { exact: false }).first());
  await see(page.locator('code', { hasText: 'RB-DIST-EGRESS-DENIED' }));
  await shot('02-test-connection');
});

test('a target from the form, distributed: the job fails readably and the overview says never distributed', async () => {
  const f = page.getByRole('form', { name: 'New target' });
  await f.getByLabel('Connection').selectOption('ghe');
  await f.getByLabel('Repository (owner/name)', { exact: true }).fill('acme/app');
  await f.getByLabel('Branch', { exact: true }).fill('main');
  assert.ok(await f.getByLabel('claude', { exact: true }).isChecked(), 'claude is the default agent');
  await f.getByLabel('cursor', { exact: true }).check();
  await f.getByLabel('Mode').selectOption('commit');
  await f.getByLabel('Backend', { exact: true }).check();
  await f.getByRole('button', { name: 'Create target' }).click();
  await see(page.getByRole('status').filter({ hasText: 'Created the target acme/app@main.' }));
  const row = page.getByRole('row', { name: /acme\/app@main/ }).first();
  await see(row.getByText('backend: never distributed'));
  await see(row.getByText('never run'));
  await see(row.getByText('via ghe · claude, cursor'));
  await page.waitForLoadState('networkidle');

  await row.getByRole('button', { name: 'Distribute to acme/app@main' }).click();
  await see(page.getByRole('status').filter({ hasText: 'Queued 1 job(s).' }));
  const job = page.getByRole('row', { name: /^#1 / });
  await see(job);
  await see(job.locator('.badge', { hasText: 'failed' }), 20000);
  await see(job.getByText(/the egress policy refuses it: .*127\.0\.0\.1 is not on the egress allowlist/));
  await see(job.getByRole('cell', { name: /^admin / }));
  assert.equal(await job.getByRole('button', { name: /Cancel/ }).count(), 0, 'a finished job offers Cancel');
  // The overview: still never distributed, with the failed last job and its error.
  await see(row.locator('.badge', { hasText: 'failed' }), 30000);
  await see(row.getByText('backend: never distributed'));
  await see(row.getByText(/not on the egress allowlist/));
  await shot('03-distributed');
  const ov = await apiCall('GET', '/api/v1/orgs/acme/git/overview');
  assert.equal(ov.data.targets[0].packages[0].status, 'never distributed');
  assert.equal(ov.data.targets[0].last_job.state, 'failed');
});

test('Distribute all outdated queues the target again', async () => {
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/git/distribute') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Distribute all outdated' }).click(),
  ]);
  assert.equal(answer.status(), 202);
  assert.equal((await answer.json()).jobs.length, 1);
  await see(page.getByRole('status').filter({ hasText: 'Queued 1 job(s).' }));
  const job = page.getByRole('row', { name: /^#2 / });
  await see(job.locator('.badge', { hasText: 'failed' }), 20000);
  const jobs = await apiCall('GET', '/api/v1/orgs/acme/git/jobs');
  assert.deepEqual(jobs.data.jobs.map((j) => j.state), ['failed', 'failed']);
  // No timer keeps polling once nothing is queued or running: the refresh that saw the job
  // end is the last one (under load it may still be on screen for one cycle).
  await see(page.getByText('No distribution has run yet.').or(page.getByText('#2')).first());
  await page.getByText(/refreshing every 2 seconds/).waitFor({ state: 'detached', timeout: 15000 });
  await page.waitForTimeout(4500);
  assert.equal(await page.getByText(/refreshing every 2 seconds/).count(), 0, 'the page still polls');
});

test('a viewer sees the overview read-only', async () => {
  const inv = await apiCall('POST', '/api/v1/orgs/acme/invites', { role: 'viewer' });
  assert.equal(inv.status, 201, JSON.stringify(inv.data));
  const theirs = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const viewer = await theirs.newPage();
    viewer.on('pageerror', (e) => problems.push(`viewer page error: ${e.stack ?? e.message}`));
    await viewer.goto(inv.data.url);
    await viewer.getByLabel('Username').fill('vera');
    await viewer.getByLabel('Display name').fill('Vera Viewer');
    await viewer.getByLabel('Password (12 characters or more)').fill('vera passphrase 1234');
    await viewer.getByRole('button', { name: 'Create account' }).click();
    await viewer.getByRole('button', { name: 'Sign in' }).waitFor();
    await viewer.getByLabel('Username').fill('vera');
    await viewer.getByLabel('Password').fill('vera passphrase 1234');
    await viewer.getByRole('button', { name: 'Sign in' }).click();
    await viewer.getByRole('heading', { name: 'Acme' }).waitFor();
    // Signed in (the sign-in flow itself answers 401 before): from here on, no console error.
    viewer.on('console', (m) => { if (m.type() === 'error') problems.push(`viewer console: ${m.text()}`); });
    assert.equal(await viewer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Distribution' }).count(), 0,
      'the navigation offers Distribution to a viewer');
    await viewer.goto(`${url}/#/distribution`);
    await viewer.reload();
    await viewer.getByRole('heading', { name: 'Distribution', level: 1 }).waitFor();
    const row = viewer.getByRole('row', { name: /acme\/app@main/ }).first();
    await row.getByText('backend: never distributed').waitFor();
    await viewer.getByRole('row', { name: /^#2 / }).waitFor();
    await viewer.waitForLoadState('networkidle');
    assert.equal(await viewer.getByRole('button', { name: /Distribute|Cancel|Delete|Save|Create/ }).count(), 0, 'a viewer gets actions');
    assert.equal(await viewer.getByRole('heading', { name: 'Connections' }).count(), 0, 'a viewer sees connections');
    await viewer.screenshot({ path: join(shots, '05-viewer.png'), fullPage: true });
  } finally {
    await theirs.close();
  }
});

test('narrow screens render the page without horizontal scrolling', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await see(page.getByRole('heading', { name: 'Distribution', level: 1 }));
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await shot('04-narrow');
  assert.ok(overflow <= 1, `horizontal overflow of ${overflow}px at 390px`);
});
