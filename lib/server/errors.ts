// One error model: a small set of codes, one table to HTTP status, one envelope.
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export type ErrorEnvelope = { error: { code: ErrorCode; message: string; details?: unknown } };

export function errorEnvelope(err: AppError): ErrorEnvelope {
  return {
    error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) },
  };
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do this.') => new AppError('forbidden', message);
export const unauthorized = () =>
  new AppError('unauthorized', 'Sign in, or send an API token as "Authorization: Bearer <token>".');
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);

export type FieldProblem = { path: string; message: string };

/** 422 for field problems a service finds after parsing, in the same envelope as a schema failure. */
export function invalidFields(problems: FieldProblem[], prefix = ''): AppError {
  return new AppError(
    'validation_failed',
    `Some fields are not valid: ${problems[0]?.message ?? 'see details'}`,
    problems.map((p) => ({ path: `${prefix}${p.path}`, message: p.message })),
  );
}

/** Throws `invalidFields` when there is any problem. */
export function assertNoFieldProblems(problems: FieldProblem[], prefix = ''): void {
  if (problems.length > 0) throw invalidFields(problems, prefix);
}
