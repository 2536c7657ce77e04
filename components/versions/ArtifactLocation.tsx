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
  Divider,
  Stack,
  Title,
} from '@patternfly/react-core';
import type { TArtifact } from '@/lib/validation/artifact';
import { subtleText } from './styles';

/** The one-string form of an object-storage location, as tools such as the AWS CLI take it. */
export function storageUri(a: Pick<TArtifact, 'bucket' | 'path'>): string {
  return `s3://${a.bucket ?? ''}/${(a.path ?? '').replace(/^\/+/, '')}`;
}

type Show = 'copy' | 'copy-inline' | 'text';

function Field({ term, value, show = 'copy' }: { term: string; value: string | null; show?: Show }) {
  // "Copy bucket", "Copy source ID", "Copy URI"
  const name = /^[A-Z]{2}/.test(term) ? term : term.charAt(0).toLowerCase() + term.slice(1);
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>
        {!value ? (
          <span style={subtleText}>—</span>
        ) : show === 'text' ? (
          value
        ) : (
          <ClipboardCopy
            isReadOnly
            variant={show === 'copy-inline' ? 'inline-compact' : undefined}
            hoverTip={`Copy ${name}`}
            clickTip="Copied"
            copyAriaLabel={`Copy ${name}`}
            textAriaLabel={term}
          >
            {value}
          </ClipboardCopy>
        )}
      </DescriptionListDescription>
    </DescriptionListGroup>
  );
}

const listProps = { isCompact: true, isHorizontal: true, horizontalTermWidthModifier: { default: '12ch' } } as const;

const hasProvenance = (a: TArtifact) => Boolean(a.sourceKind || a.sourceName || a.sourceId || a.sourceUri);

/** Where a version's files are stored, in which format, and where they came from. */
export function ArtifactLocation({ artifact: a, showName }: { artifact: TArtifact; showName: boolean }) {
  return (
    <Card>
      <CardTitle component="h2">{showName && a.name ? `Model location: ${a.name}` : 'Model location'}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          <DescriptionList {...listProps} aria-label="Storage location">
            {a.uri ? (
              <Field term="URI" value={a.uri} />
            ) : (
              <>
                <Field term="Endpoint" value={a.endpoint} />
                <Field term="Bucket" value={a.bucket} />
                <Field term="Region" value={a.region} />
                <Field term="Path" value={a.path} />
                <Field term="Full location" value={storageUri(a)} />
              </>
            )}
          </DescriptionList>
          <Divider />
          <DescriptionList {...listProps} aria-label="Model format">
            <Field term="Model format" value={a.modelFormatName || null} show="text" />
            <Field term="Format version" value={a.modelFormatVersion || null} show="text" />
          </DescriptionList>
          {hasProvenance(a) && (
            <>
              <Divider />
              <Title headingLevel="h3" size="md">
                Provenance
              </Title>
              <DescriptionList {...listProps} aria-label="Provenance">
                <Field term="Source kind" value={a.sourceKind} show="text" />
                <Field term="Source name" value={a.sourceName} show="text" />
                <Field term="Source ID" value={a.sourceId} show="copy-inline" />
                <Field term="Source URI" value={a.sourceUri} show="copy-inline" />
              </DescriptionList>
            </>
          )}
        </Stack>
      </CardBody>
    </Card>
  );
}
