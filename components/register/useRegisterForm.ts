'use client';

import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '@/lib/api-client';
import type { FieldErrors } from '@/lib/form-errors';
import {
  apiIssues,
  artifactField,
  EMPTY_ARTIFACT,
  FIELD,
  hasErrors,
  issuesToFields,
  propertyField,
  toArtifactInput,
  toPropertiesInput,
  zodIssues,
  type ArtifactValues,
  type PropertyRow,
} from './register-form';

/** What both requests carry besides their own names: labels, typed properties and the artifact. */
type SharedParts = {
  labels: string[];
  properties: ReturnType<typeof toPropertiesInput>['properties'];
  artifact: ReturnType<typeof toArtifactInput>;
};

export type RegisterForm = ReturnType<typeof useRegisterForm>;

/**
 * The state both registration forms share: the version's name and description, artifact
 * fields, labels (with the text still being typed), property rows and field errors. Editing
 * a field clears its message, and a failed submit moves focus to the first field with one.
 * `kind` says which request the form sends: a model (with its first version) or a version.
 */
export function useRegisterForm(kind: 'model' | 'version', initialArtifact: ArtifactValues = EMPTY_ARTIFACT) {
  const formRef = useRef<HTMLFormElement>(null);
  const nextRowId = useRef(1);
  const [version, setVersion] = useState({ name: '', description: '' });
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

  /** Shows messages; with `focus`, moves focus to the first invalid field once rendered. */
  const showErrors = (next: FieldErrors, focus = true) => {
    setErrors(next);
    if (focus) setFailedSubmits((n) => n + 1);
  };
  const ctx = { kind, location: artifact.location, rows };
  /** The labels to send: a label typed but not yet added with Enter counts too. */
  const labelsToSend = () => (labelDraft === '' || labels.includes(labelDraft) ? labels : [...labels, labelDraft]);

  return {
    formRef,
    errors,
    showErrors,
    clear,
    version,
    changeVersion: (patch: Partial<typeof version>) => {
      setVersion((v) => ({ ...v, ...patch }));
      if ('name' in patch) clear(FIELD.versionName);
      if ('description' in patch) clear(FIELD.versionDescription);
    },
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
    /**
     * The submit handler: builds the body from the shared parts, checks it against `schema`
     * (with the properties' own messages and `takenMessage` from the live name check on
     * `nameField`), then sends it, or shows what is wrong and focuses it.
     */
    onSubmit:
      <B>({
        schema,
        body: build,
        nameField,
        takenMessage,
        send,
      }: {
        schema: z.ZodType;
        body: (parts: SharedParts) => B;
        nameField: string;
        takenMessage: string | undefined;
        send: (body: B) => void;
      }) =>
      (event: React.FormEvent) => {
        event.preventDefault();
        const properties = toPropertiesInput(rows);
        const body = build({
          labels: labelsToSend(),
          properties: properties.properties,
          artifact: toArtifactInput(artifact),
        });
        const parsed = schema.safeParse(body);
        const found: FieldErrors = {
          ...(parsed.success ? {} : issuesToFields(zodIssues(parsed.error.issues), ctx)),
          ...properties.errors,
        };
        if (takenMessage) found[nameField] ??= takenMessage;
        if (hasErrors(found)) {
          showErrors(found);
          return;
        }
        showErrors({}, false);
        send(body);
      },
    /** Shows why the request failed: a conflict on the name, a 422's issues on their fields, anything else above the form. */
    showRequestError: (err: Error, nameField: string) => {
      const found: FieldErrors =
        err instanceof ApiError && err.status === 409
          ? { [nameField]: err.message }
          : err instanceof ApiError && err.status === 422
            ? issuesToFields(apiIssues(err.details), ctx)
            : {};
      showErrors(hasErrors(found) ? found : { [FIELD.form]: err.message });
    },
  };
}
