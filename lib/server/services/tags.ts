// Labels and typed properties: how they are stored and how they are returned.
import type { TProperties, TTypedProperty } from '@/lib/validation/fields';
import { AppError } from '../errors';

export type PropertyRow = {
  key: string;
  type: string;
  stringValue: string | null;
  numberValue: number | null;
  boolValue: boolean | null;
};

export function propertyColumns(p: TTypedProperty) {
  return {
    type: p.type,
    stringValue: p.type === 'string' ? p.value : null,
    numberValue: p.type === 'integer' || p.type === 'number' ? p.value : null,
    boolValue: p.type === 'boolean' ? p.value : null,
  };
}

export function propertyRows(properties: Record<string, TTypedProperty>) {
  return Object.entries(properties).map(([key, p]) => ({ key, ...propertyColumns(p) }));
}

function toTyped(row: PropertyRow): TTypedProperty | null {
  switch (row.type) {
    case 'string':
      return { type: 'string', value: row.stringValue ?? '' };
    case 'integer':
      return { type: 'integer', value: Math.trunc(row.numberValue ?? 0) };
    case 'number':
      return { type: 'number', value: row.numberValue ?? 0 };
    case 'boolean':
      return { type: 'boolean', value: Boolean(row.boolValue) };
    default:
      return null;
  }
}

export function propertiesDto(rows: PropertyRow[]): TProperties {
  const sorted = [...rows].sort((a, b) => a.key.localeCompare(b.key));
  const out: TProperties = {};
  for (const row of sorted) {
    const typed = toTyped(row);
    if (typed) out[row.key] = typed;
  }
  return out;
}

export function labelsDto(rows: { value: string }[]): string[] {
  return rows.map((r) => r.value).sort((a, b) => a.localeCompare(b));
}

/** Refuses a change after which a key would be both a label and a property (422). */
export function assertNoLabelPropertyClash(labels: string[], propertyKeys: string[]): void {
  const keys = new Set(propertyKeys);
  const clash = labels.filter((l) => keys.has(l));
  if (clash.length) {
    throw new AppError(
      'validation_failed',
      `A key cannot be both a label and a property: ${clash.join(', ')}.`,
      clash.map((k) => ({ path: `body.properties.${k}`, message: `"${k}" is also a label.` })),
    );
  }
}
