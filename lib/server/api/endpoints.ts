// The catalogue of /api/v1 endpoints: what each accepts, returns and requires. It is
// the source of the OpenAPI document, and tests check it against the route files so
// neither can drift from the other.
import { z } from 'zod';
import { ZArtifact, ZArtifactCreate, ZArtifactPatch } from '@/lib/validation/artifact';
import { ZPage } from '@/lib/validation/common';
import {
  ZGrant,
  ZGrantCreate,
  ZGrantPatch,
  ZIdParams,
  ZToken,
  ZTokenCreate,
  ZTokenCreated,
} from '@/lib/validation/access';
import {
  ZArtifactParams,
  ZModel,
  ZModelCreate,
  ZModelCreated,
  ZModelListQuery,
  ZModelParams,
  ZModelPatch,
  ZModelSummary,
  ZRegistryParams,
  ZVersion,
  ZVersionCreate,
  ZVersionListQuery,
  ZVersionParams,
  ZVersionPatch,
} from '@/lib/validation/model';
import {
  ZRegistry,
  ZRegistryCreate,
  ZRegistryDeleteQuery,
  ZRegistryListQuery,
  ZRegistryPatch,
} from '@/lib/validation/registry';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

/** Who may call an endpoint: any signed-in caller with a role on the registry, or more. */
export type Access = 'signed-in' | 'viewer' | 'contributor' | 'registry-admin' | 'platform-admin';

export type Endpoint = {
  method: Method;
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  status?: number;
  etag?: boolean;
  ifMatch?: boolean;
  /** False when API tokens are refused whatever their role (access management is for people). */
  tokens?: false;
};

const R = '/api/v1/registries/{registry}';
const M = `${R}/models/{model}`;
const V = `${M}/versions/{version}`;

export const endpoints: Endpoint[] = [
  {
    method: 'GET',
    path: '/api/v1/registries',
    tag: 'Registries',
    summary: 'List the registries you can access',
    access: 'signed-in',
    query: ZRegistryListQuery,
    response: ZPage(ZRegistry),
  },
  {
    method: 'POST',
    path: '/api/v1/registries',
    tag: 'Registries',
    summary: 'Create a registry',
    access: 'platform-admin',
    body: ZRegistryCreate,
    response: ZRegistry,
    status: 201,
  },
  {
    method: 'GET',
    path: R,
    tag: 'Registries',
    summary: 'Get a registry',
    access: 'viewer',
    params: ZRegistryParams,
    response: ZRegistry,
    etag: true,
  },
  {
    method: 'PATCH',
    path: R,
    tag: 'Registries',
    summary: 'Edit a registry',
    access: 'platform-admin',
    params: ZRegistryParams,
    body: ZRegistryPatch,
    response: ZRegistry,
    etag: true,
    ifMatch: true,
  },
  {
    method: 'DELETE',
    path: R,
    tag: 'Registries',
    summary: 'Delete a registry (force=true also deletes its models)',
    access: 'platform-admin',
    params: ZRegistryParams,
    query: ZRegistryDeleteQuery,
    status: 204,
    ifMatch: true,
  },

  {
    method: 'GET',
    path: `${R}/models`,
    tag: 'Models',
    summary: 'Search, filter, sort and page models',
    access: 'viewer',
    params: ZRegistryParams,
    query: ZModelListQuery,
    response: ZPage(ZModelSummary),
  },
  {
    method: 'POST',
    path: `${R}/models`,
    tag: 'Models',
    summary: 'Register a model, optionally with its first version and artifact, in one transaction',
    access: 'contributor',
    params: ZRegistryParams,
    body: ZModelCreate,
    response: ZModelCreated,
    status: 201,
  },
  {
    method: 'GET',
    path: M,
    tag: 'Models',
    summary: 'Get a model',
    access: 'viewer',
    params: ZModelParams,
    response: ZModel,
    etag: true,
  },
  {
    method: 'PATCH',
    path: M,
    tag: 'Models',
    summary: 'Edit, archive (state ARCHIVED) or restore (state LIVE) a model',
    access: 'contributor',
    params: ZModelParams,
    body: ZModelPatch,
    response: ZModel,
    etag: true,
    ifMatch: true,
  },
  {
    method: 'DELETE',
    path: M,
    tag: 'Models',
    summary: 'Delete a model and all its versions',
    access: 'registry-admin',
    params: ZModelParams,
    status: 204,
    ifMatch: true,
  },

  {
    method: 'GET',
    path: `${M}/versions`,
    tag: 'Versions',
    summary: 'Search, filter, sort and page the versions of a model',
    access: 'viewer',
    params: ZModelParams,
    query: ZVersionListQuery,
    response: ZPage(ZVersion),
  },
  {
    method: 'POST',
    path: `${M}/versions`,
    tag: 'Versions',
    summary: 'Register a version with its artifacts in one transaction',
    access: 'contributor',
    params: ZModelParams,
    body: ZVersionCreate,
    response: ZVersion,
    status: 201,
    etag: true,
  },
  {
    method: 'GET',
    path: V,
    tag: 'Versions',
    summary: 'Get a version with its artifacts',
    access: 'viewer',
    params: ZVersionParams,
    response: ZVersion,
    etag: true,
  },
  {
    method: 'PATCH',
    path: V,
    tag: 'Versions',
    summary: 'Edit, archive or restore a version',
    access: 'contributor',
    params: ZVersionParams,
    body: ZVersionPatch,
    response: ZVersion,
    etag: true,
    ifMatch: true,
  },
  {
    method: 'DELETE',
    path: V,
    tag: 'Versions',
    summary: 'Delete a version',
    access: 'registry-admin',
    params: ZVersionParams,
    status: 204,
    ifMatch: true,
  },

  {
    method: 'GET',
    path: `${V}/artifacts`,
    tag: 'Artifacts',
    summary: "List a version's artifacts",
    access: 'viewer',
    params: ZVersionParams,
    response: ZPage(ZArtifact),
  },
  {
    method: 'POST',
    path: `${V}/artifacts`,
    tag: 'Artifacts',
    summary: 'Add an artifact to a version',
    access: 'contributor',
    params: ZVersionParams,
    body: ZArtifactCreate,
    response: ZArtifact,
    status: 201,
    etag: true,
  },
  {
    method: 'GET',
    path: `${V}/artifacts/{id}`,
    tag: 'Artifacts',
    summary: 'Get an artifact',
    access: 'viewer',
    params: ZArtifactParams,
    response: ZArtifact,
    etag: true,
  },
  {
    method: 'PATCH',
    path: `${V}/artifacts/{id}`,
    tag: 'Artifacts',
    summary: "Edit an artifact's location, format or provenance",
    access: 'contributor',
    params: ZArtifactParams,
    body: ZArtifactPatch,
    response: ZArtifact,
    etag: true,
    ifMatch: true,
  },
  {
    method: 'DELETE',
    path: `${V}/artifacts/{id}`,
    tag: 'Artifacts',
    summary: 'Remove an artifact',
    access: 'contributor',
    params: ZArtifactParams,
    status: 204,
    ifMatch: true,
  },

  {
    method: 'GET',
    path: `${R}/grants`,
    tag: 'Access',
    summary: 'List the grants of a registry',
    access: 'registry-admin',
    tokens: false,
    params: ZRegistryParams,
    response: z.object({ items: z.array(ZGrant) }),
  },
  {
    method: 'POST',
    path: `${R}/grants`,
    tag: 'Access',
    summary: 'Grant a role to a user, a group or all signed-in users',
    access: 'registry-admin',
    tokens: false,
    params: ZRegistryParams,
    body: ZGrantCreate,
    response: ZGrant,
    status: 201,
  },
  {
    method: 'PATCH',
    path: `${R}/grants/{id}`,
    tag: 'Access',
    summary: "Change a grant's role (the last admin grant cannot be lowered)",
    access: 'registry-admin',
    tokens: false,
    params: ZIdParams,
    body: ZGrantPatch,
    response: ZGrant,
  },
  {
    method: 'DELETE',
    path: `${R}/grants/{id}`,
    tag: 'Access',
    summary: 'Remove a grant (the last admin grant cannot be removed)',
    access: 'registry-admin',
    tokens: false,
    params: ZIdParams,
    status: 204,
  },
  {
    method: 'GET',
    path: `${R}/tokens`,
    tag: 'Access',
    summary: "List a registry's API tokens with their last use (never the secrets)",
    access: 'registry-admin',
    tokens: false,
    params: ZRegistryParams,
    response: z.object({ items: z.array(ZToken) }),
  },
  {
    method: 'POST',
    path: `${R}/tokens`,
    tag: 'Access',
    summary: 'Create an API token bound to this registry and one role; the secret is returned once',
    access: 'registry-admin',
    tokens: false,
    params: ZRegistryParams,
    body: ZTokenCreate,
    response: ZTokenCreated,
    status: 201,
  },
  {
    method: 'DELETE',
    path: `${R}/tokens/{id}`,
    tag: 'Access',
    summary: 'Revoke an API token (effective on the next request)',
    access: 'registry-admin',
    tokens: false,
    params: ZIdParams,
    status: 204,
  },
];
