'use client';

import { ActionGroup, Button, Form, FormGroup, PageSection } from '@patternfly/react-core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState } from 'react';
import { fetchModels, modelKeys } from '@/lib/queries/models';
import { routes } from '@/lib/routes';
import { FieldHelper } from './FieldHelper';
import { RegisterHeader, type RegistryRef } from './RegisterHeader';
import { TypeaheadInput } from './TypeaheadInput';

const SEARCH_DELAY_MS = 200;
const PAGE_SIZE = '20';

/** "Register new version" from the models list: pick the model first, then go to its form. */
export function ChooseModelForVersion({ registry }: { registry: RegistryRef }) {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const params = { q: query, pageSize: PAGE_SIZE, sort: 'name' };
  const { data, isFetching, isError } = useQuery({
    queryKey: modelKeys.list(registry.name, params),
    queryFn: () => fetchModels(registry.name, params),
    placeholderData: keepPreviousData,
  });
  // Until the answer for the current text arrives, narrow the previous answer down to it.
  const settled = !isFetching && query === text.trim();
  const needle = text.trim().toLowerCase();
  const items = (data?.items ?? []).filter((m) => settled || m.name.toLowerCase().includes(needle));
  const options = items.map((m) => ({
    value: m.name,
    description: m.latestVersion ? `Latest version: ${m.latestVersion.name}` : 'No versions yet',
  }));

  const choose = (model: string) => {
    setText(model);
    setChosen(model);
    router.push(routes.newVersion(registry.name, model));
  };

  return (
    <>
      <RegisterHeader
        registry={registry}
        current="Register new version"
        title="Register new version"
        description="Choose the model to add a version to. Its format and storage are pre-filled from its latest version."
      />
      <PageSection>
        <Form onSubmit={(e) => e.preventDefault()} isWidthLimited maxWidth="40rem">
          <FormGroup label="Model" isRequired fieldId={`${id}-model`}>
            <TypeaheadInput
              inputId={`${id}-model`}
              label="Model"
              value={text}
              onInputChange={(value) => {
                setText(value);
                setChosen(null);
              }}
              onSelect={choose}
              options={options}
              placeholder="Search models by name"
              toggleAriaLabel="Show suggestions"
              clearAriaLabel="Clear search"
              isLoading={isFetching}
              noResultsText={isError ? 'Models could not be loaded.' : `No models match "${text}".`}
              isDisabled={chosen !== null}
              describedBy={`${id}-model-helper`}
            />
            <FieldHelper
              id={`${id}-model-helper`}
              status={chosen ? { variant: 'indeterminate', text: `Opening ${chosen}…` } : null}
              hint="Start typing to search the models in this registry."
            />
          </FormGroup>
          <ActionGroup>
            <Button
              variant="secondary"
              component={(props: object) => <Link {...props} href={routes.newModel(registry.name)} />}
            >
              Register a new model instead
            </Button>
            <Button
              variant="link"
              component={(props: object) => <Link {...props} href={routes.models(registry.name)} />}
            >
              Cancel
            </Button>
          </ActionGroup>
        </Form>
      </PageSection>
    </>
  );
}
