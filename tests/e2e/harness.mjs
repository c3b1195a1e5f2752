// What every browser test shares: a temporary data and config dir, `rulebook init`, the real
// binary serving on 127.0.0.1:0, Debian's Chromium (headless) through playwright-core, and a
// watch on every page that turns a console error, a page error or a request to any host but
// the server into a problem; the teardown fails the file on any problem.
//
// RULEBOOK_BIN and CHROMIUM override the default binary and browser.
//
//   const run = e2e('spaces');
//   const { expected, shot, hash, api: apiCall } = run;
//   let url, page;
//   before(async () => { ({ url, page } = await run.start()); });
//   after(() => run.stop());
//   test('…', async () => { await run.firstRun(); … });
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
export const bin = process.env.RULEBOOK_BIN ?? join(root, 'target/debug/rulebook');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const PASSWORD = 'e2e admin passphrase';
const VIEWPORT = { width: 1200, height: 900 };

/// One test file's run. Made at load time, so `tmp`, `shots`, `dirs`, `problems` and `expected`
/// are there from the start; `start()` (in `before`) fills in the server and the browser, and
/// `stop()` (in `after`) closes both and fails on any problem.
/// - `problems`: what went wrong in a watched page.
/// - `expected`: HTTP statuses a step provokes on purpose (Chromium logs every 4xx as a console
///   error); each one excuses one such console error.
export function e2e(name) {
  const tmp = mkdtempSync(join(tmpdir(), name ? `rulebook-e2e-${name}-` : 'rulebook-e2e-'));
  const shots = join(tmp, 'screenshots');
  mkdirSync(shots);
  const run = {
    tmp, shots,
    dirs: ['--data-dir', join(tmp, 'data'), '--config-dir', join(tmp, 'cfg')],
    problems: [],
    expected: [],
    server: undefined, url: undefined, setupLink: undefined, browser: undefined, context: undefined, page: undefined,

    /// `rulebook init`, then `prepare()` (between init and serve), then `rulebook serve` with
    /// `serveArgs` until it prints its address and setup link, then Chromium with one watched
    /// page in a context made with `context` options (none with `page: false`).
    async start({ prepare, serveArgs = [], context = {}, page = true } = {}) {
      const init = spawnSync(bin, [...run.dirs, 'init'], { encoding: 'utf8' });
      assert.equal(init.status, 0, init.stderr);
      await prepare?.();
      await serve(serveArgs);
      run.browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
      if (page) await run.newPage(context);
      return run;
    },

    /// A new browser context (its own cookies and storage) with one watched page, which becomes
    /// `run.context` and `run.page`.
    async newPage(options = {}) {
      run.context = await run.browser.newContext({ viewport: VIEWPORT, ...options });
      run.page = await run.context.newPage();
      run.watch(run.page);
      return run.page;
    },

    /// Reports the page's console errors (less the `expected` ones), page errors and requests to
    /// another host as problems.
    watch(page) {
      page.on('console', (m) => {
        if (m.type() !== 'error') return;
        const i = run.expected.findIndex((status) => m.text().includes(`status of ${status}`));
        if (i >= 0) run.expected.splice(i, 1);
        else run.problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => run.problems.push(`page error: ${e.stack ?? e.message}`));
      page.on('request', (r) => {
        if (!r.url().startsWith(run.url) && !r.url().startsWith('data:')) run.problems.push(`request to another host: ${r.url()}`);
      });
    },

    /// First-run setup through the page at the setup link: organization Acme, user admin with
    /// PASSWORD. `beforeCreate` runs once the form is filled in.
    async firstRun(page = run.page, { beforeCreate } = {}) {
      await page.goto(run.setupLink);
      await page.getByLabel('Organization name').fill('Acme');
      await page.getByLabel('Username').fill('admin');
      await page.getByLabel('Password (12 characters or more)').fill(PASSWORD);
      await beforeCreate?.();
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('heading', { name: 'Acme' }).waitFor();
    },

    /// A full-page screenshot into `shots`.
    shot: (name, page = run.page) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true }),
    /// The route shown (`#/…`).
    hash: (page = run.page) => new URL(page.url()).hash,
    /// `apiCall` from the main page.
    api: (method, path, body, headers) => apiCall(run.page, method, path, body, headers),

    /// Closes the browser, stops the server (and waits for it to exit, so the data dir can be
    /// checked next), and fails on any problem.
    async stop() {
      await run.browser?.close();
      const server = run.server;
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((ok) => server.once('exit', ok));
        server.kill('SIGTERM');
        await exited;
      }
      console.log(`screenshots: ${shots}`);
      assert.deepEqual(run.problems, [], 'console errors or foreign requests');
    },
  };

  async function serve(args) {
    const server = spawn(bin, [...run.dirs, 'serve', '--listen', '127.0.0.1:0', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    run.server = server;
    await new Promise((ok, fail) => {
      let err = '';
      server.stderr.on('data', (d) => {
        err += d;
        // Whole lines only; the setup block can go on over more lines, the first is the link.
        const m = err.match(/first-run setup: open (\S+)\r?\n/);
        const l = err.match(/rulebook listening on (\S+)\r?\n/);
        if (m && l) { run.url = l[1]; run.setupLink = m[1]; ok(); }
      });
      server.on('exit', (c) => fail(new Error(`server exited ${c}: ${err}`)));
      setTimeout(() => fail(new Error(`no setup link: ${err}`)), 15000);
    });
  }

  return run;
}

/// Calls the API from `page`, as its signed-in user (session cookie and CSRF token).
export async function apiCall(page, method, path, body, headers = {}) {
  return page.evaluate(async ([method, path, body, headers]) => {
    const me = await (await fetch('/api/v1/auth/me')).json();
    const r = await fetch(path, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token, ...headers },
                                  body: body === null ? undefined : JSON.stringify(body) });
    return { status: r.status, data: await r.json().catch(() => null), etag: r.headers.get('ETag') };
  }, [method, path, body ?? null, headers]);
}
