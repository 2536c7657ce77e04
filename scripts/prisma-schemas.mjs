// Derives the per-provider Prisma schemas from prisma/schema.prisma.
// The source is written for SQLite; the PostgreSQL copy differs only in the
// datasource provider and the generated client's output folder.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sourceSchemaPath = path.join(root, 'prisma', 'schema.prisma');
export const providers = /** @type {const} */ (['sqlite', 'postgresql']);

/**
 * The schema text for one provider, with the generated client written to
 * generated/prisma/<provider> (paths are relative to generated/schema/).
 * @param {'sqlite' | 'postgresql'} provider
 */
export function schemaFor(provider) {
  const source = readFileSync(sourceSchemaPath, 'utf8');
  const out = source
    .replace(/provider\s*=\s*"sqlite"/, `provider = "${provider}"`)
    .replace(/output\s*=\s*"[^"]*"/, `output       = "../prisma/${provider}"`);
  if (!/output\s*=\s*"..\/prisma\//.test(out) || !out.includes(`provider = "${provider}"`)) {
    throw new Error('prisma/schema.prisma no longer has the expected generator and datasource blocks');
  }
  return out;
}

/** Writes generated/schema/<provider>.prisma and returns its path. */
export function writeSchemaFile(provider) {
  const dir = path.join(root, 'generated', 'schema');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${provider}.prisma`);
  writeFileSync(file, schemaFor(provider));
  return file;
}
