// Unit and integration tests (Vitest). Integration tests get a fresh database from
// lib/server/testing/test-database.ts; TEST_DB_PROVIDER picks SQLite (default) or
// PostgreSQL (TEST_DATABASE_URL). `npm test` runs this suite once per provider.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // Server modules import 'server-only', which throws outside a React Server
      // Components bundle; in tests they run in plain Node.
      { find: /^server-only$/, replacement: path.join(root, 'node_modules/server-only/empty.js') },
    ],
  },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
