// fetch wrapper for the gateway: JSON in and out, the CSRF header on every state-changing call,
// RFC 9457 problem details turned into ApiError, and (on staff pages) 401 -> /login.
//
//   import {api, ApiError} from '/js/api.js';
//   const page = await api.get('/api/helpdesk/tickets', {status: 'OPEN', page: 0});
//   await api.post(`/api/helpdesk/tickets/${id}/answer`, {text, language});

export class ApiError extends Error {
  constructor(status, problem = {}, retryAfter = null) {
    super(problem.detail || problem.title || 'HTTP ' + status);
    this.name = 'ApiError';
    this.status = status; // 0 = network failure
    this.title = problem.title || null;
    this.detail = problem.detail || null;
    this.type = problem.type || null;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfter = retryAfter; // seconds, for 429 / 503
    this.problem = problem;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function cookie(name) {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

/** Makes sure the XSRF-TOKEN cookie exists (the gateway sets it on GET /api/auth/me). */
export async function ensureCsrfCookie() {
  if (cookie('XSRF-TOKEN')) return cookie('XSRF-TOKEN');
  try {
    await fetch('/api/auth/me', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  } catch {
    // the real call that follows reports the network problem
  }
  return cookie('XSRF-TOKEN');
}

function isStaffPage() {
  return location.pathname.startsWith('/staff/');
}

export function redirectToLogin() {
  const next = location.pathname + location.search;
  location.assign('/login?next=' + encodeURIComponent(next));
}

function parseRetryAfter(value) {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - Date.now()) / 1000));
}

function withQuery(path, params) {
  if (!params) return path;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.append(k, String(v));
  }
  const qs = query.toString();
  return qs ? path + (path.includes('?') ? '&' : '?') + qs : path;
}

/**
 * request(method, path, {params, body, form, headers, redirectOn401})
 * body is sent as JSON, form (an object) as application/x-www-form-urlencoded.
 * Resolves to the parsed JSON (or null for 204); rejects with ApiError.
 */
export async function request(method, path, options = {}) {
  const headers = {Accept: 'application/json, application/problem+json'};
  let body;
  if (options.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (options.headers) Object.assign(headers, options.headers);
  if (UNSAFE.has(method)) {
    const token = await ensureCsrfCookie();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let response;
  try {
    response = await fetch(withQuery(path, options.params), {
      method, headers, body, credentials: 'same-origin', signal: options.signal,
    });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, {title: 'network'});
  }
  if (response.status === 403 && UNSAFE.has(method) && !options.csrfRetried) {
    // a stale CSRF token (new session, token rotated at sign-in): fetch a fresh one and retry once;
    // a 403 for a missing role simply comes back again
    const before = headers['X-XSRF-TOKEN'];
    try {
      await fetch('/api/auth/me', {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    } catch {
      // fall through to the 403
    }
    if (cookie('XSRF-TOKEN') && cookie('XSRF-TOKEN') !== before) {
      return request(method, path, {...options, csrfRetried: true});
    }
  }
  // a lost session while saving must not throw away what someone typed: unsafe requests report
  // the 401 (the page offers a sign-in link in a new tab) instead of navigating away
  const redirect401 = options.redirectOn401 ?? (isStaffPage() && !UNSAFE.has(method));
  if (response.status === 401 && redirect401) {
    redirectToLogin();
    // keep the page quiet while the browser navigates away
    return new Promise(() => {});
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  let data = null;
  if (type.includes('json')) {
    try {
      data = await response.json();
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    throw new ApiError(response.status, data && typeof data === 'object' ? data : {},
      parseRetryAfter(response.headers.get('Retry-After')));
  }
  if (data === null && !type.includes('json')) {
    // an HTML page where JSON was expected: usually the login page after a lost session
    if (type.includes('text/html') && isStaffPage() && response.redirected) {
      redirectToLogin();
      return new Promise(() => {});
    }
  }
  return data;
}

export const api = {
  get: (path, params, options = {}) => request('GET', path, {...options, params}),
  post: (path, body, options = {}) => request('POST', path, {...options, body}),
  put: (path, body, options = {}) => request('PUT', path, {...options, body}),
  patch: (path, body, options = {}) => request('PATCH', path, {...options, body}),
  del: (path, options = {}) => request('DELETE', path, options),
};

/** Lists come as {items, page, size, total}; some endpoints may answer a bare array. */
export function itemsOf(data) {
  if (Array.isArray(data)) return data;
  if (data && Array.isArray(data.items)) return data.items;
  if (data && Array.isArray(data.content)) return data.content;
  return [];
}
