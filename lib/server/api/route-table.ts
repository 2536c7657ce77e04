// Which methods each /api/v1 path accepts, from the endpoint catalogue; used to answer
// an unsupported method with 405 and the error envelope instead of an empty body.
import { endpoints } from './endpoints';

const table = (() => {
  const byPath = new Map<string, Set<string>>();
  for (const e of endpoints) byPath.set(e.path, (byPath.get(e.path) ?? new Set()).add(e.method));
  return [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
    methods: [...methods],
  }));
})();

/** The methods allowed on `pathname`, or null when no endpoint has that path. */
export function allowedMethods(pathname: string): string[] | null {
  return table.find((row) => row.pattern.test(pathname))?.methods ?? null;
}
