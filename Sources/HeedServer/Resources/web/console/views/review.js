// The review queue: answers customers or agents found wanting, poor ratings and questions the AI could not answer.
// A reviewer teaches the right article the customer's question — checked first, on a copy of the knowledge base,
// for whether it then finds the article and breaks no other question — or dismisses the item.

import { api, query, listOf } from '../api.js';
import { h, replace, uid } from '../dom.js';
import { t } from '../i18n.js';
import { formatTime } from '../format.js';
import { toast, toastError } from '../toast.js';

async function publicArticles() {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 20; page += 1) {
    const data = await api.get(`/articles${query({ limit: 100, cursor })}`);
    items.push(...listOf(data).filter((a) => a.visibility === 'public'));
    cursor = data?.next_cursor;
    if (!cursor) break;
  }
  return items.sort((a, b) => `${a.language} ${a.title}`.localeCompare(`${b.language} ${b.title}`));
}

function target(item) {
  return {
    conversation_id: item.conversation_id,
    feedback_id: item.feedback_id || undefined,
    answer_message_id: item.feedback_id ? undefined : item.answer_message_id || undefined,
  };
}

function checkSummary(check, articles) {
  const title = (id) => articles.find((a) => a.id.toLowerCase() === String(id || '').toLowerCase())?.title || id || t('review.none');
  const lines = [
    h('li', { class: check.fixes ? 'trend-good' : 'trend-bad', text: check.fixes ? t('review.fixes') : t('review.doesNotFix', { now: title(check.before) }) }),
    h('li', { class: check.regressions.length ? 'trend-bad' : 'trend-good',
      text: check.regressions.length ? t('review.regressions', { count: check.regressions.length }) : t('review.noRegressions', { count: check.checked }) }),
    check.regressions.slice(0, 3).map((r) => h('li', { class: 'muted small', text: `“${r.question}” → ${title(r.now_first)}` })),
  ];
  return h('ul', { class: 'check-result', testid: 'review-check-result' }, lines);
}

function itemCard(item, articles, onDone) {
  const articleSelect = h('select', { testid: 'review-article', 'aria-label': t('review.article') },
    h('option', { value: '', text: t('review.chooseArticle') }),
    articles.map((a) => h('option', { value: a.id, text: `${a.title} (${a.language})`,
      selected: item.cited_article_id && a.id.toLowerCase() === item.cited_article_id.toLowerCase() })));
  const questionId = uid('q');
  const question = h('input', { id: questionId, type: 'text', testid: 'review-question', value: item.question || '' });
  const result = h('div', { 'aria-live': 'polite' });
  const learn = h('button', { type: 'button', class: 'btn btn-primary', testid: 'review-learn', disabled: true, text: t('review.learn') });
  const decision = () => ({ ...target(item), article_id: articleSelect.value, question: question.value.trim() });
  const reset = () => { learn.disabled = true; replace(result); };
  articleSelect.addEventListener('change', reset);
  question.addEventListener('input', reset);
  const check = h('button', { type: 'button', class: 'btn btn-secondary', testid: 'review-check', text: t('review.check'), onclick: async () => {
    if (!articleSelect.value || !question.value.trim()) { toast(t('review.needBoth'), { kind: 'error' }); return; }
    try {
      const outcome = await api.post('/review-queue/check', decision());
      replace(result, checkSummary(outcome, articles));
      learn.disabled = !outcome.passes;
    } catch (error) { toastError(error); }
  } });
  learn.addEventListener('click', async () => {
    try {
      await api.post('/review-queue/learn', decision());
      toast(t('review.learned'));
      onDone(item);
    } catch (error) { toastError(error); }
  });
  const draft = item.correction ? h('button', { type: 'button', class: 'btn btn-secondary', testid: 'review-draft', text: t('review.draft'), onclick: async () => {
    try {
      await api.post('/review-queue/draft', { ...target(item), title: (item.question || t('review.draftTitle')).slice(0, 300),
        body: item.correction, language: item.language || 'en' });
      toast(t('review.drafted'));
      onDone(item);
    } catch (error) { toastError(error); }
  } }) : null;
  const dismiss = h('button', { type: 'button', class: 'btn btn-ghost', testid: 'review-dismiss', text: t('review.dismiss'), onclick: async () => {
    try {
      await api.post('/review-queue/dismiss', target(item));
      onDone(item);
    } catch (error) { toastError(error); }
  } });
  return h('li', { class: 'card review-item', testid: 'review-item', dataset: { kind: item.kind, conversationId: item.conversation_id } },
    h('div', { class: 'review-head' },
      h('span', { class: `badge review-kind kind-${item.kind}`, text: t(`review.kind.${item.kind}`) }),
      item.rating !== null && item.rating !== undefined && item.kind === 'low_rating' ? h('span', { class: 'muted small', text: `CSAT ${item.rating}` }) : null,
      h('span', { class: 'muted small', text: formatTime(item.created_at) }),
      h('a', { href: `#/conversations/${encodeURIComponent(item.conversation_id.toLowerCase())}`, class: 'small', text: t('review.open') })),
    h('dl', { class: 'review-texts' },
      h('dt', { text: t('review.customerAsked') }), h('dd', { text: item.question || '—' }),
      h('dt', { text: t('review.aiAnswered') }), h('dd', { text: item.answer || '—' }),
      item.correction ? [h('dt', { text: t('review.correction') }), h('dd', { text: item.correction })] : null),
    h('div', { class: 'review-teach' },
      h('label', { for: questionId, class: 'tool-label', text: t('review.teach') }), question, articleSelect,
      h('div', { class: 'review-actions' }, check, learn, draft, dismiss)),
    result);
}

export function renderReview(main) {
  let alive = true;
  const list = h('ol', { class: 'review-list', testid: 'review-list' });
  const status = h('p', { class: 'muted small', role: 'status', text: t('app.loading') });
  replace(main, h('div', { class: 'page page-narrow' },
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', { text: t('review.title') }), h('p', { class: 'muted', text: t('review.subtitle') }))),
    status, list));
  document.title = `${t('review.title')} · Heed`;

  async function load() {
    try {
      const [queue, articles] = await Promise.all([api.get(`/review-queue${query({ limit: 100 })}`), publicArticles()]);
      if (!alive) return;
      const items = listOf(queue);
      const counted = () => {
        status.textContent = list.children.length ? t('review.count', { count: list.children.length }) : t('review.empty');
      };
      replace(list, items.map((item) => {
        const card = itemCard(item, articles, () => { card.remove(); counted(); });
        return card;
      }));
      counted();
    } catch (error) {
      if (alive) status.textContent = error.message || t('app.error');
    }
  }

  load();
  return () => { alive = false; };
}
