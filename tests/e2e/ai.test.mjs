// End-to-end: AI help in the web UI (issue 21), against tests/fakes/ai_api.py (the loopback
// fake of the providers' APIs). An org admin adds a provider on Admin › AI providers (the key
// is never shown back, only its last four characters), tests it, sets what may be sent and
// sees usage; an author drafts a standard from a description after seeing exactly what will
// be sent (once per browser session), and asks for examples and a detector on a saved rule,
// which land in the editor as drafts (the detector only because it passes the rule's
// examples). The real binary on 127.0.0.1:0, Debian's Chromium through playwright-core;
// every test fails on a console error, a page error or a foreign request.
//
// Usage: node --test tests/e2e/ai.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { e2e } from './harness.mjs';

const KEY = 'sk-e2eCANARYkey0123456789wxyz';
const S = '/api/v1/orgs/acme/spaces/default';
const here = dirname(fileURLToPath(import.meta.url));

const run = e2e('ai');
const { shot, api: apiCall } = run;
let url, page, fake, fakePort;

before(async () => {
  fake = spawn('python3', [join(here, '../fakes/ai_api.py'), '--root', mkdtempSync(join(tmpdir(), 'rb-ai-fake-')), '--token', KEY],
    { stdio: ['pipe', 'pipe', 'ignore'] });
  const line = await new Promise((resolve) => createInterface({ input: fake.stdout }).once('line', resolve));
  fakePort = Number(line.replace('READY ', ''));
  ({ url, page } = await run.start());
});
after(() => { fake?.stdin.end(); fake?.kill(); return run.stop(); });

const main = () => page.locator('main');

test('an admin adds a provider, tests it and sets what may be sent', async () => {
  await run.firstRun();
  const r = await apiCall('PUT', '/api/v1/admin/egress', { allow: [`127.0.0.1:${fakePort}`] });
  assert.equal(r.status, 200);
  await page.goto(`${url}/#/admin/ai`);
  await main().getByText('No provider: every AI feature is off.').waitFor();
  await page.getByLabel('Name (a slug, e.g. local-vllm)').fill('local');
  await page.getByLabel('Kind', { exact: true }).selectOption('openai-compatible');
  await page.getByLabel("Base URL (empty: the kind's default)").fill(`http://127.0.0.1:${fakePort}/v1`);
  await page.getByLabel('Model (or Azure deployment)').fill('fake-model');
  await page.getByLabel('Key (sealed at once, never shown again; empty keeps the stored key)').fill(KEY);
  await page.getByRole('button', { name: 'Save provider' }).click();
  const row = main().getByRole('row', { name: /local/ });
  await row.getByText(`…${KEY.slice(-4)}`).waitFor();
  assert.ok(!(await page.content()).includes(KEY), 'the key is shown back');
  await page.getByRole('button', { name: 'Test local' }).click();
  await main().getByText('Connection works.').waitFor();
  await page.getByLabel('What may be sent').selectOption('examples');
  await page.getByLabel(/Monthly token budget/).fill('100000');
  await page.getByRole('button', { name: 'Save AI settings' }).click();
  await main().getByText('Saved.').waitFor();
  const s = await apiCall('GET', '/api/v1/orgs/acme/settings/ai');
  assert.equal(s.data.send, 'examples');
  assert.equal(s.data.monthly_token_budget, 100000);
  await shot('ai-admin');
});

test('an author drafts a standard after seeing what will be sent, then gets examples and a detector', async () => {
  await page.goto(`${url}/#/standards/new`);
  await page.getByText('Draft with AI').click();
  await page.getByLabel('Material').fill('Errors must carry the failing operation.');
  await page.getByRole('button', { name: 'Draft', exact: true }).click();
  const payload = main().getByRole('region', { name: 'What will be sent' });
  await payload.getByText(/This goes to local \(openai-compatible, model fake-model\)/).waitFor();
  await payload.getByText('Errors must carry the failing operation.', { exact: false }).first().waitFor();
  await shot('ai-payload');
  await payload.getByRole('button', { name: 'Send' }).click();
  await main().getByText('An AI-written draft: review every field before you create it.').waitFor();
  assert.equal(await page.getByLabel('Name').inputValue(), 'Error handling');

  // A saved standard with a Python rule: examples and a detector from the model.
  const r = await apiCall('POST', `${S}/standards`, { name: 'Python errors', description: 'd', rules: [{ text: 'No bare except.',
    examples: [{ language: 'python', good: 'try:\n    f()\nexcept ValueError:\n    pass\n', bad: 'try:\n    f()\nexcept:\n    pass\n' }] }] });
  assert.equal(r.status, 201);
  await page.goto(`${url}/#/standards/python-errors/edit`);
  await page.getByText('AI help (uses the saved version)').click();
  await page.getByRole('button', { name: 'Generate a detector' }).click();
  // Shown once per session: this call goes straight out.
  await main().getByText("An AI-written detector that passes the rule's examples was added below.").waitFor();
  await main().locator('.detector-status').getByText('active', { exact: true }).waitFor();
  await page.getByLabel('Example language').selectOption('go');
  await page.getByRole('button', { name: 'Suggest examples' }).click();
  await main().getByText('1 AI-written example(s) added below; review them before saving.').waitFor();
  assert.equal(await page.locator('fieldset.example').count(), 2);
  await shot('ai-rule-help');
  const usage = await apiCall('GET', '/api/v1/orgs/acme/ai/usage');
  assert.ok(usage.data.rows.some((u) => u.feature === 'generate-detector'), JSON.stringify(usage.data));
});

test('a standard is condensed into a proposal, which gets an advisory AI review', async () => {
  const r = await apiCall('POST', `${S}/standards`, { name: 'Go errors', description: 'How Go code returns errors, at length.',
    rules: [{ text: 'Wrap every returned error with the operation that failed, using fmt.Errorf and %w.' },
      { text: 'Never discard an error with the blank identifier.' }] });
  assert.equal(r.status, 201, JSON.stringify(r.data));
  await page.goto(`${url}/#/standards/go-errors`);
  await page.getByText('Condense with AI').click();
  await page.getByRole('button', { name: 'Propose a condensed version' }).click();
  const filed = main().getByRole('status').filter({ hasText: 'Filed as' });
  await filed.waitFor();
  assert.match(await filed.innerText(), /AI-written: condensed by local \(fake-model\)/);
  await filed.getByRole('link', { name: /proposal #\d+/ }).click();
  await main().getByRole('heading', { name: 'AI review (advisory)' }).waitFor();
  await main().getByRole('button', { name: 'Ask for an AI review' }).click();
  const review = main().getByRole('list', { name: 'AI reviews' }).locator('li').first();
  await review.getByText('AI-written').waitFor();
  await review.getByText('needs changes').waitFor();
  await review.getByText('Rule 2 has no example').waitFor();
  await shot('ai-review');
  // The review is stored beside the proposal: a reload shows it.
  await page.reload();
  await main().getByRole('list', { name: 'AI reviews' }).getByText('The proposal tightens rule 1.').waitFor();
  const usage = await apiCall('GET', '/api/v1/orgs/acme/ai/usage');
  for (const f of ['condense', 'review-proposal']) {
    assert.ok(usage.data.rows.some((u) => u.feature === f), `${f}: ${JSON.stringify(usage.data)}`);
  }
});
