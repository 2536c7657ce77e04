// The Kubernetes client against real HTTP servers on loopback that answer the way a
// cluster does, and the way things that are not a cluster do (a registry admin types the
// URL, so it may point anywhere).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { inferenceServiceManifest } from '@/lib/deployments/manifest';
import { applyInferenceService, deleteInferenceService, KubeError, readInferenceService } from './client';

type Answer = { status: number; type?: string; body: string };

let server: Server | null = null;
let seen: { method: string; url: string; auth: string | undefined; type: string | undefined }[] = [];

async function serve(answer: (method: string) => Answer): Promise<string> {
  seen = [];
  server = createServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      url: req.url ?? '',
      auth: req.headers.authorization,
      type: req.headers['content-type'],
    });
    req.resume();
    const a = answer(req.method ?? '');
    res.writeHead(a.status, { 'Content-Type': a.type ?? 'application/json' });
    res.end(a.body);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

const manifest = inferenceServiceManifest({
  name: 'fraud',
  namespace: 'models',
  registry: { id: 'r1', name: 'team-a' },
  model: { id: 'm1', name: 'fraud' },
  version: { id: 'v1', name: 'v1' },
  runtime: 'ovms',
  modelFormat: { name: 'onnx' },
  storageUri: 's3://models/fraud/v1/',
  minReplicas: 1,
  maxReplicas: 1,
  resources: { cpuRequest: null, cpuLimit: null, memoryRequest: null, memoryLimit: null, gpus: null },
});

async function failure(p: Promise<unknown>): Promise<KubeError> {
  const err: unknown = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(KubeError);
  return err as KubeError;
}

describe('the Kubernetes client', () => {
  it('applies with server-side apply, the field manager and the bearer token', async () => {
    const url = await serve(() => ({ status: 200, body: JSON.stringify({ kind: 'InferenceService' }) }));
    await applyInferenceService({ apiServerUrl: `${url}/`, token: 's3cret', namespace: 'models' }, manifest);
    expect(seen).toEqual([
      {
        method: 'PATCH',
        url: '/apis/serving.kserve.io/v1beta1/namespaces/models/inferenceservices/fraud?fieldManager=model-registry&force=true',
        auth: 'Bearer s3cret',
        type: 'application/apply-patch+yaml',
      },
    ]);
  });

  it("reports the cluster's own Status message", async () => {
    const status = {
      kind: 'Status',
      status: 'Failure',
      message: 'inferenceservices.serving.kserve.io "fraud" is forbidden: exceeded quota',
      code: 403,
    };
    const url = await serve(() => ({ status: 403, body: JSON.stringify(status) }));
    const err = await failure(applyInferenceService({ apiServerUrl: url, token: 't', namespace: 'models' }, manifest));
    expect(err.message).toBe(status.message);
    expect(err.status).toBe(403);
  });

  it('never echoes a body that is not a Kubernetes Status, and says the URL looks wrong', async () => {
    const page = '<html><body>internal-admin-panel secret=hunter2</body></html>';
    const url = await serve((method) =>
      method === 'PATCH'
        ? { status: 404, type: 'text/html', body: page }
        : // JSON that is not a Status is not echoed either.
          { status: 500, body: JSON.stringify({ message: 'db password is hunter2' }) },
    );
    const target = { apiServerUrl: url, token: 't', namespace: 'models' };
    const err = await failure(applyInferenceService(target, manifest));
    expect(err.message).toBe(
      'The server answered 404 Not Found, which is not a Kubernetes API answer. Check the API server URL.',
    );
    const err2 = await failure(deleteInferenceService(target, 'fraud'));
    expect(err2.message).toBe(
      'The server answered 500 Internal Server Error, which is not a Kubernetes API answer. Check the API server URL.',
    );
    expect(`${err.message} ${err2.message}`).not.toContain('hunter2');
  });

  it('a successful answer that is not a Kubernetes object is an error, not a crash', async () => {
    const url = await serve(() => ({ status: 200, type: 'text/html', body: '<html>welcome</html>' }));
    const err = await failure(readInferenceService({ apiServerUrl: url, token: null, namespace: 'models' }, 'fraud'));
    expect(err.message).toBe(
      'The server answered 200 with a body, which is not a Kubernetes API answer. Check the API server URL.',
    );
  });

  it('reads the Ready condition, the URL and the last message; 404 means it is gone', async () => {
    let answer: Answer = {
      status: 200,
      body: JSON.stringify({
        kind: 'InferenceService',
        status: {
          url: 'http://fraud.models.example.com',
          conditions: [
            { type: 'PredictorReady', status: 'True' },
            { type: 'Ready', status: 'True' },
          ],
        },
      }),
    };
    const url = await serve(() => answer);
    const target = { apiServerUrl: url, token: null, namespace: 'models' };
    expect(await readInferenceService(target, 'fraud')).toEqual({
      ready: 'True',
      url: 'http://fraud.models.example.com',
      message: null,
    });
    answer = {
      status: 200,
      body: JSON.stringify({
        kind: 'InferenceService',
        status: { conditions: [{ type: 'Ready', status: 'False', message: 'storage-initializer: model not found' }] },
      }),
    };
    expect(await readInferenceService(target, 'fraud')).toEqual({
      ready: 'False',
      url: null,
      message: 'storage-initializer: model not found',
    });
    answer = { status: 404, body: JSON.stringify({ kind: 'Status', message: 'not found', code: 404 }) };
    expect(await readInferenceService(target, 'fraud')).toBeNull();
    // Deleting something already gone counts as deleted.
    await deleteInferenceService(target, 'fraud');
  });

  it('names a connection failure plainly', async () => {
    const url = await serve(() => ({ status: 200, body: '{}' }));
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = null;
    const err = await failure(readInferenceService({ apiServerUrl: url, token: null, namespace: 'models' }, 'fraud'));
    expect(err.message).toBe(`Cannot reach the Kubernetes API server at ${url} (ECONNREFUSED).`);
    expect(err.status).toBeNull();
  });
});
