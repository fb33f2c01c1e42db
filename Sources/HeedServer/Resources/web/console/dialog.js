// Modal dialogs on the native <dialog> element (focus trapping and Escape come with it).

import { h, uid } from './dom.js';
import { t } from './i18n.js';

/**
 * Opens a modal with `title` and `content` (nodes). Returns `{dialog, close}`. Focus returns to the element that
 * had it when the dialog closes.
 */
export function openDialog({ title, content, className = '', testid }) {
  const opener = document.activeElement;
  const titleId = uid('dialog-title');
  const dialog = h('dialog', { class: `dialog ${className}`, 'aria-labelledby': titleId, testid },
    h('div', { class: 'dialog-head' },
      h('h2', { id: titleId, text: title }),
      h('button', { type: 'button', class: 'btn btn-ghost btn-icon dialog-x', 'aria-label': t('app.close'), onclick: () => close(), text: '×' })),
    h('div', { class: 'dialog-body' }, content));
  const close = () => {
    if (dialog.open) dialog.close();
  };
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (opener && document.contains(opener)) opener.focus();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) close();
  });
  document.body.appendChild(dialog);
  dialog.showModal();
  const first = dialog.querySelector('[autofocus], input:not([type=hidden]), textarea, select');
  if (first) first.focus();
  return { dialog, close };
}

/** Asks for confirmation; resolves true when confirmed. */
export function confirmDialog({ title, body, confirmText, cancelText, danger = true }) {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (value) => {
      answered = true;
      resolve(value);
      close();
    };
    const cancel = h('button', { type: 'button', class: 'btn btn-secondary', text: cancelText, onclick: () => answer(false) });
    const ok = h('button', { type: 'button', class: `btn ${danger ? 'btn-danger' : 'btn-primary'}`, testid: 'confirm-ok', text: confirmText, onclick: () => answer(true) });
    const { dialog, close } = openDialog({
      title, className: 'dialog-small', testid: 'confirm-dialog',
      content: [h('p', { text: body }), h('div', { class: 'form-actions' }, cancel, ok)],
    });
    dialog.addEventListener('close', () => {
      if (!answered) resolve(false);
    });
    cancel.focus();
  });
}
