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

export function show(...nodes) {
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
