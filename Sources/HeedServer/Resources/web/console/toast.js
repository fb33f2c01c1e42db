// Small, polite notifications in the corner.

import { h } from './dom.js';
import { t } from './i18n.js';

let region = null;

function container() {
  if (!region) region = document.getElementById('toasts');
  return region;
}

/** Shows a toast; `kind` is `info`, `success`, `warning` or `error`; `href` adds an "Open" link. */
export function toast(text, { kind = 'info', href = null, timeout = 6000 } = {}) {
  const root = container();
  if (!root) return;
  const close = () => item.remove();
  const item = h('div', { class: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('span', { class: 'toast-text', text }),
    href ? h('a', { class: 'toast-link', href, text: t('toast.open'), onclick: close }) : null,
    h('button', { type: 'button', class: 'toast-close', 'aria-label': t('toast.dismiss'), onclick: close, text: '×' }),
  );
  root.appendChild(item);
  while (root.children.length > 4) root.firstElementChild.remove();
  if (timeout) setTimeout(close, timeout);
}

/** Tells screen readers about a change the page already shows (no visual toast). */
export function announce(text) {
  let live = document.getElementById('announcer');
  if (!live) {
    live = h('div', { id: 'announcer', class: 'sr-only', role: 'status', 'aria-live': 'polite' });
    document.body.appendChild(live);
  }
  live.textContent = '';
  setTimeout(() => { live.textContent = text; }, 50);
}

/** A toast for a failed request, using the server's message when it has one. */
export function toastError(error) {
  const message = error?.status === 0 ? t('app.offline') : (error?.message || t('app.error'));
  toast(message, { kind: 'error' });
}
