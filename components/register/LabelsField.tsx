'use client';

import {
  Button,
  FormGroup,
  Label,
  LabelGroup,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
} from '@patternfly/react-core';
import { TimesIcon } from '@patternfly/react-icons';
import { useId, useState } from 'react';
import { ZLabel } from '@/lib/validation/fields';
import { FieldHelper } from './FieldHelper';

const HINT = 'Type a label and press Enter. Labels are plain tags of up to 63 characters.';

/**
 * Labels as removable tags with an inline "Add label" input. The text still being typed is
 * `draft`, so that a form can count it as a label when it is submitted without Enter.
 */
export function LabelsField({
  labels,
  onChange,
  draft,
  onDraftChange,
  error,
  isDisabled,
}: {
  labels: string[];
  onChange: (labels: string[]) => void;
  draft: string;
  onDraftChange: (draft: string) => void;
  error?: string;
  isDisabled?: boolean;
}) {
  const id = useId();
  const inputId = `${id}-input`;
  const helperId = `${id}-helper`;
  const [draftError, setDraftError] = useState<string | undefined>();

  const add = () => {
    const parsed = ZLabel.safeParse(draft);
    if (!parsed.success) {
      setDraftError(parsed.error.issues[0]?.message);
      return;
    }
    if (!labels.includes(parsed.data)) onChange([...labels, parsed.data]);
    onDraftChange('');
    setDraftError(undefined);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter adds the label; it must not submit the form.
      event.preventDefault();
      if (draft !== '') add();
    } else if (event.key === 'Backspace' && draft === '' && labels.length > 0) {
      onChange(labels.slice(0, -1));
    }
  };

  const shownError = draftError ?? error;
  return (
    <FormGroup label="Labels" fieldId={inputId}>
      <TextInputGroup isDisabled={isDisabled} validated={shownError ? 'error' : undefined}>
        <TextInputGroupMain
          inputId={inputId}
          aria-label="Add label"
          placeholder={labels.length ? 'Add label' : 'Add label, e.g. production'}
          value={draft}
          onChange={(_e, value) => {
            onDraftChange(value);
            setDraftError(undefined);
          }}
          onKeyDown={onKeyDown}
          inputProps={{
            autoComplete: 'off',
            'aria-invalid': shownError ? true : undefined,
            'aria-describedby': helperId,
          }}
        >
          {labels.length > 0 && (
            <LabelGroup aria-label="Labels added" numLabels={12}>
              {labels.map((label) => (
                <Label
                  key={label}
                  variant="outline"
                  color="blue"
                  onClose={isDisabled ? undefined : () => onChange(labels.filter((l) => l !== label))}
                  closeBtnAriaLabel={`Remove label ${label}`}
                >
                  {label}
                </Label>
              ))}
            </LabelGroup>
          )}
        </TextInputGroupMain>
        {(labels.length > 0 || draft !== '') && !isDisabled && (
          <TextInputGroupUtilities>
            <Button
              variant="plain"
              aria-label="Remove all labels"
              icon={<TimesIcon />}
              onClick={() => {
                onChange([]);
                onDraftChange('');
                setDraftError(undefined);
              }}
            />
          </TextInputGroupUtilities>
        )}
      </TextInputGroup>
      <FieldHelper id={helperId} error={shownError} hint={HINT} />
    </FormGroup>
  );
}
