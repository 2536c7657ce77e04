// Concurrent clients: duplicate registrations race to exactly one winner (409 for the
// rest, never 500), two edits from the same ETag race to one 200 and one 412 that changed
// nothing, and a paginated walk sees every model once while others are being created.
import type { APIRequestContext, APIResponse } from '@playwright/test';
import {
  createModel,
  createVersion,
  expect,
  expectError,
  expectStatus,
  getModel,
  getVersion,
  listModels,
  listVersions,
  patchModel,
  patchVersion,
  S3_ARTIFACT,
  test,
  urls,
  type Params,
} from './helpers';

const RACERS = 10;

/** Exactly one 201; every other answer a proper 409. */
async function expectOneWinner(responses: APIResponse[]): Promise<void> {
  const statuses = responses.map((r) => r.status());
  expect(
    statuses.filter((s) => s === 201),
    `statuses: ${statuses.join(', ')}`,
  ).toHaveLength(1);
  for (const response of responses.filter((r) => r.status() !== 201)) {
    await expectError(response, 409, 'conflict');
  }
}

test.describe('duplicate registrations racing', () => {
  test(`${RACERS} concurrent registers of one model name: one 201, the rest 409, one model listed`, async ({
    api,
    registry,
  }) => {
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        api.post(urls.models(registry.name), {
          data: {
            name: 'contested',
            description: `racer ${i}`,
            labels: [`racer-${i}`],
            version: { name: 'v1', description: `racer ${i}`, artifact: S3_ARTIFACT },
          },
        }),
      ),
    );
    await expectOneWinner(responses);

    const page = await listModels(api, registry.name, { state: 'all' });
    expect(page.total).toBe(1);
    expect(page.items.map((m) => m.name)).toEqual(['contested']);
    // The winner is whole: its own description, labels, version and artifact.
    const winner = responses.findIndex((r) => r.status() === 201);
    const { model } = await getModel(api, registry.name, 'contested');
    expect(model).toMatchObject({ description: `racer ${winner}`, labels: [`racer-${winner}`] });
    const versions = await listVersions(api, registry.name, 'contested', { state: 'all' });
    expect(versions.items.map((v) => [v.name, v.description, v.artifacts.length])).toEqual([
      ['v1', `racer ${winner}`, 1],
    ]);
  });

  test(`${RACERS} concurrent registers of one version name: one 201, the rest 409`, async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm' });
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        api.post(urls.versions(registry.name, 'm'), {
          data: { name: 'v1', description: `racer ${i}`, artifact: S3_ARTIFACT },
        }),
      ),
    );
    await expectOneWinner(responses);
    const versions = await listVersions(api, registry.name, 'm', { state: 'all' });
    expect(versions.total).toBe(1);
    expect(versions.items[0]?.artifacts).toHaveLength(1);
    expect((await getModel(api, registry.name, 'm')).model.latestVersion?.name).toBe('v1');
  });
});

test.describe('edits racing from the same ETag', () => {
  const ROUNDS = 3;

  /** Two PATCHes with one If-Match: one 200, one 412; returns the index of the winner. */
  async function race(send: (i: number) => Promise<APIResponse>): Promise<number> {
    const responses = await Promise.all([send(0), send(1)]);
    const statuses = responses.map((r) => r.status()).sort();
    expect(statuses, `statuses: ${statuses.join(', ')}`).toEqual([200, 412]);
    const loser = responses.find((r) => r.status() === 412);
    if (loser) await expectError(loser, 412, 'precondition_failed');
    return responses.findIndex((r) => r.status() === 200);
  }

  test('on a model: one 200, one 412, and the 412 changed nothing', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm', labels: ['start'] });
    for (let round = 0; round < ROUNDS; round++) {
      const { etag } = await getModel(api, registry.name, 'm');
      const edit = (i: number) => ({
        description: `round ${round} by ${i}`,
        labels: [`r${round}-by-${i}`],
        properties: { by: i },
      });
      const winner = await race((i) => patchModel(api, registry.name, 'm', edit(i), etag));
      const { model } = await getModel(api, registry.name, 'm');
      expect(model).toMatchObject({
        description: `round ${round} by ${winner}`,
        labels: [`r${round}-by-${winner}`],
        properties: { by: { type: 'integer', value: winner } },
      });
    }
  });

  test('on a version: one 200, one 412, and the 412 changed nothing', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    await createVersion(api, registry.name, 'm', { name: 'v2' });
    // One racer archives (which also moves the model's latest version), the other edits;
    // each would succeed alone.
    const edit = (i: number, round: number) =>
      i === 0 ? { state: 'ARCHIVED' } : { description: `round ${round}`, labels: [`r${round}`] };
    for (let round = 0; round < ROUNDS; round++) {
      const { version: before, etag } = await getVersion(api, registry.name, 'm', 'v2');
      const winner = await race((i) => patchVersion(api, registry.name, 'm', 'v2', edit(i, round), etag));
      const after = (await getVersion(api, registry.name, 'm', 'v2')).version;
      if (winner === 0) {
        expect(after).toMatchObject({ state: 'ARCHIVED', description: before.description, labels: before.labels });
        expect((await getModel(api, registry.name, 'm')).model.latestVersion?.name).toBe('v1');
        await expectStatus(await patchVersion(api, registry.name, 'm', 'v2', { state: 'LIVE' }), 200);
      } else {
        expect(after).toMatchObject({ state: 'LIVE', description: `round ${round}`, labels: [`r${round}`] });
        expect((await getModel(api, registry.name, 'm')).model.latestVersion?.name).toBe('v2');
      }
    }
  });
});

test.describe('a paginated walk while models are being created', () => {
  const INITIAL = 45;
  const DURING = 15;
  const PAGE_SIZE = 10;

  async function createMany(api: APIRequestContext, registry: string, names: string[]): Promise<void> {
    // In small parallel batches: quick, and a realistic load for the server.
    for (let i = 0; i < names.length; i += 5) {
      await Promise.all(names.slice(i, i + 5).map((name) => createModel(api, registry, { name })));
    }
  }

  async function walk(api: APIRequestContext, registry: string, params: Params) {
    const seen: string[] = [];
    const totals: number[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const page = await listModels(api, registry, { ...params, pageSize: PAGE_SIZE, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(PAGE_SIZE);
      seen.push(...page.items.map((m) => m.name));
      totals.push(page.total);
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    expect(cursor, 'the walk never reached the last page').toBeNull();
    return { seen, totals };
  }

  for (const params of [{}, { sort: 'name', order: 'asc' }, { sort: 'createdAt', order: 'asc' }] as Params[]) {
    test(`every model that existed at the start is seen exactly once (${JSON.stringify(params)})`, async ({
      api,
      registry,
    }) => {
      const initial = Array.from({ length: INITIAL }, (_, i) => `model-${String(i).padStart(2, '0')}`);
      await createMany(api, registry.name, initial);
      const during = Array.from({ length: DURING }, (_, i) => `model-${String(i).padStart(2, '0')}-late`);

      const [{ seen, totals }] = await Promise.all([
        walk(api, registry.name, params),
        createMany(api, registry.name, during),
      ]);

      expect(new Set(seen).size, 'a model was listed twice').toBe(seen.length);
      for (const name of initial)
        expect(
          seen.filter((s) => s === name),
          name,
        ).toHaveLength(1);
      for (const name of seen) expect([...initial, ...during]).toContain(name);
      for (const total of totals) {
        expect(total).toBeGreaterThanOrEqual(INITIAL);
        expect(total).toBeLessThanOrEqual(INITIAL + DURING);
      }
      expect((await listModels(api, registry.name, { pageSize: 1 })).total).toBe(INITIAL + DURING);
    });
  }
});
