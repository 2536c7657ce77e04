'use client';

import { Form, FormSection, PageSection } from '@patternfly/react-core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { z } from 'zod';
import { useToast } from '@/components/common/Toasts';
import { apiFetch } from '@/lib/api-client';
import { modelKeys, toSearchParams } from '@/lib/queries/models';
import { api, routes } from '@/lib/routes';
import { ZModelCreate, type TModelCreated } from '@/lib/validation/model';
import { ArtifactFields } from './ArtifactFields';
import { DescriptionField, MetadataFields, NameField, RegisterActions, RegisterAlerts, VersionFields } from './fields';
import { FIELD } from './register-form';
import { RegisterHeader, type RegistryRef } from './RegisterHeader';
import { nameSearch, useNameTaken } from './useNameTaken';
import { useRegisterForm } from './useRegisterForm';

type ModelBody = z.input<typeof ZModelCreate>;

export const MODEL_TAKEN = 'A model with this name already exists.';

/** Register a model together with its first version and artifact, in one request. */
export function RegisterModelForm({ registry, readOnlyReason }: { registry: RegistryRef; readOnlyReason?: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const form = useRegisterForm('model');
  const [model, setModel] = useState({ name: '', description: '' });
  const nameCheck = useNameTaken(model.name, {
    searchUrl: (name) => api.models(registry.name, toSearchParams(nameSearch(name))),
    itemUrl: (name) => api.model(registry.name, name),
    queryKey: (name) => [...modelKeys.all(registry.name), 'name-taken', name],
  });

  const mutation = useMutation({
    mutationFn: (body: ModelBody) => apiFetch<TModelCreated>(api.models(registry.name), { method: 'POST', json: body }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: modelKeys.all(registry.name) });
      notify({
        variant: 'success',
        title: `Model "${created.name}" registered`,
        description: created.version ? `Its first version is "${created.version.name}".` : undefined,
      });
      router.push(
        created.version
          ? routes.version(registry.name, created.name, created.version.name)
          : routes.model(registry.name, created.name),
      );
    },
    onError: (err) => form.showRequestError(err, FIELD.modelName),
  });

  const submit = form.onSubmit({
    schema: ZModelCreate,
    body: ({ labels, properties, artifact }): ModelBody => ({
      name: model.name,
      description: model.description,
      labels,
      properties,
      version: { name: form.version.name, description: form.version.description, artifact },
    }),
    nameField: FIELD.modelName,
    takenMessage: nameCheck === 'taken' ? MODEL_TAKEN : undefined,
    send: (body) => mutation.mutate(body),
  });

  const isBusy = mutation.isPending || mutation.isSuccess;
  const isDisabled = Boolean(readOnlyReason);
  return (
    <>
      <RegisterHeader
        registry={registry}
        current="Register model"
        title="Register model"
        description="Register a model with its first version and where its files are stored. You can add more versions later."
      />
      <PageSection>
        <Form onSubmit={submit} noValidate isWidthLimited maxWidth="60rem" innerRef={form.formRef}>
          <RegisterAlerts
            form={form}
            readOnlyTitle="You cannot register models in this registry"
            readOnlyReason={readOnlyReason}
            errorTitle="The model could not be registered"
          />
          <FormSection title="Model details" titleElement="h2">
            <NameField
              label="Model name"
              value={model.name}
              onChange={(name) => {
                setModel((m) => ({ ...m, name }));
                form.clear(FIELD.modelName);
              }}
              error={form.errors[FIELD.modelName]}
              check={nameCheck}
              takenMessage={MODEL_TAKEN}
              hint="Unique in this registry. It appears in links and cannot be changed later."
              isDisabled={isDisabled}
            />
            <DescriptionField
              label="Model description"
              value={model.description}
              onChange={(description) => {
                setModel((m) => ({ ...m, description }));
                form.clear(FIELD.modelDescription);
              }}
              error={form.errors[FIELD.modelDescription]}
              isDisabled={isDisabled}
            />
            <MetadataFields form={form} isDisabled={isDisabled} />
          </FormSection>
          <FormSection title="Version details" titleElement="h2">
            <VersionFields
              form={form}
              check="idle"
              takenMessage=""
              hint="The first version, such as v1 or 2025-01. It cannot be changed later."
              isDisabled={isDisabled}
            />
          </FormSection>
          <ArtifactFields
            values={form.artifact}
            onChange={form.changeArtifact}
            errors={form.errors}
            isDisabled={isDisabled}
          />
          <RegisterActions
            submitLabel="Register model"
            isPending={isBusy}
            isDisabled={isDisabled}
            cancelHref={routes.models(registry.name)}
          />
        </Form>
      </PageSection>
    </>
  );
}
