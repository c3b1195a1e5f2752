// Small DOM helpers: elements from data (never from HTML strings, so no injection), forms that
// keep their input and show the server's message on failure, and a focus-managing `show`.

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
    else if (k === 'value' && (tag === 'textarea' || tag === 'input')) e.value = v ?? '';
    else if (v === true) e.setAttribute(k, '');
    else if (v !== null && v !== undefined && v !== false) e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export function field(label, name, type = 'text', extra = {}) {
  return el('label', {}, label, el('input', { name, type, required: true, ...extra }));
}

export function area(label, name, value = '', extra = {}) {
  return el('label', {}, label, el('textarea', { name, value, rows: 4, ...extra }));
}

export function form(title, fields, submitLabel, onSubmit, cls = 'card') {
  const error = el('p', { class: 'error', role: 'alert' });
  const button = el('button', { type: 'submit' }, submitLabel);
  const f = el('form', { class: cls, 'aria-label': title }, title ? el('h2', {}, title) : null, ...fields, error, button);
  f.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    button.disabled = true;
    try {
      const msg = await onSubmit(Object.fromEntries(new FormData(f).entries()), f);
      if (msg) error.textContent = msg; // input is kept on failure
    } finally {
      button.disabled = false;
    }
  });
  return f;
}

const main = () => document.getElementById('main');

/// A `show` for re-rendering a page from its own event handlers (after a save or a delete):
/// it does nothing once the user has moved to another page.
export function showHere() {
  const at = location.hash;
  return (...nodes) => { if (location.hash === at) show(...nodes); };
}

// Set by the router: false once a newer navigation waits, so a page still loading (a slow
// dashboard) never draws over the one the user has asked for since.
let wanted = () => true;
export function drawOnlyWhile(check) {
  wanted = check;
}

export function show(...nodes) {
  if (!wanted()) return;
  main().replaceChildren(...nodes.flat().filter((n) => n !== null && n !== undefined && n !== false));
  main().focus();
}

export function loading() {
  main().replaceChildren(el('p', { class: 'muted', role: 'status' }, 'Loading…'));
}

export function failure(r) {
  return el('p', { class: 'error', role: 'alert' }, r?.data?.error?.message ?? `The server answered ${r?.status ?? 'nothing'}.`);
}

export function empty(text) {
  return el('p', { class: 'muted empty' }, text);
}

/// Asks before a destructive action (a native dialog: keyboard and screen-reader friendly).
export function confirmed(question) {
  return window.confirm(question);
}

/// Text with ⟦ ⟧ search highlights as <mark> elements.
export function highlighted(text) {
  const out = [];
  const parts = String(text).split(/(⟦[^⟧]*⟧)/);
  for (const p of parts) {
    if (p.startsWith('⟦') && p.endsWith('⟧')) out.push(el('mark', {}, p.slice(1, -1)));
    else if (p) out.push(p);
  }
  return out;
}

const RELATIVE = [['year', 31536000], ['month', 2592000], ['week', 604800], ['day', 86400], ['hour', 3600], ['minute', 60], ['second', 1]];

/// A time as people say it ("3 minutes ago", "in 2 days") in a <time> whose `datetime` and
/// hover title are the exact ISO time. Anything that is not a time is shown as given.
export function when(iso) {
  const t = Date.parse(iso);
  if (!iso || Number.isNaN(t)) return el('span', {}, iso ?? '–');
  // Now, or a server clock a little ahead of this browser's, reads as just past.
  const ahead = Math.round((t - Date.now()) / 1000);
  const secs = ahead < 30 ? Math.min(ahead, -1) : ahead;
  const [unit, size] = RELATIVE.find(([, s]) => Math.abs(secs) >= s) ?? ['second', 1];
  const words = new Intl.RelativeTimeFormat('en', { numeric: 'always' }).format(Math.trunc(secs / size), unit);
  return el('time', { datetime: iso, title: iso }, words);
}

// Markdown, shown rendered: the server turns it into a tree of allowed elements
// (`?render=markdown`, src/model/markdown_tree.rs: a node is a string or
// `{t: tag, a: {attr: value}, c: [node…]}`). The tree is checked again here (tags, attributes,
// link schemes, depth), so even a tampered answer cannot become markup or script.
const MD_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'pre', 'code', 'blockquote', 'em',
  'strong', 'del', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'br']);
const MD_ATTRS = { a: ['href', 'title'], code: ['class'], ol: ['start'] };
const MD_DEPTH = 40;

/// Whether a link may be followed: http(s), mailto, or relative (no scheme).
export function safeHref(href) {
  if (typeof href !== 'string' || !href || /[\s\u0000-\u001f\u007f\\]/.test(href)) return false;
  const m = href.match(/^([^:/?#]*):/);
  return !m || ['http', 'https', 'mailto'].includes(m[1].toLowerCase());
}

function mdNode(n, depth) {
  if (typeof n === 'string') return document.createTextNode(n);
  if (!n || typeof n !== 'object') return null;
  const kids = Array.isArray(n.c) ? n.c : [];
  const tag = String(n.t);
  const a = n.a && typeof n.a === 'object' ? n.a : {};
  const allowed = MD_TAGS.has(tag) && depth < MD_DEPTH && (tag !== 'a' || safeHref(a.href));
  if (!allowed) { // its text only
    const f = document.createDocumentFragment();
    for (const k of kids) { const c = mdNode(k, depth + 1); if (c) f.append(c); }
    return f;
  }
  const e = document.createElement(tag);
  for (const name of MD_ATTRS[tag] ?? []) {
    const v = a[name];
    if (typeof v !== 'string') continue;
    if (name === 'class' && !/^language-[\w+.#-]{1,32}$/.test(v)) continue;
    if (name === 'start' && !/^\d{1,9}$/.test(v)) continue;
    e.setAttribute(name, v);
  }
  if (tag === 'a' && /^([^:/?#]*:|\/\/)/.test(a.href)) e.setAttribute('rel', 'noopener noreferrer'); // external
  for (const k of kids) { const c = mdNode(k, depth + 1); if (c) e.append(c); }
  return e;
}

/// A Markdown tree as elements, in a `div.markdown`.
export function markdown(tree) {
  const box = el('div', { class: 'markdown' });
  for (const n of Array.isArray(tree) ? tree : []) { const c = mdNode(n, 0); if (c) box.append(c); }
  return box;
}

/// Markdown shown rendered, with its source a click away ("Source" / "Rendered"). Without a
/// tree (an older server, a failed render) the source is shown as it is.
export function markdownBlock(source, tree, label = 'Markdown') {
  const text = el('pre', { class: 'prose md-source' }, source ?? '');
  if (!Array.isArray(tree)) return text;
  const shown = markdown(tree);
  const toggle = el('button', { type: 'button', class: 'link md-toggle', 'aria-pressed': 'false', 'aria-label': `${label}: show source` }, 'Source');
  const box = el('div', { class: 'md-block' }, toggle, shown);
  toggle.addEventListener('click', () => {
    const src = !text.isConnected || text.hidden; // the source joins the page on first use
    if (!text.isConnected) box.append(text);
    text.hidden = !src;
    shown.hidden = src;
    toggle.textContent = src ? 'Rendered' : 'Source';
    toggle.setAttribute('aria-pressed', String(src));
    toggle.setAttribute('aria-label', `${label}: show ${src ? 'rendered' : 'source'}`);
  });
  return box;
}

/// A modal form (<dialog>, focus kept inside, Escape or Cancel closes it): `title`, then
/// `body` nodes, a message line and the buttons. `onSubmit()` answers null when done (the
/// dialog closes) or a message to show in it (a server's refusal), so the user can fix and
/// retry. `onClose(submitted)` runs once it has closed. The page's dialogs all come from here.
export function modalForm({ id, title, body = [], submit = 'OK', danger = false, describedBy = null,
  cls = 'card modal', focus = null, onSubmit, onClose = null }) {
  const error = el('p', { class: 'error', role: 'alert' });
  const button = el('button', { type: 'submit', class: danger ? 'danger' : null }, submit);
  const dialog = el('dialog', { class: cls, 'aria-labelledby': `${id}-title`, 'aria-describedby': describedBy });
  let submitted = false;
  const close = () => dialog.close();
  const form = el('form', { class: 'dialog-form', on: { submit: async (ev) => {
    ev.preventDefault();
    error.textContent = '';
    button.disabled = true;
    try {
      const msg = await onSubmit();
      if (msg) error.textContent = msg; else { submitted = true; close(); }
    } finally {
      button.disabled = false;
    }
  } } },
  el('h2', { id: `${id}-title` }, title), ...body, error,
  el('div', { class: 'actions' }, button, el('button', { type: 'button', class: 'secondary', on: { click: close } }, 'Cancel')));
  dialog.append(form);
  dialog.addEventListener('close', () => { dialog.remove(); onClose?.(submitted); });
  document.body.append(dialog);
  dialog.showModal();
  (focus ?? button).focus();
  return dialog;
}

/// A modal confirm dialog: resolves true when the user confirms (focus starts on Cancel).
export function confirmDialog(title, text, action = 'Confirm') {
  return new Promise((done) => {
    const dialog = modalForm({ id: 'confirm', title, body: [el('p', {}, text)], submit: action, danger: true,
      cls: 'modal confirm', onSubmit: async () => null, onClose: done });
    dialog.querySelector('button.secondary').focus();
  });
}
