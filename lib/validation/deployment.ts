// Serving environments (where models are served) and deployments (a model version served
// in one environment). Shared by the API, the deploy forms and the OpenAPI document.
import { z } from 'zod';
import { ZPageQuery } from './common';
import { ZRegistryParams } from './model';

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** A Kubernetes DNS-1123 label: what namespaces, InferenceService and runtime names must be. */
export function isDns1123Label(s: string): boolean {
  return s.length >= 1 && s.length <= 63 && DNS_LABEL.test(s);
}

export const ZDns1123Label = z
  .string({ error: 'Enter a name.' })
  .min(1, 'Enter a name.')
  .max(63, 'Use at most 63 characters.')
  .regex(DNS_LABEL, 'Use lowercase letters, digits and hyphens, starting and ending with a letter or digit.');

const blankToNull = (v: string | null | undefined) =>
  v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim();

const ZHttpUrl = z
  .string()
  .max(2048, 'A URL has at most 2048 characters.')
  .regex(/^https?:\/\/[^\s/]+\S*$/i, 'Enter an http:// or https:// URL.');

const optional = <T extends z.ZodType<string>>(schema: T) =>
  z
    .union([schema, z.literal(''), z.null()])
    .optional()
    .transform((v) => blankToNull(v));

const ZRuntimeId = ZDns1123Label.describe(
  'A serving runtime id (see the runtimes list) or the name of another ServingRuntime on the cluster.',
);

export const SERVING_ENVIRONMENT_KINDS = ['kserve', 'external'] as const;
export const ZServingEnvironmentKind = z
  .enum(SERVING_ENVIRONMENT_KINDS)
  .describe('kserve: a Kubernetes namespace with KServe; external: a target tracked by hand or by a CD system.');
export type TServingEnvironmentKind = z.infer<typeof ZServingEnvironmentKind>;

const environmentFields = {
  description: z.string().max(10_000, 'Use at most 10,000 characters.'),
  namespace: optional(ZDns1123Label).describe('kserve only: the Kubernetes namespace to deploy into.'),
  apiServerUrl: optional(ZHttpUrl).describe(
    'kserve only: the Kubernetes API server; when set, deployments are applied to the cluster.',
  ),
  token: optional(
    z.string().max(16_384, 'A token has at most 16,384 characters.').regex(/^\S+$/, 'A token has no spaces.'),
  ).describe('kserve only: bearer token for the API server. Write-only: stored encrypted, never returned.'),
  defaultRuntime: optional(ZRuntimeId).describe('kserve only: the runtime new deployments use unless they name one.'),
  url: optional(ZHttpUrl).describe('external only: where the target is, e.g. a dashboard or endpoint URL.'),
};

/**
 * Which fields fit which kind of environment. The create schema checks the request with it,
 * and the service checks an environment's fields as they would be after a PATCH.
 */
export function environmentKindProblems(f: {
  kind: string;
  namespace?: string | null;
  apiServerUrl?: string | null;
  hasToken: boolean;
  defaultRuntime?: string | null;
  url?: string | null;
}): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (f.kind === 'kserve') {
    if (!f.namespace) problems.push({ path: 'namespace', message: 'Enter the Kubernetes namespace.' });
    if (f.url) problems.push({ path: 'url', message: 'Only external environments have a URL.' });
  } else {
    const kserveOnly = {
      namespace: f.namespace,
      apiServerUrl: f.apiServerUrl,
      token: f.hasToken,
      defaultRuntime: f.defaultRuntime,
    };
    for (const [path, value] of Object.entries(kserveOnly)) {
      if (value) problems.push({ path, message: 'Only kserve environments have this.' });
    }
  }
  if (f.hasToken && !f.apiServerUrl) problems.push({ path: 'token', message: 'A token needs an API server URL.' });
  return problems;
}

export const ZServingEnvironmentCreate = z
  .strictObject({
    name: ZDns1123Label.describe('Unique within the registry; immutable.'),
    kind: ZServingEnvironmentKind,
    ...environmentFields,
    description: environmentFields.description.default(''),
  })
  .superRefine((v, ctx) => {
    for (const p of environmentKindProblems({ ...v, hasToken: Boolean(v.token) })) {
      ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
    }
  })
  .meta({ id: 'ServingEnvironmentCreate' });
export type TServingEnvironmentCreate = z.infer<typeof ZServingEnvironmentCreate>;
export type TServingEnvironmentCreateInput = z.input<typeof ZServingEnvironmentCreate>;

/** Fields left out stay as they are; null (or "") clears one. Whether they fit the kind is checked by the service. */
export const ZServingEnvironmentPatch = z
  .strictObject({
    name: z.never({ error: 'An environment name cannot be changed.' }).optional(),
    kind: z.never({ error: 'An environment kind cannot be changed; create another environment.' }).optional(),
    description: environmentFields.description.optional(),
    namespace: environmentFields.namespace,
    apiServerUrl: environmentFields.apiServerUrl,
    token: environmentFields.token.describe('A string replaces the stored token; null clears it.'),
    defaultRuntime: environmentFields.defaultRuntime,
    url: environmentFields.url,
  })
  .meta({ id: 'ServingEnvironmentPatch' });
export type TServingEnvironmentPatch = z.infer<typeof ZServingEnvironmentPatch>;
export type TServingEnvironmentPatchInput = z.input<typeof ZServingEnvironmentPatch>;

export const ZServingEnvironment = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    kind: ZServingEnvironmentKind,
    namespace: z.string().nullable(),
    apiServerUrl: z.string().nullable(),
    hasToken: z.boolean().describe('Whether a bearer token is stored (the token itself is never returned).'),
    defaultRuntime: z.string().nullable(),
    url: z.string().nullable(),
    activeDeployments: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'ServingEnvironment' });
export type TServingEnvironment = z.infer<typeof ZServingEnvironment>;

export const ZServingEnvironmentListQuery = ZPageQuery.extend({
  kind: ZServingEnvironmentKind.optional(),
});
export type TServingEnvironmentListQuery = z.infer<typeof ZServingEnvironmentListQuery>;

export const ZServingEnvironmentParams = ZRegistryParams.extend({ name: z.string().min(1).max(200) });

// ----- deployments -----

export const MAX_REPLICAS = 100;

const ZReplicas = (what: string) =>
  z
    .number({ error: `${what} must be a whole number.` })
    .int(`${what} must be a whole number.`)
    .min(0, `${what} must be 0 or more.`)
    .max(MAX_REPLICAS, `${what} must be at most ${MAX_REPLICAS}.`);

/** Kubernetes CPU quantities: cores ("1", "0.5") or millicores ("500m"). */
export const CPU_QUANTITY = /^(\d+(\.\d{1,3})?|\.\d{1,3}|\d+m)$/;
/** Kubernetes memory quantities: bytes or a binary/decimal suffix ("512Mi", "2Gi", "1G"). */
export const MEMORY_QUANTITY = /^\d+(\.\d+)?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/;

const ZCpu = z.string().max(32).regex(CPU_QUANTITY, 'Enter CPU as cores ("1", "0.5") or millicores ("500m").');
const ZMemory = z
  .string()
  .max(32)
  .regex(MEMORY_QUANTITY, 'Enter memory as a Kubernetes quantity, such as "512Mi", "4Gi" or "1G".');

export const ZDeploymentResourcesInput = z
  .strictObject({
    cpuRequest: optional(ZCpu),
    cpuLimit: optional(ZCpu),
    memoryRequest: optional(ZMemory),
    memoryLimit: optional(ZMemory),
    gpus: z
      .number({ error: 'GPUs must be a whole number.' })
      .int('GPUs must be a whole number.')
      .min(0, 'GPUs must be 0 or more.')
      .max(16, 'Use at most 16 GPUs.')
      .nullable()
      .optional()
      .describe('NVIDIA GPUs (nvidia.com/gpu) per replica.'),
  })
  .describe('Requests and limits per replica. Left out: unchanged (on update) or none; null clears one.')
  .meta({ id: 'DeploymentResourcesInput' });
export type TDeploymentResourcesInput = z.infer<typeof ZDeploymentResourcesInput>;

export const ZDeploymentResources = z
  .object({
    cpuRequest: z.string().nullable(),
    cpuLimit: z.string().nullable(),
    memoryRequest: z.string().nullable(),
    memoryLimit: z.string().nullable(),
    gpus: z.number().int().nullable(),
  })
  .meta({ id: 'DeploymentResources' });
export type TDeploymentResources = z.infer<typeof ZDeploymentResources>;

export const EMPTY_RESOURCES: TDeploymentResources = {
  cpuRequest: null,
  cpuLimit: null,
  memoryRequest: null,
  memoryLimit: null,
  gpus: null,
};

export const DESIRED_STATES = ['DEPLOYED', 'UNDEPLOYED'] as const;
export const ZDesiredState = z.enum(DESIRED_STATES).describe('DEPLOYED serves the model; UNDEPLOYED stops serving it.');
export type TDesiredState = z.infer<typeof ZDesiredState>;

export const DEPLOYMENT_PHASES = ['UNMANAGED', 'PENDING', 'READY', 'NOT_READY', 'FAILED', 'UNDEPLOYED'] as const;
export const ZDeploymentPhase = z
  .enum(DEPLOYMENT_PHASES)
  .describe(
    'UNMANAGED: no cluster to apply to (tracked by hand); PENDING: applied, not ready yet; READY / NOT_READY: ' +
      "the InferenceService's Ready condition; FAILED: the apply or status read failed (see message); " +
      'UNDEPLOYED: desiredState is UNDEPLOYED.',
  );
export type TDeploymentPhase = z.infer<typeof ZDeploymentPhase>;

/** Resource problems that need both values: a request above its limit. */
export function resourceProblems(r: Partial<TDeploymentResources>): { path: string; message: string }[] {
  const problems = [];
  const cpu = (q: string) => (q.endsWith('m') ? Number(q.slice(0, -1)) / 1000 : Number(q));
  if (r.cpuRequest && r.cpuLimit && cpu(r.cpuRequest) > cpu(r.cpuLimit)) {
    problems.push({ path: 'cpuRequest', message: 'The CPU request cannot be more than the CPU limit.' });
  }
  const bytes = memoryBytes;
  if (r.memoryRequest && r.memoryLimit && bytes(r.memoryRequest) > bytes(r.memoryLimit)) {
    problems.push({ path: 'memoryRequest', message: 'The memory request cannot be more than the memory limit.' });
  }
  return problems;
}

const MEMORY_FACTORS: Record<string, number> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

export function memoryBytes(q: string): number {
  const m = /^(\d+(?:\.\d+)?)([A-Za-z]*)$/.exec(q);
  if (!m) return NaN;
  return Number(m[1]) * (MEMORY_FACTORS[m[2] ?? ''] ?? NaN);
}

/** Replica problems: min above max. */
export function replicaProblems(min: number, max: number): { path: string; message: string }[] {
  return min > max ? [{ path: 'maxReplicas', message: 'Max replicas cannot be less than min replicas.' }] : [];
}

export const ZDeploymentCreate = z
  .strictObject({
    name: ZDns1123Label.describe('DNS-1123 label, unique within the environment; the InferenceService name.'),
    environment: z.string({ error: 'Choose an environment.' }).min(1, 'Choose an environment.').max(200),
    model: z.string({ error: 'Choose a model.' }).min(1, 'Choose a model.').max(128).describe('Model name.'),
    version: z.string({ error: 'Choose a version.' }).min(1, 'Choose a version.').max(128).describe('Version name.'),
    artifactId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe("The artifact to serve; default: the version's first artifact with a location."),
    runtime: ZRuntimeId.optional().describe(
      "Default: the environment's default runtime, else the suggestion for the artifact's format.",
    ),
    minReplicas: ZReplicas('Min replicas').default(1),
    maxReplicas: ZReplicas('Max replicas').default(1),
    resources: ZDeploymentResourcesInput.optional(),
    desiredState: ZDesiredState.default('DEPLOYED'),
  })
  .superRefine((v, ctx) => {
    for (const p of replicaProblems(v.minReplicas, v.maxReplicas)) {
      ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
    }
    for (const p of resourceProblems(v.resources ?? {})) {
      ctx.addIssue({ code: 'custom', path: ['resources', p.path], message: p.message });
    }
  })
  .meta({ id: 'DeploymentCreate' });
export type TDeploymentCreate = z.infer<typeof ZDeploymentCreate>;
export type TDeploymentCreateInput = z.input<typeof ZDeploymentCreate>;

/** Fields left out stay as they are. Replicas and resources are checked again, merged, by the service. */
export const ZDeploymentPatch = z
  .strictObject({
    name: z.never({ error: 'A deployment name cannot be changed.' }).optional(),
    environment: z.never({ error: 'A deployment cannot move to another environment; create a new one.' }).optional(),
    model: z.never({ error: 'A deployment serves one model; create a new deployment for another.' }).optional(),
    version: z.string().min(1).max(128).optional().describe('Roll out another version of the same model.'),
    artifactId: z.string().min(1).max(200).optional().describe('Serve another artifact of the (new) version.'),
    runtime: ZRuntimeId.optional(),
    minReplicas: ZReplicas('Min replicas').optional(),
    maxReplicas: ZReplicas('Max replicas').optional(),
    resources: ZDeploymentResourcesInput.optional(),
    desiredState: ZDesiredState.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.minReplicas !== undefined && v.maxReplicas !== undefined) {
      for (const p of replicaProblems(v.minReplicas, v.maxReplicas)) {
        ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
      }
    }
  })
  .meta({ id: 'DeploymentPatch' });
export type TDeploymentPatch = z.infer<typeof ZDeploymentPatch>;
export type TDeploymentPatchInput = z.input<typeof ZDeploymentPatch>;

export const ZDeploymentStatus = z
  .object({
    phase: ZDeploymentPhase,
    url: z.string().nullable().describe('Where the model answers (status.url of the InferenceService).'),
    message: z
      .string()
      .nullable()
      .describe("The last condition message, or the cluster's own error message when the apply failed."),
    checkedAt: z.iso.datetime().nullable().describe('When the status was last read from the cluster.'),
  })
  .meta({ id: 'DeploymentStatus' });
export type TDeploymentStatus = z.infer<typeof ZDeploymentStatus>;

export const ZDeployment = z
  .object({
    id: z.string(),
    name: z.string(),
    environment: z.object({ name: z.string(), kind: ZServingEnvironmentKind }),
    model: z.string(),
    version: z.string(),
    versionId: z.string(),
    modelId: z.string(),
    artifactId: z.string().nullable(),
    storageUri: z.string().nullable(),
    modelFormat: z.string().nullable(),
    runtime: z.string(),
    minReplicas: z.number().int(),
    maxReplicas: z.number().int(),
    resources: ZDeploymentResources,
    desiredState: ZDesiredState,
    status: ZDeploymentStatus,
    createdBy: z.string(),
    updatedBy: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Deployment' });
export type TDeployment = z.infer<typeof ZDeployment>;

export const ZDeploymentListQuery = ZPageQuery.extend({
  environment: z.string().max(200).optional().describe('Environment name.'),
  model: z.string().max(128).optional().describe('Model name.'),
  version: z.string().max(128).optional().describe('Version name (with model) or version id.'),
  state: ZDesiredState.optional(),
});
export type TDeploymentListQuery = z.infer<typeof ZDeploymentListQuery>;

export const ZDeploymentParams = ZRegistryParams.extend({ id: z.string().min(1).max(200) });

export const ZManifestQuery = z.object({
  format: z.enum(['yaml', 'json']).default('yaml').describe('yaml (default, application/yaml) or json.'),
});
