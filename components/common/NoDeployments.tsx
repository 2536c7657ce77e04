'use client';

import { EmptyState, EmptyStateBody, PageSection } from '@patternfly/react-core';

/** The Deployments tab of a model or version that is not deployed anywhere. */
export function NoDeployments({ what }: { what: 'model' | 'version' }) {
  return (
    <PageSection>
      <EmptyState titleText="No deployments" headingLevel="h2">
        <EmptyStateBody>
          {what === 'model' ? 'No version of this model is deployed' : 'This version is not deployed'} to a serving
          environment.
        </EmptyStateBody>
      </EmptyState>
    </PageSection>
  );
}
