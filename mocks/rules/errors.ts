import type { z } from 'zod/mini';
import { ownCode, type FieldError, type Problem } from '@/api/schemas';

/** An API refusal: carries an RFC 9457 problem. Rules throw it; adapters turn it into a response. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
    this.name = 'ApiError';
  }
  get status(): number {
    return this.problem.status;
  }
}

const problem = (status: number, title: string, extra: Partial<Problem> = {}): ApiError =>
  new ApiError({ type: `https://kenes.example/problems/${title}`, title, status, ...extra });

export const badRequest = (detail: string, errors?: FieldError[]) =>
  problem(400, 'bad_request', { detail, ...(errors ? { errors } : {}) });
export const unauthorized = () => problem(401, 'unauthorized', { detail: 'Sign in as a user first.' });
export const forbidden = (detail: string) => problem(403, 'forbidden', { detail });
export const notFound = (entity: string, id: string) =>
  problem(404, 'not_found', { detail: `No ${entity} with id ${id}.` });
export const conflict = (detail: string, current: unknown) =>
  problem(409, 'version_conflict', { detail, current });
export const unprocessable = (errors: FieldError[], detail = 'Some fields are not valid.') =>
  problem(422, 'validation_failed', { detail, errors });

const fieldPath = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** Turns zod issues into field errors: the code is what the UI translates. */
export function fieldErrors(error: z.core.$ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const field = [prefix, fieldPath(issue.path)].filter(Boolean).join('.') || '(body)';
    const code = issueCode(issue);
    return { field, code, message: `${field}: ${code}` };
  });
}

function issueCode(issue: z.core.$ZodIssue): string {
  const own = ownCode(issue);
  if (issue.code === 'custom' || issue.code === 'invalid_format') {
    return own ?? (issue.code === 'invalid_format' ? 'invalid_format' : 'invalid');
  }
  if (issue.code === 'too_small') return own ?? 'required';
  if (issue.code === 'too_big') return 'too_long';
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'required' : 'invalid_type';
  if (issue.code === 'invalid_value') return 'invalid_value';
  return own ?? issue.code;
}

export const fieldError = (field: string, code: string): FieldError => ({
  field,
  code,
  message: `${field}: ${code}`,
});

/** Parses with a schema or throws 422 (a body) / 400 (a query) naming each bad field. */
export function parseOr<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  kind: 'body' | 'query' = 'body',
): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  // A query parameter is named as a whole: `status`, not `status.0`.
  const errors =
    kind === 'query'
      ? fieldErrors(result.error).map((e) => ({ ...e, field: e.field.split('.')[0] ?? e.field }))
      : fieldErrors(result.error);
  throw kind === 'body' ? unprocessable(errors) : badRequest('Some query parameters are not valid.', errors);
}
