// The conversation view's side panel: handoff summary, sentiment trend, suggested replies, knowledge search and
// the customer.

import { api, query, listOf } from '../api.js';
import { h, replace, icon, uid } from '../dom.js';
import { t, has, label as termLabel } from '../i18n.js';
import { formatDate, formatTime, humanize, money, percent } from '../format.js';
import { statusBadge, priorityBadge } from '../badges.js';
import { toastError } from '../toast.js';
import { orderActions } from './toolcalls.js';

function section(title, attrs, ...children) {
  const id = uid('side');
  return h('section', { class: 'panel', 'aria-labelledby': id, ...attrs },
    h('h2', { class: 'panel-title', id, text: title }), ...children);
}

function reasonText(reason) {
  if (!reason) return null;
  return has(`reason.${reason}`) ? t(`reason.${reason}`) : humanize(reason);
}

/** An inline SVG sparkline of anger and urgency over the customer's messages. */
export function sparkline(trend) {
  const points = (trend || []).filter((p) => p && (p.anger != null || p.urgency != null));
  if (!points.length) return null;
  const ns = 'http://www.w3.org/2000/svg';
  const width = 240;
  const height = 44;
  const pad = 4;
  const x = (i) => (points.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v) => height - pad - Math.max(0, Math.min(1, Number(v) || 0)) * (height - 2 * pad);
  const last = points[points.length - 1];
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('handoff.trendLabel', { count: points.length, anger: percent(last.anger), urgency: percent(last.urgency) }));
  svg.setAttribute('preserveAspectRatio', 'none');
  const guide = document.createElementNS(ns, 'line');
  guide.setAttribute('x1', '0');
  guide.setAttribute('x2', String(width));
  guide.setAttribute('y1', String(y(0.5)));
  guide.setAttribute('y2', String(y(0.5)));
  guide.setAttribute('class', 'spark-guide');
  svg.appendChild(guide);
  for (const [key, cls] of [['urgency', 'spark-urgency'], ['anger', 'spark-anger']]) {
    const line = document.createElementNS(ns, 'polyline');
    line.setAttribute('points', points.map((p, i) => `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' '));
    line.setAttribute('class', cls);
    line.setAttribute('vector-effect', 'non-scaling-stroke');
    svg.appendChild(line);
    const dot = document.createElementNS(ns, 'circle');
    dot.setAttribute('cx', x(points.length - 1).toFixed(1));
    dot.setAttribute('cy', y(last[key]).toFixed(1));
    dot.setAttribute('r', '2.5');
    dot.setAttribute('class', `${cls}-dot`);
    svg.appendChild(dot);
  }
  return h('figure', { class: 'trend' },
    svg,
    h('figcaption', { class: 'trend-legend' },
      h('span', { class: 'legend legend-anger', text: `${t('handoff.anger')} ${percent(last.anger)}` }),
      h('span', { class: 'legend legend-urgency', text: `${t('handoff.urgency')} ${percent(last.urgency)}` }),
      last.sentiment ? h('span', { class: 'muted', text: termLabel('sentiment', last.sentiment) }) : null));
}

/** The handoff summary card (or a note that the AI is still handling the conversation). */
export function handoffPanel(handoff, conversation) {
  const reason = handoff?.escalation_reason || conversation.escalation_reason;
  const handedOff = conversation.handler === 'human' || conversation.handed_off_at || reason;
  const body = [];
  if (!handedOff) body.push(h('p', { class: 'muted small', text: t('handoff.none') }));
  if (reason) {
    body.push(h('div', { class: 'reason' },
      h('span', { class: 'reason-label', text: t('handoff.reason') }),
      h('span', { class: 'reason-value', text: reasonText(reason) })));
  }
  if (handoff?.summary) body.push(h('p', { class: 'summary-text', text: handoff.summary }));
  if (handoff?.intents?.length) {
    body.push(h('div', { class: 'kv' },
      h('span', { class: 'kv-key', text: t('handoff.intents') }),
      h('span', { class: 'chip-row' }, handoff.intents.map((i) => h('span', { class: 'chip chip-static chip-intent', text: humanize(i) })))));
  }
  const trend = sparkline(handoff?.emotion_trend);
  if (trend) body.push(h('div', { class: 'kv kv-block' }, h('span', { class: 'kv-key', text: t('handoff.trend') }), trend));
  if (handoff?.ai_attempts?.length) {
    body.push(h('details', { class: 'attempts' },
      h('summary', { text: `${t('handoff.attempts')} (${handoff.ai_attempts.length})` }),
      h('ol', { class: 'attempt-list' }, handoff.ai_attempts.map((a) => h('li', {},
        h('span', { class: 'attempt-meta', text: [a.decision ? termLabel('decision', a.decision) : null, a.confidence != null ? percent(a.confidence) : null].filter(Boolean).join(' · ') }),
        h('span', { class: 'attempt-body', text: a.body }))))));
  }
  return section(t('handoff.title'), { class: `panel panel-handoff${reason ? ' is-escalated' : ''}`, testid: 'handoff-summary' }, ...body);
}

/** Suggested replies; `onUse(text)` puts the text in the editor. */
export function suggestionsPanel(handoff, onUse) {
  const replies = handoff?.suggested_replies || [];
  return section(t('handoff.suggested'), { class: 'panel', testid: 'suggested-replies' },
    replies.length
      ? h('ul', { class: 'suggestions', role: 'list' }, replies.map((reply) => h('li', { class: 'suggestion', testid: 'suggested-reply' },
        h('p', { class: 'suggestion-text', text: reply.text }),
        h('div', { class: 'suggestion-foot' },
          reply.title ? h('span', { class: 'muted small suggestion-source', text: reply.title }) : h('span'),
          h('button', {
            type: 'button', class: 'btn btn-secondary btn-small', testid: 'suggested-reply-use',
            'aria-label': `${t('handoff.useLabel')}: ${reply.title || ''}`.trim(),
            onclick: () => onUse(reply.text),
          }, t('handoff.use'))))))
      : h('p', { class: 'muted small', text: t('handoff.noSuggested') }));
}

/** Knowledge search with results that can be inserted into the reply. */
export function knowledgePanel(language, onInsert) {
  const inputId = uid('kb-search');
  const input = h('input', { id: inputId, type: 'search', testid: 'kb-search-input', placeholder: t('kb.searchPlaceholder'), autocomplete: 'off' });
  const results = h('ul', { class: 'kb-results', role: 'list', 'aria-live': 'polite' });
  let generation = 0;
  const run = async () => {
    const q = input.value.trim();
    generation += 1;
    const mine = generation;
    if (!q) {
      replace(results);
      return;
    }
    results.setAttribute('aria-busy', 'true');
    try {
      const data = await api.get(`/knowledge/search${query({ q, limit: 5 })}`);
      if (mine !== generation) return;
      const items = listOf(data);
      replace(results, items.length
        ? items.map((item) => h('li', { class: 'kb-result', testid: 'kb-search-result', dataset: { articleId: item.article_id } },
          h('div', { class: 'kb-result-head' },
            item.url && /^https?:\/\//i.test(item.url)
              ? h('a', { href: item.url, target: '_blank', rel: 'noopener noreferrer', class: 'kb-result-title', text: item.title })
              : h('span', { class: 'kb-result-title', text: item.title }),
            item.language ? h('span', { class: 'badge badge-lang', text: item.language }) : null),
          item.snippet ? h('p', { class: 'kb-result-snippet', text: item.snippet }) : null,
          h('button', {
            type: 'button', class: 'btn btn-secondary btn-small', testid: 'kb-search-insert',
            'aria-label': t('kb.insertLabel', { title: item.title }),
            onclick: () => onInsert([item.snippet, item.url].filter(Boolean).join('\n')),
          }, t('kb.insert'))))
        : h('li', { class: 'muted small', text: t('kb.noResults') }));
    } catch (error) {
      if (mine === generation) toastError(error);
    } finally {
      if (mine === generation) results.setAttribute('aria-busy', 'false');
    }
  };
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  });
  return section(t('kb.search'), { class: 'panel' },
    h('form', { class: 'kb-search', role: 'search', onsubmit: (event) => { event.preventDefault(); clearTimeout(timer); run(); } },
      h('label', { for: inputId, class: 'sr-only', text: t('kb.search') }),
      input,
      h('button', { type: 'submit', class: 'btn btn-secondary btn-icon', 'aria-label': t('kb.searchButton') }, icon('search'))),
    results);
}

function field(key, value) {
  if (value === null || value === undefined || value === '') return null;
  return [h('dt', { text: t(key) }), h('dd', {}, value instanceof Node ? value : String(value))];
}

function orderItem(order, conversationId) {
  const items = Array.isArray(order.items) ? order.items : [];
  return h('li', { class: 'order' },
    h('details', {},
      h('summary', {},
        h('span', { class: 'order-id', text: t('customer.order', { id: order.id ?? '' }) }),
        order.status ? h('span', { class: `badge badge-order badge-order-${String(order.status).toLowerCase().replace(/[^a-z]/g, '')}`, text: humanize(order.status) }) : null,
        order.total != null ? h('span', { class: 'order-total', text: money(order.total, order.currency) }) : null),
      h('dl', { class: 'dl' },
        field('customer.placed', order.placed_at ? formatDate(order.placed_at) : null),
        field('customer.tracking', order.tracking_number),
        field('customer.warranty', order.warranty_until ? formatDate(order.warranty_until) : null)),
      items.length ? h('ul', { class: 'order-items', role: 'list', 'aria-label': t('customer.items') }, items.map((item) => h('li', {},
        h('span', { text: `${item.qty ?? 1} × ${item.name || item.sku || ''}` }),
        item.price != null ? h('span', { class: 'muted', text: money(item.price, order.currency) }) : null))) : null,
      orderActions(conversationId, order)));
}

/** One behaviour event: its name and what it was about (product, page), with its time. */
function eventItem(event) {
  const about = event.properties?.product_name || event.properties?.product_id || event.properties?.url || '';
  return h('li', { class: 'customer-event', testid: 'customer-event' },
    h('span', { text: humanize(event.name) + (about ? ` · ${about}` : '') }),
    h('span', { class: 'muted small', text: ` ${formatTime(event.occurred_at)}` }));
}

/** The customer panel: profile, what Heed remembers, recent activity, orders and past conversations. */
export function customerPanel(customer, pastConversations, currentId, memory = { notes: [], events: [] }) {
  if (!customer) return section(t('customer.title'), { class: 'panel', testid: 'customer-panel' }, h('p', { class: 'muted small', text: t('app.loading') }));
  const orders = Array.isArray(customer.attributes?.orders) ? customer.attributes.orders : [];
  const past = (pastConversations || []).filter((c) => String(c.id).toLowerCase() !== String(currentId).toLowerCase());
  const consent = customer.consent?.ai_processing;
  return section(t('customer.title'), { class: 'panel panel-customer', testid: 'customer-panel' },
    h('div', { class: 'customer-head' },
      h('span', { class: 'avatar avatar-lg', 'aria-hidden': 'true', text: (customer.name || customer.email || '?').trim().charAt(0).toUpperCase() }),
      h('div', {},
        h('p', { class: 'customer-name', text: customer.name || customer.email || t('inbox.unknownCustomer') }),
        h('span', { class: `badge ${customer.tier === 'vip' ? 'badge-vip' : 'badge-tier'}`, text: customer.tier === 'vip' ? t('customer.vip') : t('customer.standard') }))),
    h('dl', { class: 'dl' },
      field('customer.email', customer.email),
      field('customer.phone', customer.phone),
      field('customer.language', customer.preferred_language),
      consent === undefined ? null : field('customer.consentAI', consent ? t('customer.yes') : t('customer.no'))),
    h('h3', { class: 'panel-subtitle', text: t('customer.memory') }),
    memory.notes.length
      ? h('ul', { class: 'customer-notes', role: 'list' }, memory.notes.map((note) => h('li', { class: 'customer-note', testid: 'customer-note' },
        h('span', { class: 'badge badge-tier', text: t(`customer.noteKind.${note.kind}`) }),
        h('span', { text: ` ${note.text}` }))))
      : h('p', { class: 'muted small', text: t('customer.noMemory') }),
    memory.events.length
      ? [h('h3', { class: 'panel-subtitle', text: t('customer.activity') }),
        h('ul', { class: 'customer-events', role: 'list' }, memory.events.map(eventItem))]
      : null,
    h('h3', { class: 'panel-subtitle', text: t('customer.orders') }),
    orders.length ? h('ul', { class: 'orders', role: 'list' }, orders.map((order) => orderItem(order, currentId))) : h('p', { class: 'muted small', text: t('customer.noOrders') }),
    h('h3', { class: 'panel-subtitle', text: t('customer.past') }),
    past.length
      ? h('ul', { class: 'past', role: 'list' }, past.map((c) => h('li', {},
        h('a', { href: `#/conversations/${encodeURIComponent(c.id)}`, class: 'past-link' },
          priorityBadge(c.priority),
          h('span', { class: 'past-subject', text: c.subject || formatTime(c.created_at) }),
          statusBadge(c.status)))))
      : h('p', { class: 'muted small', text: t('customer.noPast') }));
}
