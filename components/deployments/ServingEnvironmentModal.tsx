'use client';

import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Radio,
  TextArea,
  TextInput,
} from '@patternfly/react-core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { FormModal } from '@/components/common/FormModal';
import { useToast } from '@/components/common/Toasts';
import { FieldHelper, validated } from '@/components/register/FieldHelper';
import { ApiError, apiFetchWithEtag } from '@/lib/api-client';
import { SERVING_RUNTIMES } from '@/lib/deployments/runtimes';
import { fieldErrors, type FieldErrors } from '@/lib/form-errors';
import { fetchServingEnvironment, servingEnvironmentKeys } from '@/lib/queries/deployments';
import { api } from '@/lib/routes';
import {
  ZServingEnvironmentCreate,
  ZServingEnvironmentPatch,
  type TServingEnvironment,
  type TServingEnvironmentCreateInput,
  type TServingEnvironmentKind,
  type TServingEnvironmentPatchInput,
} from '@/lib/validation/deployment';

type Fields = {
  name: string;
  kind: TServingEnvironmentKind;
  description: string;
  namespace: string;
  apiServerUrl: string;
  token: string;
  defaultRuntime: string;
  url: string;
};

const fromEnvironment = (e: TServingEnvironment | null): Fields => ({
  name: e?.name ?? '',
  kind: e?.kind ?? 'kserve',
  description: e?.description ?? '',
  namespace: e?.namespace ?? '',
  apiServerUrl: e?.apiServerUrl ?? '',
  token: '',
  defaultRuntime: e?.defaultRuntime ?? '',
  url: e?.url ?? '',
});

function issuesByField(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) out[String(issue.path[0] ?? '')] ??= issue.message;
  return out;
}

/**
 * Create or edit a serving environment. The token is write-only: when one is stored, an
 * empty field keeps it and "Clear" removes it.
 */
export function ServingEnvironmentModal({
  registry,
  environment,
  onClose,
}: {
  registry: string;
  /** null: create a new one. */
  environment: TServingEnvironment | null;
  onClose: () => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const { notify } = useToast();
  const isEdit = environment !== null;
  const [f, setF] = useState<Fields>(() => fromEnvironment(environment));
  const [clearToken, setClearToken] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (change: Partial<Fields>) => {
    setF((prev) => ({ ...prev, ...change }));
    setServerErrors({});
  };

  // The ETag sent back with the PATCH comes from this read, made when the dialog opens.
  const current = useQuery({
    queryKey: [...servingEnvironmentKeys.all(registry), 'detail', environment?.name ?? ''],
    queryFn: () => fetchServingEnvironment(registry, environment?.name ?? ''),
    enabled: isEdit,
    staleTime: 0,
  });

  const kserve = f.kind === 'kserve';
  const createBody: TServingEnvironmentCreateInput = {
    name: f.name.trim(),
    kind: f.kind,
    description: f.description,
    ...(kserve
      ? {
          namespace: f.namespace,
          apiServerUrl: f.apiServerUrl,
          token: f.token || undefined,
          defaultRuntime: f.defaultRuntime,
        }
      : { url: f.url }),
  };
  const patchBody: TServingEnvironmentPatchInput = {
    description: f.description,
    ...(kserve
      ? {
          namespace: f.namespace,
          apiServerUrl: f.apiServerUrl,
          defaultRuntime: f.defaultRuntime,
          ...(f.token ? { token: f.token } : clearToken ? { token: null } : {}),
        }
      : { url: f.url }),
  };
  const parsed = isEdit
    ? ZServingEnvironmentPatch.safeParse(patchBody)
    : ZServingEnvironmentCreate.safeParse(createBody);
  const clientErrors = parsed.success ? {} : issuesByField(parsed.error.issues);
  const errors: FieldErrors = { ...(submitted ? clientErrors : {}), ...serverErrors };
  if (clientErrors.name && f.name) errors.name ??= clientErrors.name;

  const save = useMutation({
    mutationFn: () =>
      isEdit
        ? apiFetchWithEtag<TServingEnvironment>(api.servingEnvironment(registry, environment.name), {
            method: 'PATCH',
            json: patchBody,
            headers: current.data?.etag ? { 'If-Match': current.data.etag } : {},
          })
        : apiFetchWithEtag<TServingEnvironment>(api.servingEnvironments(registry), {
            method: 'POST',
            json: createBody,
          }),
    onSuccess: ({ item }) => {
      void queryClient.invalidateQueries({ queryKey: servingEnvironmentKeys.all(registry) });
      notify({
        variant: 'success',
        title: isEdit ? `Serving environment "${item.name}" saved` : `Serving environment "${item.name}" added`,
      });
      onClose();
    },
    onError: (err) => {
      if (err instanceof ApiError) {
        const byField = fieldErrors(err.details, 'body');
        if (err.code === 'conflict' && !isEdit) byField.name ??= err.message;
        setServerErrors(byField);
        if (Object.keys(byField).length > 0) return;
        if (err.status === 412) {
          void queryClient.invalidateQueries({ queryKey: servingEnvironmentKeys.all(registry) });
          setFormError('Someone changed this environment meanwhile; it has been reloaded. Check it and save again.');
          return;
        }
      }
      setFormError(err.message);
    },
  });

  const submit = () => {
    setSubmitted(true);
    setFormError(null);
    if (parsed.success) save.mutate();
  };

  const text = (
    key: keyof Fields,
    label: string,
    opts: { hint?: string; required?: boolean; placeholder?: string },
  ) => (
    <FormGroup label={label} isRequired={opts.required} fieldId={`${id}-${key}`}>
      <TextInput
        id={`${id}-${key}`}
        value={f[key]}
        placeholder={opts.placeholder}
        onChange={(_e, v) => set({ [key]: v })}
        validated={validated(errors[key])}
        aria-describedby={`${id}-${key}-helper`}
        isRequired={opts.required}
      />
      <FieldHelper id={`${id}-${key}-helper`} error={errors[key]} hint={opts.hint} />
    </FormGroup>
  );

  const tokenHint = clearToken
    ? 'The stored token will be removed when you save.'
    : environment?.hasToken
      ? 'A token is stored. Leave this empty to keep it, type a new one to replace it, or clear it.'
      : 'Bearer token of a service account that may manage InferenceServices in the namespace. Stored encrypted; never shown again.';

  return (
    <FormModal
      id={id}
      title={isEdit ? `Edit ${environment.name}` : 'Add a serving environment'}
      description="Where this registry's models are deployed: a KServe namespace, or an external platform tracked by hand."
      variant="medium"
      onClose={onClose}
      submitLabel={isEdit ? 'Save' : 'Add'}
      isPending={save.isPending}
      isSubmitDisabled={save.isPending || (isEdit && current.isPending)}
    >
      {formError && (
        <Alert variant="danger" isInline title="The environment was not saved" className="pf-v6-u-mb-md">
          {formError}
        </Alert>
      )}
      <Form
        id={`${id}-form`}
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {!isEdit &&
          text('name', 'Name', {
            required: true,
            hint: 'Lowercase letters, digits and hyphens; cannot be changed later.',
            placeholder: 'e.g. production',
          })}
        <FormGroup role="radiogroup" isInline fieldId={`${id}-kind`} label="Kind" isStack={false}>
          <Radio
            id={`${id}-kind-kserve`}
            name={`${id}-kind`}
            label="KServe"
            description="A Kubernetes namespace with KServe."
            isChecked={f.kind === 'kserve'}
            isDisabled={isEdit}
            onChange={() => set({ kind: 'kserve' })}
          />
          <Radio
            id={`${id}-kind-external`}
            name={`${id}-kind`}
            label="External"
            description="Another platform; deployments are recorded by hand."
            isChecked={f.kind === 'external'}
            isDisabled={isEdit}
            onChange={() => set({ kind: 'external' })}
          />
        </FormGroup>
        <FormGroup label="Description" fieldId={`${id}-description`}>
          <TextArea
            id={`${id}-description`}
            value={f.description}
            onChange={(_e, v) => set({ description: v })}
            resizeOrientation="vertical"
            rows={2}
          />
        </FormGroup>
        {kserve ? (
          <>
            {text('namespace', 'Namespace', { required: true, placeholder: 'e.g. models-prod' })}
            {text('apiServerUrl', 'API server URL', {
              placeholder: 'https://api.cluster.example.com:6443',
              hint: 'Optional. When set, deployments are applied to this cluster; without it you apply the manifests yourself.',
            })}
            <FormGroup label="Token" fieldId={`${id}-token`}>
              <div style={{ display: 'flex', gap: 'var(--pf-t--global--spacer--sm)' }}>
                <TextInput
                  id={`${id}-token`}
                  type="password"
                  autoComplete="new-password"
                  value={f.token}
                  placeholder={environment?.hasToken && !clearToken ? '•••••• (stored)' : undefined}
                  onChange={(_e, v) => {
                    set({ token: v });
                    if (v) setClearToken(false);
                  }}
                  validated={validated(errors.token)}
                  aria-describedby={`${id}-token-helper`}
                />
                {environment?.hasToken && (
                  <Button
                    variant="secondary"
                    isDisabled={clearToken}
                    onClick={() => {
                      setClearToken(true);
                      set({ token: '' });
                    }}
                  >
                    Clear
                  </Button>
                )}
              </div>
              <FieldHelper id={`${id}-token-helper`} error={errors.token} hint={tokenHint} />
            </FormGroup>
            <FormGroup label="Default runtime" fieldId={`${id}-defaultRuntime`}>
              <FormSelect
                id={`${id}-defaultRuntime`}
                value={f.defaultRuntime}
                onChange={(_e, v) => set({ defaultRuntime: v })}
                aria-describedby={`${id}-defaultRuntime-helper`}
              >
                <FormSelectOption value="" label="None: suggest from the model format" />
                {SERVING_RUNTIMES.map((r) => (
                  <FormSelectOption key={r.id} value={r.id} label={r.label} />
                ))}
                {f.defaultRuntime && !SERVING_RUNTIMES.some((r) => r.id === f.defaultRuntime) && (
                  <FormSelectOption value={f.defaultRuntime} label={f.defaultRuntime} />
                )}
              </FormSelect>
              <FieldHelper
                id={`${id}-defaultRuntime-helper`}
                error={errors.defaultRuntime}
                hint="The runtime new deployments start with. Without one, the runtime suggested for the model format is used."
              />
            </FormGroup>
          </>
        ) : (
          text('url', 'URL', { placeholder: 'https://', hint: 'Optional: a dashboard or endpoint of the platform.' })
        )}
      </Form>
    </FormModal>
  );
}
