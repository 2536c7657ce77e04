// Drops the PostgreSQL database that e2e/prepare-database.ts created for server 2.
import { PG_E2E_DATABASE_URL_ENV } from './constants';
import { databaseName, dropPostgresDatabase } from './databases';

export default async function globalTeardown(): Promise<void> {
  const url = process.env[PG_E2E_DATABASE_URL_ENV];
  if (!url) return;
  await dropPostgresDatabase(url);
  console.log(`e2e: dropped PostgreSQL database ${databaseName(url)}`);
}
