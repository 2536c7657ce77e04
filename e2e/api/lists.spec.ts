// The model and version lists over HTTP: keyword search, owner, label, state and
// property filters, sorting, page sizes and totals. Each test seeds its own registry.
import type { APIRequestContext } from '@playwright/test';
import {
  createModel,
  createVersion,
  expect,
  expectError,
  listModels,
  listVersions,
  modelNames,
  patchModel,
  patchVersion,
  expectStatus,
  searchParams,
  test,
  tick,
  urls,
  type Params,
} from './helpers';

/** Five models whose fields and versions each filter below picks apart. */
async function seedCatalogue(api: APIRequestContext, registry: string): Promise<void> {
  await createModel(api, registry, {
    name: 'fraud-detector',
    description: 'Flags suspicious card payments',
    owner: 'alice',
    labels: ['finance', 'prod'],
    properties: { accuracy: 0.93, framework: 'pytorch', tuned: true, epochs: 12 },
    version: { name: 'v1', description: 'baseline run', labels: ['gpu'], properties: { f1: 0.8 } },
  });
  await createModel(api, registry, {
    name: 'churn-model',
    description: 'Predicts customer churn',
    owner: 'bob',
    labels: ['marketing'],
    properties: { accuracy: 0.81, framework: 'sklearn', tuned: false, epochs: 3 },
    version: {
      name: '2024-rc1',
      description: 'trained on Q3 data',
      labels: ['candidate'],
      properties: { f1: { type: 'number', value: 1 } },
    },
  });
  await createModel(api, registry, {
    name: 'image-classifier',
    description: 'ResNet on product photos',
    owner: 'alice',
    labels: ['vision', 'prod'],
    properties: { accuracy: { type: 'number', value: 1 }, framework: 'pytorch' },
    version: {
      name: 'resnet50-quantized',
      description: 'int8 variant',
      labels: ['edge'],
      properties: { latency_ms: 7 },
    },
  });
  await createModel(api, registry, { name: 'promo 50%_off', owner: 'carol' });
  await createModel(api, registry, {
    name: 'retired-scorer',
    description: 'old card scorer',
    owner: 'bob',
    labels: ['prod'],
    properties: { accuracy: 0.99, framework: 'pytorch' },
  });
  await expectStatus(await patchModel(api, registry, 'retired-scorer', { state: 'ARCHIVED' }), 200);
}

/** The names a model list filter returns, sorted. */
async function matching(api: APIRequestContext, registry: string, params: Params): Promise<string[]> {
  const page = await listModels(api, registry, { pageSize: 100, ...params });
  expect(page.total).toBe(page.items.length);
  return page.items.map((m) => m.name).sort();
}

test.describe('GET /api/v1/registries/{registry}/models filters', () => {
  test('q searches model names, descriptions and labels, and version names, descriptions and labels', async ({
    api,
    registry,
  }) => {
    await seedCatalogue(api, registry.name);
    const cases: [string, string[]][] = [
      ['fraud', ['fraud-detector']], // model name
      ['payments', ['fraud-detector']], // model description
      ['marketing', ['churn-model']], // model label
      ['resnet50', ['image-classifier']], // version name
      ['baseline', ['fraud-detector']], // version description
      ['candidate', ['churn-model']], // version label
      ['EDGE', ['image-classifier']], // any case
      ['card', ['fraud-detector']], // archived models are not live
      ['nothing-like-this', []],
    ];
    for (const [q, expected] of cases) expect(await matching(api, registry.name, { q }), `q=${q}`).toEqual(expected);
    expect(await matching(api, registry.name, { q: 'card', state: 'all' })).toEqual([
      'fraud-detector',
      'retired-scorer',
    ]);
  });

  test('every word of a multi-word q must appear, across the model and its versions', async ({ api, registry }) => {
    await seedCatalogue(api, registry.name);
    const cases: [string, string[]][] = [
      ['suspicious baseline', ['fraud-detector']], // model description + version description
      ['product int8', ['image-classifier']],
      ['  prod   photos ', ['image-classifier']],
      ['prod', ['fraud-detector', 'image-classifier']],
      ['card marketing', []],
    ];
    for (const [q, expected] of cases) expect(await matching(api, registry.name, { q }), `q=${q}`).toEqual(expected);
  });

  test('short words of one or two characters match too, and %/_ are literal', async ({ api, registry }) => {
    await seedCatalogue(api, registry.name);
    const cases: [string, string[]][] = [
      ['rc', ['churn-model']],
      ['q3', ['churn-model']],
      ['8', ['image-classifier']],
      ['%', ['promo 50%_off']],
      ['_', ['promo 50%_off']],
      ['50%_', ['promo 50%_off']],
    ];
    for (const [q, expected] of cases) expect(await matching(api, registry.name, { q }), `q=${q}`).toEqual(expected);
  });

  test('owner, repeatable label (all must match) and state', async ({ api, registry }) => {
    await seedCatalogue(api, registry.name);
    const cases: [Params, string[]][] = [
      [{ owner: 'alice' }, ['fraud-detector', 'image-classifier']],
      [{ owner: 'bob' }, ['churn-model']],
      [{ owner: 'bob', state: 'all' }, ['churn-model', 'retired-scorer']],
      [{ owner: 'nobody' }, []],
      [{ label: 'prod' }, ['fraud-detector', 'image-classifier']],
      [{ label: ['prod', 'vision'] }, ['image-classifier']],
      [{ label: ['prod', 'marketing'] }, []],
      [{ label: 'prod', state: 'all' }, ['fraud-detector', 'image-classifier', 'retired-scorer']],
      [{ label: 'prod', state: 'archived' }, ['retired-scorer']],
      [{ state: 'live' }, ['churn-model', 'fraud-detector', 'image-classifier', 'promo 50%_off']],
      [{ state: 'archived' }, ['retired-scorer']],
      [{ label: 'prod', owner: 'alice', q: 'photos' }, ['image-classifier']],
    ];
    for (const [params, expected] of cases) {
      expect(await matching(api, registry.name, params), JSON.stringify(params)).toEqual(expected);
    }
    expect(await matching(api, registry.name, { state: 'all' })).toHaveLength(5);
  });

  test('property comparisons =, !=, <, <=, >, >= on typed model and version properties', async ({ api, registry }) => {
    await seedCatalogue(api, registry.name);
    const cases: [string | string[], string[]][] = [
      ['accuracy>=0.9', ['fraud-detector', 'image-classifier']],
      ['accuracy>0.93', ['image-classifier']],
      ['accuracy<0.9', ['churn-model']],
      ['accuracy<=0.81', ['churn-model']],
      ['accuracy=1', ['image-classifier']], // stored as { type: number, value: 1 }
      ['accuracy!=1', ['churn-model', 'fraud-detector']],
      ['framework=pytorch', ['fraud-detector', 'image-classifier']],
      ['framework!=pytorch', ['churn-model']],
      ['tuned=true', ['fraud-detector']],
      ['tuned=false', ['churn-model']],
      ['tuned!=true', ['churn-model']],
      ['epochs=12', ['fraud-detector']],
      ['epochs>=3', ['churn-model', 'fraud-detector']],
      ['epochs<12', ['churn-model']],
      // Version properties count for their model.
      ['f1>0.5', ['churn-model', 'fraud-detector']],
      ['f1=1', ['churn-model']],
      ['latency_ms<10', ['image-classifier']],
      ['missing=1', []],
      [['framework=pytorch', 'accuracy<0.95'], ['fraud-detector']],
    ];
    for (const [property, expected] of cases) {
      expect(await matching(api, registry.name, { property }), `property=${String(property)}`).toEqual(expected);
    }
    expect(await matching(api, registry.name, { property: 'accuracy>0.95', state: 'all' })).toEqual([
      'image-classifier',
      'retired-scorer',
    ]);
  });

  test('malformed filters get 400', async ({ api, registry }) => {
    const malformed: Params[] = [
      { property: 'accuracy>=high' },
      { property: '=pytorch' },
      { property: 'no-operator' },
      { property: Array.from({ length: 11 }, (_, i) => `k${i}=1`) },
      { state: 'deleted' },
      { q: 'q'.repeat(201) },
    ];
    for (const params of malformed) {
      await expectError(
        await api.get(urls.models(registry.name), { params: searchParams(params) }),
        400,
        'bad_request',
      );
    }
  });
});

test.describe('GET /api/v1/registries/{registry}/models sorting and paging', () => {
  test('sorts by name, createdAt and updatedAt, ascending and descending', async ({ api, registry }) => {
    const r = registry.name;
    for (const name of ['bravo', 'delta', 'alpha', 'charlie']) {
      await createModel(api, r, { name });
      await tick();
    }
    await expectStatus(await patchModel(api, r, 'bravo', { description: 'touched last' }), 200);

    const cases: [Params, string[]][] = [
      [{}, ['bravo', 'charlie', 'alpha', 'delta']], // updatedAt, newest first
      [{ sort: 'updatedAt' }, ['bravo', 'charlie', 'alpha', 'delta']],
      [{ sort: 'updatedAt', order: 'asc' }, ['delta', 'alpha', 'charlie', 'bravo']],
      [{ sort: 'name' }, ['alpha', 'bravo', 'charlie', 'delta']],
      [{ sort: 'name', order: 'desc' }, ['delta', 'charlie', 'bravo', 'alpha']],
      [{ sort: 'createdAt' }, ['charlie', 'alpha', 'delta', 'bravo']],
      [{ sort: 'createdAt', order: 'asc' }, ['bravo', 'delta', 'alpha', 'charlie']],
    ];
    for (const [params, expected] of cases) {
      expect(await modelNames(api, r, params), JSON.stringify(params)).toEqual(expected);
    }
    for (const params of [{ sort: 'owner' }, { order: 'up' }] as Params[]) {
      await expectError(await api.get(urls.models(r), { params: searchParams(params) }), 400, 'bad_request');
    }
  });

  test('pages keep the sort and report the total; pageSize 100 is allowed and 101 is not', async ({
    api,
    registry,
  }) => {
    const r = registry.name;
    for (const name of ['alpha', 'bravo', 'charlie', 'delta', 'echo']) await createModel(api, r, { name });

    const first = await listModels(api, r, { sort: 'name', pageSize: 2 });
    expect(first.items.map((m) => m.name)).toEqual(['alpha', 'bravo']);
    expect(first.total).toBe(5);
    const second = await listModels(api, r, { sort: 'name', pageSize: 2, cursor: first.nextCursor ?? '' });
    expect(second.items.map((m) => m.name)).toEqual(['charlie', 'delta']);
    expect(second.total).toBe(5);
    const third = await listModels(api, r, { sort: 'name', pageSize: 2, cursor: second.nextCursor ?? '' });
    expect(third.items.map((m) => m.name)).toEqual(['echo']);
    expect(third.nextCursor).toBeNull();

    expect((await listModels(api, r, { pageSize: 100 })).items).toHaveLength(5);
    expect((await listModels(api, r)).items).toHaveLength(5);
    for (const pageSize of ['101', '0', '-1', 'ten', '2.5']) {
      await expectError(await api.get(urls.models(r), { params: { pageSize } }), 400, 'bad_request');
      await expectError(await api.get(urls.versions(r, 'alpha'), { params: { pageSize } }), 400, 'bad_request');
    }
    await expectError(await api.get(urls.models(r), { params: { cursor: 'garbage' } }), 400, 'bad_request');
    expect((await listVersions(api, r, 'alpha', { pageSize: 100 })).total).toBe(0);
  });
});

test.describe('GET /api/v1/registries/{registry}/models/{model}/versions filters and sorting', () => {
  async function seedVersions(api: APIRequestContext, r: string): Promise<void> {
    await createModel(api, r, {
      name: 'm',
      version: {
        name: 'v1',
        description: 'first try',
        author: 'alice',
        labels: ['cpu'],
        properties: { f1: 0.7, quantized: false },
      },
    });
    await tick();
    await createVersion(api, r, 'm', {
      name: 'v2',
      description: 'gpu retrain',
      author: 'bob',
      labels: ['gpu', 'candidate'],
      properties: { f1: 0.9, quantized: true },
    });
    await tick();
    await createVersion(api, r, 'm', {
      name: 'v3-int8',
      description: 'quantized export',
      author: 'alice',
      labels: ['gpu', 'edge'],
      properties: { f1: { type: 'number', value: 1 }, bits: 8 },
    });
    await expectStatus(await patchVersion(api, r, 'm', 'v3-int8', { state: 'ARCHIVED' }), 200);
  }

  async function versionNames(api: APIRequestContext, r: string, params: Params): Promise<string[]> {
    const page = await listVersions(api, r, 'm', { pageSize: 100, ...params });
    expect(page.total).toBe(page.items.length);
    return page.items.map((v) => v.name).sort();
  }

  test('state, q, label, author and property filters', async ({ api, registry }) => {
    await seedVersions(api, registry.name);
    const cases: [Params, string[]][] = [
      [{}, ['v1', 'v2']],
      [{ state: 'archived' }, ['v3-int8']],
      [{ state: 'all' }, ['v1', 'v2', 'v3-int8']],
      [{ q: 'gpu' }, ['v2']],
      [{ q: 'gpu', state: 'all' }, ['v2', 'v3-int8']],
      [{ q: 'INT8', state: 'all' }, ['v3-int8']],
      [{ q: 'retrain' }, ['v2']],
      [{ q: 'v' }, ['v1', 'v2']],
      [{ q: 'gpu candidate' }, ['v2']],
      [{ q: 'first gpu' }, []],
      [{ label: 'gpu' }, ['v2']],
      [{ label: ['gpu', 'edge'], state: 'all' }, ['v3-int8']],
      [{ label: 'cpu' }, ['v1']],
      [{ author: 'alice' }, ['v1']],
      [{ author: 'alice', state: 'all' }, ['v1', 'v3-int8']],
      [{ property: 'f1>=0.9' }, ['v2']],
      [{ property: 'f1>=0.9', state: 'all' }, ['v2', 'v3-int8']],
      [{ property: 'f1=1', state: 'all' }, ['v3-int8']],
      [{ property: 'f1<0.8' }, ['v1']],
      [{ property: 'quantized=true' }, ['v2']],
      [{ property: 'quantized!=true' }, ['v1']],
      [{ property: ['bits=8', 'f1>0.5'], state: 'all' }, ['v3-int8']],
    ];
    for (const [params, expected] of cases) {
      expect(await versionNames(api, registry.name, params), JSON.stringify(params)).toEqual(expected);
    }
  });

  test('sorts by name, createdAt and updatedAt', async ({ api, registry }) => {
    const r = registry.name;
    await seedVersions(api, r);
    await tick();
    await expectStatus(await patchVersion(api, r, 'm', 'v1', { description: 'touched' }), 200);
    const names = async (params: Params) =>
      (await listVersions(api, r, 'm', { state: 'all', ...params })).items.map((v) => v.name);
    expect(await names({})).toEqual(['v3-int8', 'v2', 'v1']); // createdAt, newest first
    expect(await names({ sort: 'createdAt', order: 'asc' })).toEqual(['v1', 'v2', 'v3-int8']);
    expect(await names({ sort: 'name' })).toEqual(['v1', 'v2', 'v3-int8']);
    expect(await names({ sort: 'name', order: 'desc' })).toEqual(['v3-int8', 'v2', 'v1']);
    expect(await names({ sort: 'updatedAt' })).toEqual(['v1', 'v3-int8', 'v2']);
    expect(await names({ sort: 'updatedAt', order: 'asc' })).toEqual(['v2', 'v3-int8', 'v1']);
  });
});
