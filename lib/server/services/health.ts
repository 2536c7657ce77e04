// Readiness: the database answers and every committed migration has been applied.
import { getDb, getDbProvider } from '../db/client';
import { listMigrationNames } from '../db/migration-files';

export type Readiness = { ready: boolean; database: string; pendingMigrations: string[]; message?: string };

export async function checkReadiness(): Promise<Readiness> {
  const provider = getDbProvider();
  try {
    const rows = await getDb().$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = listMigrationNames(provider).filter((name) => !applied.has(name));
    return {
      ready: pending.length === 0,
      database: provider,
      pendingMigrations: pending,
      ...(pending.length ? { message: 'Migrations are pending: run `npm run db:migrate`.' } : {}),
    };
  } catch {
    return { ready: false, database: provider, pendingMigrations: [], message: 'The database does not answer.' };
  }
}
