// The UI's only connection: this origin's /api/v1 (CSP connect-src 'self').
let csrf = null;

export function setCsrf(token) { csrf = token; }

export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrf && method !== 'GET') headers['X-CSRF-Token'] = csrf;
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
                                credentials: 'same-origin', cache: 'no-store' });
  let data = null;
  try { data = await r.json(); } catch { data = null; }
  return { ok: r.ok, status: r.status, data, etag: r.headers.get('ETag') };
}

/// Like `api` with an If-Match header (updates are refused when someone else saved first).
export async function apiIfMatch(method, path, etag, body) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', 'If-Match': etag };
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const r = await fetch(path, { method, headers, body: JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' });
  let data = null;
  try { data = await r.json(); } catch { data = null; }
  return { ok: r.ok, status: r.status, data, etag: r.headers.get('ETag') };
}

export const enc = encodeURIComponent;
