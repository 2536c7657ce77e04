// The KServe InferenceService a deployment stands for. Pure: the API applies it to the
// cluster and serves it at …/deployments/{id}/manifest; the UI previews it.
import { stringify } from 'yaml';
import type { TDeploymentResources } from '../validation/deployment';
import { findRuntime } from './runtimes';

export const KSERVE_API_VERSION = 'serving.kserve.io/v1beta1';
export const MANAGED_BY = 'model-registry';

/** Label and annotation keys that point back to the registry. */
export const MANIFEST_KEYS = {
  managedBy: 'app.kubernetes.io/managed-by',
  registry: 'modelregistry.io/registry',
  registryId: 'modelregistry.io/registry-id',
  modelId: 'modelregistry.io/registered-model-id',
  versionId: 'modelregistry.io/model-version-id',
  deploymentId: 'modelregistry.io/deployment-id',
  modelName: 'modelregistry.io/registered-model-name',
  versionName: 'modelregistry.io/model-version-name',
  artifactId: 'modelregistry.io/model-artifact-id',
} as const;

const LABEL_VALUE = /^([A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?)?$/;

/** A valid Kubernetes label value: at most 63 characters, alphanumeric at both ends, `-_.` inside. */
export function isLabelValue(s: string): boolean {
  return s.length <= 63 && LABEL_VALUE.test(s);
}

export type TManifestInput = {
  name: string;
  /** Null for an external environment: whoever applies the manifest picks the namespace. */
  namespace: string | null;
  registry: { id: string; name: string };
  model: { id: string; name: string };
  version: { id: string; name: string };
  deploymentId?: string | null;
  artifactId?: string | null;
  runtime: string;
  modelFormat: { name: string | null; version?: string | null };
  storageUri: string | null;
  minReplicas: number;
  maxReplicas: number;
  resources: TDeploymentResources;
};

type TQuantities = Record<string, string>;

export type TInferenceService = {
  apiVersion: typeof KSERVE_API_VERSION;
  kind: 'InferenceService';
  metadata: {
    name: string;
    namespace?: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
  };
  spec: {
    predictor: {
      minReplicas: number;
      maxReplicas: number;
      model: {
        modelFormat: { name: string; version?: string };
        runtime: string;
        storageUri?: string;
        resources?: { requests?: TQuantities; limits?: TQuantities };
      };
    };
  };
};

/** Where an artifact's files are, as a storage URI: its URI, else s3://bucket/path. */
export function artifactStorageUri(a: { uri?: string | null; bucket?: string | null; path?: string | null }) {
  if (a.uri) return a.uri;
  if (a.bucket && a.path) return `s3://${a.bucket}/${a.path.replace(/^\/+/, '')}`;
  return null;
}

function quantities(entries: [string, string | number | null][]): TQuantities | undefined {
  const out: TQuantities = {};
  for (const [key, value] of entries) if (value !== null && value !== 0) out[key] = String(value);
  return Object.keys(out).length > 0 ? out : undefined;
}

export function inferenceServiceManifest(input: TManifestInput): TInferenceService {
  // Ids and the registry name are label-safe by construction; names that may hold any
  // character (model and version names) go into annotations only.
  const labels: Record<string, string> = { [MANIFEST_KEYS.managedBy]: MANAGED_BY };
  const labelCandidates: [string, string | null | undefined][] = [
    [MANIFEST_KEYS.registry, input.registry.name],
    [MANIFEST_KEYS.registryId, input.registry.id],
    [MANIFEST_KEYS.modelId, input.model.id],
    [MANIFEST_KEYS.versionId, input.version.id],
    [MANIFEST_KEYS.deploymentId, input.deploymentId],
  ];
  for (const [key, value] of labelCandidates) if (value && isLabelValue(value)) labels[key] = value;

  const annotations: Record<string, string> = {
    [MANIFEST_KEYS.registry]: input.registry.name,
    [MANIFEST_KEYS.modelName]: input.model.name,
    [MANIFEST_KEYS.versionName]: input.version.name,
  };
  if (input.artifactId) annotations[MANIFEST_KEYS.artifactId] = input.artifactId;

  const formatName = input.modelFormat.name?.trim() || findRuntime(input.runtime)?.modelFormats[0] || input.runtime;
  const modelFormat: { name: string; version?: string } = { name: formatName };
  if (input.modelFormat.version?.trim()) modelFormat.version = input.modelFormat.version.trim();

  const r = input.resources;
  const requests = quantities([
    ['cpu', r.cpuRequest],
    ['memory', r.memoryRequest],
    ['nvidia.com/gpu', r.gpus],
  ]);
  const limits = quantities([
    ['cpu', r.cpuLimit],
    ['memory', r.memoryLimit],
    ['nvidia.com/gpu', r.gpus],
  ]);

  const model: TInferenceService['spec']['predictor']['model'] = { modelFormat, runtime: input.runtime };
  if (input.storageUri) model.storageUri = input.storageUri;
  if (requests || limits) {
    model.resources = {};
    if (requests) model.resources.requests = requests;
    if (limits) model.resources.limits = limits;
  }

  return {
    apiVersion: KSERVE_API_VERSION,
    kind: 'InferenceService',
    metadata: {
      name: input.name,
      ...(input.namespace ? { namespace: input.namespace } : {}),
      labels,
      annotations,
    },
    spec: { predictor: { minReplicas: input.minReplicas, maxReplicas: input.maxReplicas, model } },
  };
}

/** The manifest as YAML text, the form `kubectl apply -f` takes. */
export function manifestYaml(manifest: TInferenceService): string {
  return stringify(manifest, { lineWidth: 0 });
}
