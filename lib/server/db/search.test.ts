// The keyword search module on the database under test (SQLite FTS5 or PostgreSQL
// trigram): what it matches must be the same on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import type { UserPrincipal } from '../auth/principal';
import { ZModelCreate, ZModelListQuery, ZVersionCreate } from '@/lib/validation/model';

let database: TestDatabase;
const admin: UserPrincipal = {
  kind: 'user',
  userId: 'u1',
  username: 'admin',
  displayName: 'Admin',
  isPlatformAdmin: true,
  groupIds: [],
};

// Imported after DATABASE_URL points at the test database.
let services: {
  createRegistry: typeof import('../services/registries').createRegistry;
  createModel: typeof import('../services/models').createModel;
  listModels: typeof import('../services/models').listModels;
  createVersion: typeof import('../services/versions').createVersion;
  updateModel: typeof import('../services/models').updateModel;
};

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const registries = await import('../services/registries');
  const models = await import('../services/models');
  const versions = await import('../services/versions');
  services = { ...registries, ...models, ...versions };
  const { getDb } = await import('./client');
  await getDb().user.create({ data: { id: 'u1', username: 'admin', displayName: 'Admin', isPlatformAdmin: true } });
  await services.createRegistry(admin, { name: 'search', displayName: 'Search', description: '' });
  const seed = [
    { name: 'Fraud-Detector', description: 'Gradient boosted trees for card payments', labels: ['tabular'] },
    { name: 'churn', description: 'Predicts 50% of cancellations_early', labels: ['Marketing'] },
    { name: 'vision-edge', description: 'Überwachung der Linie', labels: ['cv'] },
    { name: 'llm', description: 'Chat assistant', labels: [] },
  ];
  for (const m of seed) await services.createModel(admin, 'search', ZModelCreate.parse(m));
  await services.createVersion(
    admin,
    'search',
    'llm',
    ZVersionCreate.parse({ name: 'granite-ft', description: 'LoRA on support tickets', labels: ['generative'] }),
  );
}, 120_000);

afterAll(async () => {
  const { disconnectDb } = await import('./client');
  await disconnectDb();
  await database?.drop();
});

async function names(q: string, extra: Record<string, unknown> = {}): Promise<string[]> {
  const page = await services.listModels(admin, 'search', ZModelListQuery.parse({ q, sort: 'name', ...extra }));
  return page.items.map((m) => m.name).sort();
}

describe(`keyword search (${process.env.TEST_DB_PROVIDER ?? 'sqlite'})`, () => {
  it('matches substrings of names, descriptions and labels, ignoring case', async () => {
    expect(await names('fraud')).toEqual(['Fraud-Detector']);
    expect(await names('DETECT')).toEqual(['Fraud-Detector']);
    expect(await names('payments')).toEqual(['Fraud-Detector']);
    expect(await names('marketing')).toEqual(['churn']);
  });

  it("matches a version's name, description and labels, and reports the model", async () => {
    expect(await names('granite')).toEqual(['llm']);
    expect(await names('tickets')).toEqual(['llm']);
    expect(await names('generative')).toEqual(['llm']);
  });

  it('needs every word to match, in any order', async () => {
    expect(await names('card trees')).toEqual(['Fraud-Detector']);
    expect(await names('card churn')).toEqual([]);
  });

  it('handles words shorter than three characters', async () => {
    expect(await names('cv')).toEqual(['vision-edge']);
    expect(await names('ha')).toEqual(['llm']);
  });

  it('treats %, _ and quotes as plain characters', async () => {
    expect(await names('50%')).toEqual(['churn']);
    expect(await names('s_e')).toEqual(['churn']);
    expect(await names('%')).toEqual(['churn']);
    expect(await names('"trees"')).toEqual([]);
  });

  it('matches non-ASCII text', async () => {
    expect(await names('überwachung')).toEqual(['vision-edge']);
  });

  it('follows edits: a changed description is found by its new words only', async () => {
    await services.updateModel(admin, 'search', 'churn', { description: 'Retention model' }, null);
    expect(await names('retention')).toEqual(['churn']);
    expect(await names('cancellations')).toEqual([]);
  });
});
