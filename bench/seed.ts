// Fills a freshly migrated database with the benchmark registry in bulk, one
// transaction per batch of models, through the database drivers (bench/bulk-insert.ts),
// including the keyword-search documents that Prisma does not model. No users are
// created: the server's first start makes the admin.
import { randomBytes } from 'node:crypto';
import { bulkWriter, type ColumnType, type Table, type Value } from './bulk-insert';
import { BENCH_REGISTRY, makeModel, randomSource, searchDocument, type SeedModel } from './data';
import type { DbChoice } from './options';

export type SeedResult = {
  registryId: string;
  models: number;
  versions: number;
  rows: number;
  seconds: number;
};

/** Models per batch: each batch is one transaction. */
const MODELS_PER_BATCH = 250;

const TYPE_SUFFIX: Record<string, ColumnType> = { ts: 'timestamp', num: 'double', bool: 'boolean' };

/** `table('T', 'id createdAt:ts')`: column names, with a type suffix where it is not text. */
function table(name: string, spec: string): Table {
  const columns = spec.split(' ').map((column): [string, ColumnType] => {
    const [columnName = '', suffix = ''] = column.split(':');
    return [columnName, TYPE_SUFFIX[suffix] ?? 'text'];
  });
  return { name, columns };
}

const TABLES = {
  registry: table('Registry', 'id name displayName description createdAt:ts updatedAt:ts'),
  model: table(
    'RegisteredModel',
    'id registryId name description owner state modelCard createdAt:ts updatedAt:ts latestVersionId latestVersionName latestVersionCreatedAt:ts',
  ),
  version: table('ModelVersion', 'id registryId modelId name description author state createdAt:ts updatedAt:ts'),
  artifact: table(
    'ModelArtifact',
    'id registryId versionId name uri modelFormatName modelFormatVersion sourceKind sourceName sourceId createdAt:ts updatedAt:ts',
  ),
  modelLabel: table('ModelLabel', 'modelId value'),
  versionLabel: table('VersionLabel', 'versionId value'),
  modelProperty: table('ModelProperty', 'modelId key type stringValue numberValue:num boolValue:bool'),
  versionProperty: table('VersionProperty', 'versionId key type stringValue numberValue:num boolValue:bool'),
  search: table('model_search', 'model_id registry_id body'),
};

function rowsOf(registryId: string, batch: SeedModel[]): [Table, Value[][]][] {
  const versions = batch.flatMap((m) => m.versions.map((v) => ({ m, v })));
  return [
    [
      TABLES.model,
      batch.map((m) => {
        const latest = m.versions.filter((v) => v.state === 'LIVE').at(-1);
        return [
          m.id,
          registryId,
          m.name,
          m.description,
          m.owner,
          m.state,
          m.modelCard,
          m.createdAt,
          m.updatedAt,
          latest?.id ?? null,
          latest?.name ?? null,
          latest?.createdAt ?? null,
        ];
      }),
    ],
    [
      TABLES.version,
      versions.map(({ m, v }) => [
        v.id,
        registryId,
        m.id,
        v.name,
        v.description,
        v.author,
        v.state,
        v.createdAt,
        v.createdAt,
      ]),
    ],
    [
      TABLES.artifact,
      versions.map(({ m, v }) => [
        v.artifact.id,
        registryId,
        v.id,
        'model',
        v.artifact.uri,
        v.artifact.modelFormatName,
        v.artifact.modelFormatVersion,
        'pipeline-run',
        `train-${m.name}`,
        v.artifact.sourceId,
        v.createdAt,
        v.createdAt,
      ]),
    ],
    [TABLES.modelLabel, batch.flatMap((m) => m.labels.map((value) => [m.id, value]))],
    [TABLES.versionLabel, versions.flatMap(({ v }) => v.labels.map((value) => [v.id, value]))],
    [
      TABLES.modelProperty,
      batch.flatMap((m) =>
        Object.entries(m.properties).map(([k, p]) => [m.id, k, p.type, p.stringValue, p.numberValue, p.boolValue]),
      ),
    ],
    [
      TABLES.versionProperty,
      versions.flatMap(({ v }) =>
        Object.entries(v.properties).map(([k, p]) => [v.id, k, p.type, p.stringValue, p.numberValue, p.boolValue]),
      ),
    ],
    [TABLES.search, batch.map((m) => [m.id, registryId, searchDocument(m)])],
  ];
}

export async function seedRegistry(
  provider: DbChoice,
  url: string,
  modelCount: number,
  versionsPerModel: number,
  log: (line: string) => void,
): Promise<SeedResult> {
  const started = performance.now();
  const writer = bulkWriter(provider, url);
  try {
    const now = new Date();
    const registryId = `c${randomBytes(12).toString('hex')}`;
    const description = `${modelCount} generated models with ${versionsPerModel} versions each.`;
    await writer.transaction((insert) =>
      insert(TABLES.registry, [[registryId, BENCH_REGISTRY, 'Benchmark', description, now, now]]),
    );
    const r = randomSource(42);
    let rows = 1;
    let lastLog = started;
    for (let first = 0; first < modelCount; first += MODELS_PER_BATCH) {
      const batch: SeedModel[] = [];
      for (let i = first; i < Math.min(modelCount, first + MODELS_PER_BATCH); i++) {
        batch.push(makeModel(r, i, versionsPerModel, now.getTime()));
      }
      const tables = rowsOf(registryId, batch);
      await writer.transaction((insert) => tables.forEach(([t, data]) => insert(t, data)));
      rows += tables.reduce((n, [, data]) => n + data.length, 0);
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`  seeded ${first + batch.length}/${modelCount} models (${rows} rows)`);
      }
    }
    // PostgreSQL: VACUUM ANALYZE, as autovacuum would have done on a long-running server.
    // SQLite: only a WAL checkpoint; the app never runs ANALYZE, so neither does this.
    await writer.finish();
    const seconds = (performance.now() - started) / 1000;
    return { registryId, models: modelCount, versions: modelCount * versionsPerModel, rows, seconds };
  } finally {
    await writer.close();
  }
}
