import { z } from 'zod';
import { ZDescription } from './fields';

const opt = (max: number, what: string) =>
  z
    .string()
    .max(max, `${what} has at most ${max} characters.`)
    .optional()
    .nullable()
    .transform((v) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v));

const ZUri = z
  .string()
  .max(2048, 'A URI has at most 2048 characters.')
  .regex(
    /^[a-zA-Z][a-zA-Z0-9+.-]*:\/?\/?\S+$/,
    'Enter a URI with a scheme, such as s3://bucket/path, oci://…, https://…, hf://… or pvc://….',
  );

export const ARTIFACT_LOCATION_FIELDS = ['uri', 'endpoint', 'bucket', 'region', 'path'] as const;

const artifactFields = {
  name: z.string().max(128, 'Use at most 128 characters.').optional(),
  description: ZDescription.optional(),
  uri: ZUri.optional().nullable().describe('Where the files are: s3://, oci://, https://, hf://, pvc://, …'),
  endpoint: opt(2048, 'The endpoint').describe('Object storage endpoint, e.g. https://s3.eu-west-1.amazonaws.com'),
  bucket: opt(255, 'The bucket'),
  region: opt(64, 'The region'),
  path: opt(1024, 'The path').describe('Path of the model files inside the bucket.'),
  modelFormatName: z
    .string()
    .max(64, 'Use at most 64 characters.')
    .optional()
    .describe('e.g. onnx, pytorch, vLLM, openvino_ir'),
  modelFormatVersion: z.string().max(64, 'Use at most 64 characters.').optional(),
  sourceKind: opt(64, 'The source kind').describe('Where it came from: pipeline-run, notebook, catalog, …'),
  sourceName: opt(256, 'The source name'),
  sourceId: opt(256, 'The source id'),
  sourceUri: opt(2048, 'The source URI'),
};

type LocationInput = {
  uri?: string | null;
  bucket?: string | null;
  path?: string | null;
  endpoint?: string | null;
  region?: string | null;
};

/** The location is a URI or object-storage fields (a bucket and a path at least), not both. */
export function locationProblems(a: LocationInput): { path: string; message: string }[] {
  const hasUri = Boolean(a.uri);
  const storage = [a.endpoint, a.bucket, a.region, a.path].some(Boolean);
  if (hasUri && storage) return [{ path: 'uri', message: 'Give either a URI or the object-storage fields, not both.' }];
  if (!hasUri && !storage) return [{ path: 'uri', message: 'Give the model location: a URI, or a bucket and path.' }];
  const problems = [];
  if (!hasUri && !a.bucket) problems.push({ path: 'bucket', message: 'Enter the bucket.' });
  if (!hasUri && !a.path) problems.push({ path: 'path', message: 'Enter the path inside the bucket.' });
  return problems;
}

export const ZArtifactCreate = z
  .strictObject(artifactFields)
  .superRefine((a, ctx) => {
    for (const p of locationProblems(a)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
  })
  .meta({ id: 'ArtifactCreate' });
export type TArtifactCreate = z.infer<typeof ZArtifactCreate>;

/** Fields left out stay as they are; null clears one. The merged location is checked by the service. */
export const ZArtifactPatch = z.strictObject(artifactFields).meta({ id: 'ArtifactPatch' });
export type TArtifactPatch = z.infer<typeof ZArtifactPatch>;

export const ZArtifact = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    uri: z.string().nullable(),
    endpoint: z.string().nullable(),
    bucket: z.string().nullable(),
    region: z.string().nullable(),
    path: z.string().nullable(),
    modelFormatName: z.string(),
    modelFormatVersion: z.string(),
    sourceKind: z.string().nullable(),
    sourceName: z.string().nullable(),
    sourceId: z.string().nullable(),
    sourceUri: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Artifact' });
export type TArtifact = z.infer<typeof ZArtifact>;
