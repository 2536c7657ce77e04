'use client';

import { EmptyState, EmptyStateBody, PageSection } from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';

/** Until deployments exist as a feature, an honest empty state. */
export function VersionDeployments() {
  return (
    <PageSection>
      <EmptyState titleText="No deployments" headingLevel="h2" icon={CubesIcon}>
        <EmptyStateBody>This version is not deployed to a serving environment.</EmptyStateBody>
      </EmptyState>
    </PageSection>
  );
}
