// Turns the API's (or zod's) list of field issues into one message per form field.
export type FieldErrors = Record<string, string>;

type Issue = { path: string; message: string };

function isIssue(value: unknown): value is Issue {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    typeof value.path === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

/** `prefix` strips the API's location ("body.") from each path. */
export function fieldErrors(details: unknown, prefix?: string): FieldErrors {
  const out: FieldErrors = {};
  if (!Array.isArray(details)) return out;
  for (const issue of details.filter(isIssue)) {
    const path = prefix && issue.path.startsWith(`${prefix}.`) ? issue.path.slice(prefix.length + 1) : issue.path;
    out[path] ??= issue.message;
  }
  return out;
}

/** Messages per field from zod's issues: a form's own check before it sends. */
export function issueErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  return fieldErrors(issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
}
