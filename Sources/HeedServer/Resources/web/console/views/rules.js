// Automation rules: the workspace's rules with their runs, and a builder (admins) for a trigger, conditions joined
// by all/any, and actions run in order.

import { api, listOf, query } from '../api.js';
import { h, replace, uid, icon } from '../dom.js';
import { t } from '../i18n.js';
import { isAdmin, teams as loadTeams, agents as loadAgents } from '../state.js';
import { toast, toastError } from '../toast.js';

const TRIGGERS = ['message.created', 'conversation.created', 'conversation.updated', 'conversation.handed_off',
  'conversation.resolved', 'sla.warning', 'sla.breached', 'customer.silent', 'rating.received', 'tool.called'];
const FIELDS = ['message.emotion', 'message.language', 'message.intent', 'message.body', 'message.author',
  'message.sentiment', 'customer.tier', 'customer.language', 'conversation.channel', 'conversation.priority',
  'conversation.team', 'conversation.tags', 'conversation.in_business_hours', 'rating.score', 'tool.name'];
const OPS = ['equals', 'not_equals', 'in', 'contains', 'greater_than', 'less_than', 'exists'];
const ACTIONS = ['assign_team', 'assign_agent', 'set_priority', 'add_tags', 'remove_tags', 'add_note', 'send_message',
  'hand_off', 'hand_back_to_ai', 'resolve', 'call_webhook'];
const LANGUAGES = ['en', 'vi', 'ms', 'id', 'lv'];

function select(values, attributes = {}, label = (v) => v) {
  return h('select', attributes, ...values.map((value) => h('option', { value, text: label(value) })));
}

/** A condition value as typed: lists for `in`, numbers and true/false where they are meant. */
function typedValue(op, text) {
  const raw = String(text || '').trim();
  if (op === 'in') return raw.split(',').map((s) => s.trim()).filter(Boolean);
  if (op === 'greater_than' || op === 'less_than') return Number(raw);
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (op === 'exists') return raw !== 'false';
  return raw;
}

function conditionRow(onRemove) {
  const field = select(FIELDS, { testid: 'rule-condition-field', 'aria-label': t('rules.field') });
  const op = select(OPS, { testid: 'rule-condition-op', 'aria-label': t('rules.op') });
  const value = h('input', { type: 'text', testid: 'rule-condition-value', 'aria-label': t('rules.value'), placeholder: t('rules.valueHint') });
  const row = h('li', { class: 'rule-row', testid: 'rule-condition' }, field, op, value,
    h('button', { type: 'button', class: 'btn btn-small', text: '×', 'aria-label': t('rules.remove'), onclick: () => onRemove(row) }));
  row.read = () => ({ field: field.value, op: op.value, value: typedValue(op.value, value.value) });
  return row;
}

function actionRow(teams, agents, onRemove) {
  const type = select(ACTIONS, { testid: 'rule-action-type', 'aria-label': t('rules.action') }, (v) => t(`rules.action.${v}`));
  const params = h('span', { class: 'rule-params' });
  let read = () => ({});
  function paint() {
    switch (type.value) {
      case 'assign_team': {
        const team = select(teams.map((x) => x.id), { testid: 'rule-action-team', 'aria-label': t('rules.team') }, (id) => teams.find((x) => x.id === id)?.name || id);
        replace(params, team);
        read = () => ({ team_id: team.value });
        break;
      }
      case 'assign_agent': {
        const agent = select(agents.map((x) => x.id), { 'aria-label': t('rules.agent') }, (id) => agents.find((x) => x.id === id)?.name || id);
        replace(params, agent);
        read = () => ({ agent_id: agent.value });
        break;
      }
      case 'set_priority': {
        const priority = select(['P1', 'P2', 'P3', 'P4'], { testid: 'rule-action-priority', 'aria-label': t('rules.priority') });
        replace(params, priority);
        read = () => ({ priority: priority.value });
        break;
      }
      case 'add_tags': case 'remove_tags': {
        const tags = h('input', { type: 'text', 'aria-label': t('rules.tags'), placeholder: 'vip, refund' });
        replace(params, tags);
        read = () => ({ tags: tags.value.split(',').map((s) => s.trim()).filter(Boolean) });
        break;
      }
      case 'add_note': case 'send_message': {
        const language = select(LANGUAGES, { 'aria-label': t('rules.language') });
        const text = h('input', { type: 'text', testid: 'rule-action-text', 'aria-label': t('rules.text'), placeholder: '{{customer.first_name}}…' });
        replace(params, language, text);
        read = () => ({ text: { [language.value]: text.value } });
        break;
      }
      case 'call_webhook': {
        const url = h('input', { type: 'url', 'aria-label': 'URL', placeholder: 'https://…' });
        const secret = h('input', { type: 'password', 'aria-label': t('rules.secret'), placeholder: t('rules.secret') });
        replace(params, url, secret);
        read = () => ({ url: url.value, secret: secret.value });
        break;
      }
      default:
        replace(params);
        read = () => ({});
    }
  }
  type.addEventListener('change', paint);
  paint();
  const row = h('li', { class: 'rule-row', testid: 'rule-action' }, type, params,
    h('button', { type: 'button', class: 'btn btn-small', text: '×', 'aria-label': t('rules.remove'), onclick: () => onRemove(row) }));
  row.read = () => ({ type: type.value, ...read() });
  return row;
}

export function renderRules(main) {
  const admin = isAdmin();
  const listSlot = h('ul', { class: 'rule-list', testid: 'rule-list' });
  const builderSlot = h('div');
  replace(main,
    h('div', { class: 'page page-narrow' },
      h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: t('rules.title') }))),
      h('p', { class: 'muted small', text: t('rules.help') }),
      h('section', { class: 'card' }, listSlot),
      builderSlot));
  document.title = `${t('rules.title')} · Heed`;

  async function paintList() {
    let rules;
    try {
      rules = listOf(await api.get(`/rules${query({ limit: 200 })}`));
    } catch (error) {
      toastError(error);
      return;
    }
    replace(listSlot, ...(rules.length ? rules.map((rule) => h('li', { class: 'rule-item', testid: 'rule-item', dataset: { ruleId: rule.id } },
      h('strong', { text: rule.name }), h('span', { class: 'muted small', text: ` · ${rule.trigger} · ${rule.actions.map((a) => t(`rules.action.${a.type}`)).join(', ')}` }),
      rule.enabled ? null : h('span', { class: 'badge', text: t('rules.disabled') }),
      admin ? h('button', { type: 'button', class: 'btn btn-small', text: t('rules.delete'), onclick: async () => {
        try { await api.delete(`/rules/${encodeURIComponent(rule.id)}`); paintList(); } catch (error) { toastError(error); }
      } }) : null)) : [h('li', { class: 'muted small', text: t('rules.none') })]));
  }

  async function paintBuilder() {
    if (!admin) return;
    const [teams, agents] = await Promise.all([loadTeams(), loadAgents()]).catch(() => [[], []]);
    const name = h('input', { type: 'text', id: uid('rule'), testid: 'rule-name', required: true });
    const trigger = select(TRIGGERS, { testid: 'rule-trigger', 'aria-label': t('rules.trigger') });
    const match = select(['all', 'any'], { testid: 'rule-match', 'aria-label': t('rules.match') }, (v) => t(`rules.match.${v}`));
    const conditions = h('ol', { class: 'rule-rows' });
    const actions = h('ol', { class: 'rule-rows' });
    const remove = (row) => row.remove();
    const form = h('form', { class: 'card rule-builder', testid: 'rule-builder', onsubmit: async (event) => {
      event.preventDefault();
      const tests = [...conditions.children].map((row) => row.read());
      const body = { name: name.value, trigger: trigger.value, actions: [...actions.children].map((row) => row.read()) };
      if (tests.length) body.condition = { [match.value]: tests };
      try {
        await api.post('/rules', body);
        toast(t('rules.saved'), { timeout: 3000 });
        paintList();
        form.reset();
        replace(conditions);
        replace(actions, actionRow(teams, agents, remove));
      } catch (error) {
        toastError(error);
      }
    } },
    h('h2', { text: t('rules.new') }),
    h('div', { class: 'field' }, h('label', { for: name.id, text: t('rules.name') }), name),
    h('div', { class: 'field' }, h('span', { text: t('rules.when') }), trigger),
    h('div', { class: 'field' }, h('span', { text: t('rules.if') }), match, conditions,
      h('button', { type: 'button', class: 'btn btn-secondary btn-small', testid: 'rule-add-condition', onclick: () => conditions.append(conditionRow(remove)) }, icon('plus'), h('span', { text: t('rules.addCondition') }))),
    h('div', { class: 'field' }, h('span', { text: t('rules.then') }), actions,
      h('button', { type: 'button', class: 'btn btn-secondary btn-small', testid: 'rule-add-action', onclick: () => actions.append(actionRow(teams, agents, remove)) }, icon('plus'), h('span', { text: t('rules.addAction') }))),
    h('button', { type: 'submit', class: 'btn btn-primary', testid: 'rule-save', text: t('rules.save') }));
    actions.append(actionRow(teams, agents, remove));
    replace(builderSlot, form);
  }

  paintList();
  paintBuilder();
}
