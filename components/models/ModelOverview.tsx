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
  Grid,
  GridItem,
  HelperText,
  HelperTextItem,
  Label,
  PageSection,
  Skeleton,
  Stack,
  Tab,
  Tabs,
  TabTitleText,
  TextArea,
  TextInput,
} from '@patternfly/react-core';
import { PencilAltIcon } from '@patternfly/react-icons';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { LabelList } from '@/components/common/LabelList';
import { LabelsEditor } from '@/components/common/LabelsEditor';
import { Markdown } from '@/components/common/Markdown';
import {
  fromRows,
  PropertiesEditor,
  PropertiesTable,
  toRows,
  type PropertyRow,
} from '@/components/common/PropertiesEditor';
import { RelativeTime } from '@/components/common/RelativeTime';
import { fetchVersions, modelKeys } from '@/lib/queries/models';
import { api, routes } from '@/lib/routes';
import { canDo, type RegistryRole } from '@/lib/roles';
import { useModel, usePatchModel } from './useModel';

type Editing = 'description' | 'owner' | 'labels' | 'properties' | 'card' | null;

const LATEST_PARAMS = { sort: 'createdAt', order: 'desc', pageSize: '5', state: 'live' };

export function ModelOverview({
  registry,
  model: modelName,
  role,
}: {
  registry: string;
  model: string;
  role: RegistryRole;
}) {
  const { data } = useModel(registry, modelName);
  const patch = usePatchModel(registry, modelName, () => 'Changes saved');
  const latest = useQuery({
    queryKey: modelKeys.versions(registry, modelName, LATEST_PARAMS),
    queryFn: () => fetchVersions(registry, modelName, LATEST_PARAMS),
  });
  const [editing, setEditing] = useState<Editing>(null);
  const [text, setText] = useState('');
  const [labels, setLabels] = useState<string[]>([]);
  const [rows, setRows] = useState<PropertyRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [cardTab, setCardTab] = useState<'write' | 'preview'>('write');
  const model = data?.item;
  if (!model) return null;
  const canEdit = canDo(role, 'contributor') && model.state !== 'ARCHIVED';

  const start = (what: Editing) => {
    setError(null);
    setEditing(what);
    if (what === 'description') setText(model.description);
    if (what === 'owner') setText(model.owner);
    if (what === 'card') setText(model.modelCard);
    if (what === 'labels') setLabels(model.labels);
    if (what === 'properties') setRows(toRows(model.properties));
  };
  // Closes the editor that was saved, unless the user has already opened another one.
  const save = (body: Parameters<typeof patch.mutate>[0]) => {
    const saving = editing;
    patch.mutate(body, {
      onSuccess: () => setEditing((current) => (current === saving ? null : current)),
      onError: (err) => setError(err.message),
    });
  };
  const editButton = (what: Editing, label: string) =>
    canEdit && editing !== what ? (
      <Button variant="link" isInline icon={<PencilAltIcon />} onClick={() => start(what)} aria-label={label}>
        Edit
      </Button>
    ) : null;
  const saveBar = (onSave: () => void) => (
    <div className="pf-v6-u-mt-sm" style={{ display: 'flex', gap: 8 }}>
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
                    {model.description || <span className="pf-v6-u-text-color-subtle">No description</span>}
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
                    <LabelsEditor labels={labels} onChange={setLabels} />
                    {saveBar(() => save({ labels }))}
                  </>
                ) : (
                  <LabelList labels={model.labels} visible={20} label="Model labels" />
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
                  <PropertiesTable properties={model.properties} label="Model properties" />
                )}
              </CardBody>
            </Card>
            <Card>
              <CardHeader actions={{ actions: editButton('card', 'Edit model card') }}>
                <CardTitle component="h2">Model card</CardTitle>
              </CardHeader>
              <CardBody>
                {editing === 'card' ? (
                  <>
                    <Tabs
                      activeKey={cardTab}
                      onSelect={(_e, k) => setCardTab(k === 'preview' ? 'preview' : 'write')}
                      aria-label="Model card editor"
                    >
                      <Tab eventKey="write" title={<TabTitleText>Write</TabTitleText>}>
                        <TextArea
                          aria-label="Model card (Markdown)"
                          value={text}
                          onChange={(_e, v) => setText(v)}
                          rows={14}
                          resizeOrientation="vertical"
                          maxLength={200_000}
                        />
                      </Tab>
                      <Tab eventKey="preview" title={<TabTitleText>Preview</TabTitleText>}>
                        <Markdown text={text} />
                      </Tab>
                    </Tabs>
                    {saveBar(() => save({ modelCard: text }))}
                  </>
                ) : model.modelCard ? (
                  <Markdown text={model.modelCard} />
                ) : (
                  <span className="pf-v6-u-text-color-subtle">
                    No model card yet. A model card explains what the model is for, how it was trained and how well it
                    does.
                  </span>
                )}
              </CardBody>
            </Card>
          </Stack>
        </GridItem>
        <GridItem md={4}>
          <Stack hasGutter>
            <Card>
              <CardTitle component="h2">Details</CardTitle>
              <CardBody>
                <DescriptionList>
                  <DescriptionListGroup>
                    <DescriptionListTerm>Owner {editButton('owner', 'Edit owner')}</DescriptionListTerm>
                    <DescriptionListDescription>
                      {editing === 'owner' ? (
                        <>
                          <TextInput aria-label="Owner" value={text} onChange={(_e, v) => setText(v)} maxLength={128} />
                          {saveBar(() => save({ owner: text }))}
                        </>
                      ) : (
                        model.owner || '—'
                      )}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>State</DescriptionListTerm>
                    <DescriptionListDescription>
                      {model.state === 'ARCHIVED' ? 'Archived' : 'Live'}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>Created</DescriptionListTerm>
                    <DescriptionListDescription>
                      <RelativeTime iso={model.createdAt} />
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>Last modified</DescriptionListTerm>
                    <DescriptionListDescription>
                      <RelativeTime iso={model.updatedAt} />
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>Model ID</DescriptionListTerm>
                    <DescriptionListDescription>
                      <ClipboardCopy isReadOnly hoverTip="Copy" clickTip="Copied" variant="inline-compact">
                        {model.id}
                      </ClipboardCopy>
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>API path</DescriptionListTerm>
                    <DescriptionListDescription>
                      <ClipboardCopy isReadOnly hoverTip="Copy" clickTip="Copied" variant="inline-compact">
                        {api.model(registry, model.name)}
                      </ClipboardCopy>
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                </DescriptionList>
              </CardBody>
            </Card>
            <Card>
              <CardTitle component="h2">Latest versions</CardTitle>
              <CardBody>
                {latest.isPending ? (
                  <Skeleton screenreaderText="Loading versions" />
                ) : latest.isError ? (
                  <span>Versions could not be loaded.</span>
                ) : latest.data.items.length === 0 ? (
                  <span className="pf-v6-u-text-color-subtle">No live versions.</span>
                ) : (
                  <Stack hasGutter>
                    {latest.data.items.map((v) => (
                      <div key={v.id}>
                        <Link href={routes.version(registry, model.name, v.name)}>{v.name}</Link>{' '}
                        {v.isLatest && (
                          <Label color="green" isCompact>
                            Latest
                          </Label>
                        )}
                        <div className="pf-v6-u-font-size-sm pf-v6-u-text-color-subtle">
                          <RelativeTime iso={v.createdAt} /> by {v.author || 'unknown'}
                        </div>
                      </div>
                    ))}
                    <Link href={routes.model(registry, model.name, 'versions')}>All {latest.data.total} versions</Link>
                  </Stack>
                )}
              </CardBody>
            </Card>
          </Stack>
        </GridItem>
      </Grid>
    </PageSection>
  );
}
