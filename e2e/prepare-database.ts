// Runs just before each e2e server starts (see playwright.config.ts) and gives it an
// empty database: DATABASE_URL=file:… is deleted, DATABASE_URL=postgresql://… created.
import { createPostgresDatabase, databaseName, deleteSqliteDatabase } from './databases';

const url = process.env.DATABASE_URL ?? '';
try {
  if (url.startsWith('file:')) {
    deleteSqliteDatabase(url);
  } else if (/^postgres(ql)?:\/\//.test(url)) {
    await createPostgresDatabase(url);
    console.log(`e2e: created PostgreSQL database ${databaseName(url)}`);
  } else {
    throw new Error(`unexpected DATABASE_URL "${url}"`);
  }
} catch (err) {
  console.error(`e2e: could not prepare the database: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
