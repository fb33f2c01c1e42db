// The conversation view's tool-call panel: every tool the AI called in the conversation, from the audit log —
// the tool, its arguments (personal data already redacted), what it came to, and who approved a write.

import { api, query, listOf } from '../api.js';
import { h, replace, uid } from '../dom.js';
import { t } from '../i18n.js';
import { formatTime } from '../format.js';

function argumentsText(args) {
  if (!args || typeof args !== 'object') return '';
  return Object.entries(args).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ');
}

function callItem(call) {
  const approval = call.approved_by ? t('tools.approvedBy', { who: t(`tools.by.${call.approved_by}`) }) : null;
  return h('li', { class: `tool-call tool-call-${call.outcome}`, testid: 'tool-call' },
    h('div', { class: 'tool-call-head' },
      h('code', { class: 'tool-call-name', text: call.tool }),
      h('span', { class: `chip chip-static tool-outcome-${call.outcome}`, text: t(`tools.outcome.${call.outcome}`) }),
      h('span', { class: 'muted small', text: formatTime(call.created_at) })),
    argumentsText(call.arguments) ? h('div', { class: 'small tool-call-args', text: argumentsText(call.arguments) }) : null,
    h('div', { class: 'small tool-call-result', text: call.result }),
    approval ? h('div', { class: 'small tool-call-approval', testid: 'tool-call-approval', text: approval }) : null);
}

/** The panel of conversation `id`'s tool calls: `element` to place, `refresh()` after an AI reply. */
export function toolCallsPanel(id) {
  const titleId = uid('side');
  const list = h('div', {}, h('p', { class: 'muted small', text: t('tools.none') }));
  const element = h('section', { class: 'panel', testid: 'tool-calls', 'aria-labelledby': titleId },
    h('h2', { class: 'panel-title', id: titleId, text: t('tools.title') }), list);
  async function refresh() {
    let calls = [];
    try {
      calls = listOf(await api.get(`/conversations/${encodeURIComponent(id)}/tool-calls${query({})}`));
    } catch {
      calls = [];
    }
    replace(list, calls.length
      ? h('ol', { class: 'tool-call-list' }, calls.map(callItem))
      : h('p', { class: 'muted small', text: t('tools.none') }));
  }
  refresh();
  return { element, refresh };
}
