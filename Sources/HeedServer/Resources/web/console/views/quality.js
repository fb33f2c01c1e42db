// Quality review of agents: each agent's averages over the last 28 days, their resolved conversations, and one
// conversation's rubric, which a lead (admin) can override with a note.

import { api, query } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { formatTime, percent } from '../format.js';
import { isAdmin, agents as loadAgents } from '../state.js';
import { toast, toastError } from '../toast.js';

const CRITERIA = ['greeting', 'empathy', 'solution', 'tone', 'clarity', 'closing', 'response_time'];

function lastDays(days) {
  const day = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const end = new Date();
  return { from: day(new Date(end.getFullYear(), end.getMonth(), end.getDate() - (days - 1))), to: day(end) };
}

function reviewPanel(review, onSaved) {
  const inputs = {};
  const rows = CRITERIA.map((criterion) => {
    const input = h('input', { type: 'number', min: 0, max: 1, step: 0.1, value: review.scores[criterion] ?? '',
      testid: `quality-score-${criterion}`, 'aria-label': t(`quality.criterion.${criterion}`), disabled: !isAdmin() });
    inputs[criterion] = input;
    return h('tr', {},
      h('th', { scope: 'row', text: t(`quality.criterion.${criterion}`) }),
      h('td', { text: percent(review.embedded[criterion]) }),
      h('td', {}, input));
  });
  const note = h('input', { type: 'text', testid: 'quality-note', value: review.note || '', 'aria-label': t('quality.note'),
    placeholder: t('quality.note'), disabled: !isAdmin() });
  const save = isAdmin() ? h('button', { type: 'button', class: 'btn btn-primary', testid: 'quality-save', text: t('quality.save'),
    onclick: async () => {
      const scores = {};
      for (const criterion of CRITERIA) {
        const value = Number(inputs[criterion].value);
        if (inputs[criterion].value !== '' && value !== review.embedded[criterion]) scores[criterion] = value;
      }
      try {
        const saved = await api.put(`/quality/conversations/${review.conversation_id}`, { scores, note: note.value.trim() || null });
        toast(t('quality.saved'));
        onSaved(saved);
      } catch (error) { toastError(error); }
    } }) : null;
  return h('div', { class: 'card', testid: 'quality-review' },
    h('div', { class: 'card-head' },
      h('h3', { text: t('quality.total', { total: review.total }) }),
      review.overridden ? h('span', { class: 'muted small', testid: 'quality-overridden', text: t('quality.overridden') }) : null),
    h('table', { class: 'table table-compact' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('quality.criterion') }),
        h('th', { scope: 'col', text: t('quality.embedded') }), h('th', { scope: 'col', text: t('quality.counted') }))),
      h('tbody', {}, rows)),
    h('div', { class: 'review-actions' }, note, save));
}

export function renderQuality(main) {
  let alive = true;
  const status = h('p', { class: 'muted small', role: 'status', text: t('app.loading') });
  const table = h('div', {});
  const detail = h('div', {});
  replace(main, h('div', { class: 'page' },
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', { text: t('quality.title') }), h('p', { class: 'muted', text: t('quality.subtitle') }))),
    status, table, detail));
  document.title = `${t('quality.title')} · Heed`;
  const period = lastDays(28);

  async function openConversation(id) {
    try {
      const review = await api.get(`/quality/conversations/${id}`);
      if (!alive) return;
      replace(detail, reviewPanel(review, (saved) => replace(detail, reviewPanel(saved, () => load()))));
      detail.scrollIntoView?.({ block: 'nearest' });
    } catch (error) { toastError(error); }
  }

  async function openAgent(agentID, name) {
    const report = await api.get(`/reports/conversations${query({ ...period, by: 'agent', value: agentID, limit: 100 })}`);
    if (!alive) return;
    const rows = (report.rows || []).filter((row) => row.resolved);
    replace(detail, h('section', { class: 'card', testid: 'quality-conversations' },
      h('h2', { text: t('quality.conversationsOf', { name }) }),
      rows.length ? h('ul', { class: 'plain-list' }, rows.map((row) => h('li', {},
        h('button', { type: 'button', class: 'link-button', testid: 'quality-conversation', dataset: { conversationId: row.conversation_id },
          text: `${formatTime(row.created_at)} · ${row.intent || row.channel || ''}`, onclick: () => openConversation(row.conversation_id) }))))
        : h('p', { class: 'muted small', text: t('quality.none') })));
  }

  async function load() {
    try {
      const [report, agents] = await Promise.all([api.get(`/reports/quality${query(period)}`), loadAgents()]);
      if (!alive) return;
      const name = (id) => agents.find((a) => String(a.id).toLowerCase() === String(id || '').toLowerCase())?.name || t('quality.unknownAgent');
      status.textContent = t('quality.reviewed', { count: report.reviewed });
      replace(table, h('div', { class: 'table-wrap' }, h('table', { class: 'table', testid: 'quality-agents' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('quality.agent') }), h('th', { scope: 'col', text: t('quality.conversations') }),
          h('th', { scope: 'col', text: t('quality.score') }), CRITERIA.map((c) => h('th', { scope: 'col', text: t(`quality.criterion.${c}`) })))),
        h('tbody', {}, (report.agents || []).map((agent) => h('tr', { testid: 'quality-agent', dataset: { agentId: agent.agent_id || '' } },
          h('td', {}, h('button', { type: 'button', class: 'link-button', text: name(agent.agent_id),
            onclick: () => openAgent(agent.agent_id, name(agent.agent_id)) })),
          h('td', { text: agent.conversations }), h('td', { text: Math.round(agent.total) }),
          CRITERIA.map((c) => h('td', { text: percent(agent.criteria[c]) }))))))));
    } catch (error) {
      if (alive) status.textContent = error.message || t('app.error');
    }
  }

  load();
  return () => { alive = false; };
}
