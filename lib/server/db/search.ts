// Keyword search over models, behind one module for both databases.
//
// Each model has one search document (table model_search, created by the migrations,
// not by Prisma): the lower-cased names, descriptions and labels of the model and of
// all its versions. SQLite indexes it with FTS5's trigram tokenizer, PostgreSQL with
// a pg_trgm GIN index; both answer "contains this word" from the index for words of
// three or more characters (shorter words scan the documents, which stays cheap).
import { getDbProvider } from './client';
import { sql, joinSql, type Sql, type Tx } from './tx';

/** Splits a query into lower-cased words; every word must appear. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 10);
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** An FTS5 phrase matching the term as a substring (trigram tokenizer). */
function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/**
 * A condition on `idColumn` (a model id) that is true when the model's search
 * document contains every term. Empty terms match everything.
 */
export function modelSearchCondition(idColumn: Sql, registryId: string, terms: string[]): Sql {
  if (terms.length === 0) return sql`1 = 1`;
  const short = terms.filter((t) => [...t].length < 3);
  const long = terms.filter((t) => [...t].length >= 3);
  const conditions: Sql[] = [sql`s."registry_id" = ${registryId}`];
  for (const t of short) conditions.push(sql`s."body" LIKE ${likePattern(t)} ESCAPE '\\'`);
  if (getDbProvider() === 'sqlite') {
    if (long.length) {
      const match = long.map(ftsPhrase).join(' AND ');
      conditions.push(
        sql`s."rowid" IN (SELECT "rowid" FROM "model_search_fts" WHERE "model_search_fts" MATCH ${match})`,
      );
    }
  } else {
    for (const t of long) conditions.push(sql`s."body" LIKE ${likePattern(t)} ESCAPE '\\'`);
  }
  return sql`${idColumn} IN (SELECT s."model_id" FROM "model_search" s WHERE ${joinSql(conditions, ' AND ')})`;
}

/** Rebuilds the search document of one model (call inside the transaction that changed it). */
export async function refreshModelSearch(tx: Tx, modelId: string): Promise<void> {
  const model = await tx.registeredModel.findUnique({
    where: { id: modelId },
    select: {
      registryId: true,
      name: true,
      description: true,
      labels: { select: { value: true } },
      versions: { select: { name: true, description: true, labels: { select: { value: true } } } },
    },
  });
  if (!model) return;
  const parts = [model.name, model.description, ...model.labels.map((l) => l.value)];
  for (const v of model.versions) parts.push(v.name, v.description, ...v.labels.map((l) => l.value));
  const body = parts.filter(Boolean).join('\n').toLowerCase();
  await tx.$executeRaw`
    INSERT INTO "model_search" ("model_id", "registry_id", "body") VALUES (${modelId}, ${model.registryId}, ${body})
    ON CONFLICT ("model_id") DO UPDATE SET "body" = excluded."body"`;
}

/** A case-insensitive "contains" on a text column, for small scans (a model's versions). */
export function containsCondition(column: Sql, term: string): Sql {
  return sql`LOWER(${column}) LIKE ${likePattern(term)} ESCAPE '\\'`;
}
