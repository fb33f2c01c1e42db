// The report page: headline KPIs with trends, a chart per day, AI vs human, what customers ask about and which
// topics the AI hands off, and a drill-down from any of them to the conversations behind it. Charts are SVG drawn
// here; every figure comes from /api/v1/reports/….

import { api, query } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { formatDate, formatTime, formatDuration, percent, humanize } from '../format.js';

const SVG = 'http://www.w3.org/2000/svg';
const PERIODS = [7, 28, 56];
/** Headline KPIs: how each is shown, and whether a rise is good news. */
const HEADLINES = [
  { key: 'conversations', kind: 'count', better: null },
  { key: 'ai_resolution_rate', kind: 'rate', better: 'up' },
  { key: 'handoff_rate', kind: 'rate', better: 'down' },
  { key: 'first_response_seconds', kind: 'duration', better: 'down' },
  { key: 'full_resolution_seconds', kind: 'duration', better: 'down' },
  { key: 'first_contact_resolution', kind: 'rate', better: 'up' },
  { key: 'csat', kind: 'rate', better: 'up' },
  { key: 'nps', kind: 'score', better: 'up' },
  { key: 'sla_attainment', kind: 'rate', better: 'up' },
  { key: 'cost_per_conversation', kind: 'money', better: 'down' },
];
const CHART_METRICS = ['conversations', 'ai_resolution_rate', 'handoff_rate', 'csat', 'first_response_seconds'];
const COMPARED = ['conversations', 'resolved', 'first_response_seconds', 'full_resolution_seconds', 'handle_seconds',
  'csat', 'reopen_rate', 'cost_per_conversation'];

function kindOf(key) {
  return HEADLINES.find((x) => x.key === key)?.kind
    || (key.endsWith('_seconds') ? 'duration' : key.endsWith('_rate') ? 'rate' : 'count');
}

/** A KPI's value as people read it; an em dash where there is none yet. */
export function show(key, value) {
  if (value === null || value === undefined) return '—';
  switch (kindOf(key)) {
    case 'rate': return percent(value);
    case 'duration': return formatDuration(value * 1000);
    case 'score': return String(Math.round(value));
    case 'money': return Number(value).toFixed(2);
    default: return String(Math.round(value));
  }
}

/** The trend from `before` to `now`: an arrow, the change, and whether it is good news. */
function trend(metric, now, before) {
  if (now === null || now === undefined || before === null || before === undefined) return null;
  const delta = now - before;
  if (Math.abs(delta) < 1e-9) return { arrow: '→', text: t('reports.same'), tone: 'flat' };
  const relative = before !== 0 && kindOf(metric.key) !== 'rate' && kindOf(metric.key) !== 'score'
    ? `${Math.round((delta / Math.abs(before)) * 100)}%`
    : kindOf(metric.key) === 'rate' ? `${Math.round(delta * 100)} pt` : `${Math.round(delta)}`;
  if (/^-?0( pt|%)?$/.test(relative)) return { arrow: '≈', text: t('reports.same'), tone: 'flat' };
  const good = metric.better === null ? null : (delta > 0) === (metric.better === 'up');
  return {
    arrow: delta > 0 ? '▲' : '▼',
    text: `${delta > 0 ? '+' : ''}${relative.replace(/^-/, '−')}`,
    tone: good === null ? 'flat' : good ? 'good' : 'bad',
  };
}

function svg(tag, attributes = {}) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** The days of the last `days` days, as the API's `from`/`to` (both included). */
function lastDays(days) {
  const day = (date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const end = new Date();
  const start = new Date(end.getFullYear(), end.getMonth(), end.getDate() - (days - 1));
  return { from: day(start), to: day(end) };
}

/** A bar per point; each bar opens the conversations of its day. */
function barChart(report, metric, onPick) {
  const width = 720;
  const height = 220;
  const pad = { left: 44, right: 8, top: 12, bottom: 28 };
  const points = report.points || [];
  const values = points.map((p) => (metric === 'conversations' ? p.conversations : p.value));
  const top = Math.max(kindOf(metric) === 'rate' ? 1 : 0, ...values.filter((v) => v !== null && v !== undefined), 1e-9);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'data-testid': 'report-chart',
    'aria-label': t('reports.chartLabel', { metric: t(`reports.kpi.${metric}`) }) });
  const plotHeight = height - pad.top - pad.bottom;
  for (const fraction of [0, 0.5, 1]) {
    const y = pad.top + plotHeight * (1 - fraction);
    chart.appendChild(svg('line', { x1: pad.left, x2: width - pad.right, y1: y, y2: y, class: 'chart-grid' }));
    const label = svg('text', { x: pad.left - 6, y: y + 4, class: 'chart-axis', 'text-anchor': 'end' });
    label.textContent = show(metric, top * fraction);
    chart.appendChild(label);
  }
  const slot = (width - pad.left - pad.right) / Math.max(points.length, 1);
  points.forEach((point, index) => {
    const value = values[index];
    const barHeight = value === null || value === undefined ? 0 : (value / top) * plotHeight;
    const x = pad.left + slot * index + slot * 0.15;
    const bar = svg('rect', {
      x, y: pad.top + plotHeight - barHeight, width: Math.max(slot * 0.7, 1), height: Math.max(barHeight, 0.5),
      rx: 2, class: 'chart-bar', tabindex: 0, role: 'button', 'data-testid': 'chart-bar',
      'data-start': point.start, 'data-conversations': point.conversations,
      'aria-label': `${formatDate(point.start)}: ${show(metric, value)} (${t('reports.conversationsCount', { count: point.conversations })})`,
    });
    const title = svg('title');
    title.textContent = bar.getAttribute('aria-label');
    bar.appendChild(title);
    const pick = () => onPick(point, points[index + 1]?.start || report.to);
    bar.addEventListener('click', pick);
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); pick(); }
    });
    chart.appendChild(bar);
    if (points.length <= 14 || index % Math.ceil(points.length / 8) === 0) {
      const label = svg('text', { x: x + slot * 0.35, y: height - 8, class: 'chart-axis', 'text-anchor': 'middle' });
      label.textContent = new Date(point.start).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
      chart.appendChild(label);
    }
  });
  return chart;
}

function headlineCards(summary) {
  return h('div', { class: 'kpi-grid', testid: 'kpi-cards' }, HEADLINES.map((metric) => {
    const now = summary.current?.[metric.key];
    const change = trend(metric, now, summary.previous?.[metric.key]);
    return h('div', { class: 'kpi-card', testid: `kpi-${metric.key}` },
      h('div', { class: 'kpi-label', text: t(`reports.kpi.${metric.key}`) }),
      h('div', { class: 'kpi-value', text: show(metric.key, now) }),
      change
        ? h('div', { class: `kpi-trend trend-${change.tone}`, title: t('reports.vsPrevious') },
          h('span', { 'aria-hidden': 'true', text: `${change.arrow} ` }), change.text,
          h('span', { class: 'sr-only', text: ` ${t('reports.vsPrevious')}` }))
        : h('div', { class: 'kpi-trend trend-flat', text: t('reports.noPrevious') }));
  }));
}

function comparisonTable(summary) {
  const ai = summary.comparison?.ai || {};
  const human = summary.comparison?.human || {};
  return h('table', { class: 'table table-compact', testid: 'ai-vs-human' },
    h('caption', { class: 'sr-only', text: t('reports.aiVsHuman') }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('reports.measure') }),
      h('th', { scope: 'col', text: t('reports.ai') }), h('th', { scope: 'col', text: t('reports.human') }))),
    h('tbody', {}, COMPARED.map((key) => h('tr', {},
      h('th', { scope: 'row', text: t(`reports.kpi.${key}`) }),
      h('td', { text: show(key, ai[key]) }), h('td', { text: show(key, human[key]) })))));
}

/** What customers ask about most (and what rose since the period before), and which topics the AI hands off. */
function insights(breakdown, onPick) {
  const rows = (breakdown.rows || []).filter((row) => row.key);
  const rising = rows
    .map((row) => ({ row, rise: (row.current?.conversations || 0) - (row.previous?.conversations || 0) }))
    .filter((x) => x.rise > 0).sort((a, b) => b.rise - a.rise).slice(0, 5);
  const handedOff = rows.filter((row) => (row.current?.conversations || 0) >= 3 && row.current?.handoff_rate)
    .sort((a, b) => b.current.handoff_rate - a.current.handoff_rate).slice(0, 5);
  const item = (row, detail) => h('li', {},
    h('button', { type: 'button', class: 'link-button', testid: 'insight-intent', text: humanize(row.key),
      onclick: () => onPick(row.key) }),
    h('span', { class: 'muted small', text: ` ${detail}` }));
  const list = (title, items, testid) => h('div', { class: 'insight', testid },
    h('h3', { text: title }),
    items.length ? h('ol', {}, items) : h('p', { class: 'muted small', text: t('reports.nothingYet') }));
  return h('div', { class: 'insight-grid' },
    list(t('reports.topIntents'), rows.slice(0, 5).map((row) =>
      item(row, t('reports.conversationsCount', { count: row.current?.conversations || 0 }))), 'top-intents'),
    list(t('reports.rising'), rising.map(({ row, rise }) => item(row, `+${rise}`)), 'rising-intents'),
    list(t('reports.handedOffMost'), handedOff.map((row) => item(row, percent(row.current.handoff_rate))), 'handed-off-intents'));
}

/** The questions the AI could not answer (the knowledge the base is missing), with the way to the review queue. */
function missingKnowledge(review) {
  if (!review) return null;
  const unanswered = (review.data || []).filter((item) => item.kind === 'abstained');
  return h('div', { class: 'insight', testid: 'missing-knowledge' },
    h('h3', { text: t('reports.missing') }),
    unanswered.length
      ? h('ol', {}, unanswered.slice(0, 5).map((item) => h('li', { class: 'small', text: item.question || '—' })))
      : h('p', { class: 'muted small', text: t('reports.nothingYet') }),
    h('a', { href: '#/review', class: 'small', testid: 'missing-knowledge-review',
      text: t('reports.toReview', { count: unanswered.length }) }));
}

function drillTable(report, title) {
  const rows = report.rows || [];
  return h('section', { class: 'card drill', testid: 'drilldown', 'aria-live': 'polite' },
    h('h2', { text: title }),
    h('p', { class: 'muted small', text: t('reports.drillCount', { shown: rows.length, total: report.total }) }),
    rows.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'table table-compact' },
      h('thead', {}, h('tr', {}, ['opened', 'channel', 'language', 'intent', 'outcome', 'csat']
        .map((c) => h('th', { scope: 'col', text: t(`reports.col.${c}`) })))),
      h('tbody', {}, rows.map((row) => h('tr', { testid: 'drill-row', dataset: { conversationId: row.conversation_id } },
        h('td', {}, h('a', { href: `#/conversations/${encodeURIComponent(row.conversation_id.toLowerCase())}`,
          testid: 'drill-link', text: formatTime(row.created_at) })),
        h('td', { text: row.channel || '—' }), h('td', { text: row.language || '—' }),
        h('td', { text: humanize(row.intent) || '—' }),
        h('td', { text: row.ai_resolved ? t('reports.outcome.ai') : row.handed_off ? t('reports.outcome.human')
          : row.resolved ? t('reports.outcome.resolved') : t('reports.outcome.open') }),
        h('td', { text: row.csat ?? '—' }))))))
      : h('p', { class: 'empty', text: t('reports.noConversations') }));
}

export function renderReports(main) {
  let alive = true;
  let days = Number(sessionStorage.getItem('heed.console.reportDays')) || 28;
  let metric = sessionStorage.getItem('heed.console.reportMetric') || 'conversations';
  const status = h('p', { class: 'muted small', role: 'status', text: t('app.loading') });
  const body = h('div', { class: 'report-body' });
  const drill = h('div', {});
  const periodSelect = h('select', { testid: 'report-period', 'aria-label': t('reports.period'), onchange: (event) => {
    days = Number(event.target.value);
    sessionStorage.setItem('heed.console.reportDays', String(days));
    load();
  } }, PERIODS.map((d) => h('option', { value: d, selected: d === days, text: t('reports.lastDays', { days: d }) })));
  const exportLink = h('a', { class: 'btn btn-secondary', testid: 'report-export', text: t('reports.export') });
  replace(main, h('div', { class: 'page' },
    h('div', { class: 'page-head' },
      h('div', {}, h('h1', { text: t('reports.title') }), h('p', { class: 'muted', text: t('reports.subtitle') })),
      h('div', { class: 'page-actions' }, periodSelect,
        h('a', { class: 'btn btn-secondary', href: '#/quality', testid: 'report-quality', text: t('reports.quality') }), exportLink)),
    status, body, drill));
  document.title = `${t('reports.title')} · Heed`;

  async function openDrill(params, title) {
    replace(drill, h('p', { class: 'muted small', text: t('app.loading') }));
    const report = await api.get(`/reports/conversations${query({ ...params, limit: 100 })}`);
    if (!alive) return;
    replace(drill, drillTable(report, title));
    drill.scrollIntoView?.({ block: 'nearest' });
  }

  async function load() {
    const period = lastDays(days);
    exportLink.href = `/api/v1/reports/conversations.csv${query(period)}`;
    status.textContent = t('app.loading');
    replace(drill);
    try {
      const [summary, series, intents, review] = await Promise.all([
        api.get(`/reports/summary${query(period)}`),
        api.get(`/reports/timeseries${query({ ...period, metric, interval: 'day' })}`),
        api.get(`/reports/breakdown${query({ ...period, by: 'intent' })}`),
        api.get(`/review-queue${query({ limit: 200 })}`).catch(() => null),
      ]);
      if (!alive) return;
      const metricSelect = h('select', { testid: 'report-metric', 'aria-label': t('reports.metric'), onchange: (event) => {
        metric = event.target.value;
        sessionStorage.setItem('heed.console.reportMetric', metric);
        load();
      } }, CHART_METRICS.map((m) => h('option', { value: m, selected: m === metric, text: t(`reports.kpi.${m}`) })));
      const pickDay = (point, end) => openDrill({ from: point.start, to: end },
        t('reports.drillDay', { day: formatDate(point.start) }));
      const pickIntent = (intent) => openDrill({ ...period, by: 'intent', value: intent },
        t('reports.drillIntent', { intent: humanize(intent) }));
      status.textContent = t('reports.periodNote', { from: formatDate(summary.from), to: formatDate(new Date(new Date(summary.to).getTime() - 1)) });
      replace(body,
        headlineCards(summary),
        h('section', { class: 'card' },
          h('div', { class: 'card-head' }, h('h2', { text: t('reports.perDay') }), metricSelect),
          h('p', { class: 'muted small', text: t('reports.chartHint') }),
          barChart(series, metric, pickDay)),
        h('div', { class: 'report-columns' },
          h('section', { class: 'card' }, h('h2', { text: t('reports.aiVsHuman') }), comparisonTable(summary)),
          h('section', { class: 'card' }, h('h2', { text: t('reports.insights') }), insights(intents, pickIntent),
            missingKnowledge(review))));
    } catch (error) {
      if (!alive) return;
      status.textContent = error.message || t('app.error');
    }
  }

  load();
  return () => { alive = false; };
}
