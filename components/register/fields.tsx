'use client';

import { ActionGroup, Button, FormGroup, TextArea, TextInput } from '@patternfly/react-core';
import Link from 'next/link';
import { useId } from 'react';
import { FieldHelper, validated } from './FieldHelper';
import type { NameCheck } from './useNameTaken';

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
