// A STAND-IN for a real Kubernetes API server with KServe, for the e2e suite only.
// No cluster exists on the machines this project is developed and tested on, so the
// deployments' apply/status path (lib/server/kube/client.ts) is tested against this
// small node:http server. It keeps InferenceServices in memory and answers exactly the
// calls the app makes, the way Kubernetes answers them (Status objects on failure):
//
//   PATCH  /apis/serving.kserve.io/v1beta1/namespaces/{ns}/inferenceservices/{name}
//          server-side apply (Content-Type application/apply-patch+yaml, fieldManager)
//   GET    …/inferenceservices/{name}   the object with its status
//   DELETE …/inferenceservices/{name}
//
// Deterministic behaviour the tests rely on:
// - every call needs `Authorization: Bearer <KUBE_STAND_IN_TOKEN>`, else 401 "Unauthorized";
// - namespaces that exist: "default", "quota-exceeded" and any starting with "models-";
//   another answers 404 `namespaces "x" not found`;
// - an apply in "quota-exceeded" answers 403 with an "exceeded quota" message;
// - the first GET after an apply reports Ready=Unknown (the app shows PENDING); later
//   GETs report Ready=True with status.url, unless the storage URI contains "missing",
//   which reports Ready=False with a download error (NOT_READY).
// - GET /_stand-in/objects/{ns}/{name} (not a Kubernetes path) lets tests see what was
//   applied without counting as a status read; GET /healthz answers "ok".
// It is not started by the app and has no place in production.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parse } from 'yaml';
import { KUBE_STAND_IN_PORT, KUBE_STAND_IN_TOKEN } from '../constants';

type Stored = { manifest: Record<string, unknown>; generation: number; applies: number; reads: number };

const GROUP = 'serving.kserve.io';
const objects = new Map<string, Stored>();
const ISVC_PATH = /^\/apis\/serving\.kserve\.io\/v1beta1\/namespaces\/([^/]+)\/inferenceservices\/([^/]+)$/;

function namespaceExists(ns: string): boolean {
  return ns === 'default' || ns === 'quota-exceeded' || ns.startsWith('models-');
}

function send(res: ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

function status(res: ServerResponse, code: number, reason: string, message: string, details?: object): void {
  send(res, code, {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function storageUriOf(manifest: Record<string, unknown>): string {
  const model = record(record(record(manifest.spec).predictor).model);
  return typeof model.storageUri === 'string' ? model.storageUri : '';
}

function withStatus(ns: string, name: string, stored: Stored): Record<string, unknown> {
  stored.reads += 1;
  const now = new Date().toISOString();
  let ready: Record<string, string>;
  let url: string | undefined;
  if (stored.reads === 1) {
    ready = {
      type: 'Ready',
      status: 'Unknown',
      reason: 'RevisionMissing',
      message: `Configuration "${name}-predictor" is waiting for a Revision to become ready.`,
    };
  } else if (storageUriOf(stored.manifest).includes('missing')) {
    ready = {
      type: 'Ready',
      status: 'False',
      reason: 'RevisionFailed',
      message: `Revision "${name}-predictor-0000${stored.generation}" failed with message: storage-initializer: model not found at ${storageUriOf(stored.manifest)}.`,
    };
  } else {
    ready = { type: 'Ready', status: 'True' };
    url = `http://${name}-${ns}.apps.stand-in.example`;
  }
  return {
    ...stored.manifest,
    metadata: { ...record(stored.manifest.metadata), generation: stored.generation },
    status: {
      observedGeneration: stored.generation,
      ...(url ? { url } : {}),
      conditions: [{ ...ready, lastTransitionTime: now }],
    },
  };
}

async function apply(req: IncomingMessage, res: ServerResponse, url: URL, ns: string, name: string): Promise<void> {
  if (req.headers['content-type'] !== 'application/apply-patch+yaml') {
    return status(
      res,
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
    );
  }
  if (!url.searchParams.get('fieldManager')) {
    return status(
      res,
      422,
      'Invalid',
      'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
    );
  }
  let manifest: Record<string, unknown>;
  try {
    manifest = record(parse(await readBody(req)));
  } catch (err) {
    return status(res, 400, 'BadRequest', `error decoding YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const metadata = record(manifest.metadata);
  if (manifest.apiVersion !== `${GROUP}/v1beta1` || manifest.kind !== 'InferenceService') {
    return status(
      res,
      400,
      'BadRequest',
      `the API version in the data (${String(manifest.apiVersion)}) does not match the expected API version (${GROUP}/v1beta1)`,
    );
  }
  if (metadata.name !== name) {
    return status(
      res,
      400,
      'BadRequest',
      `the name of the object (${String(metadata.name)}) does not match the name on the URL (${name})`,
    );
  }
  if (metadata.namespace !== undefined && metadata.namespace !== ns) {
    return status(
      res,
      400,
      'BadRequest',
      'the namespace of the provided object does not match the namespace sent on the request',
    );
  }
  if (!namespaceExists(ns)) {
    return status(res, 404, 'NotFound', `namespaces "${ns}" not found`, { name: ns, kind: 'namespaces' });
  }
  if (ns === 'quota-exceeded') {
    return status(
      res,
      403,
      'Forbidden',
      `inferenceservices.${GROUP} "${name}" is forbidden: exceeded quota: compute-resources, requested: limits.cpu=2,requests.nvidia.com/gpu=1, used: limits.cpu=16,requests.nvidia.com/gpu=4, limited: limits.cpu=16,requests.nvidia.com/gpu=4`,
      { name, group: GROUP, kind: 'inferenceservices' },
    );
  }
  const key = `${ns}/${name}`;
  const existing = objects.get(key);
  const stored: Stored = {
    manifest: { ...manifest, metadata: { ...metadata, namespace: ns } },
    generation: (existing?.generation ?? 0) + 1,
    applies: (existing?.applies ?? 0) + 1,
    reads: 0,
  };
  objects.set(key, stored);
  send(res, existing ? 200 : 201, {
    ...stored.manifest,
    metadata: { ...record(stored.manifest.metadata), generation: stored.generation },
  });
}

const server = createServer((req, res) => {
  void (async () => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (url.pathname === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end('ok');
    }
    if (req.headers.authorization !== `Bearer ${KUBE_STAND_IN_TOKEN}`) {
      return status(res, 401, 'Unauthorized', 'Unauthorized');
    }
    const debug = /^\/_stand-in\/objects\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (debug && req.method === 'GET') {
      const stored = objects.get(`${debug[1]}/${debug[2]}`);
      return stored ? send(res, 200, stored) : status(res, 404, 'NotFound', 'not applied');
    }
    const match = ISVC_PATH.exec(url.pathname);
    if (!match) return status(res, 404, 'NotFound', 'the server could not find the requested resource');
    const ns = decodeURIComponent(match[1] ?? '');
    const name = decodeURIComponent(match[2] ?? '');
    const key = `${ns}/${name}`;
    const notFound = () =>
      status(res, 404, 'NotFound', `inferenceservices.${GROUP} "${name}" not found`, {
        name,
        group: GROUP,
        kind: 'inferenceservices',
      });
    switch (req.method) {
      case 'PATCH':
        return apply(req, res, url, ns, name);
      case 'GET': {
        const stored = objects.get(key);
        return stored ? send(res, 200, withStatus(ns, name, stored)) : notFound();
      }
      case 'DELETE':
        if (!objects.delete(key)) return notFound();
        return send(res, 200, {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Success',
          details: { name, group: GROUP, kind: 'inferenceservices' },
        });
      default:
        return status(res, 405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);
    }
  })().catch((err: unknown) => status(res, 500, 'InternalError', String(err)));
});

server.listen(KUBE_STAND_IN_PORT, '127.0.0.1', () => {
  console.log(`Kubernetes API stand-in listening on http://127.0.0.1:${KUBE_STAND_IN_PORT}`);
});
