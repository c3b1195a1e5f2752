// End-to-end: the Lint results page (`#/lint`) against the real binary, driven through Debian's
// Chromium by playwright-core. Two runs of a tracked repository are uploaded as `rulebook lint
// --report` sends them (the CLI side is tested in tests/it/lint_reports.rs); the page shows the
// newest run's counts, each rule's violations and trend, and a run's finding places; a rule
// message carrying markup is shown as text.
//
// Usage: cd tests/e2e && node --test lint_results.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const run = e2e('lint');
const { shot, api: apiCall } = run;
let browser, page;
before(async () => { ({ browser, page } = await run.start()); });
after(() => run.stop());

async function see(locator, timeout = 10000) {
  await locator.waitFor({ timeout }).catch(async (e) => {
    throw new Error(`${e.message}\n--- page text ---\n${await page.locator('main').innerText()}`);
  });
}

const HOSTILE = '<img src=x onerror="window.pwned=1">Never print';
const upload = (todo, prints) => ({
  url: 'https://git.example.internal/team/api.git', branch: 'main', path: '', files_checked: 12,
  commit: 'a'.repeat(40), findings_total: todo + prints,
  rules: [
    { rule: 'hygiene/1', message: 'Resolve TODOs before merging.', level: 'error', violations: todo, suppressed: 0 },
    { rule: 'hygiene/2', message: HOSTILE, level: 'warning', violations: prints, suppressed: 1 },
  ],
  findings: [
    ...Array.from({ length: todo }, (_, i) => ({ path: 'src/a.py', line: i + 1, column: 3, rule: 'hygiene/1', level: 'error' })),
    ...Array.from({ length: prints }, (_, i) => ({ path: 'src/b.py', line: i + 10, column: 1, rule: 'hygiene/2', level: 'warning' })),
  ],
});

test('setup, a tracked repository and two uploaded runs', async () => {
  await run.firstRun();
  // The standard the rules belong to: lint results show rules of standards the reader can see.
  let r = await apiCall('POST', '/api/v1/orgs/acme/spaces/default/standards', { name: 'Hygiene', description: 'Clean code.',
    rules: [{ text: 'Resolve TODOs before merging.' }, { text: 'Log, do not print.' }] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', '/api/v1/orgs/acme/repositories', { url: 'https://git.example.internal/team/api', branch: 'main' });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', '/api/v1/orgs/acme/lint/reports', upload(4, 1));
  assert.equal(r.status, 201, JSON.stringify(r.data));
  r = await apiCall('POST', '/api/v1/orgs/acme/lint/reports', upload(2, 1));
  assert.equal(r.status, 201, JSON.stringify(r.data));
});

test('the page shows the newest run per repository and each rule', async () => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lint results' }).click();
  await see(page.getByRole('heading', { name: 'Lint results', level: 1 }));
  const places = page.locator('table.lint-places');
  await see(places.getByText('https://git.example.internal/team/api (main)'));
  const row = places.locator('tbody tr').first();
  assert.deepEqual(await row.locator('td.num').allInnerTexts(), ['2', '1', '0']);
  await see(row.getByRole('img', { name: 'Errors and warnings of the last 2 run(s), oldest first: 5, 3' }));
  const rules = page.getByRole('region', { name: 'Rules' });
  await see(rules.getByText('Resolve TODOs before merging.'));
  await see(rules.getByText(HOSTILE));
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'markup in a rule message ran');
  await see(rules.getByText('1 of 1 violating').first());
  await see(rules.getByRole('img', { name: /Violations of hygiene\/1 per day over the last 30 days, oldest first: (0, ){29}2$/ }));
  await shot('lint-results');
});

test('a run\'s details list its rules and where its findings are', async () => {
  await page.locator('table.lint-places').getByText('Details').click();
  const list = page.getByRole('list', { name: /Findings of run/ });
  await see(list.getByText('src/a.py:2:3'));
  assert.equal(await list.locator('li').count(), 3);
  await see(page.getByText(/Commit aaaaaaaaaaaa · 12 file\(s\) checked · by admin/));
  await shot('lint-run');
  void browser;
});
