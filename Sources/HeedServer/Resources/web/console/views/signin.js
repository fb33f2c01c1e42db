// The sign-in page.

import { h, replace } from '../dom.js';
import { t, language, languages, setLanguage } from '../i18n.js';

/** Renders the sign-in form; `onSubmit(email, password)` signs in or throws. */
export function renderSignIn(main, { note, onSubmit }) {
  const email = h('input', {
    id: 'signin-email', type: 'email', name: 'email', autocomplete: 'username', required: true,
    testid: 'console-email', spellcheck: 'false',
  });
  const password = h('input', {
    id: 'signin-password', type: 'password', name: 'password', autocomplete: 'current-password', required: true,
    testid: 'console-password',
  });
  const error = h('p', { class: 'form-error', role: 'alert', testid: 'console-signin-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block', testid: 'console-signin', text: t('signin.submit') });

  const showError = (text) => {
    error.textContent = text;
    error.hidden = false;
  };

  const form = h('form', {
    class: 'signin-form', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      error.hidden = true;
      if (!email.value.trim() || !password.value) {
        showError(t('signin.missing'));
        (email.value.trim() ? password : email).focus();
        return;
      }
      submit.disabled = true;
      submit.textContent = t('signin.busy');
      try {
        await onSubmit(email.value.trim(), password.value);
      } catch (failure) {
        submit.disabled = false;
        submit.textContent = t('signin.submit');
        if (failure.status === 401 || failure.code === 'invalid_credentials') showError(t('signin.invalid'));
        else if (failure.status === 0) showError(t('app.offline'));
        else showError(failure.message || t('app.error'));
        password.select();
        password.focus();
      }
    },
  },
    h('div', { class: 'field' }, h('label', { for: 'signin-email', text: t('signin.email') }), email),
    h('div', { class: 'field' }, h('label', { for: 'signin-password', text: t('signin.password') }), password),
    error,
    submit);

  const languageSelect = h('select', {
    class: 'lang-select', 'aria-label': t('header.language'),
    onchange: (event) => {
      setLanguage(event.target.value);
      renderSignIn(main, { note, onSubmit });
    },
  }, languages.map((l) => h('option', { value: l.code, text: l.name, selected: l.code === language() })));

  replace(main,
    h('div', { class: 'signin-page' },
      h('section', { class: 'signin-card', 'aria-labelledby': 'signin-title' },
        h('div', { class: 'signin-brand' },
          h('span', { class: 'brand-mark', 'aria-hidden': 'true', text: 'H' }),
          languageSelect),
        h('h1', { id: 'signin-title', text: t('signin.title') }),
        h('p', { class: 'muted', text: t('signin.subtitle') }),
        note ? h('p', { class: 'notice', role: 'status', testid: 'signin-note', text: note }) : null,
        form)));
  document.title = `${t('signin.title')}`;
  email.focus();
}
