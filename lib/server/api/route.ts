// The one wrapper every /api/v1 route handler goes through:
// parse (params, query, body) → authenticate → handler → respond, with errors mapped
// to the one envelope. Handlers stay a few lines long.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { AppError, errorEnvelope, unauthorized } from '../errors';
import { isForeignKeyViolation, isRecordNotFound, isUniqueViolation } from '../db/prisma-errors';
import { principalFromRequest } from '../auth/session';
import type { Principal } from '../auth/principal';
import { readJsonBody } from './body';

type RouteContext = { params?: Promise<Record<string, string | string[] | undefined>> };

type Spec<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  params?: P;
  query?: Q;
  body?: B;
};

type Input<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> = {
  req: NextRequest;
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
};

export function apiRoute<
  P extends z.ZodType = z.ZodObject,
  Q extends z.ZodType = z.ZodObject,
  B extends z.ZodType = z.ZodUndefined,
>(spec: Spec<P, Q, B>, handler: (input: Input<P, Q, B> & { principal: Principal }) => Promise<Response>) {
  return async (req: NextRequest, ctx: RouteContext): Promise<Response> => {
    try {
      // Every /api/v1 route needs a signed-in caller; public endpoints (health) do not use this wrapper.
      const principal = await principalFromRequest(req);
      if (!principal) throw unauthorized();
      const params = parse(spec.params, decodeParams((await ctx.params) ?? {}), 'path');
      const query = parse(spec.query, searchParamsToObject(req.nextUrl.searchParams), 'query');
      const body = parse(spec.body, spec.body ? await readJsonBody(req) : undefined, 'body');
      return await handler({ req, principal, params, query, body });
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/**
 * Text no database column can store (the NUL character) and the key "__proto__", which
 * JavaScript objects cannot hold as data: both are refused rather than altered.
 */
function unstorable(value: unknown, path: string[] = []): { path: string; message: string }[] {
  const here = path.join('.');
  if (typeof value === 'string')
    return value.includes('\u0000') ? [{ path: here, message: 'Remove the NUL character (\\u0000).' }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorable(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const keyPath = [...path, k].join('.');
      const keyProblems =
        k === '__proto__'
          ? [{ path: keyPath, message: 'The key "__proto__" is reserved.' }]
          : k.includes('\u0000')
            ? [{ path: keyPath, message: 'Remove the NUL character (\\u0000) from the key.' }]
            : [];
      return [...keyProblems, ...unstorable(v, [...path, k])];
    });
  }
  return [];
}

function parse<T extends z.ZodType>(schema: T | undefined, value: unknown, where: string): z.output<T> {
  const problems = unstorable(value, [where]);
  if (problems.length) {
    throw new AppError(
      where === 'body' ? 'validation_failed' : 'bad_request',
      `Some ${where === 'body' ? 'fields' : `${where} parameters`} hold text that cannot be stored: ${problems[0]?.message}`,
      problems,
    );
  }
  // A route without a schema for this part gets an empty object (its type is the default ZodObject's).
  if (!schema) return {} as z.output<T>;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new AppError(
    where === 'body' ? 'validation_failed' : 'bad_request',
    `Some ${where === 'body' ? 'fields' : `${where} parameters`} are not valid: ${result.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || where}: ${i.message.replace(/\.$/, '')}`)
      .join('; ')}.`,
    result.error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })),
  );
}

/** Next decodes path segments already; catch-all segments arrive as arrays. */
function decodeParams(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.join('/') : v]));
}

function searchParamsToObject(sp: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(sp.keys())) {
    const all = sp.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

export function errorResponse(err: unknown): Response {
  const appError = toAppError(err);
  if (appError.code === 'internal') console.error('Unhandled API error:', err);
  return NextResponse.json(errorEnvelope(appError), {
    status: appError.status,
    headers: { 'Cache-Control': 'no-store' },
  });
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isUniqueViolation(err)) return new AppError('conflict', 'An object with that name already exists.');
  if (isRecordNotFound(err)) return new AppError('not_found', 'The object was not found; it may have been deleted.');
  if (isForeignKeyViolation(err)) return new AppError('conflict', 'The object is still referenced by other objects.');
  return new AppError('internal', 'Something went wrong on our side. The error was logged; please try again.');
}

export function json(data: unknown, init: { status?: number; etag?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...init.headers };
  if (init.etag) headers.ETag = init.etag;
  return NextResponse.json(data, { status: init.status ?? 200, headers });
}
