import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { endpoints } from './endpoints';
import { buildOpenApiDocument } from './openapi';

const API_DIR = path.join(process.cwd(), 'app', 'api', 'v1');
const UNDOCUMENTED = new Set(['GET /api/v1/openapi.json']);

/** Every `export const GET|POST|PATCH|DELETE` in app/api/v1/**\/route.ts, as "METHOD /path/{param}". */
function routeFileEndpoints(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'route.ts') {
        const urlPath = `/api/v1/${path.relative(API_DIR, dir)}`.replace(/\[(\w+)\]/g, '{$1}').replace(/\/$/, '');
        const source = readFileSync(full, 'utf8');
        for (const m of source.matchAll(/export const (GET|POST|PATCH|DELETE|PUT)\b/g))
          found.push(`${m[1]} ${urlPath}`);
        for (const m of source.matchAll(/export (?:async )?function (GET|POST|PATCH|DELETE|PUT)\b/g))
          found.push(`${m[1]} ${urlPath}`);
      }
    }
  };
  walk(API_DIR);
  return found.sort();
}

describe('endpoint catalogue', () => {
  it('lists exactly the methods the route files export', () => {
    const documented = endpoints.map((e) => `${e.method} ${e.path}`).sort();
    const implemented = routeFileEndpoints().filter((e) => !UNDOCUMENTED.has(e));
    expect(implemented).toEqual(documented);
  });

  it('builds an OpenAPI 3.1 document whose path parameters and references all resolve', () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    for (const [p, operations] of Object.entries(doc.paths)) {
      const names = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const op of Object.values(operations) as { parameters: { name: string; in: string }[] }[]) {
        expect(op.parameters.filter((x) => x.in === 'path').map((x) => x.name)).toEqual(names);
      }
    }
    const text = JSON.stringify(doc);
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
      expect(doc.components.schemas, `missing component ${name}`).toHaveProperty(name as string);
    }
    expect(text).not.toContain('#/$defs/');
  });
});
