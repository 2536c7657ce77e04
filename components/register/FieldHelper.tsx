'use client';

import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';

export type Validated = 'default' | 'error' | 'success';

/** A field's message under it: its error if it has one, else a status or a hint. */
export function FieldHelper({
  id,
  error,
  hint,
  status,
  isLive = false,
}: {
  id: string;
  /** Announce changes (a live check's result) to screen readers. */
  isLive?: boolean;
  error?: string;
  hint?: React.ReactNode;
  status?: { variant: 'success' | 'indeterminate' | 'warning'; text: string } | null;
}) {
  if (!error && !hint && !status) return null;
  return (
    <FormHelperText>
      <HelperText id={id} isLiveRegion={isLive}>
        {error ? (
          <HelperTextItem variant="error">{error}</HelperTextItem>
        ) : status ? (
          <HelperTextItem variant={status.variant}>{status.text}</HelperTextItem>
        ) : (
          <HelperTextItem>{hint}</HelperTextItem>
        )}
      </HelperText>
    </FormHelperText>
  );
}

export const validated = (error: string | undefined): Validated => (error ? 'error' : 'default');
