// Serving environments and deployments through the API, on both databases: CRUD, rollout,
// undeploy, delete, lists, the manifest, the archive/delete guards, roles, the audit
// trail, and the apply/status path against the stand-in Kubernetes API server
// (e2e/kube/stand-in.ts; no real cluster runs here).
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { parse } from 'yaml';
import type { TInferenceService } from '../../lib/deployments/manifest';
import type { TDeployment, TServingEnvironment } from '../../lib/validation/deployment';
import {
  DATA_SCIENTIST_USERNAME,
  KUBE_STAND_IN_PORT,
  KUBE_STAND_IN_TOKEN,
  KUBE_STAND_IN_URL,
  VIEWER_USERNAME,
} from '../constants';
import { auditRows } from './audit-rows';
import {
  createModel,
  createRegistry,
  createVersion,
  detailPaths,
  etagOf,
  expect,
  expectError,
  expectStatus,
  getModel,
  getVersion,
  grant,
  patchModel,
  patchVersion,
  test,
  tick,
  uniqueSlug,
  urls,
  type Body,
  type TPage,
} from './helpers';

const slug = (prefix: string) => uniqueSlug(prefix).replace(/^e2e-/, '').slice(0, 40);

async function createEnvironment(api: APIRequestContext, registry: string, body: Body): Promise<TServingEnvironment> {
  return expectStatus<TServingEnvironment>(await api.post(urls.servingEnvironments(registry), { data: body }), 201);
}

async function deploy(api: APIRequestContext, registry: string, body: Body): Promise<TDeployment> {
  return expectStatus<TDeployment>(await api.post(urls.deployments(registry), { data: body }), 201);
}

async function read(api: APIRequestContext, registry: string, id: string) {
  const response = await api.get(urls.deployment(registry, id));
  return { deployment: await expectStatus<TDeployment>(response, 200), etag: etagOf(response) };
}

async function patchDeployment(api: APIRequestContext, registry: string, id: string, body: Body): Promise<TDeployment> {
  const { etag } = await read(api, registry, id);
  return expectStatus<TDeployment>(
    await api.patch(urls.deployment(registry, id), { data: body, headers: { 'If-Match': etag } }),
    200,
  );
}

/** A model "m" with versions v1 and v2 (ONNX files at different URIs). */
async function modelWithVersions(api: APIRequestContext, registry: string, name = 'm') {
  await createModel(api, registry, {
    name,
    version: { name: 'v1', artifact: { uri: `s3://models/${name}/v1/model.onnx`, modelFormatName: 'onnx' } },
  });
  await createVersion(api, registry, name, {
    name: 'v2',
    artifact: { uri: `s3://models/${name}/v2/model.onnx`, modelFormatName: 'onnx', modelFormatVersion: '1' },
  });
}

/** What the stand-in cluster holds for a namespace/name, without counting as a status read. */
async function onCluster(api: APIRequestContext, namespace: string, name: string) {
  const response = await api.get(`${KUBE_STAND_IN_URL}/_stand-in/objects/${namespace}/${name}`, {
    headers: { Authorization: `Bearer ${KUBE_STAND_IN_TOKEN}` },
  });
  if (response.status() === 404) return null;
  return expectStatus<{ manifest: TInferenceService; applies: number; generation: number }>(response, 200);
}

function kserveEnv(namespace: string, extra: Body = {}): Body {
  return {
    name: slug('cluster'),
    kind: 'kserve',
    namespace,
    apiServerUrl: KUBE_STAND_IN_URL,
    token: KUBE_STAND_IN_TOKEN,
    ...extra,
  };
}

test.describe('serving environments', () => {
  test('are created, read, edited and deleted; the token is write-only and never returned', async ({
    api,
    registry,
    baseURL,
  }) => {
    const secret = `sha256~${slug('secret')}`;
    const created = await createEnvironment(api, registry.name, {
      name: 'prod',
      description: 'Production cluster',
      kind: 'kserve',
      namespace: 'models-prod',
      apiServerUrl: 'https://api.cluster.example:6443',
      token: secret,
      defaultRuntime: 'kserve-tritonserver',
    });
    expect(created).toMatchObject({
      name: 'prod',
      description: 'Production cluster',
      kind: 'kserve',
      namespace: 'models-prod',
      apiServerUrl: 'https://api.cluster.example:6443',
      hasToken: true,
      defaultRuntime: 'kserve-tritonserver',
      url: null,
      activeDeployments: 0,
    });
    expect(created).not.toHaveProperty('token');
    await createEnvironment(api, registry.name, { name: 'gitops', kind: 'external', url: 'https://argo.example/app' });

    const list = await expectStatus<TPage<TServingEnvironment>>(
      await api.get(urls.servingEnvironments(registry.name)),
      200,
    );
    expect(list.items.map((e) => e.name)).toEqual(['gitops', 'prod']);
    expect(list.total).toBe(2);
    const paged = await expectStatus<TPage<TServingEnvironment>>(
      await api.get(urls.servingEnvironments(registry.name), { params: { pageSize: 1 } }),
      200,
    );
    expect(paged.items.map((e) => e.name)).toEqual(['gitops']);
    const next = await expectStatus<TPage<TServingEnvironment>>(
      await api.get(urls.servingEnvironments(registry.name), {
        params: { pageSize: 1, cursor: paged.nextCursor ?? '' },
      }),
      200,
    );
    expect(next.items.map((e) => e.name)).toEqual(['prod']);
    expect(next.nextCursor).toBeNull();

    const response = await api.get(urls.servingEnvironment(registry.name, 'prod'));
    const text = await response.text();
    expect(text).not.toContain(secret);
    expect(JSON.stringify(list)).not.toContain(secret);

    // Duplicate names, bad fields, and the immutable name and kind.
    await expectError(
      await api.post(urls.servingEnvironments(registry.name), { data: { name: 'prod', kind: 'external' } }),
      409,
      'conflict',
    );
    const bad = await expectError(
      await api.post(urls.servingEnvironments(registry.name), {
        data: { name: 'Bad_Name', kind: 'kserve', apiServerUrl: 'ftp://x' },
      }),
      422,
      'validation_failed',
    );
    expect(detailPaths(bad).sort()).toEqual(['body.apiServerUrl', 'body.name', 'body.namespace']);
    const external = await expectError(
      await api.post(urls.servingEnvironments(registry.name), {
        data: { name: 'ext', kind: 'external', namespace: 'ns' },
      }),
      422,
      'validation_failed',
    );
    expect(detailPaths(external)).toEqual(['body.namespace']);
    const etag = etagOf(response);
    for (const body of [{ name: 'renamed' }, { kind: 'external' }]) {
      await expectError(
        await api.patch(urls.servingEnvironment(registry.name, 'prod'), { data: body, headers: { 'If-Match': etag } }),
        422,
        'validation_failed',
      );
    }
    await expectError(
      await api.patch(urls.servingEnvironment(registry.name, 'gitops'), { data: { token: 'abc' } }),
      422,
      'validation_failed',
    );

    // Edit with If-Match; clear the token; a stale ETag changes nothing.
    const edited = await expectStatus<TServingEnvironment>(
      await api.patch(urls.servingEnvironment(registry.name, 'prod'), {
        data: { description: 'Prod', token: null },
        headers: { 'If-Match': etag },
      }),
      200,
    );
    expect(edited).toMatchObject({ description: 'Prod', hasToken: false, namespace: 'models-prod' });
    await expectError(
      await api.patch(urls.servingEnvironment(registry.name, 'prod'), {
        data: { description: 'again' },
        headers: { 'If-Match': etag },
      }),
      412,
      'precondition_failed',
    );
    const replaced = await expectStatus<TServingEnvironment>(
      await api.patch(urls.servingEnvironment(registry.name, 'prod'), { data: { token: 'new-token' } }),
      200,
    );
    expect(replaced.hasToken).toBe(true);

    // The audit trail says who changed what, and never holds the token.
    const audit = await auditRows(baseURL, created.id);
    expect(audit.map((a) => a.action)).toEqual(['environment.create', 'environment.update', 'environment.update']);
    expect(audit.every((a) => a.actor === 'admin')).toBe(true);
    expect(audit[0]?.changes).toMatchObject({ namespace: 'models-prod', hasToken: true });
    expect(audit[1]?.changes).toEqual({ description: { from: 'Production cluster', to: 'Prod' }, token: 'cleared' });
    expect(audit[2]?.changes).toEqual({ token: 'replaced' });
    expect(JSON.stringify(audit)).not.toContain(secret);
    expect(JSON.stringify(audit)).not.toContain('new-token');

    expect((await api.delete(urls.servingEnvironment(registry.name, 'gitops'))).status()).toBe(204);
    await expectError(await api.get(urls.servingEnvironment(registry.name, 'gitops')), 404, 'not_found');
  });
});

test.describe('deployments', () => {
  test('deploy with defaults: runtime from the environment or the artifact format, replicas 1, tracked by hand', async ({
    api,
    registry,
  }) => {
    await modelWithVersions(api, registry.name);
    await createEnvironment(api, registry.name, { name: 'gitops', kind: 'external' });
    await createEnvironment(api, registry.name, {
      name: 'lab',
      kind: 'kserve',
      namespace: 'models-lab',
      defaultRuntime: 'kserve-tritonserver',
    });
    const d = await deploy(api, registry.name, { name: 'fraud', environment: 'gitops', model: 'm', version: 'v1' });
    expect(d).toMatchObject({
      name: 'fraud',
      environment: { name: 'gitops', kind: 'external' },
      model: 'm',
      version: 'v1',
      storageUri: 's3://models/m/v1/model.onnx',
      modelFormat: 'onnx',
      runtime: 'ovms',
      minReplicas: 1,
      maxReplicas: 1,
      resources: { cpuRequest: null, cpuLimit: null, memoryRequest: null, memoryLimit: null, gpus: null },
      desiredState: 'DEPLOYED',
      status: { phase: 'UNMANAGED', url: null, message: null, checkedAt: null },
      createdBy: 'admin',
      updatedBy: 'admin',
    });
    const version = (await getVersion(api, registry.name, 'm', 'v1')).version;
    expect(d.versionId).toBe(version.id);
    expect(d.artifactId).toBe(version.artifacts[0]?.id);

    const lab = await deploy(api, registry.name, {
      name: 'fraud',
      environment: 'lab',
      model: 'm',
      version: 'v2',
      minReplicas: 0,
      maxReplicas: 4,
      resources: { cpuRequest: '500m', cpuLimit: '2', memoryRequest: '1Gi', memoryLimit: '4Gi', gpus: 1 },
    });
    expect(lab).toMatchObject({
      runtime: 'kserve-tritonserver',
      minReplicas: 0,
      maxReplicas: 4,
      resources: { cpuRequest: '500m', cpuLimit: '2', memoryRequest: '1Gi', memoryLimit: '4Gi', gpus: 1 },
      status: { phase: 'UNMANAGED' },
    });

    // The same name in the same environment is a conflict; bad values are 422 with field paths.
    await expectError(
      await api.post(urls.deployments(registry.name), {
        data: { name: 'fraud', environment: 'gitops', model: 'm', version: 'v2' },
      }),
      409,
      'conflict',
    );
    const invalid = await expectError(
      await api.post(urls.deployments(registry.name), {
        data: {
          name: 'Fraud_Detector',
          environment: 'gitops',
          model: 'm',
          version: 'v1',
          minReplicas: 3,
          maxReplicas: 2,
          resources: { cpuRequest: 'lots', memoryLimit: '4GB' },
        },
      }),
      422,
      'validation_failed',
    );
    expect(detailPaths(invalid).sort()).toEqual([
      'body.maxReplicas',
      'body.name',
      'body.resources.cpuRequest',
      'body.resources.memoryLimit',
    ]);
    for (const [body, path] of [
      [{ environment: 'nowhere' }, 'body.environment'],
      [{ model: 'nope' }, 'body.model'],
      [{ version: 'v9' }, 'body.version'],
      [{ maxReplicas: 101 }, 'body.maxReplicas'],
    ] as const) {
      const error = await expectError(
        await api.post(urls.deployments(registry.name), {
          data: { name: slug('x'), environment: 'gitops', model: 'm', version: 'v1', ...body },
        }),
        422,
        'validation_failed',
      );
      expect(detailPaths(error)).toEqual([path]);
    }
    // A format no runtime serves needs an explicit runtime.
    await createModel(api, registry.name, {
      name: 'odd',
      version: { name: '1', artifact: { uri: 's3://odd/1', modelFormatName: 'caffe' } },
    });
    const noRuntime = await expectError(
      await api.post(urls.deployments(registry.name), {
        data: { name: 'odd', environment: 'gitops', model: 'odd', version: '1' },
      }),
      422,
      'validation_failed',
    );
    expect(noRuntime.message).toContain('caffe');
    await deploy(api, registry.name, {
      name: 'odd',
      environment: 'gitops',
      model: 'odd',
      version: '1',
      runtime: 'caffe-server',
    });

    // Archived models and versions cannot be deployed.
    const archived = await createVersion(api, registry.name, 'm', { name: 'v3', artifact: { uri: 's3://m/v3' } });
    await expectStatus(await patchVersion(api, registry.name, 'm', archived.name, { state: 'ARCHIVED' }), 200);
    await expectError(
      await api.post(urls.deployments(registry.name), {
        data: { name: slug('a'), environment: 'gitops', model: 'm', version: 'v3', runtime: 'ovms' },
      }),
      409,
      'conflict',
    );
    await createModel(api, registry.name, { name: 'old', version: { name: '1', artifact: { uri: 's3://old/1' } } });
    await expectStatus(await patchModel(api, registry.name, 'old', { state: 'ARCHIVED' }), 200);
    await expectError(
      await api.post(urls.deployments(registry.name), {
        data: { name: slug('a'), environment: 'gitops', model: 'old', version: '1', runtime: 'ovms' },
      }),
      409,
      'conflict',
    );
  });

  test('rollout to another version, undeploy, delete, each audited with who and what', async ({
    api,
    registry,
    baseURL,
  }) => {
    await modelWithVersions(api, registry.name);
    await createEnvironment(api, registry.name, { name: 'gitops', kind: 'external' });
    const d = await deploy(api, registry.name, { name: 'svc', environment: 'gitops', model: 'm', version: 'v1' });
    const { etag } = await read(api, registry.name, d.id);

    const rolled = await expectStatus<TDeployment>(
      await api.patch(urls.deployment(registry.name, d.id), {
        data: { version: 'v2', maxReplicas: 3, resources: { memoryLimit: '2Gi' } },
        headers: { 'If-Match': etag },
      }),
      200,
    );
    expect(rolled).toMatchObject({
      version: 'v2',
      storageUri: 's3://models/m/v2/model.onnx',
      maxReplicas: 3,
      resources: { memoryLimit: '2Gi', cpuRequest: null },
      desiredState: 'DEPLOYED',
    });
    // A stale ETag changes nothing; a version of another model does not exist here.
    await expectError(
      await api.patch(urls.deployment(registry.name, d.id), { data: { version: 'v1' }, headers: { 'If-Match': etag } }),
      412,
      'precondition_failed',
    );
    const missing = await expectError(
      await api.patch(urls.deployment(registry.name, d.id), { data: { version: 'nope' } }),
      422,
      'validation_failed',
    );
    expect(detailPaths(missing)).toEqual(['body.version']);
    await expectError(
      await api.patch(urls.deployment(registry.name, d.id), { data: { minReplicas: 5 } }),
      422,
      'validation_failed',
    );
    await expectError(
      await api.patch(urls.deployment(registry.name, d.id), { data: { environment: 'other' } }),
      422,
      'validation_failed',
    );

    const undeployed = await patchDeployment(api, registry.name, d.id, { desiredState: 'UNDEPLOYED' });
    expect(undeployed).toMatchObject({ desiredState: 'UNDEPLOYED', status: { phase: 'UNDEPLOYED' } });
    expect((await getModel(api, registry.name, 'm')).model.activeDeployments).toBe(0);

    expect((await api.delete(urls.deployment(registry.name, d.id))).status()).toBe(204);
    await expectError(await api.get(urls.deployment(registry.name, d.id)), 404, 'not_found');

    const audit = await auditRows(baseURL, d.id);
    expect(audit.map((a) => a.action)).toEqual([
      'deployment.create',
      'deployment.rollout',
      'deployment.undeploy',
      'deployment.delete',
    ]);
    expect(audit.every((a) => a.actor === 'admin' && a.objectName === 'svc')).toBe(true);
    expect(audit[0]?.changes).toMatchObject({ environment: 'gitops', model: 'm', version: 'v1', runtime: 'ovms' });
    expect(audit[1]?.changes).toMatchObject({
      version: { from: 'v1', to: 'v2' },
      storageUri: { from: 's3://models/m/v1/model.onnx', to: 's3://models/m/v2/model.onnx' },
      maxReplicas: { from: 1, to: 3 },
      memoryLimit: { from: null, to: '2Gi' },
    });
    expect(audit[2]?.changes).toEqual({ desiredState: { from: 'DEPLOYED', to: 'UNDEPLOYED' } });
  });

  test('the manifest endpoint gives the InferenceService as YAML or JSON', async ({ api, registry }) => {
    await modelWithVersions(api, registry.name);
    await createEnvironment(api, registry.name, { name: 'lab', kind: 'kserve', namespace: 'models-lab' });
    const d = await deploy(api, registry.name, {
      name: 'svc',
      environment: 'lab',
      model: 'm',
      version: 'v2',
      maxReplicas: 2,
      resources: { cpuLimit: '1', gpus: 1 },
    });
    const response = await api.get(urls.deploymentManifest(registry.name, d.id));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/yaml/);
    const fromYaml: unknown = parse(await response.text());
    const json = await expectStatus<TInferenceService>(
      await api.get(urls.deploymentManifest(registry.name, d.id), { params: { format: 'json' } }),
      200,
    );
    expect(fromYaml).toEqual(json);
    expect(json).toEqual({
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: {
        name: 'svc',
        namespace: 'models-lab',
        labels: {
          'app.kubernetes.io/managed-by': 'model-registry',
          'modelregistry.io/registry': registry.name,
          'modelregistry.io/registry-id': registry.id,
          'modelregistry.io/registered-model-id': d.modelId,
          'modelregistry.io/model-version-id': d.versionId,
          'modelregistry.io/deployment-id': d.id,
        },
        annotations: {
          'modelregistry.io/registry': registry.name,
          'modelregistry.io/registered-model-name': 'm',
          'modelregistry.io/model-version-name': 'v2',
          'modelregistry.io/model-artifact-id': d.artifactId,
        },
      },
      spec: {
        predictor: {
          minReplicas: 1,
          maxReplicas: 2,
          model: {
            modelFormat: { name: 'onnx', version: '1' },
            runtime: 'ovms',
            storageUri: 's3://models/m/v2/model.onnx',
            resources: { limits: { cpu: '1', 'nvidia.com/gpu': '1' }, requests: { 'nvidia.com/gpu': '1' } },
          },
        },
      },
    });
  });

  test('lists filter by environment, model, version and state, newest first, page by page', async ({
    api,
    registry,
  }) => {
    await modelWithVersions(api, registry.name, 'a');
    await modelWithVersions(api, registry.name, 'b');
    await createEnvironment(api, registry.name, { name: 'one', kind: 'external' });
    await createEnvironment(api, registry.name, { name: 'two', kind: 'external' });
    const made: TDeployment[] = [];
    for (const [name, environment, model, version] of [
      ['d1', 'one', 'a', 'v1'],
      ['d2', 'one', 'b', 'v2'],
      ['d3', 'two', 'a', 'v2'],
      ['d4', 'two', 'b', 'v1'],
    ] as const) {
      made.push(await deploy(api, registry.name, { name, environment, model, version }));
      await tick();
    }
    await patchDeployment(api, registry.name, made[3]?.id ?? '', { desiredState: 'UNDEPLOYED' });
    const names = async (params: Record<string, string | number>) =>
      (
        await expectStatus<TPage<TDeployment>>(await api.get(urls.deployments(registry.name), { params }), 200)
      ).items.map((d) => d.name);
    expect(await names({})).toEqual(['d4', 'd3', 'd2', 'd1']);
    expect(await names({ environment: 'one' })).toEqual(['d2', 'd1']);
    expect(await names({ model: 'a' })).toEqual(['d3', 'd1']);
    expect(await names({ model: 'a', version: 'v2' })).toEqual(['d3']);
    expect(await names({ version: made[0]?.versionId ?? '' })).toEqual(['d1']);
    expect(await names({ state: 'UNDEPLOYED' })).toEqual(['d4']);
    expect(await names({ state: 'DEPLOYED', environment: 'two' })).toEqual(['d3']);
    expect(await names({ environment: 'nowhere' })).toEqual([]);

    const first = await expectStatus<TPage<TDeployment>>(
      await api.get(urls.deployments(registry.name), { params: { pageSize: 3 } }),
      200,
    );
    expect(first.items.map((d) => d.name)).toEqual(['d4', 'd3', 'd2']);
    expect(first.total).toBe(4);
    const second = await expectStatus<TPage<TDeployment>>(
      await api.get(urls.deployments(registry.name), { params: { pageSize: 3, cursor: first.nextCursor ?? '' } }),
      200,
    );
    expect(second.items.map((d) => d.name)).toEqual(['d1']);
    expect(second.nextCursor).toBeNull();
    // Back from the second page, and straight to the last one.
    const back = await expectStatus<TPage<TDeployment>>(
      await api.get(urls.deployments(registry.name), { params: { pageSize: 3, cursor: second.prevCursor ?? '' } }),
      200,
    );
    expect(back.items.map((d) => d.name)).toEqual(['d4', 'd3', 'd2']);
    expect(back.prevCursor).toBeNull();
    const last = await expectStatus<TPage<TDeployment>>(
      await api.get(urls.deployments(registry.name), { params: { pageSize: 3, cursor: 'last' } }),
      200,
    );
    expect(last.items.map((d) => d.name)).toEqual(['d1']);
    expect(last.nextCursor).toBeNull();
    await expectError(
      await api.get(urls.deployments(registry.name), { params: { state: 'RUNNING' } }),
      400,
      'bad_request',
    );
  });

  test('archive and hard delete of a deployed model or version are refused until it is undeployed', async ({
    api,
    registry,
  }) => {
    await modelWithVersions(api, registry.name);
    const env = await createEnvironment(api, registry.name, { name: 'gitops', kind: 'external' });
    const d = await deploy(api, registry.name, { name: 'svc', environment: 'gitops', model: 'm', version: 'v1' });

    expect((await getModel(api, registry.name, 'm')).model.activeDeployments).toBe(1);
    expect((await getVersion(api, registry.name, 'm', 'v1')).version.activeDeployments).toBe(1);
    expect((await getVersion(api, registry.name, 'm', 'v2')).version.activeDeployments).toBe(0);
    const environment = await expectStatus<TServingEnvironment>(
      await api.get(urls.servingEnvironment(registry.name, env.name)),
      200,
    );
    expect(environment.activeDeployments).toBe(1);

    const refusals: [string, APIResponse][] = [
      ['archive version', await patchVersion(api, registry.name, 'm', 'v1', { state: 'ARCHIVED' })],
      ['archive model', await patchModel(api, registry.name, 'm', { state: 'ARCHIVED' })],
      ['delete version', await api.delete(urls.version(registry.name, 'm', 'v1'))],
      ['delete model', await api.delete(urls.model(registry.name, 'm'))],
      ['delete environment', await api.delete(urls.servingEnvironment(registry.name, 'gitops'))],
      ['delete registry', await api.delete(urls.registry(registry.name), { params: { force: 'true' } })],
    ];
    for (const [what, response] of refusals) {
      const error = await expectError(response, 409, 'conflict');
      expect(error.message, what).toMatch(/active deployment/);
      expect(error.details, what).toEqual({ activeDeployments: 1 });
    }
    // Another version of the model is free to go.
    await expectStatus(await patchVersion(api, registry.name, 'm', 'v2', { state: 'ARCHIVED' }), 200);

    await patchDeployment(api, registry.name, d.id, { desiredState: 'UNDEPLOYED' });
    await expectStatus(await patchVersion(api, registry.name, 'm', 'v1', { state: 'ARCHIVED' }), 200);
    // An archived version cannot be deployed again until restored.
    await expectError(
      await api.patch(urls.deployment(registry.name, d.id), { data: { desiredState: 'DEPLOYED' } }),
      409,
      'conflict',
    );
    await expectStatus(await patchVersion(api, registry.name, 'm', 'v1', { state: 'LIVE' }), 200);
    // Deleting the version takes its undeployed deployment with it.
    expect((await api.delete(urls.version(registry.name, 'm', 'v1'))).status()).toBe(204);
    await expectError(await api.get(urls.deployment(registry.name, d.id)), 404, 'not_found');
    expect((await api.delete(urls.servingEnvironment(registry.name, 'gitops'))).status()).toBe(204);
  });

  test('viewers read, contributors deploy, only registry admins manage environments', async ({
    api,
    viewer,
    dataScientist,
  }) => {
    const registry = await createRegistry(api);
    await grant(api, registry.name, 'user', VIEWER_USERNAME, 'viewer');
    await grant(api, registry.name, 'user', DATA_SCIENTIST_USERNAME, 'contributor');
    await modelWithVersions(api, registry.name);
    await createEnvironment(api, registry.name, { name: 'gitops', kind: 'external' });

    const body = { name: 'svc', environment: 'gitops', model: 'm', version: 'v1' };
    await expectError(await viewer.post(urls.deployments(registry.name), { data: body }), 403, 'forbidden');
    const d = await deploy(dataScientist, registry.name, body);
    expect(d.createdBy).toBe(DATA_SCIENTIST_USERNAME);
    await expectStatus(await viewer.get(urls.deployments(registry.name)), 200);
    await expectStatus(await viewer.get(urls.deployment(registry.name, d.id)), 200);
    expect((await viewer.get(urls.deploymentManifest(registry.name, d.id))).status()).toBe(200);
    await expectError(
      await viewer.patch(urls.deployment(registry.name, d.id), { data: { maxReplicas: 2 } }),
      403,
      'forbidden',
    );
    await expectError(await viewer.delete(urls.deployment(registry.name, d.id)), 403, 'forbidden');
    const rolled = await patchDeployment(dataScientist, registry.name, d.id, { version: 'v2' });
    expect(rolled.updatedBy).toBe(DATA_SCIENTIST_USERNAME);

    await expectStatus(await dataScientist.get(urls.servingEnvironments(registry.name)), 200);
    await expectError(
      await dataScientist.post(urls.servingEnvironments(registry.name), { data: { name: 'mine', kind: 'external' } }),
      403,
      'forbidden',
    );
    await expectError(
      await dataScientist.patch(urls.servingEnvironment(registry.name, 'gitops'), { data: { description: 'x' } }),
      403,
      'forbidden',
    );
    await expectError(await dataScientist.delete(urls.servingEnvironment(registry.name, 'gitops')), 403, 'forbidden');
    expect((await dataScientist.delete(urls.deployment(registry.name, d.id))).status()).toBe(204);
  });
});

test.describe('deployments applied to a cluster (the stand-in Kubernetes API server)', () => {
  test('apply, status PENDING then READY with the URL, rollout re-applies, undeploy removes it', async ({
    api,
    registry,
  }) => {
    await modelWithVersions(api, registry.name);
    const namespace = `models-${slug('ns')}`;
    const env = await createEnvironment(api, registry.name, kserveEnv(namespace));
    const name = slug('svc');
    const created = await deploy(api, registry.name, { name, environment: env.name, model: 'm', version: 'v1' });
    expect(created.status).toMatchObject({ phase: 'PENDING', message: null, url: null });
    expect(created.status.checkedAt).toEqual(expect.any(String));

    // The environment cannot move to another namespace while it serves this deployment.
    await expectError(
      await api.patch(urls.servingEnvironment(registry.name, env.name), { data: { namespace: 'models-other' } }),
      409,
      'conflict',
    );

    const applied = await onCluster(api, namespace, name);
    expect(applied?.applies).toBe(1);
    expect(applied?.manifest.spec.predictor.model.storageUri).toBe('s3://models/m/v1/model.onnx');
    expect(applied?.manifest.metadata.labels['modelregistry.io/deployment-id']).toBe(created.id);

    // The first status read: not ready yet, with the cluster's condition message.
    const pending = (await read(api, registry.name, created.id)).deployment;
    expect(pending.status.phase).toBe('PENDING');
    expect(pending.status.message).toContain('waiting for a Revision');
    const ready = (await read(api, registry.name, created.id)).deployment;
    expect(ready.status).toMatchObject({
      phase: 'READY',
      url: `http://${name}-${namespace}.apps.stand-in.example`,
      message: null,
    });

    // Rollout: the cluster gets the new storage URI.
    const rolled = await patchDeployment(api, registry.name, created.id, { version: 'v2' });
    expect(rolled.status.phase).toBe('PENDING');
    const reapplied = await onCluster(api, namespace, name);
    expect(reapplied?.applies).toBe(2);
    expect(reapplied?.manifest.spec.predictor.model.storageUri).toBe('s3://models/m/v2/model.onnx');
    expect(reapplied?.manifest.metadata.annotations['modelregistry.io/model-version-name']).toBe('v2');

    // Undeploy deletes the InferenceService; deploying again re-creates it; delete removes it.
    const undeployed = await patchDeployment(api, registry.name, created.id, { desiredState: 'UNDEPLOYED' });
    expect(undeployed.status).toMatchObject({ phase: 'UNDEPLOYED', url: null, message: null });
    expect(await onCluster(api, namespace, name)).toBeNull();
    const redeployed = await patchDeployment(api, registry.name, created.id, { desiredState: 'DEPLOYED' });
    expect(redeployed.status.phase).toBe('PENDING');
    expect(await onCluster(api, namespace, name)).not.toBeNull();
    expect((await api.delete(urls.deployment(registry.name, created.id))).status()).toBe(204);
    expect(await onCluster(api, namespace, name)).toBeNull();
  });

  test('a failing apply is stored as FAILED with the cluster message, and a fixed setup applies again', async ({
    api,
    registry,
  }) => {
    await modelWithVersions(api, registry.name);
    // Quota: the cluster refuses with 403 and its own message.
    const quota = await createEnvironment(api, registry.name, kserveEnv('quota-exceeded'));
    const refused = await deploy(api, registry.name, {
      name: slug('q'),
      environment: quota.name,
      model: 'm',
      version: 'v1',
    });
    expect(refused.status.phase).toBe('FAILED');
    expect(refused.status.message).toContain('exceeded quota: compute-resources');
    const again = (await read(api, registry.name, refused.id)).deployment;
    expect(again.status).toEqual(refused.status);
    const listed = await expectStatus<TPage<TDeployment>>(
      await api.get(urls.deployments(registry.name), { params: { environment: quota.name } }),
      200,
    );
    expect(listed.items[0]?.status.message).toContain('exceeded quota');

    // An unknown namespace: 404 with Kubernetes' wording.
    const nowhere = await createEnvironment(api, registry.name, kserveEnv('nowhere'));
    const lost = await deploy(api, registry.name, {
      name: slug('n'),
      environment: nowhere.name,
      model: 'm',
      version: 'v1',
    });
    expect(lost.status).toMatchObject({ phase: 'FAILED', message: 'namespaces "nowhere" not found' });

    // A wrong token: 401 "Unauthorized"; fixing the token and saving again applies it.
    const namespace = `models-${slug('ns')}`;
    const wrong = await createEnvironment(api, registry.name, kserveEnv(namespace, { token: 'not-the-token' }));
    const name = slug('t');
    const denied = await deploy(api, registry.name, { name, environment: wrong.name, model: 'm', version: 'v1' });
    expect(denied.status).toMatchObject({ phase: 'FAILED', message: 'Unauthorized' });
    expect(await onCluster(api, namespace, name)).toBeNull();
    await expectStatus(
      await api.patch(urls.servingEnvironment(registry.name, wrong.name), { data: { token: KUBE_STAND_IN_TOKEN } }),
      200,
    );
    const retried = await patchDeployment(api, registry.name, denied.id, {});
    expect(retried.status).toMatchObject({ phase: 'PENDING', message: null });
    expect(await onCluster(api, namespace, name)).not.toBeNull();
    // Undeploying while the cluster refuses: FAILED with its message, the InferenceService stays, and
    // saving again once the token is fixed removes it.
    await expectStatus(
      await api.patch(urls.servingEnvironment(registry.name, wrong.name), { data: { token: 'not-the-token' } }),
      200,
    );
    const stuck = await patchDeployment(api, registry.name, denied.id, { desiredState: 'UNDEPLOYED' });
    expect(stuck.status).toMatchObject({
      phase: 'FAILED',
      message: 'The InferenceService could not be removed from the cluster: Unauthorized',
    });
    expect(await onCluster(api, namespace, name)).not.toBeNull();
    await expectStatus(
      await api.patch(urls.servingEnvironment(registry.name, wrong.name), { data: { token: KUBE_STAND_IN_TOKEN } }),
      200,
    );
    const removed = await patchDeployment(api, registry.name, denied.id, {});
    expect(removed).toMatchObject({ desiredState: 'UNDEPLOYED', status: { phase: 'UNDEPLOYED', message: null } });
    expect(await onCluster(api, namespace, name)).toBeNull();
    const redeployed = await patchDeployment(api, registry.name, denied.id, { desiredState: 'DEPLOYED' });
    expect(redeployed.status.phase).toBe('PENDING');
    // Deleting it removes the InferenceService too; the quota one was never applied and deletes cleanly.
    expect((await api.delete(urls.deployment(registry.name, denied.id))).status()).toBe(204);
    expect(await onCluster(api, namespace, name)).toBeNull();
    expect((await api.delete(urls.deployment(registry.name, refused.id))).status()).toBe(204);

    // No API server at all (a port of the suite's range nothing listens on): the connection error is named plainly.
    const closed = `http://127.0.0.1:${KUBE_STAND_IN_PORT - 1}`;
    const down = await createEnvironment(api, registry.name, {
      ...kserveEnv(namespace),
      apiServerUrl: closed,
    });
    const unreachable = await deploy(api, registry.name, {
      name: slug('u'),
      environment: down.name,
      model: 'm',
      version: 'v1',
    });
    expect(unreachable.status.phase).toBe('FAILED');
    expect(unreachable.status.message).toBe(`Cannot reach the Kubernetes API server at ${closed} (ECONNREFUSED).`);
  });

  test('a model the cluster cannot load reads back as NOT_READY with the condition message', async ({
    api,
    registry,
  }) => {
    await createModel(api, registry.name, {
      name: 'broken',
      version: { name: '1', artifact: { uri: 's3://models/missing/model.onnx', modelFormatName: 'onnx' } },
    });
    const env = await createEnvironment(api, registry.name, kserveEnv(`models-${slug('ns')}`));
    const d = await deploy(api, registry.name, {
      name: slug('b'),
      environment: env.name,
      model: 'broken',
      version: '1',
    });
    expect((await read(api, registry.name, d.id)).deployment.status.phase).toBe('PENDING');
    const broken = (await read(api, registry.name, d.id)).deployment;
    expect(broken.status.phase).toBe('NOT_READY');
    expect(broken.status.message).toContain('model not found at s3://models/missing/model.onnx');
  });
});
