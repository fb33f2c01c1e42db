// Messages of a conversation: author styles, intent and emotion badges with their evidence, citations, and the
// "flag this answer" form on AI messages.

import { api } from '../api.js';
import { h, icon, uid } from '../dom.js';
import { t, label as termLabel } from '../i18n.js';
import { formatTime, humanize, percent } from '../format.js';
import { toastError } from '../toast.js';

const SIGNAL_MIN_SCORE = 0.3;

function authorLabel(message, agentNames) {
  if (message.is_internal_note) {
    const name = agentNames.get(message.author_id);
    return name ? `${t('author.note')} · ${name}` : t('author.note');
  }
  if (message.author === 'agent') return agentNames.get(message.author_id) || t('author.agent');
  return t(`author.${message.author}`);
}

/** A badge that reveals its evidence: a disclosure (keyboard and screen-reader friendly) with a tooltip. */
function evidenceChip({ label, value, tone, evidence, kind, note }) {
  const lines = (evidence || []).filter(Boolean);
  const tooltip = lines.length ? `${t('msg.evidence')}: ${lines.map((e) => `“${e}”`).join(', ')}` : (note || t('msg.noEvidence'));
  return h('details', { class: `chip chip-${tone}`, title: tooltip },
    h('summary', {},
      h('span', { class: 'chip-kind', text: kind }),
      h('span', { class: 'chip-label', text: label }),
      value ? h('span', { class: 'chip-value', text: value }) : null),
    h('div', { class: 'chip-pop' },
      h('p', { class: 'chip-pop-title', text: t('msg.evidence') }),
      lines.length
        ? h('ul', {}, lines.map((line) => h('li', {}, h('q', { text: line }))))
        : h('p', { class: 'muted', text: note || t('msg.noEvidence') })));
}

function signalTone(kind) {
  if (kind === 'anger' || kind === 'churn_threat') return 'danger';
  if (kind === 'urgency' || kind === 'human_request' || kind === 'confusion') return 'warn';
  if (kind === 'gratitude') return 'good';
  return 'neutral';
}

function customerBadges(message) {
  const a = message.annotations || {};
  const chips = [];
  if (a.intent) {
    const confidence = a.intent_confidence != null ? percent(a.intent_confidence) : '';
    chips.push(evidenceChip({
      kind: t('msg.intent'), label: humanize(a.intent), value: confidence, tone: 'intent',
      evidence: a.reasons?.length ? a.reasons : [],
      note: confidence ? t('msg.confidence', { value: confidence }) : null,
    }));
  }
  const signals = (a.signals || []).filter((s) => s.score >= SIGNAL_MIN_SCORE).sort((x, y) => y.score - x.score);
  for (const signal of signals) {
    chips.push(evidenceChip({
      kind: t('msg.emotion'), label: termLabel('signal', signal.kind), value: percent(signal.score), tone: signalTone(signal.kind),
      evidence: signal.evidence,
    }));
  }
  if (a.sentiment && a.sentiment !== 'neutral' && !signals.length) {
    chips.push(h('span', { class: `chip chip-static chip-${a.sentiment === 'negative' ? 'danger' : 'good'}` },
      h('span', { class: 'chip-kind', text: t('msg.emotion') }), h('span', { class: 'chip-label', text: termLabel('sentiment', a.sentiment) })));
  }
  if (a.pii_found?.length) {
    chips.push(h('span', { class: 'chip chip-static chip-neutral', title: 'PII' },
      h('span', { class: 'chip-kind', text: 'PII' }), h('span', { class: 'chip-label', text: a.pii_found.map(humanize).join(', ') })));
  }
  return chips.length ? h('div', { class: 'msg-chips' }, chips) : null;
}

function citations(message) {
  const list = message.annotations?.citations || [];
  if (!list.length) return null;
  return h('div', { class: 'msg-sources' },
    h('span', { class: 'msg-sources-label', text: t('msg.sources') }),
    h('ul', { role: 'list' }, list.map((c) => h('li', {},
      c.url && /^https?:\/\//i.test(c.url)
        ? h('a', { href: c.url, target: '_blank', rel: 'noopener noreferrer', text: c.title || c.url, title: c.snippet || '' })
        : h('span', { text: c.title || c.article_id, title: c.snippet || '' })))));
}

function flagForm(conversationId, message, actions) {
  const correctionId = uid('flag-correction');
  const commentId = uid('flag-comment');
  const correction = h('textarea', { id: correctionId, rows: 3, testid: 'flag-correction', required: true });
  const comment = h('input', { id: commentId, type: 'text' });
  const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-small', testid: 'flag-submit', text: t('flag.submit') });
  const form = h('form', {
    class: 'flag-form', 'aria-label': t('flag.title'),
    onsubmit: async (event) => {
      event.preventDefault();
      if (!correction.value.trim()) {
        error.textContent = t('flag.required');
        error.hidden = false;
        correction.focus();
        return;
      }
      submit.disabled = true;
      try {
        const body = { correction: correction.value.trim() };
        if (comment.value.trim()) body.comment = comment.value.trim();
        await api.post(`/conversations/${encodeURIComponent(conversationId)}/messages/${encodeURIComponent(message.id)}/flags`, body);
        markFlagged(actions);
        actions.querySelector('.flag-done')?.focus();
      } catch (failure) {
        submit.disabled = false;
        toastError(failure);
      }
    },
  },
    h('p', { class: 'flag-title', text: t('flag.title') }),
    h('label', { for: correctionId, class: 'sr-only', text: t('flag.correction') }),
    correction,
    h('label', { for: commentId, class: 'small muted', text: t('flag.comment') }),
    comment,
    error,
    h('div', { class: 'form-actions' },
      h('button', {
        type: 'button', class: 'btn btn-ghost btn-small', text: t('flag.cancel'),
        onclick: () => {
          form.remove();
          const button = actions.querySelector('[data-testid="flag-answer"]');
          button?.setAttribute('aria-expanded', 'false');
          button?.focus();
        },
      }),
      submit));
  return form;
}

function markFlagged(actions) {
  actions.replaceChildren(h('span', { class: 'flag-done', testid: 'flag-done', tabindex: '-1' }, icon('flag'), h('span', { text: t('flag.done') })));
  actions.closest('.msg')?.classList.add('is-flagged');
}

function aiFooter(conversationId, message, feedback) {
  const a = message.annotations || {};
  const meta = [];
  if (a.ai_confidence != null) meta.push(t('msg.confidence', { value: percent(a.ai_confidence) }));
  if (a.decision) meta.push(t('msg.decision', { value: termLabel('decision', a.decision) }));
  for (const reason of a.reasons || []) meta.push(termLabel('reason', reason));
  const rating = feedback.ratings.get(message.id);
  const actions = h('div', { class: 'msg-actions' });
  if (feedback.flagged.has(message.id)) {
    markFlagged(actions);
  } else {
    const button = h('button', {
      type: 'button', class: 'btn btn-link btn-small', testid: 'flag-answer', 'aria-expanded': 'false',
      onclick: () => {
        if (actions.querySelector('form')) return;
        button.setAttribute('aria-expanded', 'true');
        const form = flagForm(conversationId, message, actions);
        actions.appendChild(form);
        form.querySelector('textarea').focus();
      },
    }, icon('flag'), h('span', { text: t('flag.action') }));
    actions.appendChild(button);
  }
  return h('div', { class: 'msg-footer' },
    meta.length ? h('span', { class: 'msg-meta', text: meta.join(' · ') }) : null,
    rating ? h('span', {
      class: `rating rating-${rating > 0 ? 'up' : 'down'}`, title: t(rating > 0 ? 'msg.helpful' : 'msg.unhelpful'),
      'aria-label': t(rating > 0 ? 'msg.helpful' : 'msg.unhelpful'), role: 'img', text: rating > 0 ? '👍' : '👎',
    }) : null,
    actions);
}

/** One message as a list item of the thread. `context`: `{conversationId, agentNames, feedback}`. */
export function messageItem(message, context) {
  const author = message.author;
  const note = Boolean(message.is_internal_note);
  const label = authorLabel(message, context.agentNames);
  const time = formatTime(message.created_at);
  const kind = note ? 'note' : author;
  const avatarText = note ? '✎' : author === 'ai' ? 'AI' : author === 'system' ? 'i' : (label || '?').trim().charAt(0).toUpperCase();
  return h('li', {
    class: `msg msg-${kind}`, testid: 'thread-message', id: `msg-${message.id}`,
    dataset: { author, messageId: message.id, sequence: String(message.sequence ?? ''), internal: note ? 'true' : 'false' },
  },
    h('span', { class: 'msg-avatar', 'aria-hidden': 'true', text: avatarText }),
    h('div', { class: 'msg-bubble' },
      h('div', { class: 'msg-head', 'aria-hidden': 'true' },
        h('span', { class: 'msg-author', text: label }),
        author === 'ai' && !note ? icon('bot') : null,
        h('time', { datetime: message.created_at, text: time })),
      h('span', { class: 'sr-only', text: t('author.said', { author: label, time }) }),
      h('p', { class: 'msg-body', text: message.body }),
      author === 'customer' ? customerBadges(message) : null,
      author === 'ai' ? citations(message) : null,
      author === 'ai' ? aiFooter(context.conversationId, message, context.feedback) : null));
}

/** Ratings and flags by message id from `GET …/feedback`. */
export function feedbackIndex(items) {
  const ratings = new Map();
  const flagged = new Set();
  for (const item of items || []) {
    if (item.kind === 'ai_rating' && item.message_id) ratings.set(item.message_id, item.rating);
    if (item.kind === 'ai_flag' && item.message_id) flagged.add(item.message_id);
  }
  return { ratings, flagged };
}
