'use client';

import { Content, PageSection, Title } from '@patternfly/react-core';

/** The title block of a page: an h1 and one line saying what the page is for. */
export function PageHeader({ title, description }: { title: string; description?: React.ReactNode }) {
  return (
    <PageSection>
      <Title headingLevel="h1">{title}</Title>
      {description && (
        <Content component="p" className="pf-v6-u-text-color-subtle">
          {description}
        </Content>
      )}
    </PageSection>
  );
}
