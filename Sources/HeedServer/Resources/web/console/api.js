// Talks to the Heed API with the session cookie; sends the CSRF token on unsafe requests.

const CSRF_KEY = 'heed.console.csrf';

/** An error answered by the server (`status`, `code`) or a network failure (`status` 0). */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

let onUnauthorized = () => {};

/** Called with the error when any request (other than signing in) answers 401. */
export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

export function csrfToken() {
  return sessionStorage.getItem(CSRF_KEY);
}

export function setCsrfToken(token) {
  if (token) sessionStorage.setItem(CSRF_KEY, token);
  else sessionStorage.removeItem(CSRF_KEY);
}

/** Sends a request to `/api/v1{path}`; resolves with the decoded JSON (or null for 204). */
export async function request(method, path, body, { quietUnauthorized = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) headers['X-CSRF-Token'] = token;
  }
  let response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, 'network', error.message);
  }
  if (response.status === 204) return null;
  let data = null;
  const text = await response.text();
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, data?.error?.code, data?.error?.message);
    if (response.status === 401 && !quietUnauthorized) onUnauthorized(error);
    throw error;
  }
  return data;
}

export const api = {
  get: (path, options) => request('GET', path, undefined, options),
  post: (path, body, options) => request('POST', path, body ?? {}, options),
  put: (path, body) => request('PUT', path, body ?? {}),
  patch: (path, body) => request('PATCH', path, body ?? {}),
  delete: (path) => request('DELETE', path),
};

/** Builds a query string from the defined values of `params`. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The items of a list answer (`{"data": [...]}` pages or `{"items": [...]}`). */
export function listOf(data) {
  if (Array.isArray(data)) return data;
  return data?.items || data?.data || [];
}

/** A random id for `client_message_id`. */
export function clientId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
