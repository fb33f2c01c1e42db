// The knowledge page: list articles by language, create, edit, delete and import.

import { api, query, listOf } from '../api.js';
import { h, replace, icon, uid } from '../dom.js';
import { t } from '../i18n.js';
import { formatDate } from '../format.js';
import { openDialog, confirmDialog } from '../dialog.js';
import { toast, toastError } from '../toast.js';

function splitList(text) {
  return String(text || '').split(',').map((s) => s.trim()).filter(Boolean);
}

function labelled(label, control, hint) {
  const id = control.id || uid('f');
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id, text: label }), control, hint ? h('p', { class: 'hint', text: hint }) : null);
}

async function fetchArticles(language) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 20; page += 1) {
    const data = await api.get(`/articles${query({ limit: 100, language, cursor })}`);
    items.push(...listOf(data));
    cursor = data?.next_cursor;
    if (!cursor) break;
  }
  return items;
}

export function renderKnowledge(main) {
  let alive = true;
  let language = sessionStorage.getItem('heed.console.kbLanguage') || '';
  let articles = [];
  const knownLanguages = new Set(['en', 'vi']);

  const filterId = uid('kb-lang');
  const filter = h('select', { id: filterId, testid: 'kb-language-filter', onchange: (event) => {
    language = event.target.value;
    sessionStorage.setItem('heed.console.kbLanguage', language);
    load();
  } });
  const body = h('tbody');
  const table = h('table', { class: 'table', testid: 'kb-list' },
    h('caption', { class: 'sr-only', text: t('kbpage.title') }),
    h('thead', {}, h('tr', {},
      ['title', 'language', 'visibility', 'tags', 'updated'].map((c) => h('th', { scope: 'col', text: t(`kbpage.col.${c}`) })),
      h('th', { scope: 'col', class: 'col-actions' }, h('span', { class: 'sr-only', text: t('kbpage.col.actions') })))),
    body);
  const summary = h('p', { class: 'muted small', role: 'status' });

  function paintFilter() {
    replace(filter,
      h('option', { value: '', text: t('kbpage.allLanguages') }),
      [...knownLanguages].sort().map((code) => h('option', { value: code, text: code, selected: code === language })));
  }

  replace(main,
    h('div', { class: 'page' },
      h('div', { class: 'page-head' },
        h('div', {}, h('h1', { text: t('kbpage.title') }), h('p', { class: 'muted', text: t('kbpage.subtitle') })),
        h('div', { class: 'page-actions' },
          h('div', { class: 'tool' }, h('label', { for: filterId, class: 'tool-label', text: t('kbpage.language') }), filter),
          h('button', { type: 'button', class: 'btn btn-secondary', testid: 'kb-import', onclick: openImport }, icon('upload'), h('span', { text: t('kbpage.import') })),
          h('button', { type: 'button', class: 'btn btn-primary', testid: 'kb-new', onclick: () => openEditor(null) }, icon('plus'), h('span', { text: t('kbpage.new') })))),
      summary,
      h('div', { class: 'table-wrap' }, table)));
  document.title = `${t('kbpage.title')} · Heed`;
  paintFilter();

  function paint() {
    summary.textContent = t('kbpage.count', { count: articles.length });
    if (!articles.length) {
      replace(body, h('tr', {}, h('td', { colspan: '6', class: 'empty', text: t('kbpage.empty') })));
      return;
    }
    replace(body, articles.map((article) => h('tr', { testid: 'kb-article', dataset: { articleId: article.id } },
      h('td', { class: 'cell-title', 'data-label': t('kbpage.col.title') },
        h('button', { type: 'button', class: 'link-button', text: article.title, onclick: () => openEditor(article) }),
        article.source ? h('span', { class: 'muted small block', text: article.source }) : null),
      h('td', { 'data-label': t('kbpage.col.language'), class: 'cell-inline' }, h('span', { class: 'badge badge-lang', text: article.language })),
      h('td', { 'data-label': t('kbpage.col.visibility'), class: 'cell-inline' }, h('span', { class: `badge badge-vis-${article.visibility}`, text: t(`kbpage.${article.visibility === 'internal' ? 'internal' : 'public'}`) })),
      h('td', { 'data-label': t('kbpage.col.tags'), class: 'cell-tags' }, (article.tags || []).map((tag) => h('span', { class: 'tag', text: tag }))),
      h('td', { 'data-label': t('kbpage.col.updated'), class: 'muted small nowrap', text: formatDate(article.updated_at) }),
      h('td', { class: 'col-actions' },
        h('button', { type: 'button', class: 'btn btn-ghost btn-small', 'aria-label': `${t('kbpage.edit')}: ${article.title}`, text: t('kbpage.edit'), onclick: () => openEditor(article) }),
        h('button', { type: 'button', class: 'btn btn-ghost btn-small btn-danger-text', testid: 'kb-delete', 'aria-label': `${t('kbpage.delete')}: ${article.title}`, text: t('kbpage.delete'), onclick: () => remove(article) })))));
  }

  async function load() {
    summary.textContent = t('app.loading');
    try {
      const items = await fetchArticles(language || undefined);
      if (!alive) return;
      articles = items.sort((a, b) => String(a.title).localeCompare(String(b.title)));
      for (const article of articles) if (article.language) knownLanguages.add(article.language);
      paintFilter();
      paint();
    } catch (error) {
      if (alive) {
        summary.textContent = '';
        toastError(error);
      }
    }
  }

  async function remove(article) {
    const ok = await confirmDialog({
      title: t('kbpage.confirmTitle'), body: t('kbpage.confirmBody', { title: article.title }),
      confirmText: t('kbpage.delete'), cancelText: t('kbpage.cancel'),
    });
    if (!ok) return;
    try {
      await api.delete(`/articles/${encodeURIComponent(article.id)}`);
      toast(t('toast.deleted'), { kind: 'success', timeout: 2500 });
      await load();
      const heading = main.querySelector('h1');
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    } catch (error) {
      toastError(error);
    }
  }

  function openEditor(article) {
    const title = h('input', { type: 'text', required: true, value: article?.title || '', testid: 'kb-title' });
    const text = h('textarea', { rows: 10, required: true, testid: 'kb-body' });
    text.value = article?.body || '';
    const lang = h('input', { type: 'text', required: true, value: article?.language || language || 'en', testid: 'kb-language', maxlength: '8', list: 'kb-language-options' });
    const visibility = h('select', { testid: 'kb-visibility' },
      h('option', { value: 'public', text: t('kbpage.f.public'), selected: (article?.visibility || 'public') === 'public' }),
      h('option', { value: 'internal', text: t('kbpage.f.internal'), selected: article?.visibility === 'internal' }));
    const tags = h('input', { type: 'text', value: (article?.tags || []).join(', '), testid: 'kb-tags' });
    const url = h('input', { type: 'url', value: article?.source_url || '', testid: 'kb-url', placeholder: 'https://' });
    const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const save = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'kb-save', text: t('kbpage.save') });
    const form = h('form', {
      class: 'form', novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        if (!title.value.trim() || !text.value.trim() || !lang.value.trim()) {
          error.textContent = t('kbpage.required');
          error.hidden = false;
          return;
        }
        const payload = {
          title: title.value.trim(), body: text.value, language: lang.value.trim().toLowerCase(),
          visibility: visibility.value, tags: splitList(tags.value),
          source_url: url.value.trim() || null,
        };
        if (!article && !payload.source_url) delete payload.source_url;
        save.disabled = true;
        try {
          if (article) await api.patch(`/articles/${encodeURIComponent(article.id)}`, payload);
          else await api.post('/articles', payload);
          toast(t('toast.saved'), { kind: 'success', timeout: 2500 });
          close();
          load();
        } catch (failure) {
          save.disabled = false;
          error.textContent = failure.message || t('app.error');
          error.hidden = false;
        }
      },
    },
      labelled(t('kbpage.f.title'), title),
      labelled(t('kbpage.f.body'), text),
      h('div', { class: 'field-row' },
        labelled(t('kbpage.f.language'), lang),
        labelled(t('kbpage.f.visibility'), visibility)),
      h('datalist', { id: 'kb-language-options' }, [...knownLanguages].map((code) => h('option', { value: code }))),
      labelled(t('kbpage.f.tags'), tags),
      labelled(t('kbpage.f.url'), url),
      error,
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', class: 'btn btn-secondary', text: t('kbpage.cancel'), onclick: () => close() }),
        save));
    const { close } = openDialog({ title: article ? t('kbpage.editTitle') : t('kbpage.newTitle'), content: form, testid: 'kb-editor' });
  }

  function openImport() {
    const source = h('input', { type: 'text', required: true, value: 'console-import', testid: 'kb-import-source' });
    const lang = h('input', { type: 'text', maxlength: '8', placeholder: 'en', testid: 'kb-import-language' });
    const files = h('input', { type: 'file', multiple: true, accept: '.md,.markdown,.html,.htm,.txt,.csv,.jsonl,.json', testid: 'kb-import-files' });
    const pastePath = h('input', { type: 'text', value: 'pasted.md', testid: 'kb-import-path' });
    const paste = h('textarea', { rows: 8, testid: 'kb-import-content', placeholder: '# Title\n\nText…' });
    const removeMissing = h('input', { type: 'checkbox', id: uid('remove-missing') });
    const error = h('p', { class: 'form-error', role: 'alert', hidden: true });
    const run = h('button', { type: 'submit', class: 'btn btn-primary', testid: 'kb-import-run', text: t('kbpage.importRun') });
    const form = h('form', {
      class: 'form', novalidate: true,
      onsubmit: async (event) => {
        event.preventDefault();
        error.hidden = true;
        const list = [];
        for (const file of files.files || []) list.push({ path: file.name, content: await file.text() });
        if (paste.value.trim()) list.push({ path: pastePath.value.trim() || 'pasted.md', content: paste.value });
        if (!list.length || !source.value.trim()) {
          error.textContent = t('kbpage.importNothing');
          error.hidden = false;
          return;
        }
        const payload = { source: source.value.trim(), files: list, remove_missing: removeMissing.checked };
        if (lang.value.trim()) payload.language = lang.value.trim().toLowerCase();
        run.disabled = true;
        try {
          const result = await api.post('/articles/import', payload);
          const count = (key) => {
            const value = result?.[key];
            return Array.isArray(value) ? value.length : (value ?? 0);
          };
          toast(t('toast.imported', { created: count('added'), updated: count('updated'), unchanged: count('unchanged'), removed: count('removed') }), { kind: 'success' });
          close();
          load();
        } catch (failure) {
          run.disabled = false;
          error.textContent = failure.message || t('app.error');
          error.hidden = false;
        }
      },
    },
      h('p', { class: 'muted small', text: t('kbpage.importHelp') }),
      h('div', { class: 'field-row' },
        labelled(t('kbpage.importSource'), source),
        labelled(t('kbpage.importLanguage'), lang)),
      labelled(t('kbpage.importFiles'), files),
      labelled(t('kbpage.importPastePath'), pastePath),
      labelled(t('kbpage.importPaste'), paste),
      h('div', { class: 'check' }, removeMissing, h('label', { for: removeMissing.id, text: t('kbpage.importRemove') })),
      error,
      h('div', { class: 'form-actions' },
        h('button', { type: 'button', class: 'btn btn-secondary', text: t('kbpage.cancel'), onclick: () => close() }),
        run));
    const { close } = openDialog({ title: t('kbpage.importTitle'), content: form, testid: 'kb-import-dialog' });
  }

  load();
  return () => {
    alive = false;
  };
}
