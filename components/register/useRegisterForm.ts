'use client';

import { useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '@/lib/form-errors';
import {
  artifactField,
  EMPTY_ARTIFACT,
  FIELD,
  propertyField,
  toPropertiesInput,
  type ArtifactValues,
  type PropertyRow,
} from './register-form';

/**
 * The state both registration forms share: artifact fields, labels (with the text still
 * being typed), property rows and field errors. Editing a field clears its message, and a
 * failed submit moves focus to the first field with one.
 */
export function useRegisterForm(initialArtifact: ArtifactValues = EMPTY_ARTIFACT) {
  const formRef = useRef<HTMLFormElement>(null);
  const nextRowId = useRef(1);
  const [artifact, setArtifact] = useState(initialArtifact);
  const [labels, setLabels] = useState<string[]>([]);
  const [labelDraft, setLabelDraft] = useState('');
  const [rows, setRows] = useState<PropertyRow[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failedSubmits, setFailedSubmits] = useState(0);

  useEffect(() => {
    if (failedSubmits === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [failedSubmits]);

  const clear = (...keys: string[]) =>
    setErrors((e) => {
      if (!keys.some((k) => k in e)) return e;
      const next = { ...e };
      for (const k of keys) delete next[k];
      return next;
    });

  return {
    formRef,
    errors,
    /** Shows messages; with `focus`, moves focus to the first invalid field once rendered. */
    showErrors: (next: FieldErrors, focus = true) => {
      setErrors(next);
      if (focus) setFailedSubmits((n) => n + 1);
    },
    clear,
    artifact,
    changeArtifact: (patch: Partial<ArtifactValues>) => {
      setArtifact((a) => ({ ...a, ...patch }));
      const keys = Object.keys(patch).map((k) =>
        k === 'formatName' ? 'modelFormatName' : k === 'formatVersion' ? 'modelFormatVersion' : k,
      );
      clear(FIELD.location, FIELD.form, ...keys.map(artifactField));
    },
    labels,
    labelDraft,
    changeLabels: (next: string[]) => {
      setLabels(next);
      clear(FIELD.labels);
    },
    changeLabelDraft: (draft: string) => {
      setLabelDraft(draft);
      clear(FIELD.labels);
    },
    /** The labels to send: a label typed but not yet added with Enter counts too. */
    labelsToSend: () => (labelDraft === '' || labels.includes(labelDraft) ? labels : [...labels, labelDraft]),
    rows,
    changeRows: (next: PropertyRow[]) => {
      // Only the rows that changed lose their messages.
      const changed = next.filter((r) => !rows.includes(r));
      setRows(next);
      clear(FIELD.properties, ...changed.flatMap((r) => [propertyField(r.id, 'key'), propertyField(r.id, 'value')]));
    },
    addRow: () => {
      const id = nextRowId.current++;
      setRows((r) => [...r, { id, key: '', type: 'string', value: '' }]);
    },
    propertiesToSend: () => toPropertiesInput(rows),
  };
}
