// Generates the Prisma clients for SQLite and PostgreSQL (run by `npm install`).
// `prisma generate` only checks that a schema-engine binary exists and never runs it,
// so we point it at Node itself: nothing is downloaded (air-gapped installs work).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRequire } from 'node:module';
import { providers, root, writeSchemaFile } from './prisma-schemas.mjs';

const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');

for (const provider of providers) {
  const schema = writeSchemaFile(provider);
  const result = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
      CHECKPOINT_DISABLE: '1',
    },
  });
  if (result.status !== 0) {
    console.error(`prisma generate failed for ${provider} (${path.relative(root, schema)})`);
    process.exit(result.status ?? 1);
  }
}
