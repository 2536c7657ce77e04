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
  Title,
} from '@patternfly/react-core';
import type { TArtifact } from '@/lib/validation/artifact';

/** The one-string form of an object-storage location, as tools such as the AWS CLI take it. */
export function storageUri(a: Pick<TArtifact, 'bucket' | 'path'>): string {
  return `s3://${a.bucket ?? ''}/${(a.path ?? '').replace(/^\/+/, '')}`;
}

function Copyable({ name, value }: { name: string; value: string }) {
  return (
    <ClipboardCopy
      isReadOnly
      hoverTip={`Copy ${name.toLowerCase()}`}
      clickTip="Copied"
      copyAriaLabel={`Copy ${name.toLowerCase()}`}
      textAriaLabel={name}
    >
      {value}
    </ClipboardCopy>
  );
}

function Field({ term, value, copy = true }: { term: string; value: string | null; copy?: boolean }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>
        {!value ? <span className="pf-v6-u-color-200">—</span> : copy ? <Copyable name={term} value={value} /> : value}
      </DescriptionListDescription>
    </DescriptionListGroup>
  );
}

const hasProvenance = (a: TArtifact) => Boolean(a.sourceKind || a.sourceName || a.sourceId || a.sourceUri);

/** Where a version's files are stored, in which format, and where they came from. */
export function ArtifactLocation({ artifact: a, showName }: { artifact: TArtifact; showName: boolean }) {
  const format = [a.modelFormatName, a.modelFormatVersion].filter(Boolean).join(' ');
  return (
    <Card>
      <CardTitle component="h2">{showName && a.name ? `Model location: ${a.name}` : 'Model location'}</CardTitle>
      <CardBody>
        <DescriptionList isCompact>
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
          <Field term="Model format" value={format || null} copy={false} />
        </DescriptionList>
        {hasProvenance(a) && (
          <>
            <Divider className="pf-v6-u-my-md" />
            <Title headingLevel="h3" size="md" className="pf-v6-u-mb-sm">
              Provenance
            </Title>
            <DescriptionList isCompact isHorizontal horizontalTermWidthModifier={{ default: '10ch' }}>
              <Field term="Source kind" value={a.sourceKind} copy={false} />
              <Field term="Source name" value={a.sourceName} copy={false} />
              {a.sourceId && <Field term="Source ID" value={a.sourceId} />}
              {a.sourceUri && <Field term="Source URI" value={a.sourceUri} />}
            </DescriptionList>
          </>
        )}
      </CardBody>
    </Card>
  );
}
