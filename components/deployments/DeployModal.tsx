'use client';

import {
  Alert,
  ExpandableSection,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Grid,
  GridItem,
  TextInput,
  Title,
} from '@patternfly/react-core';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { FormModal } from '@/components/common/FormModal';
import { FieldHelper, validated } from '@/components/register/FieldHelper';
import { ApiError } from '@/lib/api-client';
import { suggestDeploymentName, wholeNumber } from '@/lib/deploy-form';
import { artifactStorageUri, inferenceServiceManifest, manifestYaml } from '@/lib/deployments/manifest';
import { findRuntime, SERVING_RUNTIMES, suggestRuntime } from '@/lib/deployments/runtimes';
import { fieldErrors, type FieldErrors } from '@/lib/form-errors';
import { routes } from '@/lib/routes';
import type { TVersion } from '@/lib/validation/model';
import { ZDeploymentCreate, type TDeploymentCreateInput, type TServingEnvironment } from '@/lib/validation/deployment';
import { ManifestView } from './ManifestView';
import { useCreateDeployment } from './useDeployments';

type Fields = {
  environment: string;
  name: string;
  runtime: string;
  minReplicas: string;
  maxReplicas: string;
  cpuRequest: string;
  cpuLimit: string;
  memoryRequest: string;
  memoryLimit: string;
  gpus: string;
};

function toBody(f: Fields, model: string, version: string): TDeploymentCreateInput {
  return {
    name: f.name.trim(),
    environment: f.environment,
    model,
    version,
    runtime: f.runtime || undefined,
    minReplicas: wholeNumber(f.minReplicas),
    maxReplicas: wholeNumber(f.maxReplicas),
    resources: {
      cpuRequest: f.cpuRequest.trim() || null,
      cpuLimit: f.cpuLimit.trim() || null,
      memoryRequest: f.memoryRequest.trim() || null,
      memoryLimit: f.memoryLimit.trim() || null,
      gpus: f.gpus.trim() === '' ? null : wholeNumber(f.gpus),
    },
  };
}

/**
 * Deploy a version: environment, name, runtime (suggested from the artifact's format),
 * replicas and resources, with the InferenceService it produces shown live below.
 */
export function DeployModal({
  registry,
  version,
  environments,
  onClose,
}: {
  registry: { id: string; name: string };
  version: TVersion;
  environments: TServingEnvironment[];
  onClose: () => void;
}) {
  const id = useId();
  const router = useRouter();
  const create = useCreateDeployment(registry.name);
  const artifact = version.artifacts.find((a) => artifactStorageUri(a)) ?? version.artifacts[0] ?? null;
  const format = artifact?.modelFormatName || null;
  const suggested = suggestRuntime(format);
  const initialRuntime = (env: TServingEnvironment | undefined) => env?.defaultRuntime ?? suggested ?? '';
  const [fields, setFields] = useState<Fields>(() => ({
    environment: environments[0]?.name ?? '',
    name: suggestDeploymentName(version.modelName, version.name),
    runtime: initialRuntime(environments[0]),
    minReplicas: '1',
    maxReplicas: '1',
    cpuRequest: '',
    cpuLimit: '',
    memoryRequest: '',
    memoryLimit: '',
    gpus: '',
  }));
  const [touched, setTouched] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (change: Partial<Fields>) => {
    setFields((f) => ({ ...f, ...change }));
    setServerErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(change)) delete next[key];
      return next;
    });
  };

  const env = environments.find((e) => e.name === fields.environment);
  const body = toBody(fields, version.modelName, version.name);
  const parsed = ZDeploymentCreate.safeParse(body);
  const clientErrors: FieldErrors = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[issue.path.length - 1] ?? '');
      clientErrors[key] ??= issue.message;
    }
  }
  // The name is checked as it is typed; the other fields once the form has been submitted.
  const errors: FieldErrors = { ...serverErrors };
  for (const [key, message] of Object.entries(clientErrors)) {
    if (key === 'name' || touched) errors[key] ??= message;
  }

  const runtimeOptions = [...SERVING_RUNTIMES.map((r) => ({ value: r.id, label: r.label }))];
  for (const extra of [env?.defaultRuntime, fields.runtime]) {
    if (extra && !runtimeOptions.some((o) => o.value === extra)) runtimeOptions.push({ value: extra, label: extra });
  }
  const suggestedLabel = findRuntime(suggested)?.label;
  const runtimeHint =
    fields.runtime && fields.runtime === suggested
      ? `Suggested for the ${format} format.`
      : fields.runtime && fields.runtime === env?.defaultRuntime
        ? `The default runtime of ${env.name}.${suggestedLabel ? ` Suggested for the ${format} format: ${suggestedLabel}.` : ''}`
        : suggestedLabel
          ? `Suggested for the ${format} format: ${suggestedLabel}.`
          : format
            ? `No runtime we know serves the ${format} format; choose the one your cluster has.`
            : 'The artifact names no model format; choose the runtime that serves it.';

  const storageUri = artifact ? artifactStorageUri(artifact) : null;
  const preview = manifestYaml(
    inferenceServiceManifest({
      name: fields.name.trim() || 'deployment-name',
      namespace: env?.namespace ?? null,
      registry,
      model: { id: version.modelId, name: version.modelName },
      version: { id: version.id, name: version.name },
      artifactId: artifact?.id ?? null,
      runtime: fields.runtime || findRuntime(suggested)?.id || 'runtime',
      modelFormat: { name: format, version: artifact?.modelFormatVersion || null },
      storageUri,
      minReplicas: parsed.success ? parsed.data.minReplicas : (wholeNumber(fields.minReplicas) ?? 1),
      maxReplicas: parsed.success ? parsed.data.maxReplicas : (wholeNumber(fields.maxReplicas) ?? 1),
      resources: {
        cpuRequest: fields.cpuRequest.trim() || null,
        cpuLimit: fields.cpuLimit.trim() || null,
        memoryRequest: fields.memoryRequest.trim() || null,
        memoryLimit: fields.memoryLimit.trim() || null,
        gpus: wholeNumber(fields.gpus) ?? null,
      },
    }),
  );

  const submit = () => {
    setTouched(true);
    setFormError(null);
    if (!parsed.success) return;
    create.mutate(parsed.data, {
      onSuccess: () => {
        onClose();
        router.push(routes.version(registry.name, version.modelName, version.name, 'deployments'));
      },
      onError: (err) => {
        const byField = err instanceof ApiError ? fieldErrors(err.details, 'body') : {};
        const flat: FieldErrors = {};
        for (const [path, message] of Object.entries(byField)) flat[path.split('.').pop() ?? path] = message;
        setServerErrors(flat);
        if (err instanceof ApiError && err.code === 'conflict' && /name/i.test(err.message)) {
          setServerErrors({ ...flat, name: err.message });
        } else {
          setFormError(err.message);
        }
      },
    });
  };

  const numberField = (key: keyof Fields, label: string, hint?: string) => (
    <FormGroup label={label} fieldId={`${id}-${key}`}>
      <TextInput
        id={`${id}-${key}`}
        type="number"
        inputMode="numeric"
        min={0}
        value={fields[key]}
        onChange={(_e, v) => set({ [key]: v })}
        validated={validated(errors[key])}
        aria-describedby={`${id}-${key}-helper`}
      />
      <FieldHelper id={`${id}-${key}-helper`} error={errors[key]} hint={hint} />
    </FormGroup>
  );
  const textField = (key: keyof Fields, label: string, placeholder: string) => (
    <FormGroup label={label} fieldId={`${id}-${key}`}>
      <TextInput
        id={`${id}-${key}`}
        value={fields[key]}
        placeholder={placeholder}
        onChange={(_e, v) => set({ [key]: v })}
        validated={validated(errors[key])}
        aria-describedby={`${id}-${key}-helper`}
      />
      <FieldHelper id={`${id}-${key}-helper`} error={errors[key]} />
    </FormGroup>
  );

  return (
    <FormModal
      id={id}
      title={`Deploy ${version.modelName} ${version.name}`}
      description="Serve this version with KServe. The manifest below updates as you fill in the form."
      variant="large"
      onClose={onClose}
      submitLabel="Deploy"
      isPending={create.isPending}
      isSubmitDisabled={create.isPending || (touched && !parsed.success)}
    >
      {formError && (
        <Alert variant="danger" isInline title="The version was not deployed" className="pf-v6-u-mb-md">
          {formError}
        </Alert>
      )}
      {!storageUri && (
        <Alert variant="warning" isInline title="This version has no artifact location" className="pf-v6-u-mb-md">
          Without a storage URI the InferenceService has nothing to load. Add an artifact location first.
        </Alert>
      )}
      <Grid hasGutter>
        <GridItem md={6}>
          <Form
            id={`${id}-form`}
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <FormGroup label="Serving environment" isRequired fieldId={`${id}-environment`}>
              <FormSelect
                id={`${id}-environment`}
                value={fields.environment}
                onChange={(_e, v) => {
                  const next = environments.find((e) => e.name === v);
                  set({ environment: v, runtime: initialRuntime(next) });
                }}
                aria-describedby={`${id}-environment-helper`}
              >
                {environments.map((e) => (
                  <FormSelectOption
                    key={e.name}
                    value={e.name}
                    label={e.kind === 'kserve' ? `${e.name} (namespace ${e.namespace ?? '—'})` : `${e.name} (external)`}
                  />
                ))}
              </FormSelect>
              <FieldHelper
                id={`${id}-environment-helper`}
                error={errors.environment}
                hint={
                  env?.kind === 'kserve' && env.apiServerUrl
                    ? 'The registry applies the InferenceService to this cluster.'
                    : 'No cluster connection: the registry records the deployment and you apply the manifest yourself.'
                }
              />
            </FormGroup>
            <FormGroup label="Deployment name" isRequired fieldId={`${id}-name`}>
              <TextInput
                id={`${id}-name`}
                value={fields.name}
                onChange={(_e, v) => set({ name: v })}
                validated={validated(errors.name)}
                aria-describedby={`${id}-name-helper`}
                isRequired
              />
              <FieldHelper
                id={`${id}-name-helper`}
                isLive
                error={errors.name}
                hint="The InferenceService name: lowercase letters, digits and hyphens, unique in the environment."
              />
            </FormGroup>
            <FormGroup label="Serving runtime" isRequired fieldId={`${id}-runtime`}>
              <FormSelect
                id={`${id}-runtime`}
                value={fields.runtime}
                onChange={(_e, v) => set({ runtime: v })}
                validated={validated(errors.runtime)}
                aria-describedby={`${id}-runtime-helper`}
              >
                {!fields.runtime && <FormSelectOption value="" label="Choose a runtime" isPlaceholder />}
                {runtimeOptions.map((o) => (
                  <FormSelectOption key={o.value} value={o.value} label={o.label} />
                ))}
              </FormSelect>
              <FieldHelper
                id={`${id}-runtime-helper`}
                error={errors.runtime}
                hint={`${findRuntime(fields.runtime)?.description ?? ''} ${runtimeHint}`.trim()}
              />
            </FormGroup>
            <Grid hasGutter>
              <GridItem span={6}>{numberField('minReplicas', 'Min replicas')}</GridItem>
              <GridItem span={6}>{numberField('maxReplicas', 'Max replicas')}</GridItem>
            </Grid>
            <ExpandableSection toggleText="Resources per replica">
              <Grid hasGutter>
                <GridItem span={6}>{textField('cpuRequest', 'CPU request', 'e.g. 500m')}</GridItem>
                <GridItem span={6}>{textField('cpuLimit', 'CPU limit', 'e.g. 2')}</GridItem>
                <GridItem span={6}>{textField('memoryRequest', 'Memory request', 'e.g. 1Gi')}</GridItem>
                <GridItem span={6}>{textField('memoryLimit', 'Memory limit', 'e.g. 4Gi')}</GridItem>
                <GridItem span={6}>{numberField('gpus', 'GPUs', 'nvidia.com/gpu')}</GridItem>
              </Grid>
            </ExpandableSection>
          </Form>
        </GridItem>
        <GridItem md={6}>
          <Title headingLevel="h3" className="pf-v6-u-mb-sm">
            Manifest preview
          </Title>
          <ManifestView yaml={preview} fileName={`${fields.name.trim() || 'inference-service'}.yaml`} />
        </GridItem>
      </Grid>
    </FormModal>
  );
}
