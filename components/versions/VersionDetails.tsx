'use client';

import {
  Button,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  ClipboardCopy,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  EmptyState,
  EmptyStateBody,
  Grid,
  GridItem,
  HelperText,
  HelperTextItem,
  PageSection,
  Stack,
  TextArea,
} from '@patternfly/react-core';
import { CubesIcon, PencilAltIcon } from '@patternfly/react-icons';
import Link from 'next/link';
import { useState } from 'react';
import { LabelList } from '@/components/common/LabelList';
import { LabelsEditor } from '@/components/common/LabelsEditor';
import {
  fromRows,
  PropertiesEditor,
  PropertiesTable,
  toRows,
  type PropertyRow,
} from '@/components/common/PropertiesEditor';
import { RelativeTime } from '@/components/common/RelativeTime';
import { api, routes } from '@/lib/routes';
import { canDo, type RegistryRole } from '@/lib/roles';
import { ArtifactLocation } from './ArtifactLocation';
import { spaceAbove, subtleText } from './styles';
import { usePatchVersion, useVersion, type VersionPatch } from './useVersion';

type Editing = 'description' | 'labels' | 'properties' | null;

export function VersionDetails({
  registry,
  model,
  version: versionName,
  role,
}: {
  registry: string;
  model: string;
  version: string;
  role: RegistryRole;
}) {
  const { data } = useVersion(registry, model, versionName);
  const patch = usePatchVersion(registry, model, versionName, () => 'Changes saved');
  const [editing, setEditing] = useState<Editing>(null);
  const [text, setText] = useState('');
  const [labels, setLabels] = useState<string[]>([]);
  const [rows, setRows] = useState<PropertyRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const version = data?.item;
  if (!version) return null;
  // Archived (on its own or through its model) means read-only; the API would answer 409.
  const canEdit = canDo(role, 'contributor') && version.state !== 'ARCHIVED';

  const start = (what: Editing) => {
    setError(null);
    setEditing(what);
    if (what === 'description') setText(version.description);
    if (what === 'labels') setLabels(version.labels);
    if (what === 'properties') setRows(toRows(version.properties));
  };
  const save = (body: VersionPatch) =>
    patch.mutate(body, {
      onSuccess: () => setEditing(null),
      onError: (err) => setError(err.message),
    });
  const editButton = (what: Editing, label: string) =>
    canEdit && editing !== what ? (
      <Button variant="link" isInline icon={<PencilAltIcon />} onClick={() => start(what)} aria-label={label}>
        Edit
      </Button>
    ) : null;
  const saveBar = (onSave: () => void) => (
    <div style={{ ...spaceAbove('sm'), display: 'flex', gap: 8, alignItems: 'center' }}>
      <Button variant="primary" onClick={onSave} isLoading={patch.isPending} isDisabled={patch.isPending}>
        Save
      </Button>
      <Button variant="link" onClick={() => setEditing(null)}>
        Cancel
      </Button>
      {error && (
        <HelperText>
          <HelperTextItem variant="error">{error}</HelperTextItem>
        </HelperText>
      )}
    </div>
  );

  return (
    <PageSection>
      <Grid hasGutter>
        <GridItem md={8}>
          <Stack hasGutter>
            <Card>
              <CardHeader actions={{ actions: editButton('description', 'Edit description') }}>
                <CardTitle component="h2">Description</CardTitle>
              </CardHeader>
              <CardBody>
                {editing === 'description' ? (
                  <>
                    <TextArea
                      aria-label="Description"
                      value={text}
                      onChange={(_e, v) => setText(v)}
                      autoResize
                      maxLength={10_000}
                    />
                    {saveBar(() => save({ description: text }))}
                  </>
                ) : (
                  <p style={{ whiteSpace: 'pre-wrap' }}>
                    {version.description || <span style={subtleText}>No description</span>}
                  </p>
                )}
              </CardBody>
            </Card>
            <Card>
              <CardHeader actions={{ actions: editButton('labels', 'Edit labels') }}>
                <CardTitle component="h2">Labels</CardTitle>
              </CardHeader>
              <CardBody>
                {editing === 'labels' ? (
                  <>
                    <LabelsEditor labels={labels} onChange={setLabels} ariaLabel="Version labels" />
                    {saveBar(() => save({ labels }))}
                  </>
                ) : (
                  <LabelList labels={version.labels} visible={20} label="Version labels" />
                )}
              </CardBody>
            </Card>
            <Card>
              <CardHeader actions={{ actions: editButton('properties', 'Edit properties') }}>
                <CardTitle component="h2">Properties</CardTitle>
              </CardHeader>
              <CardBody>
                {editing === 'properties' ? (
                  <>
                    <PropertiesEditor rows={rows} onChange={setRows} />
                    {saveBar(() => {
                      const parsed = fromRows(rows);
                      if ('error' in parsed) setError(parsed.error);
                      else save({ properties: parsed.properties });
                    })}
                  </>
                ) : (
                  <PropertiesTable properties={version.properties} label="Version properties" />
                )}
              </CardBody>
            </Card>
            {version.artifacts.length === 0 ? (
              <Card>
                <CardTitle component="h2">Model location</CardTitle>
                <CardBody>
                  <EmptyState titleText="No artifact" headingLevel="h3" icon={CubesIcon} variant="xs">
                    <EmptyStateBody>No model files are registered for this version.</EmptyStateBody>
                  </EmptyState>
                </CardBody>
              </Card>
            ) : (
              version.artifacts.map((a) => (
                <ArtifactLocation key={a.id} artifact={a} showName={version.artifacts.length > 1} />
              ))
            )}
          </Stack>
        </GridItem>
        <GridItem md={4}>
          <Card>
            <CardTitle component="h2">Details</CardTitle>
            <CardBody>
              <DescriptionList>
                <DescriptionListGroup>
                  <DescriptionListTerm>Model</DescriptionListTerm>
                  <DescriptionListDescription>
                    <Link href={routes.model(registry, model)}>{model}</Link>
                  </DescriptionListDescription>
                </DescriptionListGroup>
                <DescriptionListGroup>
                  <DescriptionListTerm>Author</DescriptionListTerm>
                  <DescriptionListDescription>{version.author || '—'}</DescriptionListDescription>
                </DescriptionListGroup>
                <DescriptionListGroup>
                  <DescriptionListTerm>State</DescriptionListTerm>
                  <DescriptionListDescription>
                    {version.ownState === 'ARCHIVED'
                      ? 'Archived'
                      : version.state === 'ARCHIVED'
                        ? 'Archived with its model'
                        : 'Live'}
                  </DescriptionListDescription>
                </DescriptionListGroup>
                <DescriptionListGroup>
                  <DescriptionListTerm>Created</DescriptionListTerm>
                  <DescriptionListDescription>
                    <RelativeTime iso={version.createdAt} />
                  </DescriptionListDescription>
                </DescriptionListGroup>
                <DescriptionListGroup>
                  <DescriptionListTerm>Last modified</DescriptionListTerm>
                  <DescriptionListDescription>
                    <RelativeTime iso={version.updatedAt} />
                  </DescriptionListDescription>
                </DescriptionListGroup>
                <DescriptionListGroup>
                  <DescriptionListTerm>Version ID</DescriptionListTerm>
                  <DescriptionListDescription>
                    <ClipboardCopy
                      isReadOnly
                      hoverTip="Copy"
                      clickTip="Copied"
                      copyAriaLabel="Copy version ID"
                      variant="inline-compact"
                    >
                      {version.id}
                    </ClipboardCopy>
                  </DescriptionListDescription>
                </DescriptionListGroup>
                <DescriptionListGroup>
                  <DescriptionListTerm>API path</DescriptionListTerm>
                  <DescriptionListDescription>
                    <ClipboardCopy
                      isReadOnly
                      hoverTip="Copy"
                      clickTip="Copied"
                      copyAriaLabel="Copy API path"
                      variant="inline-compact"
                      isCode
                    >
                      {api.version(registry, model, version.name)}
                    </ClipboardCopy>
                  </DescriptionListDescription>
                </DescriptionListGroup>
              </DescriptionList>
            </CardBody>
          </Card>
        </GridItem>
      </Grid>
    </PageSection>
  );
}
