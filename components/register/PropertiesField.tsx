'use client';

import { Button, FormGroup, FormSelect, FormSelectOption, Grid, GridItem, TextInput } from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { useId } from 'react';
import type { FieldErrors } from '@/lib/form-errors';
import { PROPERTY_TYPES, type TPropertyType } from '@/lib/validation/fields';
import { FieldHelper, validated } from './FieldHelper';
import { FIELD, propertyField, type PropertyRow } from './register-form';
import styles from './register.module.css';

const TYPE_LABEL: Record<TPropertyType, string> = {
  string: 'String',
  integer: 'Integer',
  number: 'Number',
  boolean: 'Boolean',
};

const PLACEHOLDER: Record<TPropertyType, string> = {
  string: 'e.g. payments-ml',
  integer: 'e.g. 42',
  number: 'e.g. 0.95',
  boolean: '',
};

const isPropertyType = (value: string): value is TPropertyType => (PROPERTY_TYPES as readonly string[]).includes(value);

/** Typed custom properties: one row of key, type and value each, with add and remove. */
export function PropertiesField({
  rows,
  onChange,
  onAdd,
  errors,
  isDisabled,
}: {
  rows: PropertyRow[];
  onChange: (rows: PropertyRow[]) => void;
  onAdd: () => void;
  errors: FieldErrors;
  isDisabled?: boolean;
}) {
  const id = useId();
  const update = (rowId: number, patch: Partial<PropertyRow>) =>
    onChange(rows.map((r) => (r.id === rowId ? { ...r, ...patch } : r)));
  const changeType = (row: PropertyRow, type: TPropertyType) =>
    update(row.id, {
      type,
      // A boolean is chosen from a list: start from a value it offers.
      value: type === 'boolean' ? (row.value === 'false' ? 'false' : 'true') : row.type === 'boolean' ? '' : row.value,
    });

  return (
    <FormGroup label="Properties" role="group" fieldId={`${id}-properties`}>
      <div className={styles.propertyRows}>
        {rows.length > 0 && (
          <Grid hasGutter className={styles.propertyHead} aria-hidden="true">
            <GridItem span={4}>Key</GridItem>
            <GridItem span={3}>Type</GridItem>
            <GridItem span={4}>Value</GridItem>
          </Grid>
        )}
        {rows.map((row, index) => {
          const n = index + 1;
          const keyError = errors[propertyField(row.id, 'key')];
          const valueError = errors[propertyField(row.id, 'value')];
          const rowId = `${id}-row-${row.id}`;
          return (
            <Grid hasGutter key={row.id} className={styles.propertyRow}>
              <GridItem span={4}>
                <TextInput
                  id={`${rowId}-key`}
                  aria-label={`Key of property ${n}`}
                  value={row.key}
                  onChange={(_e, key) => update(row.id, { key })}
                  validated={validated(keyError)}
                  placeholder="e.g. team"
                  isDisabled={isDisabled}
                  aria-describedby={keyError ? `${rowId}-key-helper` : undefined}
                />
                <FieldHelper id={`${rowId}-key-helper`} error={keyError} />
              </GridItem>
              <GridItem span={3}>
                <FormSelect
                  id={`${rowId}-type`}
                  aria-label={`Type of property ${n}`}
                  value={row.type}
                  onChange={(_e, type) => isPropertyType(type) && changeType(row, type)}
                  isDisabled={isDisabled}
                >
                  {PROPERTY_TYPES.map((t) => (
                    <FormSelectOption key={t} value={t} label={TYPE_LABEL[t]} />
                  ))}
                </FormSelect>
              </GridItem>
              <GridItem span={4}>
                {row.type === 'boolean' ? (
                  <FormSelect
                    id={`${rowId}-value`}
                    aria-label={`Value of property ${n}`}
                    value={row.value}
                    onChange={(_e, value) => update(row.id, { value })}
                    validated={validated(valueError)}
                    isDisabled={isDisabled}
                  >
                    <FormSelectOption value="true" label="true" />
                    <FormSelectOption value="false" label="false" />
                  </FormSelect>
                ) : (
                  <TextInput
                    id={`${rowId}-value`}
                    aria-label={`Value of property ${n}`}
                    value={row.value}
                    onChange={(_e, value) => update(row.id, { value })}
                    validated={validated(valueError)}
                    placeholder={PLACEHOLDER[row.type]}
                    inputMode={row.type === 'integer' ? 'numeric' : row.type === 'number' ? 'decimal' : undefined}
                    isDisabled={isDisabled}
                    aria-describedby={valueError ? `${rowId}-value-helper` : undefined}
                  />
                )}
                <FieldHelper id={`${rowId}-value-helper`} error={valueError} />
              </GridItem>
              <GridItem span={1}>
                <Button
                  variant="plain"
                  aria-label={`Remove property ${n}`}
                  icon={<MinusCircleIcon />}
                  isDisabled={isDisabled}
                  onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
                />
              </GridItem>
            </Grid>
          );
        })}
        <div>
          <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={onAdd} isDisabled={isDisabled}>
            Add property
          </Button>
        </div>
      </div>
      <FieldHelper
        id={`${id}-properties-helper`}
        error={errors[FIELD.properties]}
        hint={rows.length === 0 ? 'Typed key–value pairs, such as metrics or the owning team.' : undefined}
      />
    </FormGroup>
  );
}
