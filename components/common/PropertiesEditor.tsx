'use client';

import { Button, FormSelect, FormSelectOption, TextInput } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { TProperties, TTypedProperty } from '@/lib/validation/fields';

export type PropertyRow = { key: string; type: TTypedProperty['type']; value: string };

export function toRows(properties: TProperties): PropertyRow[] {
  return Object.entries(properties).map(([key, p]) => ({ key, type: p.type, value: String(p.value) }));
}

/** Rows back to typed properties, or the first problem found. */
export function fromRows(rows: PropertyRow[]): { properties: Record<string, TTypedProperty> } | { error: string } {
  const properties: Record<string, TTypedProperty> = {};
  for (const r of rows) {
    const key = r.key.trim();
    if (!key) return { error: 'Every property needs a key.' };
    if (key in properties) return { error: `The key "${key}" is used twice.` };
    if (r.type === 'string') properties[key] = { type: 'string', value: r.value };
    else if (r.type === 'boolean') {
      if (r.value !== 'true' && r.value !== 'false') return { error: `"${key}" needs true or false.` };
      properties[key] = { type: 'boolean', value: r.value === 'true' };
    } else {
      const n = Number(r.value);
      if (r.value.trim() === '' || !Number.isFinite(n)) return { error: `"${key}" needs a number.` };
      if (r.type === 'integer' && !Number.isSafeInteger(n)) return { error: `"${key}" needs a whole number.` };
      properties[key] = { type: r.type, value: n };
    }
  }
  return { properties };
}

/** Read-only table of typed properties. */
export function PropertiesTable({ properties, label }: { properties: TProperties; label: string }) {
  const rows = toRows(properties);
  if (rows.length === 0) return <span className="pf-v6-u-text-color-subtle">No properties</span>;
  return (
    <Table aria-label={label} variant="compact">
      <Thead>
        <Tr>
          <Th>Key</Th>
          <Th>Value</Th>
          <Th>Type</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((r) => (
          <Tr key={r.key}>
            <Td dataLabel="Key">{r.key}</Td>
            <Td dataLabel="Value">{r.value}</Td>
            <Td dataLabel="Type">{r.type}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

/** Editable rows of key, type and value. */
export function PropertiesEditor({ rows, onChange }: { rows: PropertyRow[]; onChange: (rows: PropertyRow[]) => void }) {
  const set = (i: number, change: Partial<PropertyRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <>
      <Table aria-label="Edit properties" variant="compact">
        <Thead>
          <Tr>
            <Th>Key</Th>
            <Th>Type</Th>
            <Th>Value</Th>
            <Th screenReaderText="Remove" />
          </Tr>
        </Thead>
        <Tbody>
          {rows.map((r, i) => (
            <Tr key={i}>
              <Td dataLabel="Key">
                <TextInput
                  aria-label={`Key of property ${i + 1}`}
                  value={r.key}
                  onChange={(_e, v) => set(i, { key: v })}
                />
              </Td>
              <Td dataLabel="Type">
                <FormSelect
                  aria-label={`Type of property ${i + 1}`}
                  value={r.type}
                  onChange={(_e, v) =>
                    set(i, { type: v === 'integer' || v === 'number' || v === 'boolean' ? v : 'string' })
                  }
                >
                  {['string', 'integer', 'number', 'boolean'].map((t) => (
                    <FormSelectOption key={t} value={t} label={t} />
                  ))}
                </FormSelect>
              </Td>
              <Td dataLabel="Value">
                <TextInput
                  aria-label={`Value of property ${i + 1}`}
                  value={r.value}
                  onChange={(_e, v) => set(i, { value: v })}
                />
              </Td>
              <Td isActionCell>
                <Button
                  variant="plain"
                  aria-label={`Remove property ${i + 1}`}
                  icon={<MinusCircleIcon />}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
      <Button
        variant="link"
        icon={<PlusCircleIcon />}
        onClick={() => onChange([...rows, { key: '', type: 'string', value: '' }])}
      >
        Add property
      </Button>
    </>
  );
}
