// The conversation view: thread, composer, actions and side panel, kept current by the live stream.

import { api, query, clientId, listOf } from '../api.js';
import { h, replace, icon, uid } from '../dom.js';
import { t } from '../i18n.js';
import { session, customer as loadCustomer, customerName, teams as loadTeams, agents as loadAgents } from '../state.js';
import { subscribe } from '../events.js';
import { priorityBadge, handlerBadge, statusBadge, slaBadge, tickSLA, abandonmentBadge } from '../badges.js';
import { humanize } from '../format.js';
import { toast, toastError, announce } from '../toast.js';
import { messageItem, feedbackIndex } from './thread.js';
import { handoffPanel, suggestionsPanel, knowledgePanel, customerPanel } from './sidepanel.js';
import { toolCallsPanel } from './toolcalls.js';

function sameId(a, b) {
  return String(a || '').toLowerCase() === String(b || '').toLowerCase();
}

function notFound(main) {
  replace(main,
    h('section', { class: 'not-found', testid: 'not-found', 'aria-labelledby': 'not-found-title' },
      h('div', { class: 'not-found-mark', 'aria-hidden': 'true', text: '404' }),
      h('h1', { id: 'not-found-title', text: t('conv.notFound') }),
      h('p', { class: 'muted', text: t('conv.notFoundBody') }),
      h('a', { href: '#/inbox/mine', class: 'btn btn-primary' }, icon('back'), h('span', { text: t('conv.back') }))));
  document.title = `${t('conv.notFound')} · Heed`;
  main.querySelector('h1').setAttribute('tabindex', '-1');
  main.querySelector('h1').focus();
}

async function allMessages(id) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 10; page += 1) {
    const data = await api.get(`/conversations/${encodeURIComponent(id)}/messages${query({ limit: 200, cursor })}`);
    items.push(...listOf(data));
    cursor = data?.next_cursor;
    if (!cursor) break;
  }
  return items;
}

/** Renders conversation `id`; returns a cleanup function. */
export function renderConversation(main, id) {
  let alive = true;
  let conversation = null;
  let customer = null;
  let handoff = null;
  let messages = new Map();
  let feedback = feedbackIndex([]);
  let agentList = [];
  let teamList = [];
  let noteMode = false;
  let handoffTimer = null;
  const agentNames = new Map();
  const toolCalls = toolCallsPanel(id);

  replace(main, h('div', { class: 'conv-loading' }, h('h1', { class: 'sr-only', text: t('conv.loading') }), h('p', { class: 'muted', text: t('conv.loading') })));

  // Elements that live for the whole view.
  const head = h('header', { class: 'conv-head' });
  const toolbar = h('div', { class: 'conv-toolbar', role: 'group', 'aria-label': t('conv.actions') });
  const thread = h('ol', { class: 'thread', testid: 'thread', role: 'log', 'aria-label': t('conv.thread') });
  const threadScroll = h('div', { class: 'thread-scroll' }, thread);
  const side = h('aside', { class: 'conv-side', 'aria-label': t('conv.details') });
  const handoffSlot = h('div');
  const suggestionsSlot = h('div');
  const customerSlot = h('div');

  // Composer.
  const inputId = uid('reply');
  const input = h('textarea', {
    id: inputId, class: 'composer-input', rows: 4, testid: 'reply-input', placeholder: t('composer.replyPlaceholder'),
    onkeydown: (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        composer.requestSubmit();
      }
    },
  });
  const inputLabel = h('label', { for: inputId, class: 'sr-only', text: t('composer.label') });
  const noteToggle = h('button', {
    type: 'button', class: 'btn btn-toggle btn-small', testid: 'note-toggle', 'aria-pressed': 'false',
    onclick: () => setNoteMode(!noteMode),
  }, h('span', { class: 'toggle-box', 'aria-hidden': 'true' }), h('span', { text: t('composer.noteToggle') }));
  const sendButton = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'reply-send' }, icon('send'), h('span', { class: 'send-text', text: t('composer.send') }));
  const composerNote = h('p', { class: 'composer-closed small', hidden: true, text: t('composer.closed') });
  // Canned replies: filled in by the server for this conversation (customer's language and details, you as agent).
  const macroPicker = h('select', {
    class: 'composer-macros btn-small', testid: 'macro-picker', hidden: true, 'aria-label': t('composer.macros'),
    onchange: () => insertMacro(macroPicker.value),
  }, h('option', { value: '', text: t('composer.macros') }));
  api.get(`/macros${query({ limit: 200 })}`, { quietUnauthorized: true }).then((data) => {
    const macros = listOf(data);
    for (const macro of macros) macroPicker.append(h('option', { value: macro.id, text: macro.name }));
    macroPicker.hidden = macros.length === 0;
  }).catch(() => {});
  const composer = h('form', { class: 'composer', 'aria-label': t('composer.label'), onsubmit: send },
    composerNote,
    inputLabel,
    input,
    h('div', { class: 'composer-bar' },
      noteToggle,
      macroPicker,
      h('span', { class: 'composer-hint muted small', 'aria-hidden': 'true', text: t('composer.hint') }),
      sendButton));

  function setNoteMode(on) {
    noteMode = on;
    noteToggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    composer.classList.toggle('is-note', on);
    input.placeholder = on ? t('composer.notePlaceholder') : t('composer.replyPlaceholder');
    inputLabel.textContent = on ? t('composer.note') : t('composer.label');
    sendButton.querySelector('.send-text').textContent = on ? t('composer.addNote') : t('composer.send');
  }

  function insertText(text) {
    if (!text) return;
    const current = input.value.trim();
    input.value = current ? `${input.value.replace(/\s+$/, '')}\n\n${text}` : text;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  async function insertMacro(macroId) {
    if (!macroId) return;
    try {
      const rendered = await api.post(`/macros/${encodeURIComponent(macroId)}/render`, { conversation_id: id });
      insertText(rendered?.text);
    } catch (error) {
      toastError(error);
    } finally {
      macroPicker.value = '';
    }
  }

  async function send(event) {
    event.preventDefault();
    const body = input.value.trim();
    if (!body) {
      toast(t('composer.empty'), { kind: 'warning', timeout: 3000 });
      input.focus();
      return;
    }
    sendButton.disabled = true;
    const note = noteMode;
    try {
      const payload = { body, author: 'agent', client_message_id: clientId() };
      if (note) payload.internal_note = true;
      const data = await api.post(`/conversations/${encodeURIComponent(id)}/messages`, payload);
      if (data?.message) addMessage(data.message, true);
      input.value = '';
      if (note) setNoteMode(false);
      announce(t(note ? 'toast.noteAdded' : 'toast.sent'));
      refreshConversation();
    } catch (error) {
      toastError(error);
    } finally {
      sendButton.disabled = false;
      input.focus();
    }
  }

  // Thread.
  function context() {
    return { conversationId: id, agentNames, feedback };
  }

  function renderThread() {
    const sorted = [...messages.values()].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
    if (!sorted.length) {
      replace(thread, h('li', { class: 'empty muted', text: t('msg.empty') }));
      return;
    }
    replace(thread, sorted.map((m) => messageItem(m, context())));
  }

  function nearBottom() {
    const el = threadScroll.scrollHeight > threadScroll.clientHeight ? threadScroll : main;
    return el.scrollHeight - el.scrollTop - el.clientHeight < 160;
  }

  function scrollToBottom() {
    threadScroll.scrollTop = threadScroll.scrollHeight;
    // On phones the whole page scrolls: bring the newest message above the composer.
    if (threadScroll.scrollHeight <= threadScroll.clientHeight) thread.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }

  function addMessage(message, forceScroll = false) {
    if (!message || !sameId(message.conversation_id, id)) return;
    const known = messages.get(message.id);
    if (known) return;
    const stick = forceScroll || nearBottom();
    messages.set(message.id, message);
    const item = messageItem(message, context());
    const after = [...thread.querySelectorAll('.msg')].find((el) => Number(el.dataset.sequence) > (message.sequence ?? Infinity));
    thread.querySelector('.empty')?.remove();
    if (after) thread.insertBefore(item, after);
    else thread.appendChild(item);
    if (stick) scrollToBottom();
  }

  // Header and actions.
  function renderHead() {
    const name = customerName(customer) || t('inbox.unknownCustomer');
    document.title = `${name} · Heed`;
    replace(head,
      h('a', { href: sessionStorage.getItem('heed.console.lastInbox') || '#/inbox/mine', class: 'back-link', 'aria-label': t('conv.back'), title: t('conv.back') }, icon('back')),
      h('div', { class: 'conv-title' },
        h('h1', { id: 'conv-title', text: name }),
        h('p', { class: 'conv-sub muted small' },
          conversation.subject ? h('span', { text: conversation.subject }) : null,
          h('span', { text: t('conv.channel', { channel: humanize(conversation.channel || 'chat') }) }))),
      h('div', { class: 'conv-badges' },
        priorityBadge(conversation.priority),
        handlerBadge(conversation.handler),
        statusBadge(conversation.status, { testid: 'conversation-status', dataset: { status: conversation.status } }),
        abandonmentBadge(conversation),
        h('span', { class: 'conv-sla' }, slaBadge(conversation))));
    composerNote.hidden = !(conversation.status === 'resolved' || conversation.status === 'closed');
  }

  function select(testid, label, options, value, onChange) {
    const selectId = uid(testid);
    const el = h('select', { id: selectId, testid, onchange: (event) => onChange(event.target.value, el) },
      options.map(([optionValue, text]) => h('option', { value: optionValue, text, selected: optionValue === value })));
    el.dataset.previous = value;
    return h('div', { class: 'tool' }, h('label', { for: selectId, class: 'tool-label', text: label }), el);
  }

  async function patch(body, control) {
    if (control) control.disabled = true;
    try {
      const updated = await api.patch(`/conversations/${encodeURIComponent(id)}`, body);
      if (updated && alive) applyConversation(updated, true);
      announce(t('conv.changed'));
      return true;
    } catch (error) {
      toastError(error);
      if (alive) renderToolbar();
      return false;
    } finally {
      if (control) control.disabled = false;
    }
  }

  function renderToolbar() {
    const focusedTestId = toolbar.contains(document.activeElement) ? document.activeElement.dataset.testid : null;
    const agentOptions = [['', t('conv.unassigned')], ...agentList.map((a) => [a.id, a.id === session.agent.id ? `${a.name} ✓` : a.name])];
    if (conversation.assignee_id && !agentList.some((a) => a.id === conversation.assignee_id)) agentOptions.push([conversation.assignee_id, conversation.assignee_id.slice(0, 8)]);
    const teamOptions = [['', t('conv.noTeam')], ...teamList.map((team) => [team.id, team.name])];
    if (conversation.team_id && !teamList.some((team) => team.id === conversation.team_id)) teamOptions.push([conversation.team_id, conversation.team || conversation.team_id.slice(0, 8)]);
    const resolved = conversation.status === 'resolved' || conversation.status === 'closed';
    replace(toolbar,
      select('assign-select', t('conv.assignee'), agentOptions, conversation.assignee_id || '', (value, el) => patch({ assignee_id: value || null }, el)),
      select('team-select', t('conv.team'), teamOptions, conversation.team_id || '', (value, el) => patch({ team_id: value || null }, el)),
      select('priority-select', t('conv.priority'), ['P1', 'P2', 'P3', 'P4'].map((p) => [p, t(`priority.${p.toLowerCase()}`)]), String(conversation.priority || '').toUpperCase(), (value, el) => patch({ priority: value }, el)),
      h('div', { class: 'tool tool-buttons' },
        conversation.handler === 'ai'
          ? h('button', { type: 'button', class: 'btn btn-secondary', testid: 'take-over', onclick: (event) => patch({ handler: 'human', assignee_id: session.agent.id }, event.currentTarget), text: t('conv.takeOver') })
          : h('button', { type: 'button', class: 'btn btn-secondary', testid: 'hand-back', disabled: resolved, onclick: (event) => patch({ handler: 'ai' }, event.currentTarget) }, icon('bot'), h('span', { text: t('conv.handBack') })),
        resolved
          ? h('button', { type: 'button', class: 'btn btn-secondary', testid: 'reopen', onclick: (event) => patch({ status: 'open' }, event.currentTarget), text: t('conv.reopen') })
          : h('button', { type: 'button', class: 'btn btn-success', testid: 'resolve', onclick: (event) => patch({ status: 'resolved' }, event.currentTarget) }, icon('check'), h('span', { text: t('conv.resolve') }))));
    if (focusedTestId) {
      const again = toolbar.querySelector(`[data-testid="${focusedTestId}"]`) || toolbar.querySelector('[data-testid="resolve"], [data-testid="reopen"]');
      again?.focus();
    }
  }

  function applyConversation(updated, force = false) {
    if (!updated || !sameId(updated.id, id)) return;
    if (!force && conversation && updated.updated_at && conversation.updated_at && updated.updated_at < conversation.updated_at) return;
    const handlerChanged = conversation && conversation.handler !== updated.handler;
    conversation = updated;
    renderHead();
    renderToolbar();
    if (handlerChanged) scheduleHandoff();
  }

  async function refreshConversation() {
    try {
      applyConversation(await api.get(`/conversations/${encodeURIComponent(id)}`));
    } catch {
      // The live stream will bring the change.
    }
  }

  // Side panel.
  async function loadHandoff() {
    try {
      handoff = await api.get(`/conversations/${encodeURIComponent(id)}/handoff`);
    } catch (error) {
      if (error.status !== 404) console.warn('handoff unavailable', error.code || error.status);
      handoff = null;
    }
    if (!alive) return;
    replace(handoffSlot, handoffPanel(handoff, conversation));
    replace(suggestionsSlot, suggestionsPanel(handoff, insertText));
    if (handoff?.customer && !customer) {
      customer = handoff.customer;
      renderHead();
    }
  }

  function scheduleHandoff() {
    clearTimeout(handoffTimer);
    handoffTimer = setTimeout(loadHandoff, 500);
  }

  async function loadCustomerPanel() {
    let past = [];
    try {
      const data = await api.get(`/conversations${query({ customer_id: conversation.customer_id, limit: 20 })}`);
      past = listOf(data);
    } catch {
      past = [];
    }
    const customerPath = `/customers/${encodeURIComponent(conversation.customer_id)}`;
    const [notes, events] = await Promise.all([
      api.get(`${customerPath}/notes`).then(listOf, () => []),
      api.get(`${customerPath}/events${query({ limit: 5 })}`).then(listOf, () => []),
    ]);
    if (alive) replace(customerSlot, customerPanel(customer, past, id, { notes, events }));
  }

  function layout() {
    replace(main,
      h('div', { class: 'conv' },
        head,
        toolbar,
        h('div', { class: 'conv-body' },
          h('section', { class: 'conv-main', 'aria-labelledby': 'conv-title' }, threadScroll, composer),
          side)));
    replace(side, handoffSlot, suggestionsSlot, toolCalls.element, knowledgePanel(null, insertText), customerSlot);
    replace(customerSlot, customerPanel(null));
  }

  async function load() {
    try {
      conversation = await api.get(`/conversations/${encodeURIComponent(id)}`);
    } catch (error) {
      if (!alive) return;
      if (error.status === 404 || error.status === 400 || error.status === 422) notFound(main);
      else if (error.status !== 401) {
        replace(main, h('section', { class: 'not-found' }, h('h1', { text: t('app.error') }), h('p', { class: 'muted', text: error.message || '' }),
          h('a', { href: '#/inbox/mine', class: 'btn btn-secondary', text: t('conv.back') })));
      }
      return;
    }
    if (!alive) return;
    const [messageList, feedbackData, agentsData, teamsData, customerData] = await Promise.all([
      allMessages(id).catch((error) => { toastError(error); return []; }),
      api.get(`/conversations/${encodeURIComponent(id)}/feedback`).catch(() => ({ items: [] })),
      loadAgents().catch(() => []),
      loadTeams().catch(() => []),
      loadCustomer(conversation.customer_id).catch(() => null),
    ]);
    if (!alive) return;
    agentList = agentsData;
    teamList = teamsData;
    for (const agent of agentList) agentNames.set(agent.id, agent.name);
    customer = customerData;
    feedback = feedbackIndex(listOf(feedbackData));
    messages = new Map(messageList.map((m) => [m.id, m]));
    layout();
    renderHead();
    renderToolbar();
    renderThread();
    replace(handoffSlot, handoffPanel(null, conversation));
    replace(suggestionsSlot, suggestionsPanel(null, insertText));
    threadScroll.scrollTop = threadScroll.scrollHeight;
    const heading = main.querySelector('h1');
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    loadHandoff();
    loadCustomerPanel();
  }

  const unsubscribe = subscribe((event) => {
    if (!alive) return;
    if (event.message && sameId(event.message.conversation_id, id)) {
      addMessage(event.message);
      if (event.message.author === 'customer') scheduleHandoff(); else if (event.message.author === 'ai') toolCalls.refresh();
    }
    if (event.conversation && sameId(event.conversation.id, id) && conversation) {
      applyConversation(event.conversation);
      // A change seen by polling (the stream is down) carries no message: fetch the thread's new ones.
      if (event.details?.polled) allMessages(id).then((list) => { if (alive) list.forEach((m) => addMessage(m)); }, () => {});
      if (event.type === 'conversation.handoff' || event.type === 'sentiment.alert') scheduleHandoff();
    }
  });
  const ticker = setInterval(() => tickSLA(head), 15000);
  load();

  return () => {
    alive = false;
    clearTimeout(handoffTimer);
    clearInterval(ticker);
    unsubscribe();
  };
}
