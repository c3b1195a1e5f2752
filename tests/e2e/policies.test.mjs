// End-to-end: the agent policy pages (issue 17). A policy is written in the browser as rows of
// permission rules and hooks; a pattern the server refuses is named on the form, which keeps
// the input; the saved policy is shown as tables, edited into a second version, and listed on
// the dashboard. The real binary on 127.0.0.1:0, Debian's Chromium through playwright-core.
//
// Usage: node --test tests/e2e/policies.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const S = '/api/v1/orgs/acme/spaces/default';

const run = e2e('policies');
const { expected, shot, api: apiCall } = run;
let url, page;
before(async () => { ({ url, page } = await run.start()); });
after(() => run.stop());

const main = () => page.locator('main');

test('a policy is written as rows; a refused pattern is named and the input kept', async () => {
  await run.firstRun();
  await page.goto(`${url}/#/acme/default/policies`);
  await main().getByText('No agent policies yet.').waitFor();
  await main().getByRole('link', { name: 'New policy' }).click();
  await main().getByLabel('Name').fill('Safe shell');
  await main().getByLabel('Description').fill('What agents may run without asking.');
  await main().getByRole('button', { name: 'Add a rule' }).click();
  await main().getByRole('button', { name: 'Add a rule' }).click();
  const rules = main().getByRole('list', { name: 'Permission rules' }).locator('li');
  await rules.nth(0).getByLabel('Effect').selectOption('deny');
  await rules.nth(0).getByLabel('Applies to').selectOption('shell');
  await rules.nth(0).getByLabel('Pattern').fill('git push');
  await rules.nth(1).getByLabel('Effect').selectOption('allow');
  await rules.nth(1).getByLabel('Applies to').selectOption('shell');
  await rules.nth(1).getByLabel('Pattern').fill('cargo test *');
  await main().getByRole('button', { name: 'Add a hook' }).click();
  const hooks = main().getByRole('list', { name: 'Hooks' }).locator('li');
  await hooks.nth(0).getByLabel('Event').selectOption('before_shell');
  await hooks.nth(0).getByLabel('Script and arguments').fill('scripts/agent/guard.sh --strict');
  await hooks.nth(0).getByLabel('Timeout in seconds').fill('30');
  expected.push(422);
  await main().getByRole('button', { name: 'Create' }).click();
  await main().getByRole('alert').filter({ hasText: 'permission rule 2: match' }).waitFor();
  assert.equal(await rules.nth(0).getByLabel('Pattern').inputValue(), 'git push', 'the input is kept');
  await shot('policy-refused');
  await rules.nth(1).getByLabel('Pattern').fill('cargo test');
  await main().getByRole('button', { name: 'Create' }).click();
  await page.waitForURL(/#\/acme\/default\/policies\/safe-shell$/);
  await main().getByRole('heading', { name: 'Safe shell', level: 1 }).waitFor();
  const cells = await main().locator('table').first().locator('tbody td').allInnerTexts();
  assert.deepEqual(cells, ['deny', 'shell', 'git push', 'allow', 'shell', 'cargo test']);
  await main().locator('table').nth(1).getByText('scripts/agent/guard.sh --strict').waitFor();
  await shot('policy-view');
  const r = await apiCall('GET', `${S}/policies/safe-shell`);
  assert.equal(r.status, 200);
  assert.deepEqual(r.data.content.hooks, [{ event: 'before_shell', command: 'scripts/agent/guard.sh --strict', timeout_s: 30 }]);
});

test('editing removes a rule as a second version; the dashboard counts the policy', async () => {
  await page.goto(`${url}/#/acme/default/policies/safe-shell/edit`);
  const rules = main().getByRole('list', { name: 'Permission rules' }).locator('li');
  await rules.nth(1).getByRole('button', { name: 'Remove' }).click();
  await main().getByLabel('Change message').fill('Tests run on request');
  await main().getByRole('button', { name: 'Save new version' }).click();
  await page.waitForURL(/#\/acme\/default\/policies\/safe-shell$/);
  await main().getByText('Version 2').waitFor();
  const r = await apiCall('GET', `${S}/policies/safe-shell`);
  assert.deepEqual(r.data.content.permissions, [{ effect: 'deny', on: 'shell', match: 'git push' }]);
  await page.goto(`${url}/#/acme/default`);
  await main().getByRole('link', { name: /1\s*agent policies/ }).waitFor();
});

test('a proposed change to a policy is reviewed as a diff of its rules and accepted', async () => {
  const proposed = { name: 'Safe shell', description: 'What agents may run without asking.',
    permissions: [{ effect: 'deny', on: 'shell', match: 'git push' }, { effect: 'ask', on: 'shell', match: 'npm publish' }],
    hooks: [{ event: 'before_shell', command: 'scripts/agent/guard.sh --strict', timeout_s: 30 }] };
  const r = await apiCall('POST', `${S}/policies/safe-shell/proposals?base_version=2`, { ...proposed, message: 'Ask before publishing' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  await page.goto(`${url}/#/acme/default/proposals/${r.data.id}`);
  await page.getByRole('heading', { name: `Proposal #${r.data.id} for agent policy Safe shell` }).waitFor();
  await page.locator('pre.diff .add', { hasText: '+ask shell npm publish' }).waitFor();
  await shot('policy-proposal');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.getByText('Version 3', { exact: true }).waitFor();
  const got = await apiCall('GET', `${S}/policies/safe-shell`);
  assert.deepEqual(got.data.content.permissions, proposed.permissions);
});
