// End-to-end: the detector editor (issue 18). A detector written beside a rule's examples shows
// its status as the author types (active once it flags the bad example and not the good one;
// draft, with the reason, when an edit of the examples makes it miss), runs on a scratch
// snippet, and after a save the standard's page shows which example matched where; a save that
// sends a detector back to draft says so. The real binary on 127.0.0.1:0, Debian's Chromium
// through playwright-core; every test fails on a console error, a page error or a foreign
// request.
//
// Usage: node --test tests/e2e/detectors.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const S = '/api/v1/orgs/acme/spaces/default';
const GOOD = 'try:\n    load()\nexcept ValueError:\n    pass\n';
const BAD = 'try:\n    load()\nexcept:\n    pass\n';
const BARE = "rule:\n  kind: except_clause\n  regex: '^except\\s*:'\n";

const run = e2e('detectors');
const { shot, api: apiCall } = run;
let url, page;
before(async () => { ({ url, page } = await run.start()); });
after(() => run.stop());

const main = () => page.locator('main');

test('write a detector beside the examples, watch it validate, try it, save it', async () => {
  await run.firstRun();
  const r = await apiCall('POST', `${S}/standards`, { name: 'Python errors', description: 'Errors in Python.', scope: ['src/**'],
    rules: [{ text: 'Never write a bare `except:`.', severity: 'error', examples: [{ language: 'python', good: GOOD, bad: BAD }] }] });
  assert.equal(r.status, 201);
  await page.goto(`${url}/#/standards/python-errors/edit`);
  await page.getByRole('button', { name: 'Add detector' }).click();
  await page.getByLabel('Detector language').selectOption('python');
  await page.getByLabel('Detector (ast-grep rule or regex, YAML)').fill(BARE);
  const status = main().locator('.detector-status');
  await status.getByText('active', { exact: true }).waitFor();
  await status.getByText('✓ bad example 1: flagged on line 3').waitFor();
  await status.getByText('✓ good example 1: not flagged').waitFor();
  await shot('detector-active');

  // The examples change under it: a draft, and why.
  await page.getByLabel('Bad').fill('raise Oops()\n');
  await status.getByText('draft', { exact: true }).waitFor();
  await status.getByText('bad example 1 is not flagged').waitFor();
  await page.getByLabel('Bad').fill(BAD);
  await status.getByText('active', { exact: true }).waitFor();

  // A scratch snippet.
  await page.getByText('Try on a snippet').click();
  await page.getByLabel('Snippet').fill('def f():\n    try:\n        g()\n    except:\n        raise\n');
  await page.getByRole('button', { name: 'Run on snippet' }).click();
  await main().locator('.snippet-findings').getByText('4:5').waitFor();
  await page.getByLabel('Path (optional)').fill('tools/x.py');
  await page.getByRole('button', { name: 'Run on snippet' }).click();
  await main().getByText("The detector does not apply to tools/x.py (its language, files or the standard's scope).").waitFor();
  await shot('detector-snippet');

  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByText('Version 2').waitFor();
  const section = main().getByRole('region', { name: 'Detectors of rule 1' });
  await section.getByText('active', { exact: true }).waitFor();
  await section.getByText('✓ bad example 1: flagged on line 3').waitFor();
  await shot('detector-view');

  // A save that breaks it says so on the standard's page.
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Bad').fill('raise Oops()\n');
  await page.getByRole('button', { name: 'Save new version' }).click();
  await page.getByText('Version 3').waitFor();
  await main().getByRole('heading', { name: 'Detectors back to draft' }).waitFor();
  await main().getByText('Rule 1, detector 1: bad example 1 is not flagged').waitFor();
  const v = await apiCall('GET', `${S}/standards/python-errors`);
  assert.equal(v.data.detectors[0].status, 'draft');
});
