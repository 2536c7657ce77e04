'use client';

import { ActionGroup, Alert, Button, FormGroup, TextArea, TextInput } from '@patternfly/react-core';
import Link from 'next/link';
import { useId } from 'react';
import { FieldHelper, validated } from './FieldHelper';
import { LabelsField } from './LabelsField';
import { PropertiesField } from './PropertiesField';
import { FIELD } from './register-form';
import type { NameCheck } from './useNameTaken';
import type { RegisterForm } from './useRegisterForm';

/** A required, immutable name with the live "already taken" check under it. */
export function NameField({
  label,
  value,
  onChange,
  error,
  check,
  takenMessage,
  hint,
  isDisabled,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  check: NameCheck;
  takenMessage: string;
  hint: string;
  isDisabled?: boolean;
}) {
  const id = useId();
  const shownError = error ?? (check === 'taken' ? takenMessage : undefined);
  const status =
    check === 'checking'
      ? { variant: 'indeterminate' as const, text: 'Checking whether the name is free…' }
      : check === 'available'
        ? { variant: 'success' as const, text: 'The name is free.' }
        : null;
  return (
    <FormGroup label={label} isRequired fieldId={id}>
      <TextInput
        id={id}
        isRequired
        value={value}
        onChange={(_e, v) => onChange(v)}
        validated={shownError ? 'error' : check === 'available' ? 'success' : 'default'}
        isDisabled={isDisabled}
        autoComplete="off"
        aria-describedby={`${id}-helper`}
      />
      <FieldHelper id={`${id}-helper`} error={shownError} status={status} hint={hint} isLive />
    </FormGroup>
  );
}

export function DescriptionField({
  label,
  value,
  onChange,
  error,
  isDisabled,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  isDisabled?: boolean;
}) {
  const id = useId();
  return (
    <FormGroup label={label} fieldId={id}>
      <TextArea
        id={id}
        value={value}
        onChange={(_e, v) => onChange(v)}
        resizeOrientation="vertical"
        rows={3}
        validated={validated(error)}
        isDisabled={isDisabled}
        aria-describedby={error ? `${id}-helper` : undefined}
      />
      <FieldHelper id={`${id}-helper`} error={error} />
    </FormGroup>
  );
}

/** The submit button (disabled while the request runs) and Cancel, back to where the user came from. */
export function RegisterActions({
  submitLabel,
  isPending,
  isDisabled,
  cancelHref,
}: {
  submitLabel: string;
  isPending: boolean;
  isDisabled?: boolean;
  cancelHref: string;
}) {
  return (
    <ActionGroup>
      <Button
        variant="primary"
        type="submit"
        isLoading={isPending}
        isDisabled={isPending || isDisabled}
        spinnerAriaValueText={isPending ? 'Registering' : undefined}
      >
        {submitLabel}
      </Button>
      <Button variant="link" component={(props: object) => <Link {...props} href={cancelHref} />}>
        Cancel
      </Button>
    </ActionGroup>
  );
}

/** Why the form is read-only, and why the last request failed where no field says so. */
export function RegisterAlerts({
  form,
  readOnlyTitle,
  readOnlyReason,
  errorTitle,
}: {
  form: RegisterForm;
  readOnlyTitle: string;
  readOnlyReason?: string;
  errorTitle: string;
}) {
  return (
    <>
      {readOnlyReason && (
        <Alert variant="warning" isInline title={readOnlyTitle}>
          {readOnlyReason}
        </Alert>
      )}
      {form.errors[FIELD.form] && (
        <Alert variant="danger" isInline title={errorTitle}>
          {form.errors[FIELD.form]}
        </Alert>
      )}
    </>
  );
}

/** The version's name and description, in both registration forms. */
export function VersionFields({
  form,
  check,
  takenMessage,
  hint,
  isDisabled,
}: {
  form: RegisterForm;
  check: NameCheck;
  takenMessage: string;
  hint: string;
  isDisabled: boolean;
}) {
  return (
    <>
      <NameField
        label="Version name"
        value={form.version.name}
        onChange={(name) => form.changeVersion({ name })}
        error={form.errors[FIELD.versionName]}
        check={check}
        takenMessage={takenMessage}
        hint={hint}
        isDisabled={isDisabled}
      />
      <DescriptionField
        label="Version description"
        value={form.version.description}
        onChange={(description) => form.changeVersion({ description })}
        error={form.errors[FIELD.versionDescription]}
        isDisabled={isDisabled}
      />
    </>
  );
}

/** Labels and properties: of the model when registering one, of the version otherwise. */
export function MetadataFields({ form, isDisabled }: { form: RegisterForm; isDisabled: boolean }) {
  return (
    <>
      <LabelsField
        labels={form.labels}
        onChange={form.changeLabels}
        draft={form.labelDraft}
        onDraftChange={form.changeLabelDraft}
        error={form.errors[FIELD.labels]}
        isDisabled={isDisabled}
      />
      <PropertiesField
        rows={form.rows}
        onChange={form.changeRows}
        onAdd={form.addRow}
        errors={form.errors}
        isDisabled={isDisabled}
      />
    </>
  );
}
