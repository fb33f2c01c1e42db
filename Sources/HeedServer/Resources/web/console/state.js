// What the console knows about the signed-in agent and the workspace, with small caches of teams, agents and
// customers shared by the views.

import { api, query, listOf } from './api.js';
import { t } from './i18n.js';

export const session = {
  agent: null,
  workspace: null,
  expiresAt: null,
};

export function isAdmin() {
  return session.agent?.role === 'admin';
}

let teamsPromise = null;
let agentsPromise = null;
const customers = new Map();

export function clearCaches() {
  teamsPromise = null;
  agentsPromise = null;
  customers.clear();
}

async function allPages(path, params = {}) {
  const items = [];
  let cursor = null;
  for (let page = 0; page < 10; page += 1) {
    const data = await api.get(`${path}${query({ ...params, limit: 100, cursor })}`);
    items.push(...listOf(data));
    cursor = data?.next_cursor;
    if (!cursor) break;
  }
  return items;
}

/** The workspace's teams (cached; `refresh` reloads). */
export function teams(refresh = false) {
  if (!teamsPromise || refresh) {
    teamsPromise = allPages('/teams').catch((error) => {
      teamsPromise = null;
      throw error;
    });
  }
  return teamsPromise;
}

export function agents(refresh = false) {
  if (!agentsPromise || refresh) {
    agentsPromise = allPages('/agents').catch((error) => {
      agentsPromise = null;
      throw error;
    });
  }
  return agentsPromise;
}

/** A customer by id (cached for the session of the page). */
export function customer(id, refresh = false) {
  if (!id) return Promise.resolve(null);
  if (!customers.has(id) || refresh) {
    const promise = api.get(`/customers/${encodeURIComponent(id)}`).catch((error) => {
      customers.delete(id);
      throw error;
    });
    customers.set(id, promise);
  }
  return customers.get(id);
}

/** The customer's display name, falling back to email or a short id. */
export function customerName(c) {
  if (!c) return null;
  if (c.name || c.email || c.phone) return c.name || c.email || c.phone;
  // Anonymous widget visitors: "Visitor 2e99" rather than the whole generated id.
  const visitor = /^visitor:([0-9a-z]{4})/i.exec(c.external_id || '');
  if (visitor) return t('customer.visitor', { id: visitor[1] });
  return c.external_id ? `#${c.external_id}` : null;
}
