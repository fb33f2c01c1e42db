// Formatting of times, durations and scores in the current language.

import { language, t } from './i18n.js';

function locale() {
  return language() === 'vi' ? 'vi-VN' : 'en-GB';
}

/** "14:05" today, "12 Mar, 14:05" otherwise. */
export function formatTime(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const now = new Date();
  const sameDay = date.toDateString() === now.toDateString();
  const options = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale(), options).format(date);
}

export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

/** A compact duration: "45s", "12m", "3h 5m", "2d 4h". */
export function formatDuration(ms) {
  const seconds = Math.max(0, Math.round(Math.abs(ms) / 1000));
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days}d ${hours % 24}h` : `${days}d`;
}

export function percent(value) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return '';
  return `${Math.round(Number(value) * 100)}%`;
}

export function money(amount, currency) {
  if (amount === null || amount === undefined) return '';
  try {
    return new Intl.NumberFormat(locale(), { style: 'currency', currency: currency || 'USD' }).format(Number(amount));
  } catch {
    return `${amount} ${currency || ''}`.trim();
  }
}

/** The due time that matters now for a conversation's SLA, and which one it is. */
export function slaTarget(conversation) {
  if (!conversation) return null;
  if (conversation.status === 'resolved' || conversation.status === 'closed') return null;
  if (conversation.first_response_due_at && !conversation.first_response_at) {
    return { kind: 'firstResponse', due: conversation.first_response_due_at };
  }
  if (conversation.resolution_due_at) return { kind: 'resolution', due: conversation.resolution_due_at };
  return null;
}

/** Text and state of an SLA countdown at `now`. */
export function slaState(conversation, now = Date.now()) {
  const target = slaTarget(conversation);
  if (!target) return { text: '—', label: t('sla.none'), breached: false, soon: false };
  const remaining = new Date(target.due).getTime() - now;
  const overdue = remaining < 0;
  const breached = overdue || Boolean(conversation.sla_breached);
  const time = formatDuration(remaining);
  return {
    text: overdue ? `−${time}` : time,
    label: overdue ? t('sla.breachedBy', { time }) : `${t(target.kind === 'firstResponse' ? 'sla.firstResponse' : 'sla.resolution')}: ${t('sla.dueIn', { time })}`,
    breached,
    soon: !breached && remaining < 15 * 60 * 1000,
  };
}

export const PRIORITY_RANK = { p1: 1, p2: 2, p3: 3, p4: 4 };

/** Priority first (P1 first), then the SLA due time (soonest first; none last). */
export function compareConversations(a, b) {
  const pa = PRIORITY_RANK[String(a.priority).toLowerCase()] ?? 9;
  const pb = PRIORITY_RANK[String(b.priority).toLowerCase()] ?? 9;
  if (pa !== pb) return pa - pb;
  const da = a.first_response_due_at ? new Date(a.first_response_due_at).getTime() : Infinity;
  const db = b.first_response_due_at ? new Date(b.first_response_due_at).getTime() : Infinity;
  if (da !== db) return da - db;
  return String(b.last_message_at || b.updated_at || '').localeCompare(String(a.last_message_at || a.updated_at || ''));
}

/** Readable text for an identifier such as `double_charge`. */
export function humanize(value) {
  if (!value) return '';
  const text = String(value).replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
