// The few Kubernetes API calls deployments make, over plain HTTPS with a bearer token:
// server-side apply of an InferenceService, reading it back for its status, and deleting
// it. Every call has a short timeout; failures carry the cluster's own message (the
// `message` of the Kubernetes Status object) or name the connection problem plainly.
// No cluster runs where this app is developed and tested: the e2e tests use the stand-in
// API server in e2e/kube/stand-in.ts, which answers exactly these calls.
// The token is sent only in the Authorization header and never appears in a message.
import { manifestYaml, type TInferenceService } from '@/lib/deployments/manifest';

export const FIELD_MANAGER = 'model-registry';
const TIMEOUT_MS = 5_000;

export type KubeTarget = { apiServerUrl: string; token: string | null; namespace: string };

export class KubeError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'KubeError';
  }
}

export type InferenceServiceStatus = {
  /** The Ready condition: True, False, or Unknown (also when it is not reported yet). */
  ready: 'True' | 'False' | 'Unknown';
  url: string | null;
  message: string | null;
};

function inferenceServicePath(t: KubeTarget, name: string): string {
  const base = t.apiServerUrl.replace(/\/+$/, '');
  return `${base}/apis/serving.kserve.io/v1beta1/namespaces/${encodeURIComponent(t.namespace)}/inferenceservices/${encodeURIComponent(name)}`;
}

function describeConnectionError(err: unknown, apiServerUrl: string): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) {
    return `The Kubernetes API server at ${apiServerUrl} did not answer within ${TIMEOUT_MS / 1000} seconds.`;
  }
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const code = cause && typeof cause === 'object' && 'code' in cause ? String(cause.code) : null;
  const detail = code ?? (cause instanceof Error ? cause.message : String(cause));
  return `Cannot reach the Kubernetes API server at ${apiServerUrl} (${detail}).`;
}

/**
 * The cluster's message for a failed call: the `message` of its Status object. Anything else
 * is named only by its status line: the URL is chosen by a registry admin, so a body that is
 * not a Kubernetes Status (an internal service's page, say) is never echoed back.
 */
async function failureMessage(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (
      body &&
      typeof body === 'object' &&
      'kind' in body &&
      body.kind === 'Status' &&
      'message' in body &&
      typeof body.message === 'string' &&
      body.message
    ) {
      return body.message;
    }
  } catch {
    // not JSON: fall through
  }
  return `The server answered ${res.status} ${res.statusText}`.trim() + NOT_KUBERNETES;
}

const NOT_KUBERNETES = ', which is not a Kubernetes API answer. Check the API server URL.';

/** The JSON body of a successful answer, which must be a Kubernetes object. */
async function kubeObject(res: Response): Promise<unknown> {
  const text = await res.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'kind' in body && typeof body.kind === 'string') return body;
  } catch {
    // not JSON: fall through
  }
  throw new KubeError(`The server answered ${res.status} with a body${NOT_KUBERNETES}`, res.status);
}

async function call(t: KubeTarget, url: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (t.token) headers.set('Authorization', `Bearer ${t.token}`);
  try {
    return await fetch(url, { ...init, headers, signal: AbortSignal.timeout(TIMEOUT_MS), redirect: 'error' });
  } catch (err) {
    throw new KubeError(describeConnectionError(err, t.apiServerUrl), null);
  }
}

/** Creates or updates the InferenceService (server-side apply, owned by the "model-registry" field manager). */
export async function applyInferenceService(t: KubeTarget, manifest: TInferenceService): Promise<void> {
  const url = `${inferenceServicePath(t, manifest.metadata.name)}?fieldManager=${FIELD_MANAGER}&force=true`;
  const res = await call(t, url, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/apply-patch+yaml' },
    body: manifestYaml(manifest),
  });
  if (!res.ok) throw new KubeError(await failureMessage(res), res.status);
  await res.body?.cancel();
}

function readStatus(body: unknown): InferenceServiceStatus {
  const status = body && typeof body === 'object' && 'status' in body ? body.status : null;
  const record = status && typeof status === 'object' ? status : {};
  const url = 'url' in record && typeof record.url === 'string' && record.url ? record.url : null;
  const conditions = 'conditions' in record && Array.isArray(record.conditions) ? record.conditions : [];
  const ready: unknown = conditions.find(
    (c: unknown) => c && typeof c === 'object' && 'type' in c && c.type === 'Ready',
  );
  const readyValue = ready && typeof ready === 'object' && 'status' in ready ? ready.status : 'Unknown';
  // The last condition message: Ready's own, else the last condition that says something.
  const messages = conditions.flatMap((c: unknown) =>
    c && typeof c === 'object' && 'message' in c && typeof c.message === 'string' && c.message ? [c.message] : [],
  );
  const readyMessage =
    ready && typeof ready === 'object' && 'message' in ready && typeof ready.message === 'string' && ready.message
      ? ready.message
      : null;
  return {
    ready: readyValue === 'True' || readyValue === 'False' ? readyValue : 'Unknown',
    url,
    message: readyMessage ?? messages.at(-1) ?? null,
  };
}

/** The InferenceService's status, or null when it does not exist. */
export async function readInferenceService(t: KubeTarget, name: string): Promise<InferenceServiceStatus | null> {
  const res = await call(t, inferenceServicePath(t, name), { method: 'GET' });
  if (res.status === 404) {
    await res.body?.cancel();
    return null;
  }
  if (!res.ok) throw new KubeError(await failureMessage(res), res.status);
  return readStatus(await kubeObject(res));
}

/** Deletes the InferenceService; one that is already gone counts as deleted. */
export async function deleteInferenceService(t: KubeTarget, name: string): Promise<void> {
  const res = await call(t, inferenceServicePath(t, name), { method: 'DELETE' });
  if (res.status === 404 || res.ok) {
    await res.body?.cancel();
    return;
  }
  throw new KubeError(await failureMessage(res), res.status);
}
