// Badges shared by the inbox and the conversation view.

import { h } from './dom.js';
import { t } from './i18n.js';
import { slaState } from './format.js';

export function priorityBadge(priority) {
  const p = String(priority || 'p4').toLowerCase();
  return h('span', { class: `badge badge-priority badge-${p}`, title: t(`priority.${p}`) },
    h('span', { 'aria-hidden': 'true', text: p.toUpperCase() }),
    h('span', { class: 'sr-only', text: t(`priority.${p}`) }));
}

export function handlerBadge(handler) {
  const value = handler === 'ai' ? 'ai' : 'human';
  return h('span', { class: `badge badge-handler badge-handler-${value}`, text: t(`handler.${value}`) });
}

export function statusBadge(status, attrs = {}) {
  const value = status || 'open';
  return h('span', { class: `badge badge-status badge-status-${value}`, text: t(`status.${value}`), ...attrs });
}

/** "May have left", when the abandonment alert tagged the conversation; else nothing. */
export function abandonmentBadge(conversation) {
  if (!(conversation?.tags || []).includes('abandonment-risk')) return null;
  return h('span', { class: 'badge badge-status badge-status-pending', testid: 'abandonment-badge', text: t('badge.abandonment') });
}

/** An SLA countdown that `tickSLA` keeps current. */
export function slaBadge(conversation) {
  const el = h('span', { class: 'sla' });
  el._conversation = conversation;
  paintSLA(el);
  return el;
}

function paintSLA(el) {
  const state = slaState(el._conversation);
  el.replaceChildren(h('span', { 'aria-hidden': 'true', text: state.text }), h('span', { class: 'sr-only', text: state.label }));
  el.title = state.label;
  el.dataset.breached = state.breached ? 'true' : 'false';
  el.classList.toggle('sla-breached', state.breached);
  el.classList.toggle('sla-soon', state.soon);
  el.classList.toggle('sla-none', state.text === '—');
}

/** Refreshes every SLA countdown under `root`. */
export function tickSLA(root) {
  for (const el of root.querySelectorAll('.sla')) if (el._conversation) paintSLA(el);
}
