'use client';

import {
  Button,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  HelperText,
  HelperTextItem,
  TextArea,
} from '@patternfly/react-core';
import { PencilAltIcon } from '@patternfly/react-icons';
import { useState } from 'react';
import { LabelList } from './LabelList';
import { LabelsEditor } from './LabelsEditor';
import { fromRows, PropertiesEditor, PropertiesTable, toRows, type PropertyRow } from './PropertiesEditor';
import type { TProperties } from '@/lib/validation/fields';

type Props<T> = {
  title: string;
  /** Accessible name of the Edit button, e.g. "Edit description". */
  editLabel: string;
  canEdit: boolean;
  /** What the card shows when not editing. */
  view: React.ReactNode;
  /** The draft to start editing from. */
  start: () => T;
  editor: (draft: T, setDraft: (next: T) => void) => React.ReactNode;
  /** Checks the draft; a message blocks saving. */
  validate?: (draft: T) => string | null;
  /** Saves the draft; a rejection keeps the editor open with its message. */
  onSave: (draft: T) => Promise<unknown>;
};

/** A card that shows a value and edits it in place; each card keeps its own draft. */
export function EditableCard<T>({ title, editLabel, canEdit, view, start, editor, validate, onSave }: Props<T>) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (!draft) return;
    const problem = validate?.(draft.value) ?? null;
    if (problem) return setError(problem);
    setSaving(true);
    try {
      await onSave(draft.value);
      setDraft(null);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : 'The change was not saved.');
    } finally {
      setSaving(false);
    }
  };
  const edit =
    canEdit && !draft ? (
      <Button
        variant="link"
        isInline
        icon={<PencilAltIcon />}
        aria-label={editLabel}
        onClick={() => setDraft({ value: start() })}
      >
        Edit
      </Button>
    ) : null;
  return (
    <Card>
      <CardHeader actions={{ actions: edit }}>
        <CardTitle component="h2">{title}</CardTitle>
      </CardHeader>
      <CardBody>
        {draft ? (
          <>
            {editor(draft.value, (value) => setDraft({ value }))}
            <div
              style={{ marginTop: 'var(--pf-t--global--spacer--sm)', display: 'flex', gap: 8, alignItems: 'center' }}
            >
              <Button variant="primary" onClick={() => void save()} isLoading={saving} isDisabled={saving}>
                Save
              </Button>
              <Button
                variant="link"
                onClick={() => {
                  setDraft(null);
                  setError(null);
                }}
              >
                Cancel
              </Button>
              {error && (
                <HelperText>
                  <HelperTextItem variant="error">{error}</HelperTextItem>
                </HelperText>
              )}
            </div>
          </>
        ) : (
          view
        )}
      </CardBody>
    </Card>
  );
}

const subtle = { color: 'var(--pf-t--global--text--color--subtle)' };

export function DescriptionCard({
  value,
  canEdit,
  onSave,
}: {
  value: string;
  canEdit: boolean;
  onSave: (v: string) => Promise<unknown>;
}) {
  return (
    <EditableCard
      title="Description"
      editLabel="Edit description"
      canEdit={canEdit}
      view={<p style={{ whiteSpace: 'pre-wrap' }}>{value || <span style={subtle}>No description</span>}</p>}
      start={() => value}
      editor={(draft, set) => (
        <TextArea aria-label="Description" value={draft} onChange={(_e, v) => set(v)} autoResize maxLength={10_000} />
      )}
      onSave={onSave}
    />
  );
}

export function LabelsCard({
  labels,
  label,
  canEdit,
  onSave,
}: {
  labels: string[];
  label: string;
  canEdit: boolean;
  onSave: (v: string[]) => Promise<unknown>;
}) {
  return (
    <EditableCard
      title="Labels"
      editLabel="Edit labels"
      canEdit={canEdit}
      view={<LabelList labels={labels} visible={20} label={label} />}
      start={() => labels}
      editor={(draft, set) => <LabelsEditor labels={draft} onChange={set} ariaLabel={label} />}
      onSave={onSave}
    />
  );
}

export function PropertiesCard({
  properties,
  label,
  canEdit,
  onSave,
}: {
  properties: TProperties;
  label: string;
  canEdit: boolean;
  onSave: (v: TProperties) => Promise<unknown>;
}) {
  return (
    <EditableCard<PropertyRow[]>
      title="Properties"
      editLabel="Edit properties"
      canEdit={canEdit}
      view={<PropertiesTable properties={properties} label={label} />}
      start={() => toRows(properties)}
      editor={(draft, set) => <PropertiesEditor rows={draft} onChange={set} />}
      validate={(rows) => {
        const parsed = fromRows(rows);
        return 'error' in parsed ? parsed.error : null;
      }}
      onSave={(rows) => {
        const parsed = fromRows(rows);
        return 'error' in parsed ? Promise.reject(new Error(parsed.error)) : onSave(parsed.properties);
      }}
    />
  );
}

/** The description, labels and properties of a model or version, each card editable in place. */
export function MetadataCards({
  what,
  item,
  canEdit,
  onSave,
}: {
  what: 'Model' | 'Version';
  item: { description: string; labels: string[]; properties: TProperties };
  canEdit: boolean;
  onSave: (patch: { description: string } | { labels: string[] } | { properties: TProperties }) => Promise<unknown>;
}) {
  return (
    <>
      <DescriptionCard value={item.description} canEdit={canEdit} onSave={(description) => onSave({ description })} />
      <LabelsCard
        labels={item.labels}
        label={`${what} labels`}
        canEdit={canEdit}
        onSave={(labels) => onSave({ labels })}
      />
      <PropertiesCard
        properties={item.properties}
        label={`${what} properties`}
        canEdit={canEdit}
        onSave={(properties) => onSave({ properties })}
      />
    </>
  );
}
