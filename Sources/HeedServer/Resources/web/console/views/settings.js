// Settings: teams, routing map and policy thresholds, model provider. Admins edit; agents see them read-only.

import { api } from '../api.js';
import { h, replace, uid, icon } from '../dom.js';
import { t } from '../i18n.js';
import { isAdmin, teams as loadTeams } from '../state.js';
import { toast, toastError } from '../toast.js';

function splitList(text) {
  return String(text || '').split(',').map((s) => s.trim()).filter(Boolean);
}

function field(label, control, hint) {
  if (!control.id) control.id = uid('s');
  return h('div', { class: 'field' }, h('label', { for: control.id, text: label }), control, hint ? h('p', { class: 'hint', text: hint }) : null);
}

function card(title, help, ...children) {
  const id = uid('card');
  return h('section', { class: 'card', 'aria-labelledby': id },
    h('div', { class: 'card-head' }, h('h2', { id, text: title }), help ? h('p', { class: 'muted small', text: help }) : null),
    ...children);
}

export function renderSettings(main) {
  let alive = true;
  const admin = isAdmin();
  const teamsSlot = h('div', {}, h('p', { class: 'muted small', text: t('app.loading') }));
  const policySlot = h('div', {}, h('p', { class: 'muted small', text: t('app.loading') }));
  const providerSlot = h('div', {}, h('p', { class: 'muted small', text: t('app.loading') }));

  replace(main,
    h('div', { class: 'page page-narrow' },
      h('div', { class: 'page-head' }, h('div', {}, h('h1', { text: t('settings.title') }))),
      admin ? null : h('p', { class: 'notice', role: 'note', testid: 'settings-read-only', text: t('settings.readOnly') }),
      card(t('settings.teams'), t('settings.teamsHelp'), teamsSlot),
      h('div', { testid: 'settings-policy' }, policySlot),
      card(t('settings.provider'), t('settings.providerHelp'), providerSlot)));
  document.title = `${t('settings.title')} · Heed`;

  // Teams.
  async function paintTeams() {
    let list;
    try {
      list = await loadTeams(true);
    } catch (error) {
      toastError(error);
      return;
    }
    if (!alive) return;
    const rows = list.map((team) => {
      const name = h('input', { type: 'text', value: team.name, disabled: !admin, 'aria-label': `${t('settings.teamName')}: ${team.name}` });
      const intents = h('input', { type: 'text', value: (team.intents || []).join(', '), disabled: !admin, 'aria-label': `${t('settings.teamIntents')}: ${team.name}`, testid: 'team-intents' });
      const save = admin ? h('button', {
        type: 'submit', class: 'btn btn-secondary btn-small', text: t('settings.saveTeam'),
      }) : null;
      return h('li', { class: 'team-row', testid: 'team-row', dataset: { teamId: team.id } },
        h('form', {
          class: 'team-form', onsubmit: async (event) => {
            event.preventDefault();
            if (!admin) return;
            save.disabled = true;
            try {
              await api.patch(`/teams/${encodeURIComponent(team.id)}`, { name: name.value.trim(), intents: splitList(intents.value) });
              toast(t('toast.saved'), { kind: 'success', timeout: 2000 });
              paintTeams();
            } catch (error) {
              toastError(error);
            } finally {
              save.disabled = false;
            }
          },
        }, name, intents, save));
    });
    const newName = h('input', { type: 'text', required: true, testid: 'team-new-name' });
    const newIntents = h('input', { type: 'text', testid: 'team-new-intents', placeholder: 'refund, invoice' });
    replace(teamsSlot,
      h('div', { class: 'team-head', 'aria-hidden': 'true' }, h('span', { text: t('settings.teamName') }), h('span', { text: t('settings.teamIntents') })),
      h('ul', { class: 'team-list', role: 'list' }, rows),
      admin ? h('form', {
        class: 'team-form team-form-new', onsubmit: async (event) => {
          event.preventDefault();
          if (!newName.value.trim()) {
            newName.focus();
            return;
          }
          try {
            await api.post('/teams', { name: newName.value.trim(), intents: splitList(newIntents.value) });
            toast(t('toast.saved'), { kind: 'success', timeout: 2000 });
            paintTeams();
            paintPolicy();
          } catch (error) {
            toastError(error);
          }
        },
      },
        field(t('settings.teamName'), newName),
        field(t('settings.teamIntents'), newIntents),
        h('button', { type: 'submit', class: 'btn btn-primary btn-small', testid: 'team-add' }, icon('plus'), h('span', { text: t('settings.addTeam') }))) : null);
  }

  // Routing and policy.
  async function paintPolicy() {
    let policy;
    let teamList;
    try {
      [policy, teamList] = await Promise.all([api.get('/policy'), loadTeams()]);
    } catch (error) {
      toastError(error);
      return;
    }
    if (!alive) return;
    const names = teamList.map((team) => team.name);
    const teamSelect = (value, label) => h('select', { disabled: !admin, 'aria-label': label },
      [...new Set([...names, ...(value && !names.includes(value) ? [value] : [])])].map((n) => h('option', { value: n, text: n, selected: n === value })));

    const routes = h('ul', { class: 'route-list', role: 'list', testid: 'routing-map' });
    const addRoute = (topic = '', team = names[0] || '') => {
      const topicInput = h('input', { type: 'text', value: topic, disabled: !admin, class: 'route-topic', 'aria-label': t('settings.topic') });
      const select = teamSelect(team, t('settings.routeTeam'));
      select.classList.add('route-team');
      const row = h('li', { class: 'route-row' },
        topicInput,
        h('span', { class: 'route-arrow', 'aria-hidden': 'true', text: '→' }),
        select,
        admin ? h('button', {
          type: 'button', class: 'btn btn-ghost btn-icon', 'aria-label': t('settings.removeRoute', { topic: topic || '' }), text: '×',
          onclick: () => row.remove(),
        }) : null);
      routes.appendChild(row);
      return topicInput;
    };
    for (const [topic, team] of Object.entries(policy.routing || {}).sort(([a], [b]) => a.localeCompare(b))) addRoute(topic, team);

    const fallback = h('select', { disabled: !admin },
      h('option', { value: '', text: t('settings.fallbackNone'), selected: !policy.fallback_team }),
      names.map((n) => h('option', { value: n, text: n, selected: n === policy.fallback_team })));

    const handoff = policy.handoff || {};
    const number = (key, step, min, max) => h('input', { type: 'number', step, min, max, value: handoff[key] ?? '', disabled: !admin, dataset: { key }, class: 'input-number' });
    const thresholds = {
      human_request_threshold: number('human_request_threshold', '0.05', '0', '1'),
      anger_threshold: number('anger_threshold', '0.05', '0', '1'),
      minimum_answer_confidence: number('minimum_answer_confidence', '0.05', '0', '1'),
      clarify_margin: number('clarify_margin', '0.01', '0', '1'),
      max_consecutive_failures: number('max_consecutive_failures', '1', '0', '20'),
    };
    const vips = h('input', { type: 'checkbox', checked: Boolean(handoff.hand_off_vips), disabled: !admin, id: uid('vips') });
    const sensitive = h('textarea', { rows: 2, disabled: !admin });
    sensitive.value = (handoff.sensitive_topics || []).join(', ');

    const levels = policy.service_levels || {};
    const slaInputs = ['p1', 'p2', 'p3', 'p4'].map((p, index) => ({
      first: h('input', { type: 'number', min: '1', step: '1', value: levels.first_response_minutes?.[index] ?? '', disabled: !admin, class: 'input-number', 'aria-label': `${t('settings.firstResponse')} ${p.toUpperCase()}` }),
      resolution: h('input', { type: 'number', min: '1', step: '1', value: levels.resolution_minutes?.[index] ?? '', disabled: !admin, class: 'input-number', 'aria-label': `${t('settings.resolution')} ${p.toUpperCase()}` }),
    }));

    const automation = policy.automation || {};
    const timer = (key, min, max, unit) => h('input', {
      type: 'number', min, max, step: '1', value: automation[key] ?? '', disabled: !admin, class: 'input-number',
      placeholder: t('settings.off'), dataset: { key }, 'aria-label': `${t(`settings.${key}`)} (${unit})`,
    });
    const timers = {
      customer_silent_hours: timer('customer_silent_hours', '1', '2160', 'h'),
      auto_resolve_hours: timer('auto_resolve_hours', '1', '2160', 'h'),
      sla_warning_minutes: timer('sla_warning_minutes', '1', '10080', 'min'),
      survey_throttle_days: timer('survey_throttle_days', '0', '365', 'd'),
    };
    const followUp = h('textarea', { rows: 2, disabled: !admin, testid: 'automation-follow-up', placeholder: t('settings.off') });
    followUp.value = automation.follow_up?.en ?? '';
    const surveyEmail = h('input', { type: 'checkbox', checked: automation.survey_email !== false, disabled: !admin, id: uid('survey') });
    const privateWebhooks = h('input', { type: 'checkbox', checked: Boolean(automation.webhooks_allow_private_network), disabled: !admin, id: uid('hooks') });
    const readAutomation = () => {
      const next = { ...automation, survey_email: surveyEmail.checked, webhooks_allow_private_network: privateWebhooks.checked };
      for (const [key, input] of Object.entries(timers)) {
        const value = parseInt(input.value, 10);
        // An emptied optional timer is off; the silence hours and the throttle keep their value.
        if (Number.isFinite(value)) next[key] = value;
        else if (key === 'auto_resolve_hours' || key === 'sla_warning_minutes') next[key] = null;
      }
      const text = followUp.value.trim();
      next.follow_up = text ? { ...(automation.follow_up || {}), en: text } : null;
      return next;
    };

    const save = admin ? h('button', { type: 'submit', class: 'btn btn-primary', testid: 'policy-save', text: t('settings.savePolicy') }) : null;
    const form = h('form', {
      class: 'policy-form', onsubmit: async (event) => {
        event.preventDefault();
        if (!admin) return;
        const routing = {};
        for (const row of routes.querySelectorAll('.route-row')) {
          const topic = row.querySelector('.route-topic').value.trim();
          const team = row.querySelector('.route-team').value;
          if (topic && team) routing[topic] = team;
        }
        const nextHandoff = { ...handoff, hand_off_vips: vips.checked, sensitive_topics: splitList(sensitive.value) };
        for (const [key, input] of Object.entries(thresholds)) {
          if (input.value !== '') nextHandoff[key] = key === 'max_consecutive_failures' ? parseInt(input.value, 10) : Number(input.value);
        }
        // PUT replaces the whole policy: what this form does not show (limits, privacy, hours…) goes back as read.
        const body = {
          ...policy,
          handoff: nextHandoff,
          service_levels: {
            first_response_minutes: slaInputs.map((s, i) => parseInt(s.first.value, 10) || levels.first_response_minutes?.[i]),
            resolution_minutes: slaInputs.map((s, i) => parseInt(s.resolution.value, 10) || levels.resolution_minutes?.[i]),
          },
          routing,
          fallback_team: fallback.value || null,
          automation: readAutomation(),
        };
        save.disabled = true;
        try {
          await api.put('/policy', body);
          toast(t('toast.saved'), { kind: 'success', timeout: 2000 });
          paintPolicy();
        } catch (error) {
          toastError(error);
          save.disabled = false;
        }
      },
    },
      card(t('settings.routing'), t('settings.routingHelp'),
        h('fieldset', { class: 'plain', disabled: !admin },
          h('legend', { class: 'sr-only', text: t('settings.routing') }),
          routes,
          admin ? h('button', {
            type: 'button', class: 'btn btn-ghost btn-small', testid: 'route-add',
            onclick: () => addRoute().focus(),
          }, icon('plus'), h('span', { text: t('settings.addRoute') })) : null,
          field(t('settings.fallback'), fallback))),
      card(t('settings.thresholds'), null,
        h('fieldset', { class: 'plain grid-2', disabled: !admin },
          h('legend', { class: 'sr-only', text: t('settings.thresholds') }),
          Object.entries(thresholds).map(([key, input]) => field(t(`settings.${key}`), input)),
          h('div', { class: 'check field' }, vips, h('label', { for: vips.id, text: t('settings.hand_off_vips') }))),
        field(t('settings.sensitive_topics'), sensitive)),
      card(t('settings.sla'), null,
        h('table', { class: 'table table-compact sla-table' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('priority.label') }), h('th', { scope: 'col', text: t('settings.firstResponse') }), h('th', { scope: 'col', text: t('settings.resolution') }))),
          h('tbody', {}, slaInputs.map((s, i) => h('tr', {}, h('th', { scope: 'row', text: t(`priority.p${i + 1}`) }), h('td', {}, s.first), h('td', {}, s.resolution)))))),
      card(t('settings.automation'), t('settings.automationHelp'),
        h('fieldset', { class: 'plain grid-2', disabled: !admin },
          h('legend', { class: 'sr-only', text: t('settings.automation') }),
          Object.entries(timers).map(([key, input]) => field(t(`settings.${key}`), input)),
          h('div', { class: 'check field' }, surveyEmail, h('label', { for: surveyEmail.id, text: t('settings.survey_email') })),
          h('div', { class: 'check field' }, privateWebhooks, h('label', { for: privateWebhooks.id, text: t('settings.webhooks_allow_private_network') }))),
        field(t('settings.follow_up'), followUp, t('settings.followUpHint'))),
      save ? h('div', { class: 'form-actions form-actions-sticky' }, save) : null);
    replace(policySlot, form);
  }

  // Model provider.
  async function paintProvider() {
    let provider;
    try {
      provider = await api.get('/settings/model-provider');
    } catch (error) {
      if (!alive) return;
      replace(providerSlot, h('p', { class: 'muted small', text: error.status === 404 ? t('settings.unavailable') : (error.message || t('app.error')) }));
      return;
    }
    if (!alive) return;
    const baseURL = h('input', { type: 'url', value: provider.base_url || '', disabled: !admin, placeholder: 'https://api.example.com/v1', testid: 'provider-base-url' });
    const model = h('input', { type: 'text', value: provider.model || '', disabled: !admin, testid: 'provider-model' });
    // The stored key is never sent back: the field always starts empty.
    const key = h('input', { type: 'password', value: '', disabled: !admin, autocomplete: 'new-password', testid: 'provider-api-key', placeholder: provider.has_api_key ? '••••••••' : '' });
    const keyState = h('p', { class: 'hint', testid: 'provider-key-state', text: provider.has_api_key ? t('settings.keyStored') : t('settings.keyNone') });
    const source = provider.source ? t(`settings.source.${provider.source}`) : '';
    const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'provider-save', text: t('settings.saveProvider') });
    const reset = h('button', {
      type: 'button', class: 'btn btn-secondary', testid: 'provider-reset', text: t('settings.resetProvider'),
      onclick: async () => {
        try {
          await api.delete('/settings/model-provider');
          toast(t('toast.saved'), { kind: 'success', timeout: 2000 });
          paintProvider();
        } catch (error) {
          toastError(error);
        }
      },
    });
    replace(providerSlot,
      source ? h('p', { class: 'pill-line' }, h('span', { class: 'badge badge-tier', text: t('settings.source', { source }) })) : null,
      h('form', {
        class: 'form', onsubmit: async (event) => {
          event.preventDefault();
          if (!admin) return;
          const body = { base_url: baseURL.value.trim(), model: model.value.trim() };
          if (key.value) body.api_key = key.value;
          save.disabled = true;
          try {
            await api.put('/settings/model-provider', body);
            toast(t('toast.saved'), { kind: 'success', timeout: 2000 });
            paintProvider();
          } catch (error) {
            toastError(error);
            save.disabled = false;
          }
        },
      },
        h('fieldset', { class: 'plain', disabled: !admin },
          h('legend', { class: 'sr-only', text: t('settings.provider') }),
          h('div', { class: 'field-row' }, field(t('settings.baseURL'), baseURL), field(t('settings.model'), model)),
          field(t('settings.apiKey'), key),
          keyState),
        admin ? h('div', { class: 'form-actions' }, provider.source === 'workspace' ? reset : null, save) : null));
  }

  paintTeams();
  paintPolicy();
  paintProvider();
  return () => {
    alive = false;
  };
}
