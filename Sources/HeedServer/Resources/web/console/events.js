// The live event stream (`/api/v1/events`, Server-Sent Events). Views subscribe; one EventSource is shared.
// While the stream is down (a proxy that breaks long responses, a node restarting) the console polls the
// conversation list every few seconds and tells the views what changed, so nothing waits for a reload.
// `localStorage['heed.console.events'] = 'poll'` forces polling (for proxies that buffer server-sent events).

import { api, listOf } from './api.js';

const TYPES = [
  'conversation.created',
  'conversation.updated',
  'message.created',
  'conversation.handoff',
  'conversation.assigned',
  'sla.warning',
  'sla.breached',
  'sentiment.alert',
];

const listeners = new Set();
const statusListeners = new Set();
let source = null;
let onLost = () => {};
let retryTimer = null;
let pollTimer = null;
let pollSnapshot = null;
let pollGeneration = 0;
const POLL_MS = 5000;

/** Subscribes to every event (`{type, conversation, message, details, at}`); returns an unsubscribe function. */
export function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Subscribes to connection status changes (`'live'`, `'reconnecting'` or `'polling'`). */
export function onStatus(listener) {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

function setStatus(status) {
  for (const listener of statusListeners) listener(status);
}

function dispatch(type, raw) {
  let data;
  try {
    data = JSON.parse(raw);
  } catch {
    return;
  }
  deliver({ ...data, type: data?.type || type });
}

function deliver(event) {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      console.warn('event listener failed', error);
    }
  }
}

/** Opens the stream; `lost` is called when the stream closes for good (e.g. the session expired). */
export function connect(lost) {
  onLost = lost || (() => {});
  if (pollingForced()) {
    startPolling();
    return;
  }
  if (source) return;
  open();
}

function pollingForced() {
  try {
    return localStorage.getItem('heed.console.events') === 'poll';
  } catch {
    return false;
  }
}

/** What changes when a conversation does: a new message, a new state. */
function signature(conversation) {
  return [conversation.updated_at, conversation.last_message_at, conversation.message_count, conversation.status,
    conversation.handler].join('|');
}

/** Polls the conversation list until the stream is back; each changed conversation becomes an event. */
function startPolling() {
  if (pollTimer) return;
  setStatus('polling');
  const generation = ++pollGeneration;
  const tick = async () => {
    try {
      const list = listOf(await api.get('/conversations?limit=100'));
      if (generation !== pollGeneration) return;
      const next = new Map(list.map((conversation) => [conversation.id, signature(conversation)]));
      if (pollSnapshot) {
        for (const conversation of list) {
          const before = pollSnapshot.get(conversation.id);
          if (before === next.get(conversation.id)) continue;
          const type = before === undefined ? 'conversation.created' : 'conversation.updated';
          deliver({ type, conversation, details: { polled: true }, at: new Date().toISOString() });
        }
      }
      pollSnapshot = next;
    } catch (error) {
      if (error.status === 401) {
        stopPolling();
        return;
      }
      // Otherwise the next tick tries again.
    }
    if (generation === pollGeneration) pollTimer = setTimeout(tick, POLL_MS);
  };
  pollTimer = setTimeout(tick, 0);
}

function stopPolling() {
  pollGeneration += 1;
  clearTimeout(pollTimer);
  pollTimer = null;
  pollSnapshot = null;
}

function open() {
  clearTimeout(retryTimer);
  source = new EventSource('/api/v1/events', { withCredentials: true });
  source.addEventListener('open', () => {
    stopPolling();
    setStatus('live');
  });
  for (const type of TYPES) source.addEventListener(type, (message) => dispatch(type, message.data));
  source.addEventListener('message', (message) => dispatch('message', message.data));
  source.addEventListener('error', () => {
    setStatus('reconnecting');
    startPolling();
    if (source && source.readyState === EventSource.CLOSED) {
      // The browser gave up (e.g. a 401): ask the app whether the session is still alive, then retry.
      source.close();
      source = null;
      Promise.resolve(onLost()).then((alive) => {
        if (alive !== false) retryTimer = setTimeout(() => { if (!source) open(); }, 3000);
      });
    }
  });
}

export function disconnect() {
  clearTimeout(retryTimer);
  stopPolling();
  if (source) source.close();
  source = null;
}
