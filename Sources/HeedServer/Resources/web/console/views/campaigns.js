// Proactive outreach: the workspace's campaigns with their reports (admins create, activate and pause them), and
// the customers at risk of leaving, with the evidence behind each score.

import { api, listOf, query } from '../api.js';
import { h, replace, uid } from '../dom.js';
import { t } from '../i18n.js';
import { isAdmin } from '../state.js';
import { toast, toastError } from '../toast.js';

const TRIGGERS = ['event', 'date_relative', 'churn_risk', 'schedule'];
const LANGUAGES = ['en', 'vi', 'ms', 'id', 'lv'];

function select(values, attributes = {}, label = (v) => v) {
  return h('select', attributes, ...values.map((value) => h('option', { value, text: label(value) })));
}

function field(label, control) {
  if (!control.id) control.id = uid('campaign');
  return h('div', { class: 'field' }, h('label', { for: control.id, text: label }), control);
}

/** The trigger's own inputs, repainted when its type changes; `read()` gives the trigger's JSON. */
function triggerFields(type) {
  const slot = h('div');
  let read = () => ({});
  function paint() {
    const input = (testid, placeholder, value = '') => h('input', { type: 'text', testid, placeholder, value });
    switch (type.value) {
      case 'event': {
        const name = input('campaign-event-name', 'login', 'login');
        const property = input('campaign-event-new-value', 'country');
        replace(slot, field(t('campaigns.eventName'), name), field(t('campaigns.newValueOf'), property));
        read = () => ({ name: name.value.trim(), ...(property.value.trim() ? { new_value_of: property.value.trim() } : {}) });
        break;
      }
      case 'date_relative': {
        const date = select(['order.warranty_until', 'order.placed_at'], { testid: 'campaign-date-field' });
        const offset = h('input', { type: 'number', testid: 'campaign-offset-days', value: '-30' });
        replace(slot, field(t('campaigns.dateField'), date), field(t('campaigns.offsetDays'), offset));
        read = () => ({ field: date.value, offset_days: Number(offset.value) });
        break;
      }
      case 'churn_risk': {
        const above = h('input', { type: 'number', step: '0.05', min: '0', max: '1', value: '0.6', testid: 'campaign-above' });
        replace(slot, field(t('campaigns.above'), above));
        read = () => ({ above: Number(above.value) });
        break;
      }
      default: {
        const at = h('input', { type: 'datetime-local', testid: 'campaign-at' });
        replace(slot, field(t('campaigns.at'), at));
        read = () => ({ at: at.value ? new Date(at.value).toISOString() : new Date().toISOString() });
      }
    }
  }
  type.addEventListener('change', paint);
  paint();
  return { slot, read: () => ({ type: type.value, ...read() }) };
}

function campaignItem(campaign, report, admin, repaint) {
  const act = (action) => async () => {
    try {
      await api.post(`/campaigns/${encodeURIComponent(campaign.id)}/${action}`);
      repaint();
    } catch (error) {
      toastError(error);
    }
  };
  const counts = report ? t('campaigns.report', { sent: report.sent, opened: report.opened, replied: report.replied }) : '';
  return h('li', { class: 'rule-item', testid: 'campaign-item', dataset: { campaignId: campaign.id, status: campaign.status } },
    h('strong', { text: campaign.name }),
    h('span', { class: 'muted small', text: ` · ${t(`campaigns.purpose.${campaign.purpose}`)} · ${campaign.trigger.type} · ${counts}` }),
    h('span', { class: 'badge', testid: 'campaign-status', text: t(`campaigns.status.${campaign.status}`) }),
    admin && campaign.status !== 'active'
      ? h('button', { type: 'button', class: 'btn btn-small', testid: 'campaign-activate', text: t('campaigns.activate'), onclick: act('activate') }) : null,
    admin && campaign.status === 'active'
      ? h('button', { type: 'button', class: 'btn btn-small', testid: 'campaign-pause', text: t('campaigns.pause'), onclick: act('pause') }) : null);
}

function builder(onSaved) {
  const name = h('input', { type: 'text', testid: 'campaign-name', required: true });
  const purpose = select(['marketing', 'transactional'], { testid: 'campaign-purpose' }, (v) => t(`campaigns.purpose.${v}`));
  const type = select(TRIGGERS, { testid: 'campaign-trigger' }, (v) => t(`campaigns.trigger.${v}`));
  const trigger = triggerFields(type);
  const language = select(LANGUAGES, { testid: 'campaign-language', 'aria-label': t('campaigns.language') });
  const text = h('textarea', { testid: 'campaign-text', required: true, rows: 3, placeholder: 'Hi {{customer.first_name}}…' });
  const quietFrom = h('input', { type: 'time', testid: 'campaign-quiet-from' });
  const quietTo = h('input', { type: 'time', testid: 'campaign-quiet-to' });
  const form = h('form', { class: 'card rule-builder', testid: 'campaign-builder', onsubmit: async (event) => {
    event.preventDefault();
    const body = {
      name: name.value, purpose: purpose.value, trigger: trigger.read(), message: { [language.value]: text.value },
      channel: 'widget',
    };
    if (quietFrom.value && quietTo.value) body.quiet_hours = { from: quietFrom.value, to: quietTo.value };
    try {
      await api.post('/campaigns', body);
      toast(t('campaigns.saved'), { timeout: 3000 });
      form.reset();
      onSaved();
    } catch (error) {
      toastError(error);
    }
  } },
  h('h2', { text: t('campaigns.new') }),
  field(t('campaigns.name'), name), field(t('campaigns.purpose'), purpose), field(t('campaigns.when'), type), trigger.slot,
  h('div', { class: 'field' }, h('span', { text: t('campaigns.message') }), language, text),
  h('div', { class: 'field' }, h('span', { text: t('campaigns.quietHours') }), quietFrom, quietTo),
  h('button', { type: 'submit', class: 'btn btn-primary', testid: 'campaign-save', text: t('campaigns.save') }));
  return form;
}

function atRiskItem(entry) {
  const risk = entry.churn_risk;
  return h('li', { class: 'rule-item', testid: 'at-risk-customer', dataset: { customerId: entry.customer.id } },
    h('strong', { text: entry.customer.name || entry.customer.email || entry.customer.external_id || entry.customer.id }),
    h('span', { class: 'badge', testid: 'at-risk-score', text: `${t(`campaigns.risk.${risk.level}`)} ${risk.score}` }),
    h('ul', { class: 'muted small' }, ...risk.evidence.map((item) => h('li', { testid: 'at-risk-evidence', text: item.detail }))));
}

export function renderCampaigns(main) {
  const admin = isAdmin();
  const listSlot = h('ul', { class: 'rule-list', testid: 'campaign-list' });
  const riskSlot = h('ul', { class: 'rule-list', testid: 'at-risk-list' });
  replace(main,
    h('div', { class: 'page page-narrow' },
      h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: t('campaigns.title') }))),
      h('p', { class: 'muted small', text: t('campaigns.help') }),
      h('section', { class: 'card' }, listSlot),
      admin ? builder(() => paintList()) : null,
      h('section', { class: 'card' }, h('h2', { text: t('campaigns.atRisk') }), riskSlot)));
  document.title = `${t('campaigns.title')} · Heed`;

  async function paintList() {
    try {
      const campaigns = listOf(await api.get(`/campaigns${query({ limit: 100 })}`));
      const reports = await Promise.all(campaigns.map((c) => api.get(`/campaigns/${encodeURIComponent(c.id)}/report`).catch(() => null)));
      replace(listSlot, ...(campaigns.length
        ? campaigns.map((campaign, index) => campaignItem(campaign, reports[index], admin, paintList))
        : [h('li', { class: 'muted small', text: t('campaigns.none') })]));
    } catch (error) {
      toastError(error);
    }
  }

  async function paintRisks() {
    try {
      const customers = listOf(await api.get(`/customers/at-risk${query({ limit: 50 })}`));
      replace(riskSlot, ...(customers.length ? customers.map(atRiskItem) : [h('li', { class: 'muted small', text: t('campaigns.noRisk') })]));
    } catch (error) {
      toastError(error);
    }
  }

  paintList();
  paintRisks();
}
