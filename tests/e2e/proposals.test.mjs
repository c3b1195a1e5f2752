// End-to-end: change proposals for commands, skills and subagents, filed through the API and
// reviewed in the UI (accept one, edit-then-accept one, reject one with a comment); the outcome
// is checked through the API. The real binary on 127.0.0.1:0 with a temporary data dir, driven
// through Debian's Chromium (headless) by playwright-core. Every test fails on a console error,
// a page error or a request to any host but the server. Screenshots go to the folder printed at
// the end.
//
// Usage: node --test tests/e2e/proposals.test.mjs   (RULEBOOK_BIN, CHROMIUM override the defaults)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { e2e } from './harness.mjs';

const S = '/api/v1/orgs/acme/spaces/default';

const run = e2e('proposals');
const { shot, api: apiCall } = run;
let url, page;
before(async () => { ({ url, page } = await run.start()); });
after(() => run.stop());

const hash = () => page.evaluate(() => location.hash);

/// The one proposal of an artifact (`kind` plural).
async function onlyProposal(kind, slug) {
  const r = await apiCall('GET', `${S}/${kind}/${slug}/proposals`);
  assert.equal(r.status, 200, JSON.stringify(r.data));
  assert.equal(r.data.proposals.length, 1);
  return r.data.proposals[0];
}

const ids = {};

test('setup, then a command, a skill and a subagent, each with a proposal filed through the API', async () => {
  await run.firstRun();

  const created = await Promise.all([
    apiCall('POST', `${S}/commands`, { name: 'Deploy service', description: 'Deploy a service.', body: 'Run `make deploy $ARGUMENTS`.\n' }),
    apiCall('POST', `${S}/skills`, { name: 'code-review', description: 'Review a change.', body: 'Read the diff.\n',
      files: [{ path: 'checklist.md', content: '- tests\n' }] }),
    apiCall('POST', `${S}/subagents`, { name: 'Security reviewer', description: 'Looks for vulnerabilities.',
      body: 'Check inputs.\n', tools: ['Read', 'Grep'], model: 'sonnet' }),
  ]);
  for (const c of created) assert.equal(c.status, 201, JSON.stringify(c.data));
  assert.deepEqual(created.map((c) => c.data.slug), ['deploy-service', 'code-review', 'security-reviewer']);

  const filed = await Promise.all([
    apiCall('POST', `${S}/commands/deploy-service/proposals`, { name: 'Deploy service', description: 'Deploy a service.',
      body: 'Run `make deploy $ARGUMENTS`.\nThen watch the dashboards for 10 minutes.\n', message: 'Watch after deploying' }),
    apiCall('POST', `${S}/skills/code-review/proposals`, { name: 'code-review', description: 'Review a change.',
      body: 'Read the diff.\nRun the tests.\n', files: [{ path: 'checklist.md', content: '- tests\n- docs\n' }], message: 'Run the tests too' }),
    apiCall('POST', `${S}/subagents/security-reviewer/proposals`, { name: 'Security reviewer', description: 'Looks for vulnerabilities.',
      body: 'Ignore inputs.\n', tools: ['Read', 'Grep', 'Bash'], model: 'sonnet', message: 'Give it a shell' }),
  ]);
  for (const f of filed) assert.equal(f.status, 201, JSON.stringify(f.data));
  [ids.command, ids.skill, ids.subagent] = filed.map((f) => f.data.id);

  // The dashboard counts them; the space's proposals page lists all three by name.
  await page.goto(`${url}/#/acme/default`);
  assert.equal(await page.locator('a.tile', { hasText: 'open proposals' }).locator('strong').innerText(), '3');
  await page.goto(`${url}/#/acme/default/proposals`);
  await page.getByRole('heading', { name: 'Open proposals (3)' }).waitFor();
  // The navigation counts them too.
  await page.locator('#nav').getByRole('link', { name: 'Proposals (3)' }).waitFor();
  await page.getByRole('link', { name: /^Deploy service command deploy-service/ }).waitFor();
  await page.getByRole('link', { name: /^code-review skill code-review/ }).waitFor();
  await page.getByRole('link', { name: /^Security reviewer subagent security-reviewer/ }).waitFor();
  await shot('01-space-proposals');
});

test('a command: the proposal on its page, its diff, accept', async () => {
  await page.goto(`${url}/#/acme/default/commands`);
  await page.getByText('1 open proposal').waitFor();
  await page.getByRole('link', { name: 'Deploy service' }).click();
  await page.getByRole('heading', { name: 'Open proposals (1)' }).waitFor();
  await page.getByRole('link', { name: /Watch after deploying/ }).click();
  assert.equal(await hash(), `#/acme/default/proposals/${ids.command}`);
  await page.getByRole('heading', { name: `Proposal #${ids.command} for command Deploy service` }).waitFor();
  await page.locator('pre.diff .add', { hasText: '+Then watch the dashboards for 10 minutes.' }).waitFor();
  await shot('02-command-proposal');
  // Accept is the primary action; Reject is secondary and marked as destructive.
  assert.match(await page.getByRole('button', { name: 'Reject' }).getAttribute('class'), /\bsecondary\b.*\bdanger\b/);
  assert.equal(await page.getByRole('button', { name: 'Accept', exact: true }).getAttribute('class'), 'primary');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await page.getByText('Version 2', { exact: true }).waitFor();
  assert.equal(await hash(), '#/acme/default/commands/deploy-service');
  assert.equal(await page.getByRole('heading', { name: /Open proposals/ }).count(), 0);

  const c = await apiCall('GET', `${S}/commands/deploy-service`);
  assert.equal(c.data.version, 2);
  assert.equal(c.data.content.body, 'Run `make deploy $ARGUMENTS`.\nThen watch the dashboards for 10 minutes.\n');
  const p = await onlyProposal('commands', 'deploy-service');
  assert.equal(p.status, 'accepted');
  assert.equal(p.accepted_version, 2);
});

test('a skill: from the space list, edit the proposal, then accept it', async () => {
  await page.goto(`${url}/#/acme/default/proposals`);
  await page.getByRole('heading', { name: 'Open proposals (2)' }).waitFor();
  await page.getByRole('link', { name: /^code-review skill code-review/ }).click();
  assert.equal(await hash(), `#/acme/default/proposals/${ids.skill}`);
  await page.locator('pre.diff .add', { hasText: '+Run the tests.' }).waitFor();
  await page.getByRole('heading', { name: 'files/checklist.md' }).waitFor();
  await page.getByText('Edit, then accept').click();
  // The editor holds the proposed content.
  assert.equal(await page.getByLabel('SKILL.md body (Markdown)').inputValue(), 'Read the diff.\nRun the tests.\n');
  assert.equal(await page.getByLabel('File checklist.md').inputValue(), '- tests\n- docs\n');
  await page.getByLabel('SKILL.md body (Markdown)').fill('Read the diff.\nRun the tests and the linter.\n');
  await page.getByLabel('File checklist.md').fill('- tests\n- docs\n- lint\n');
  await page.getByLabel('Note for the record (optional)').fill('Linter too');
  await shot('03-skill-edit-then-accept');
  await page.getByRole('button', { name: 'Accept with my edits' }).click();
  await page.getByText('Version 2', { exact: true }).waitFor();
  assert.equal(await hash(), '#/acme/default/skills/code-review');

  const s = await apiCall('GET', `${S}/skills/code-review`);
  assert.equal(s.data.version, 2);
  assert.equal(s.data.content.body, 'Read the diff.\nRun the tests and the linter.\n');
  assert.equal(s.data.content.files.find((f) => f.path === 'checklist.md').content, '- tests\n- docs\n- lint\n');
  const p = await onlyProposal('skills', 'code-review');
  assert.equal(p.status, 'accepted');
  assert.equal(p.comment, 'Linter too');
});

test('a subagent: reject its proposal with a comment', async () => {
  await page.goto(`${url}/#/acme/default/subagents/security-reviewer`);
  await page.getByRole('heading', { name: 'Open proposals (1)' }).waitFor();
  await page.getByRole('link', { name: /Give it a shell/ }).click();
  await page.getByRole('heading', { name: `Proposal #${ids.subagent} for subagent Security reviewer` }).waitFor();
  await page.locator('pre.diff .add', { hasText: '+Bash' }).waitFor();
  await page.locator('pre.diff .del', { hasText: '-Check inputs.' }).waitFor();
  // A comment is required.
  await page.getByRole('button', { name: 'Reject' }).click();
  assert.equal(await hash(), `#/acme/default/proposals/${ids.subagent}`);
  await page.getByLabel('Why it is rejected (the author sees this)').fill('Inputs must be checked, and no shell.');
  await shot('04-subagent-reject');
  await page.getByRole('button', { name: 'Reject' }).click();
  await page.getByText('Version 1', { exact: true }).waitFor();
  assert.equal(await hash(), '#/acme/default/subagents/security-reviewer');
  assert.equal(await page.getByRole('heading', { name: /Open proposals/ }).count(), 0);

  const a = await apiCall('GET', `${S}/subagents/security-reviewer`);
  assert.equal(a.data.version, 1);
  assert.equal(a.data.content.body, 'Check inputs.\n');
  const p = await onlyProposal('subagents', 'security-reviewer');
  assert.equal(p.status, 'rejected');
  assert.equal(p.comment, 'Inputs must be checked, and no shell.');

  // The decided proposal still shows its outcome; the space has nothing open any more.
  await page.goto(`${url}/#/acme/default/proposals/${ids.subagent}`);
  await page.getByText('Rejected by admin: Inputs must be checked, and no shell.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Reject' }).count(), 0);
  await page.goto(`${url}/#/acme/default/proposals`);
  await page.getByRole('heading', { name: 'Open proposals (0)' }).waitFor();
  await page.getByText('No open proposals.').waitFor();
  const open = await apiCall('GET', `${S}/proposals`);
  assert.deepEqual(open.data.proposals, []);
});
