// Database commands, all offline (no Prisma engine download):
//   npm run db:migrate               apply committed migrations to DATABASE_URL (default: SQLite)
//   npm run db:new-migration <name>  write a migration for BOTH providers from a change to prisma/schema.prisma
//   npm run db:seed                  first-start bootstrap: admin account, session secret, demo data
import { resolveDatabaseConfig, describeDatabase, type DatabaseProvider } from '../lib/server/db/config';
import { applyMigrations, diffMigrationsToSchema, writeMigration } from '../lib/server/db/migrate';
import { schemaFor } from './prisma-schemas.mjs';
import { bootstrap } from './bootstrap';

const [command, ...args] = process.argv.slice(2);

function schemaInput(provider: DatabaseProvider) {
  return { fileName: 'schema.prisma', text: schemaFor(provider) };
}

async function migrate() {
  const config = resolveDatabaseConfig();
  const applied = await applyMigrations(config, schemaInput(config.provider));
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${describeDatabase(config)}: ${applied.join(', ')}`
      : `${describeDatabase(config)} is up to date.`,
  );
}

function timestamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

async function newMigration(rawName: string | undefined) {
  const slug = (rawName ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
  if (!slug) throw new Error('usage: npm run db:new-migration <name>   (for example: add_model_versions)');
  // The migrations are replayed on a throw-away shadow database: in memory for SQLite,
  // a temporary database on this PostgreSQL server (created and dropped by the adapter).
  const pgUrl =
    process.env.MIGRATION_SHADOW_DATABASE_URL ??
    process.env.TEST_DATABASE_URL ??
    'postgresql://root@127.0.0.1:5432/postgres';
  const targets = [
    { provider: 'sqlite' as const, config: { provider: 'sqlite' as const, url: 'file::memory:', file: ':memory:' } },
    { provider: 'postgresql' as const, config: { provider: 'postgresql' as const, url: pgUrl } },
  ];
  const sqlByProvider = new Map<DatabaseProvider, string>();
  for (const t of targets)
    sqlByProvider.set(t.provider, await diffMigrationsToSchema(t.config, schemaInput(t.provider)));
  if ([...sqlByProvider.values()].every((sql) => sql === '')) {
    console.log('prisma/schema.prisma matches the committed migrations: nothing to write.');
    return;
  }
  const name = `${timestamp()}_${slug}`;
  for (const [provider, sql] of sqlByProvider) {
    const dir = writeMigration(provider, name, sql || '-- No change for this provider.');
    console.log(`wrote ${dir}/migration.sql`);
  }
  console.log('Review both files, then run `npm run db:migrate`.');
}

async function main() {
  switch (command) {
    case 'migrate':
      return migrate();
    case 'new':
      return newMigration(args[0]);
    case 'seed': {
      await migrate();
      await bootstrap({ log: console.log });
      return;
    }
    default:
      throw new Error('usage: tsx scripts/db.ts migrate | new <name> | seed');
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
