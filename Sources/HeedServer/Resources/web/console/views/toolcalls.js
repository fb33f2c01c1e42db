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
  document.addEventListener('heed:tool-run', (event) => { if (event.detail?.conversationId === id && element.isConnected) refresh(); });
  return { element, refresh };
}

/** Runs `tool` for the conversation's customer; tells the tool-call panel to refresh. */
async function runTool(conversationId, tool, args, confirm = false) {
  const result = await api.post(`/conversations/${encodeURIComponent(conversationId)}/tool-calls`, { tool, arguments: args, confirm });
  document.dispatchEvent(new CustomEvent('heed:tool-run', { detail: { conversationId } }));
  return result;
}

/** An order's actions in the customer panel: check it, and cancel a pending one after the agent confirms the plan. */
export function orderActions(conversationId, order) {
  if (!conversationId || !order?.id) return null;
  const output = h('div', { class: 'small tool-run-output', role: 'status', 'aria-live': 'polite' });
  const show = (text) => replace(output, h('span', { text }));
  const check = h('button', { type: 'button', class: 'btn btn-secondary btn-small', testid: 'order-check', text: t('tools.check') });
  check.addEventListener('click', async () => {
    try {
      const run = await runTool(conversationId, 'get_order_details', { order_id: order.id });
      let status = run.result;
      try { status = JSON.parse(run.result).status || run.result; } catch { /* an error text */ }
      show(`${order.id}: ${status}`);
    } catch (error) { show(error.message || t('app.error')); }
  });
  const buttons = [check];
  if (['processing', 'pending'].includes(String(order.status).toLowerCase())) {
    const cancel = h('button', { type: 'button', class: 'btn btn-secondary btn-small', testid: 'order-cancel', text: t('tools.cancel') });
    const args = { order_id: order.id, reason: 'no longer needed' };
    cancel.addEventListener('click', async () => {
      try {
        const plan = await runTool(conversationId, 'cancel_pending_order', args);
        if (plan.outcome !== 'confirmation_needed') { show(plan.result); return; }
        const confirm = h('button', { type: 'button', class: 'btn btn-primary btn-small', testid: 'order-cancel-confirm', text: t('tools.confirm') });
        confirm.addEventListener('click', async () => {
          try { show((await runTool(conversationId, 'cancel_pending_order', args, true)).result.startsWith('Error') ? t('tools.failed') : t('tools.done')); } catch (error) { show(error.message || t('app.error')); }
        });
        replace(output, h('ul', { class: 'tool-run-changes' }, (plan.changes || []).map((c) => h('li', { text: c }))), confirm);
      } catch (error) { show(error.message || t('app.error')); }
    });
    buttons.push(cancel);
  }
  return h('div', { class: 'order-actions' }, h('div', { class: 'tool tool-buttons' }, buttons), output);
}
