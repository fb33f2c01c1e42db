// The inbox: five views of open conversations, sorted by priority and SLA, kept current by the live stream.

import { api, query, listOf } from '../api.js';
import { h, replace, icon } from '../dom.js';
import { t } from '../i18n.js';
import { compareConversations, formatTime } from '../format.js';
import { session, customer, customerName, teams } from '../state.js';
import { subscribe } from '../events.js';
import { priorityBadge, handlerBadge, slaBadge, tickSLA, abandonmentBadge } from '../badges.js';
import { toastError } from '../toast.js';

export const VIEWS = ['mine', 'team', 'unassigned', 'ai', 'escalated'];

/** Last message previews by conversation id: `{key, text, author}`. */
const previews = new Map();

/** Fetches the open conversations of one view. */
async function fetchView(view) {
  const me = session.agent;
  const page = async (params) => listOf(await api.get(`/conversations${query({ status: 'open', limit: 100, ...params })}`));
  switch (view) {
    case 'mine':
      return page({ assignee_id: me.id });
    case 'team': {
      const ids = me.team_ids || [];
      const lists = await Promise.all(ids.map((id) => page({ team_id: id })));
      const seen = new Map();
      for (const item of lists.flat()) seen.set(item.id, item);
      return [...seen.values()];
    }
    case 'unassigned':
      return page({ handler: 'human', unassigned: 'true' });
    case 'ai':
      return page({ handler: 'ai' });
    case 'escalated':
      return page({ handler: 'human' });
    default:
      return [];
  }
}

function previewKey(conversation) {
  return `${conversation.message_count}:${conversation.last_message_at || ''}`;
}

/** The inbox previews what the customer said last: that is what an agent triages on. */
function rememberPreview(message) {
  if (!message || message.is_internal_note || message.author !== 'customer') return;
  previews.set(message.conversation_id, { key: null, text: message.body, author: message.author, sequence: message.sequence });
}

async function loadPreview(conversation) {
  const known = previews.get(conversation.id);
  const key = previewKey(conversation);
  if (known && (known.key === key || known.key === null)) return known;
  const data = await api.get(`/conversations/${encodeURIComponent(conversation.id)}/messages?limit=200`);
  const items = listOf(data).filter((m) => !m.is_internal_note && m.author !== 'system');
  const fromCustomer = items.filter((m) => m.author === 'customer');
  const last = fromCustomer[fromCustomer.length - 1] || items[items.length - 1];
  const preview = last ? { key, text: last.body, author: last.author, sequence: last.sequence } : { key, text: '', author: null };
  previews.set(conversation.id, preview);
  return preview;
}

/** Renders the inbox at `view`; returns a cleanup function that can also switch views in place. */
export function renderInbox(main, initialView) {
  let view = VIEWS.includes(initialView) ? initialView : 'mine';
  const lists = new Map();
  let loading = true;
  let failed = null;
  let refreshTimer = null;
  let generation = 0;
  let teamNames = new Map();

  const viewLinks = new Map();
  const counts = new Map();
  const nav = h('nav', { class: 'inbox-views', 'aria-label': t('inbox.views') },
    h('ul', { role: 'list' }, VIEWS.map((name) => {
      const count = h('span', { class: 'count', 'aria-hidden': 'true' });
      const srCount = h('span', { class: 'sr-only' });
      counts.set(name, { count, srCount });
      const link = h('a', { href: `#/inbox/${name}`, class: 'view-link', testid: `inbox-view-${name}` },
        h('span', { class: 'view-name', text: t(`inbox.view.${name}`) }), count, srCount);
      viewLinks.set(name, link);
      return h('li', {}, link);
    })));

  const title = h('h1', { class: 'view-title', id: 'inbox-title' });
  const subtitle = h('p', { class: 'muted small', id: 'inbox-subtitle' });
  const list = h('ul', { class: 'inbox-list', testid: 'inbox-list', role: 'list', 'aria-labelledby': 'inbox-title', 'aria-busy': 'true' });
  const status = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  const refreshButton = h('button', {
    type: 'button', class: 'btn btn-ghost btn-small', onclick: () => refresh(true), text: t('inbox.refresh'),
  });

  replace(main,
    h('div', { class: 'inbox' },
      nav,
      h('section', { class: 'inbox-main', 'aria-labelledby': 'inbox-title' },
        h('div', { class: 'inbox-head' },
          h('div', {}, title, subtitle),
          refreshButton),
        status,
        list)));

  function paintNav() {
    for (const [name, link] of viewLinks) {
      if (name === view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
      const items = lists.get(name);
      const { count, srCount } = counts.get(name);
      count.textContent = items ? String(items.length) : '';
      srCount.textContent = items ? ` (${t('inbox.count', { count: items.length })})` : '';
    }
    title.textContent = t(`inbox.view.${view}`);
    sessionStorage.setItem('heed.console.lastInbox', `#/inbox/${view}`);
    document.title = `${t(`inbox.view.${view}`)} · Heed`;
  }

  function row(conversation) {
    const name = h('span', { class: 'row-name', text: t('inbox.unknownCustomer') });
    const preview = h('span', { class: 'row-preview' });
    const subject = conversation.subject ? h('span', { class: 'row-subject', text: conversation.subject }) : null;
    const cached = previews.get(conversation.id);
    if (cached) preview.textContent = cached.text;
    else if (!conversation.subject) preview.textContent = '';
    customer(conversation.customer_id).then((c) => {
      const text = customerName(c);
      if (text) name.textContent = text;
      if (c?.tier === 'vip') name.after(h('span', { class: 'badge badge-vip', text: 'VIP' }));
    }).catch(() => {});
    const teamName = conversation.team || teamNames.get(conversation.team_id) || t('inbox.noTeam');
    const item = h('li', { class: 'inbox-item', testid: 'inbox-item', dataset: { conversationId: conversation.id } },
      h('a', { class: 'row', href: `#/conversations/${encodeURIComponent(conversation.id)}` },
        h('span', { class: 'row-priority' }, priorityBadge(conversation.priority)),
        h('span', { class: 'row-body' },
          h('span', { class: 'row-top' }, name, h('span', { class: 'row-team', text: teamName })),
          h('span', { class: 'row-text' }, subject, subject ? h('span', { class: 'row-sep', 'aria-hidden': 'true', text: ' — ' }) : null, preview)),
        h('span', { class: 'row-meta' },
          slaBadge(conversation),
          h('span', { class: 'row-meta-bottom' },
            abandonmentBadge(conversation),
            handlerBadge(conversation.handler),
            h('time', { class: 'row-time', datetime: conversation.last_message_at || conversation.updated_at, text: formatTime(conversation.last_message_at || conversation.updated_at) })))));
    item._preview = preview;
    return item;
  }

  function paintList() {
    paintNav();
    const items = [...(lists.get(view) || [])].sort(compareConversations);
    subtitle.textContent = loading && !lists.has(view) ? t('app.loading') : `${t('inbox.count', { count: items.length })} · ${t('inbox.sortedBy')}`;
    list.setAttribute('aria-busy', loading && !lists.has(view) ? 'true' : 'false');
    if (failed && !lists.has(view)) {
      replace(list, h('li', { class: 'empty' }, h('p', { text: t('app.error') })));
      return;
    }
    if (!lists.has(view)) {
      replace(list, Array.from({ length: 4 }, () => h('li', { class: 'skeleton-row', 'aria-hidden': 'true' })));
      return;
    }
    if (!items.length) {
      const text = view === 'team' && !(session.agent.team_ids || []).length ? t('inbox.emptyTeam') : t('inbox.empty');
      replace(list, h('li', { class: 'empty' }, icon('check'), h('p', { text })));
      return;
    }
    // Keep focus on the same conversation across refreshes.
    const focusedId = document.activeElement?.closest?.('.inbox-item')?.dataset.conversationId;
    const rows = items.map(row);
    replace(list, rows);
    if (focusedId) list.querySelector(`.inbox-item[data-conversation-id="${CSS.escape(focusedId)}"] a`)?.focus();
    fillPreviews(items, rows);
  }

  async function fillPreviews(items, rows) {
    const mine = generation;
    const queue = items.slice(0, 40).map((conversation, index) => ({ conversation, el: rows[index]._preview }));
    const worker = async () => {
      while (queue.length && mine === generation) {
        const { conversation, el } = queue.shift();
        try {
          const preview = await loadPreview(conversation);
          if (mine === generation && preview.text) el.textContent = preview.text;
        } catch {
          // A missing preview is fine; the row still has the subject.
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }

  async function refresh(announce = false) {
    clearTimeout(refreshTimer);
    generation += 1;
    const mine = generation;
    loading = true;
    try {
      const [teamList] = await Promise.all([teams().catch(() => [])]);
      teamNames = new Map(teamList.map((team) => [team.id, team.name]));
      // The current view first so it shows quickly; the other views' counts follow.
      const current = await fetchView(view);
      if (mine !== generation) return;
      lists.set(view, current);
      failed = null;
      loading = false;
      paintList();
      if (announce) status.textContent = t('inbox.count', { count: current.length });
      const others = VIEWS.filter((name) => name !== view);
      const results = await Promise.allSettled(others.map(fetchView));
      if (mine !== generation) return;
      others.forEach((name, index) => {
        if (results[index].status === 'fulfilled') lists.set(name, results[index].value);
      });
      paintNav();
    } catch (error) {
      if (mine !== generation) return;
      loading = false;
      failed = error;
      if (error.status !== 401) toastError(error);
      paintList();
    }
  }

  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => refresh(false), 400);
  }

  const unsubscribe = subscribe((event) => {
    if (event.type === 'message.created' && event.message) rememberPreview(event.message);
    if (event.conversation) scheduleRefresh();
  });
  const ticker = setInterval(() => tickSLA(list), 15000);
  paintList();
  refresh();

  const cleanup = () => {
    generation += 1;
    clearTimeout(refreshTimer);
    clearInterval(ticker);
    unsubscribe();
  };
  cleanup.accepts = (key) => /^#\/inbox(\/[a-z]+)?$/.test(key);
  cleanup.update = (key) => {
    const next = key.split('/')[2] || 'mine';
    view = VIEWS.includes(next) ? next : 'mine';
    paintList();
    refresh(true);
  };
  return cleanup;
}
