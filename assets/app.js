// Rulebook UI shell. Talks only to this origin's /healthz, /readyz and /api/v1.
const $ = (id) => document.getElementById(id);

async function probe(path) {
  try {
    const r = await fetch(path, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    return { ok: r.ok, body: await r.json() };
  } catch (e) {
    return { ok: false, body: { error: { message: String(e) } } };
  }
}

async function refresh() {
  const [health, ready] = await Promise.all([probe('/healthz'), probe('/readyz')]);
  $('health').textContent = health.ok ? 'alive' : 'not answering';
  $('ready').textContent = ready.ok ? 'open and writable' : (ready.body.error?.message ?? 'not ready');
  const s = $('status');
  s.textContent = health.ok && ready.ok ? 'Server ready' : 'Server has a problem';
  s.className = 'status ' + (health.ok && ready.ok ? 'ok' : 'bad');
}

refresh();
setInterval(refresh, 30000);
