import { EmptyState, EmptyStateBody, PageSection } from '@patternfly/react-core';

// /registries/{registry}/models/{model}/deployments — where this model's versions are deployed
export default function Page() {
  return (
    <PageSection>
      <EmptyState titleText="No deployments" headingLevel="h2">
        <EmptyStateBody>No version of this model is deployed to a serving environment.</EmptyStateBody>
      </EmptyState>
    </PageSection>
  );
}
