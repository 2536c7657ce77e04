// The browser's client for our own REST API. Errors carry the API's envelope.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type ErrorBody = { error?: { code?: unknown; message?: unknown; details?: unknown } };

export async function apiFetch<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  return (await apiFetchWithEtag<T>(url, init)).item;
}

/** An object together with the ETag to send back as If-Match when changing it. */
export type WithEtag<T> = { item: T; etag: string | null };

export async function apiFetchWithEtag<T>(
  url: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<WithEtag<T>> {
  const { json, headers, ...rest } = init;
  const res = await fetch(url, {
    ...rest,
    headers: {
      Accept: 'application/json',
      ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
    credentials: 'same-origin',
  });
  if (res.status === 204) return { item: undefined as T, etag: null };
  if (!res.ok) throw await apiErrorOf(res);
  const body: unknown = await res.json().catch(() => null);
  return { item: body as T, etag: res.headers.get('etag') };
}

/** The ApiError for a failed response, from the API's error envelope. */
export async function apiErrorOf(res: Response): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  const err = (body as ErrorBody | null)?.error;
  // The API's 401 message speaks to scripts (tokens); in the browser it means the session ended.
  const message =
    res.status === 401
      ? 'Your session has ended. Sign in again to continue.'
      : typeof err?.message === 'string'
        ? err.message
        : `The server answered ${res.status}.`;
  return new ApiError(res.status, typeof err?.code === 'string' ? err.code : 'http_error', message, err?.details);
}
