// The registration forms' state, its conversion to the API's request bodies, and the
// mapping of zod (or API) issue paths back to the form fields that show them.
import type { z } from 'zod';
import type { FieldErrors } from '@/lib/form-errors';
import type { ZArtifactCreate } from '@/lib/validation/artifact';
import { ZPropertyKey, type TPropertyType, type TTypedProperty } from '@/lib/validation/fields';

export type LocationMode = 'objectStorage' | 'uri';

export type ArtifactValues = {
  formatName: string;
  formatVersion: string;
  location: LocationMode;
  endpoint: string;
  bucket: string;
  region: string;
  path: string;
  uri: string;
};

export const EMPTY_ARTIFACT: ArtifactValues = {
  formatName: '',
  formatVersion: '',
  location: 'objectStorage',
  endpoint: '',
  bucket: '',
  region: '',
  path: '',
  uri: '',
};

export type PropertyRow = { id: number; key: string; type: TPropertyType; value: string };

/** What the version page learns from the model's latest version, to pre-fill the form. */
export type VersionPrefill = {
  latestVersion: string;
  artifact: ArtifactValues;
  /** The latest version's object-storage path or URI, shown as a hint (never pre-filled). */
  previousPath: string | null;
  previousUri: string | null;
};

/** Form-field keys: where each message is shown. */
export const FIELD = {
  modelName: 'model.name',
  modelDescription: 'model.description',
  versionName: 'version.name',
  versionDescription: 'version.description',
  labels: 'labels',
  properties: 'properties',
  location: 'artifact.location',
  form: 'form',
} as const;

export const artifactField = (name: string) => `artifact.${name}`;
export const propertyField = (rowId: number, part: 'key' | 'value') => `property.${rowId}.${part}`;

type ArtifactInput = z.input<typeof ZArtifactCreate>;

const orUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/** Only the fields of the chosen location kind are sent; empty optional fields are left out. */
export function toArtifactInput(values: ArtifactValues): ArtifactInput {
  const format = {
    modelFormatName: orUndefined(values.formatName),
    modelFormatVersion: orUndefined(values.formatVersion),
  };
  if (values.location === 'uri') return { ...format, uri: orUndefined(values.uri) };
  return {
    ...format,
    endpoint: orUndefined(values.endpoint),
    bucket: orUndefined(values.bucket),
    region: orUndefined(values.region),
    path: orUndefined(values.path),
  };
}

/**
 * Turns property rows into the API's typed form `{ key: { type, value } }`. Values that
 * cannot be read as their type, empty and duplicate keys are reported per row; wholly
 * empty rows are ignored.
 */
export function toPropertiesInput(rows: PropertyRow[]): {
  properties: Record<string, TTypedProperty>;
  errors: FieldErrors;
} {
  const properties: Record<string, TTypedProperty> = {};
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.key === '' && row.value === '') continue;
    const key = ZPropertyKey.safeParse(row.key);
    if (!key.success) errors[propertyField(row.id, 'key')] = key.error.issues[0]?.message ?? 'Enter a key.';
    else if (seen.has(row.key)) errors[propertyField(row.id, 'key')] = 'This key is already used by another property.';
    seen.add(row.key);
    const value = typedValue(row);
    if (typeof value === 'string') errors[propertyField(row.id, 'value')] = value;
    else if (key.success) properties[row.key] = value;
  }
  return { properties, errors };
}

/** The row's typed value, or a message saying why its text is not one. */
function typedValue(row: PropertyRow): TTypedProperty | string {
  const text = row.value.trim();
  switch (row.type) {
    case 'string':
      return { type: 'string', value: row.value };
    case 'boolean':
      return text === 'true' || text === 'false'
        ? { type: 'boolean', value: text === 'true' }
        : 'Choose true or false.';
    case 'integer':
      return /^[-+]?\d+$/.test(text) ? { type: 'integer', value: Number(text) } : 'Enter a whole number, such as 42.';
    case 'number': {
      const n = Number(text);
      return text !== '' && Number.isFinite(n) ? { type: 'number', value: n } : 'Enter a number, such as 0.95.';
    }
  }
}

export type Issue = { path: string; message: string };

export function zodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Issue[] {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

type MapContext = {
  /** Which request the paths belong to: the model (with a nested `version`) or a version. */
  kind: 'model' | 'version';
  location: LocationMode;
  rows: PropertyRow[];
};

/** One message per field; issues that belong to no visible field are collected under FIELD.form. */
export function issuesToFields(issues: Issue[], ctx: MapContext): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path, ctx);
    out[field] ??= issue.message;
  }
  return out;
}

function fieldOf(path: string, ctx: MapContext): string {
  if (ctx.kind === 'model') {
    if (path === 'name') return FIELD.modelName;
    if (path === 'description') return FIELD.modelDescription;
    if (path.startsWith('version.')) return versionFieldOf(path.slice('version.'.length), ctx, false);
    return metaFieldOf(path, ctx) ?? FIELD.form;
  }
  return versionFieldOf(path, ctx, true);
}

function versionFieldOf(path: string, ctx: MapContext, ownsMeta: boolean): string {
  if (path === 'name') return FIELD.versionName;
  if (path === 'description') return FIELD.versionDescription;
  if (path === 'artifact' || path.startsWith('artifact.')) {
    const name = path.split('.')[1] ?? 'uri';
    // With object storage chosen the URI field is hidden: "give a location" belongs to the group.
    if (name === 'uri' && ctx.location === 'objectStorage') return FIELD.location;
    if (['uri', 'endpoint', 'bucket', 'region', 'path', 'modelFormatName', 'modelFormatVersion'].includes(name))
      return artifactField(name);
    return FIELD.form;
  }
  return (ownsMeta ? metaFieldOf(path, ctx) : undefined) ?? FIELD.form;
}

/** `labels.3` → the labels field; `properties.<key>[.value]` → that key's row. */
function metaFieldOf(path: string, ctx: MapContext): string | undefined {
  if (path === 'labels' || path.startsWith('labels.')) return FIELD.labels;
  if (path === 'properties') return FIELD.properties;
  if (!path.startsWith('properties.')) return undefined;
  const rest = path.slice('properties.'.length);
  // Keys may contain dots, so match whole keys first, then a key followed by a part of its value.
  const exact = ctx.rows.find((r) => r.key === rest);
  if (exact) return propertyField(exact.id, 'key');
  const nested = ctx.rows.find((r) => rest.startsWith(`${r.key}.`));
  if (nested) return propertyField(nested.id, 'value');
  return FIELD.properties;
}

/** API error details carry paths prefixed with the request part ("body."). */
export function apiIssues(details: unknown): Issue[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null || !('path' in d) || !('message' in d)) return [];
    if (typeof d.path !== 'string' || typeof d.message !== 'string') return [];
    return [{ path: d.path.replace(/^body\.?/, ''), message: d.message }];
  });
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

type PrefillSource = {
  name: string;
  artifacts: {
    uri: string | null;
    endpoint: string | null;
    bucket: string | null;
    region: string | null;
    path: string | null;
    modelFormatName: string;
    modelFormatVersion: string;
  }[];
};

/**
 * A new version starts from the latest one: same format and storage, but never the same
 * path or URI (each version's files live somewhere of their own).
 */
export function prefillFrom(latest: PrefillSource): VersionPrefill {
  const a = latest.artifacts[0];
  if (!a) return { latestVersion: latest.name, artifact: EMPTY_ARTIFACT, previousPath: null, previousUri: null };
  const format = { formatName: a.modelFormatName, formatVersion: a.modelFormatVersion };
  if (a.uri) {
    return {
      latestVersion: latest.name,
      artifact: { ...EMPTY_ARTIFACT, ...format, location: 'uri' },
      previousPath: null,
      previousUri: a.uri,
    };
  }
  return {
    latestVersion: latest.name,
    artifact: {
      ...EMPTY_ARTIFACT,
      ...format,
      location: 'objectStorage',
      endpoint: a.endpoint ?? '',
      bucket: a.bucket ?? '',
      region: a.region ?? '',
    },
    previousPath: a.path,
    previousUri: null,
  };
}
