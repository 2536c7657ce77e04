'use client';

import {
  Button,
  Card,
  CardBody,
  CardTitle,
  ClipboardCopy,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Grid,
  GridItem,
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
import { EditableCard, MetadataCards } from '@/components/common/EditableCard';
import { Markdown } from '@/components/common/Markdown';
import { RelativeTime } from '@/components/common/RelativeTime';
import { fetchVersions, modelKeys } from '@/lib/queries/models';
import { api, routes } from '@/lib/routes';
import { canDo, type RegistryRole } from '@/lib/roles';
import { useModel, usePatchModel, type ModelPatch } from './useModel';

const LATEST_PARAMS = { sort: 'createdAt', order: 'desc', pageSize: '5', state: 'live' };

function ModelCardEditor({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  return (
    <Tabs
      activeKey={tab}
      onSelect={(_e, k) => setTab(k === 'preview' ? 'preview' : 'write')}
      aria-label="Model card editor"
    >
      <Tab eventKey="write" title={<TabTitleText>Write</TabTitleText>}>
        <TextArea
          aria-label="Model card (Markdown)"
          value={value}
          onChange={(_e, v) => onChange(v)}
          rows={14}
          resizeOrientation="vertical"
          maxLength={200_000}
        />
      </Tab>
      <Tab eventKey="preview" title={<TabTitleText>Preview</TabTitleText>}>
        <Markdown text={value} />
      </Tab>
    </Tabs>
  );
}

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
  const [owner, setOwner] = useState<string | null>(null);
  const model = data?.item;
  if (!model) return null;
  const canEdit = canDo(role, 'contributor') && model.state !== 'ARCHIVED';
  const save = (body: ModelPatch) => patch.mutateAsync(body);

  return (
    <PageSection>
      <Grid hasGutter>
        <GridItem md={8}>
          <Stack hasGutter>
            <MetadataCards what="Model" item={model} canEdit={canEdit} onSave={save} />
            <EditableCard
              title="Model card"
              editLabel="Edit model card"
              canEdit={canEdit}
              view={
                model.modelCard ? (
                  <Markdown text={model.modelCard} />
                ) : (
                  <span className="pf-v6-u-text-color-subtle">
                    No model card yet. A model card explains what the model is for, how it was trained and how well it
                    does.
                  </span>
                )
              }
              start={() => model.modelCard}
              editor={(draft, set) => <ModelCardEditor value={draft} onChange={set} />}
              onSave={(modelCard) => save({ modelCard })}
            />
          </Stack>
        </GridItem>
        <GridItem md={4}>
          <Stack hasGutter>
            <Card>
              <CardTitle component="h2">Details</CardTitle>
              <CardBody>
                <DescriptionList>
                  <DescriptionListGroup>
                    <DescriptionListTerm>
                      Owner{' '}
                      {canEdit && owner === null && (
                        <Button
                          variant="link"
                          isInline
                          icon={<PencilAltIcon />}
                          onClick={() => setOwner(model.owner)}
                          aria-label="Edit owner"
                        >
                          Edit
                        </Button>
                      )}
                    </DescriptionListTerm>
                    <DescriptionListDescription>
                      {owner !== null ? (
                        <>
                          <TextInput
                            aria-label="Owner"
                            value={owner}
                            onChange={(_e, v) => setOwner(v)}
                            maxLength={128}
                          />
                          <div className="pf-v6-u-mt-sm" style={{ display: 'flex', gap: 8 }}>
                            <Button
                              variant="primary"
                              isLoading={patch.isPending}
                              onClick={() =>
                                void save({ owner }).then(
                                  () => setOwner(null),
                                  () => undefined,
                                )
                              }
                            >
                              Save
                            </Button>
                            <Button variant="link" onClick={() => setOwner(null)}>
                              Cancel
                            </Button>
                          </div>
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
