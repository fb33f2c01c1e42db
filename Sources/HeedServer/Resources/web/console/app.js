// The console's entry point: session, header, hash routing and the live stream.

import { api, setCsrfToken, setUnauthorizedHandler, csrfToken } from './api.js';
import { h, icon, replace, focusHeading } from './dom.js';
import { t, language, languages, setLanguage } from './i18n.js';
import { session, clearCaches } from './state.js';
import * as events from './events.js';
import { toast } from './toast.js';
import { renderSignIn } from './views/signin.js';
import { renderInbox } from './views/inbox.js';
import { renderConversation } from './views/conversation.js';
import { renderKnowledge } from './views/knowledge.js';
import { renderSettings } from './views/settings.js';
import { renderRules } from './views/rules.js';
import { renderReports } from './views/reports.js';
import { renderReview } from './views/review.js';
import { renderQuality } from './views/quality.js';
import { renderCampaigns } from './views/campaigns.js';
import { startLiveNotifications } from './notifications.js';

const main = document.getElementById('main');
const topbar = document.getElementById('topbar');
let cleanup = null;
let signInNote = null;
let returnTo = null;
let stopNotifications = null;
let lastRouteKey = null;
let forceRender = false;
const SIGNED_IN_KEY = 'heed.console.signedIn';

const routes = [
  { pattern: /^#\/inbox(?:\/([a-z]+))?$/, section: 'inbox', render: (m, [view]) => renderInbox(m, view || 'mine') },
  { pattern: /^#\/conversations\/([^/]+)$/, section: 'inbox', render: (m, [id]) => renderConversation(m, decodeURIComponent(id)) },
  { pattern: /^#\/knowledge$/, section: 'knowledge', render: (m) => renderKnowledge(m) },
  { pattern: /^#\/settings$/, section: 'settings', render: (m) => renderSettings(m) },
  { pattern: /^#\/rules$/, section: 'rules', render: (m) => renderRules(m) },
  { pattern: /^#\/reports$/, section: 'reports', render: (m) => renderReports(m) },
  { pattern: /^#\/review$/, section: 'review', render: (m) => renderReview(m) },
  { pattern: /^#\/quality$/, section: 'reports', render: (m) => renderQuality(m) },
  { pattern: /^#\/campaigns$/, section: 'campaigns', render: (m) => renderCampaigns(m) },
];

function signedIn() {
  return Boolean(session.agent);
}

function applySession(data) {
  session.agent = data.agent;
  session.workspace = data.workspace;
  session.expiresAt = data.expires_at;
  if (data.csrf_token) setCsrfToken(data.csrf_token);
  localStorage.setItem(SIGNED_IN_KEY, '1');
}

/** Ends the local session; `note` is shown on the sign-in page. */
function endSession(note) {
  if (signedIn() && !returnTo && location.hash.startsWith('#/') && location.hash !== '#/signin') returnTo = location.hash;
  session.agent = null;
  session.workspace = null;
  setCsrfToken(null);
  localStorage.removeItem(SIGNED_IN_KEY);
  clearCaches();
  events.disconnect();
  if (stopNotifications) stopNotifications();
  stopNotifications = null;
  signInNote = note;
  if (location.hash !== '#/signin') location.hash = '#/signin';
  else route();
}

setUnauthorizedHandler(() => {
  if (signedIn()) endSession(t('signin.expired'));
});

async function checkSessionAlive() {
  try {
    await api.get('/console/session', { quietUnauthorized: true });
    return true;
  } catch (error) {
    if (error.status === 401) {
      endSession(t('signin.expired'));
      return false;
    }
    return true;
  }
}

function startLive() {
  events.connect(checkSessionAlive);
  if (!stopNotifications) stopNotifications = startLiveNotifications();
}

async function signIn(email, password) {
  const data = await api.post('/console/sessions', { email, password }, { quietUnauthorized: true });
  applySession(data);
  signInNote = null;
  startLive();
  const target = returnTo && returnTo !== '#/signin' ? returnTo : '#/inbox/mine';
  returnTo = null;
  location.hash = target;
  if (location.hash === target) route();
}

async function signOut() {
  try {
    await api.delete('/console/session');
  } catch {
    // Signing out locally is what matters; the cookie expires on its own.
  }
  returnTo = null;
  endSession(t('signin.signedOut'));
}

function renderHeader(section) {
  if (!signedIn()) {
    topbar.hidden = true;
    replace(topbar);
    return;
  }
  topbar.hidden = false;
  const link = (name, href, iconName, testid) =>
    h('a', {
      href, class: 'nav-link', testid,
      'aria-current': section === name ? 'page' : null,
    }, icon(iconName), h('span', { text: t(`nav.${name}`) }));
  const languageSelect = h('select', {
    class: 'lang-select', 'aria-label': t('header.language'), testid: 'language-select',
    onchange: (event) => {
      setLanguage(event.target.value);
      forceRender = true;
      route();
      document.querySelector('.lang-select')?.focus();
    },
  }, languages.map((l) => h('option', { value: l.code, text: l.name, selected: l.code === language() })));
  const live = h('span', { class: 'live-dot', id: 'live-status', title: t('app.live') }, h('span', { class: 'sr-only', text: t('app.live') }));
  const name = session.agent.name || session.agent.email;
  const initials = String(name).split(/\s+/).filter(Boolean).slice(0, 2).map((part) => part[0]).join('').toUpperCase();
  replace(topbar,
    h('div', { class: 'topbar-inner' },
      h('a', { href: '#/inbox/mine', class: 'brand', 'aria-label': `Heed — ${session.workspace?.name || ''}` },
        h('span', { class: 'brand-mark', 'aria-hidden': 'true', text: 'H' }),
        h('span', { class: 'brand-text' },
          h('span', { class: 'brand-name', text: 'Heed' }),
          h('span', { class: 'brand-workspace', text: session.workspace?.name || '' }))),
      h('nav', { class: 'main-nav', 'aria-label': t('nav.main') },
        link('inbox', '#/inbox/mine', 'inbox', 'nav-inbox'),
        link('knowledge', '#/knowledge', 'book', 'nav-knowledge'),
        link('rules', '#/rules', 'bot', 'nav-rules'),
        link('reports', '#/reports', 'chart', 'nav-reports'),
        link('review', '#/review', 'check', 'nav-review'),
        link('campaigns', '#/campaigns', 'flag', 'nav-campaigns'),
        link('settings', '#/settings', 'gear', 'nav-settings')),
      h('div', { class: 'topbar-tools' },
        live,
        languageSelect,
        h('span', { class: 'agent-chip', title: t('header.signedInAs', { name }) },
          h('span', { class: 'avatar', 'aria-hidden': 'true', text: initials }),
          h('span', { class: 'agent-name', text: name }),
          h('span', { class: 'sr-only', text: session.agent.role === 'admin' ? ` (${t('app.admin')})` : '' })),
        h('button', { type: 'button', class: 'btn btn-ghost btn-icon-text', testid: 'signout', onclick: signOut },
          icon('out'), h('span', { class: 'signout-text', text: t('header.signout') })))));
  updateLive(lastLiveStatus);
}

let lastLiveStatus = 'reconnecting';
function updateLive(status) {
  lastLiveStatus = status;
  const dot = document.getElementById('live-status');
  if (!dot) return;
  dot.classList.toggle('is-live', status === 'live');
  dot.classList.toggle('is-polling', status === 'polling');
  dot.dataset.status = status;
  const text = status === 'live' ? t('app.live') : status === 'polling' ? t('app.polling') : t('app.reconnecting');
  dot.title = text;
  dot.firstChild.textContent = text;
}
events.onStatus(updateLive);

function route() {
  const hash = location.hash || '';
  document.getElementById('skip-link').textContent = t('app.skip');
  if (!signedIn()) {
    if (hash !== '#/signin') {
      if (hash.startsWith('#/')) returnTo = hash;
      location.replace('#/signin');
    }
    runView('signin', () => renderSignIn(main, { note: signInNote, onSubmit: signIn }), null);
    return;
  }
  if (hash === '#/signin' || hash === '' || hash === '#' || hash === '#/') {
    location.replace('#/inbox/mine');
    return;
  }
  for (const candidate of routes) {
    const match = hash.match(candidate.pattern);
    if (match) {
      runView(hash, () => candidate.render(main, match.slice(1)), candidate.section);
      return;
    }
  }
  location.replace('#/inbox/mine');
}

function runView(key, render, section) {
  // Inbox view switches keep the inbox component (it re-renders its own list).
  const force = forceRender;
  forceRender = false;
  if (!force && typeof cleanup === 'function' && cleanup.update && key !== lastRouteKey && cleanup.accepts?.(key)) {
    lastRouteKey = key;
    renderHeader(section);
    cleanup.update(key);
    return;
  }
  if (typeof cleanup === 'function') cleanup();
  cleanup = null;
  lastRouteKey = key;
  renderHeader(section);
  replace(main);
  main.scrollTop = 0;
  try {
    cleanup = render() || null;
  } catch (error) {
    console.error(error);
    replace(main, h('p', { class: 'boot', text: t('app.error') }));
  }
  if (key !== 'signin' && !force) focusHeading(main);
}

async function boot() {
  document.getElementById('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    main.focus();
  });
  const hadSession = Boolean(csrfToken());
  // Ask the server only when this browser signed in before, so a first visit makes no failing request.
  if (hadSession || localStorage.getItem(SIGNED_IN_KEY)) {
    try {
      const data = await api.get('/console/session', { quietUnauthorized: true });
      applySession(data);
      startLive();
    } catch (error) {
      if (error.status === 401 && hadSession) signInNote = t('signin.expired');
      else if (error.status === 0) signInNote = t('app.offline');
      setCsrfToken(null);
      if (error.status === 401) localStorage.removeItem(SIGNED_IN_KEY);
    }
  }
  window.addEventListener('hashchange', route);
  route();
}

window.addEventListener('unhandledrejection', (event) => {
  // Expired sessions are handled by the unauthorized handler; others get a toast instead of a silent failure.
  const error = event.reason;
  if (error && error.status === 401) {
    event.preventDefault();
    return;
  }
  if (error && error.name === 'ApiError') {
    event.preventDefault();
    toast(error.message || t('app.error'), { kind: 'error' });
  }
});

boot();
