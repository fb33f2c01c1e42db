// The live event stream (`/api/v1/events`, Server-Sent Events). Views subscribe; one EventSource is shared.

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

/** Subscribes to every event (`{type, conversation, message, details, at}`); returns an unsubscribe function. */
export function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Subscribes to connection status changes (`'live'` or `'reconnecting'`). */
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
  const event = { ...data, type: data?.type || type };
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
  if (source) return;
  open();
}

function open() {
  clearTimeout(retryTimer);
  source = new EventSource('/api/v1/events', { withCredentials: true });
  source.addEventListener('open', () => setStatus('live'));
  for (const type of TYPES) source.addEventListener(type, (message) => dispatch(type, message.data));
  source.addEventListener('message', (message) => dispatch('message', message.data));
  source.addEventListener('error', () => {
    setStatus('reconnecting');
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
  if (source) source.close();
  source = null;
}
