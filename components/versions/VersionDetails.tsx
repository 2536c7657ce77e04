'use client';

import {
  Card,
  CardBody,
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
  PageSection,
  Stack,
} from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';
import Link from 'next/link';
import { MetadataCards } from '@/components/common/EditableCard';
import { RelativeTime } from '@/components/common/RelativeTime';
import { api, routes } from '@/lib/routes';
import { canDo, type RegistryRole } from '@/lib/roles';
import { ArtifactLocation } from './ArtifactLocation';
import { usePatchVersion, useVersion, type VersionPatch } from './useVersion';

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
  const version = data?.item;
  if (!version) return null;
  // Archived (on its own or through its model) means read-only; the API would answer 409.
  const canEdit = canDo(role, 'contributor') && version.state !== 'ARCHIVED';
  const save = (body: VersionPatch) => patch.mutateAsync(body);

  return (
    <PageSection>
      <Grid hasGutter>
        <GridItem md={8}>
          <Stack hasGutter>
            <MetadataCards what="Version" item={version} canEdit={canEdit} onSave={save} />
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
