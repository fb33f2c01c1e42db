// Toasts for live events that need an agent's attention: handoffs, sentiment and abandonment alerts, SLA breaches.

import { subscribe } from './events.js';
import { t } from './i18n.js';
import { toast } from './toast.js';
import { customer, customerName, session, teams } from './state.js';

const recent = new Map();

function once(key) {
  const now = Date.now();
  for (const [k, at] of recent) if (now - at > 60000) recent.delete(k);
  if (recent.has(key)) return false;
  recent.set(key, now);
  return true;
}

async function nameOf(conversation) {
  try {
    return customerName(await customer(conversation.customer_id)) || t('inbox.unknownCustomer');
  } catch {
    return t('inbox.unknownCustomer');
  }
}

/** Starts showing toasts; returns a function that stops them. */
export function startLiveNotifications() {
  return subscribe(async (event) => {
    const conversation = event.conversation;
    if (!conversation || !session.agent) return;
    if (conversation.workspace_id && session.workspace?.id && conversation.workspace_id !== session.workspace.id) return;
    const href = `#/conversations/${encodeURIComponent(conversation.id)}`;
    if (event.type === 'conversation.handoff' && once(`handoff:${conversation.id}`)) {
      const name = await nameOf(conversation);
      let team = event.details?.team || conversation.team;
      if (!team && conversation.team_id) team = (await teams().catch(() => [])).find((x) => x.id === conversation.team_id)?.name;
      toast(team ? t('toast.handoff', { customer: name, team }) : t('toast.handoffNoTeam', { customer: name }), { kind: 'warning', href });
    } else if (event.type === 'sentiment.alert' && event.details?.alert === 'abandonment' && once(`abandon:${conversation.id}`)) {
      toast(t('toast.abandonment', { customer: await nameOf(conversation) }), { kind: 'warning', href });
    } else if (event.type === 'sentiment.alert' && once(`sentiment:${conversation.id}`)) {
      const name = await nameOf(conversation);
      toast(t('toast.sentiment', { customer: name }), { kind: 'error', href });
    } else if (event.type === 'sla.breached' && once(`sla:${conversation.id}`)) {
      const mine = conversation.assignee_id === session.agent.id;
      const myTeam = (session.agent.team_ids || []).includes(conversation.team_id);
      if (mine || myTeam) toast(t('toast.breached', { customer: await nameOf(conversation) }), { kind: 'error', href });
    } else if (event.type === 'sla.warning' && event.details?.assignee_id === session.agent.id
        && once(`sla-warning:${conversation.id}:${event.details?.target}:${event.details?.due_at}`)) {
      // The reminder is for the assignee only.
      toast(t('toast.slaWarning', { customer: await nameOf(conversation) }), { kind: 'warning', href });
    }
  });
}
