'use client';

import {
  Button,
  CodeBlock,
  CodeBlockCode,
  Content,
  ExpandableSection,
  Label,
  PageSection,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';

type Operation = {
  method: string;
  path: string;
  summary: string;
  tag: string;
  access: string;
  parameters: { name: string; in: string; description: string; schema: string }[];
  requestBody: string | null;
  responseBody: string | null;
  status: number;
};

const METHOD_COLOR = { GET: 'blue', POST: 'green', PATCH: 'orange', DELETE: 'red' } as const;

function methodColor(method: string) {
  return method in METHOD_COLOR ? METHOD_COLOR[method as keyof typeof METHOD_COLOR] : 'grey';
}

function OperationView({ op }: { op: Operation }) {
  const [open, setOpen] = useState(false);
  const id = `${op.method}-${op.path}`.replace(/[^a-zA-Z0-9]+/g, '-');
  return (
    <ExpandableSection
      isExpanded={open}
      onToggle={(_e, v) => setOpen(v)}
      toggleId={`toggle-${id}`}
      contentId={`content-${id}`}
      toggleContent={
        <span>
          <Label color={methodColor(op.method)} isCompact>
            {op.method}
          </Label>{' '}
          <code>{op.path}</code> — {op.summary}
        </span>
      }
    >
      <Stack hasGutter>
        <StackItem>
          Requires: <strong>{op.access}</strong>. Success: <strong>{op.status}</strong>.
        </StackItem>
        {op.parameters.length > 0 && (
          <StackItem>
            <Table aria-label={`Parameters of ${op.method} ${op.path}`} variant="compact">
              <Thead>
                <Tr>
                  <Th>Parameter</Th>
                  <Th>In</Th>
                  <Th>Schema</Th>
                  <Th>Description</Th>
                </Tr>
              </Thead>
              <Tbody>
                {op.parameters.map((p) => (
                  <Tr key={`${p.in}-${p.name}`}>
                    <Td dataLabel="Parameter">
                      <code>{p.name}</code>
                    </Td>
                    <Td dataLabel="In">{p.in}</Td>
                    <Td dataLabel="Schema">
                      <code>{p.schema}</code>
                    </Td>
                    <Td dataLabel="Description">{p.description}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </StackItem>
        )}
        {op.requestBody && (
          <StackItem>
            <Title headingLevel="h4">Request body (JSON)</Title>
            <CodeBlock>
              <CodeBlockCode>{op.requestBody}</CodeBlockCode>
            </CodeBlock>
          </StackItem>
        )}
        {op.responseBody && (
          <StackItem>
            <Title headingLevel="h4">Response body</Title>
            <CodeBlock>
              <CodeBlockCode>{op.responseBody}</CodeBlockCode>
            </CodeBlock>
          </StackItem>
        )}
      </Stack>
    </ExpandableSection>
  );
}

export function ApiDocs({ operations, schemas }: { operations: Operation[]; schemas: string }) {
  const tags = [...new Set(operations.map((o) => o.tag))];
  return (
    <>
      <PageSection>
        <Title headingLevel="h1">API documentation</Title>
        <Content component="p">
          Base URL <code>/api/v1</code>. Authenticate with your browser session or{' '}
          <code>Authorization: Bearer &lt;token&gt;</code>. Lists take <code>cursor</code> and <code>pageSize</code> (20
          by default, at most 100) and answer <code>{'{ items, nextCursor, total }'}</code>. Errors always answer{' '}
          <code>{'{"error": {"code", "message", "details"}}'}</code>. Updates take <code>If-Match</code> with the ETag
          you read.
        </Content>
        <Button component="a" href="/api/v1/openapi.json" variant="secondary">
          Download the OpenAPI document
        </Button>
      </PageSection>
      {tags.map((tag) => (
        <PageSection key={tag} aria-labelledby={`tag-${tag}`}>
          <Title headingLevel="h2" id={`tag-${tag}`}>
            {tag}
          </Title>
          <Stack hasGutter>
            {operations
              .filter((o) => o.tag === tag)
              .map((op) => (
                <StackItem key={`${op.method} ${op.path}`}>
                  <OperationView op={op} />
                </StackItem>
              ))}
          </Stack>
        </PageSection>
      ))}
      <PageSection>
        <Title headingLevel="h2">Schemas</Title>
        <ExpandableSection toggleTextCollapsed="Show all schemas" toggleTextExpanded="Hide schemas">
          <CodeBlock>
            <CodeBlockCode>{schemas}</CodeBlockCode>
          </CodeBlock>
        </ExpandableSection>
      </PageSection>
    </>
  );
}
