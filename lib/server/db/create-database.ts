// Creates the PostgreSQL database named in DATABASE_URL when the server does not have
// it yet (as Prisma's own migrate command does), so a first start needs no manual step.
import pg from 'pg';
import { parse } from 'pg-connection-string';
import type { DatabaseConfig } from './config';

const INVALID_CATALOG_NAME = '3D000';

export async function ensureDatabaseExists(config: DatabaseConfig): Promise<boolean> {
  if (config.provider !== 'postgresql') return false;
  const probe = new pg.Client({ connectionString: config.url });
  try {
    await probe.connect();
    return false;
  } catch (err) {
    if ((err as { code?: string }).code !== INVALID_CATALOG_NAME) throw err;
  } finally {
    await probe.end().catch(() => {});
  }
  const name = parse(config.url).database;
  if (!name) return false;
  const admin = new pg.Client({ ...parse(config.url), database: 'postgres' } as pg.ClientConfig);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } catch (err) {
    // Another instance created it at the same moment.
    if ((err as { code?: string }).code === '42P04') return false;
    throw err;
  } finally {
    await admin.end();
  }
}
