// Builds the OpenAPI 3.1 document from the endpoint catalogue and the same zod schemas
// that validate requests. Named schemas (`.meta({ id })`) become components.
import { z } from 'zod';
import { ZErrorEnvelope } from '@/lib/validation/common';
import { endpoints, type Endpoint } from './endpoints';

type JsonSchema = Record<string, unknown>;

const ERROR_RESPONSES: Record<string, string> = {
  '400': 'Malformed request (bad JSON, query parameter or cursor)',
  '401': 'Not signed in and no valid API token',
  '403': 'Signed in, but your role does not allow this',
  '404': 'Not found, or in a registry you have no access to',
  '409': 'Conflict: duplicate name, archived object, or active deployments',
  '412': 'The If-Match ETag is stale: the object changed since you read it',
  '413': 'Request body over 1 MiB',
  '415': 'Request body is not JSON',
  '422': 'Invalid field values; details lists each field path and message',
};

function collector() {
  const components: Record<string, JsonSchema> = {};
  const convert = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
    const { $schema: _s, $defs, ...rest } = json;
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) components[name] ??= def;
    return rest;
  };
  return { components, convert };
}

function fixRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as T;
}

function operation(e: Endpoint, convert: ReturnType<typeof collector>['convert']) {
  const parameters: JsonSchema[] = [];
  for (const [name, schema] of Object.entries(e.params?.shape ?? {})) {
    parameters.push({
      name,
      in: 'path',
      required: true,
      schema: convert(schema as z.ZodType, 'input'),
      description: 'URL-encoded name',
    });
  }
  for (const [name, schema] of Object.entries(e.query?.shape ?? {})) {
    const s = convert(schema as z.ZodType, 'input');
    parameters.push({
      name,
      in: 'query',
      required: false,
      schema: s,
      ...(s.description ? { description: s.description } : {}),
    });
  }
  if (e.ifMatch) {
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: false,
      schema: { type: 'string' },
      description: 'The ETag you read; a stale one gets 412 and changes nothing.',
    });
  }
  const status = String(e.status ?? 200);
  const success: JsonSchema = { description: status === '204' ? 'Done' : 'Success' };
  if (e.response) success.content = { 'application/json': { schema: convert(e.response, 'output') } };
  if (e.etag)
    success.headers = { ETag: { schema: { type: 'string' }, description: 'Send as If-Match to update safely.' } };
  const responses: Record<string, JsonSchema> = { [status]: success };
  for (const [code, description] of Object.entries(ERROR_RESPONSES)) {
    if (code === '412' && !e.ifMatch) continue;
    if (['413', '415', '422'].includes(code) && !e.body) continue;
    responses[code] = {
      description,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    };
  }
  return {
    tags: [e.tag],
    summary: e.summary,
    description: `Requires: ${e.access}.`,
    operationId: `${e.method.toLowerCase()}${e.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
    parameters,
    ...(e.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: convert(e.body, 'input') } } } }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument() {
  const { components, convert } = collector();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of endpoints) {
    const operations = (paths[e.path] ??= {});
    operations[e.method.toLowerCase()] = operation(e, convert);
  }
  components.Error = convert(ZErrorEnvelope, 'output');
  return fixRefs({
    openapi: '3.1.0',
    info: {
      title: 'Model Registry API',
      version: '1',
      description:
        'The REST API of Model Registry. Authenticate with the browser session or `Authorization: Bearer <token>`. Lists use keyset pagination: pass `nextCursor` back as `cursor`. Errors always use `{"error": {"code", "message", "details"}}`.',
    },
    servers: [{ url: '/' }],
    security: [{ session: [] }, { bearer: [] }],
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  });
}

export type ApiOperationView = {
  method: string;
  path: string;
  summary: string;
  tag: string;
  access: string;
  parameters: { name: string; in: 'path' | 'query' | 'header'; description: string; schema: string }[];
  requestBody: string | null;
  responseBody: string | null;
  status: number;
};

/** The same information as the OpenAPI document, shaped for the /api-docs page. */
export function apiReference(): { operations: ApiOperationView[]; schemas: string } {
  const { components, convert } = collector();
  const show = (s: JsonSchema) => JSON.stringify(fixRefs(s), null, 2);
  const operations = endpoints.map((e): ApiOperationView => {
    const params = (where: 'path' | 'query', shape: Record<string, unknown> | undefined) =>
      Object.entries(shape ?? {}).map(([name, schema]) => {
        const json = convert(schema as z.ZodType, 'input');
        const { description, ...rest } = json;
        return {
          name,
          in: where,
          description: typeof description === 'string' ? description : '',
          schema: JSON.stringify(fixRefs(rest)),
        };
      });
    return {
      method: e.method,
      path: e.path,
      summary: e.summary,
      tag: e.tag,
      access: e.access,
      parameters: [
        ...params('path', e.params?.shape),
        ...params('query', e.query?.shape),
        ...(e.ifMatch
          ? [
              {
                name: 'If-Match',
                in: 'header' as const,
                description: 'The ETag you read; a stale one gets 412.',
                schema: '{"type":"string"}',
              },
            ]
          : []),
      ],
      requestBody: e.body ? show(convert(e.body, 'input')) : null,
      responseBody: e.response ? show(convert(e.response, 'output')) : null,
      status: e.status ?? 200,
    };
  });
  components.Error = convert(ZErrorEnvelope, 'output');
  return { operations, schemas: show(components) };
}
