// The console's words in English and Vietnamese. `t(key, vars)` fills `{name}` placeholders.

import { en } from './locales/en.js';
import { vi } from './locales/vi.js';

const STORAGE_KEY = 'heed.console.language';

const dictionaries = { en, vi };
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'vi', name: 'Tiếng Việt' },
];

function initialLanguage() {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && dictionaries[stored]) return stored;
  const preferred = (navigator.languages || [navigator.language || 'en']).map((l) => String(l).slice(0, 2).toLowerCase());
  return preferred.find((l) => dictionaries[l]) || 'en';
}

let current = initialLanguage();
document.documentElement.lang = current;

export function language() {
  return current;
}

export function setLanguage(code) {
  if (!dictionaries[code]) return;
  current = code;
  localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = code;
}

/** The text for `key` in the current language (English, then the key itself, as fallbacks). */
export function t(key, vars) {
  let text = dictionaries[current][key] ?? en[key] ?? key;
  if (vars) text = text.replace(/\{(\w+)\}/g, (_, name) => (vars[name] ?? ''));
  return text;
}

/** Whether a key exists (for optional labels such as escalation reasons). */
export function has(key) {
  return key in en;
}

/** The translation of `prefix.value` when there is one, else the value made readable. */
export function label(prefix, value) {
  if (value === null || value === undefined || value === '') return '';
  const key = `${prefix}.${value}`;
  if (key in en) return t(key);
  const text = String(value).replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
