import { isIsoDate } from '@dnevnik/school-time';

/**
 * The small set of error codes clients see. Domain code throws AppError with one of them and a
 * message a teacher or parent can read; anything else is masked as an internal error.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'DEADLINE_PASSED',
  'TOO_MANY_REQUESTS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe, non-personal details for the client (field names, limits, retry delays). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Войдите в систему, чтобы продолжить.') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Недостаточно прав для этого действия.') =>
  new AppError('FORBIDDEN', message);
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}: не найдено.`);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details);
export const conflict = (message: string) => new AppError('CONFLICT', message);

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks an id from a client before it reaches SQL; the message names the field. */
export function requireUuid(value: string, field: string): string {
  if (!UUID.test(value))
    throw badInput(`Поле «${field}» должно быть идентификатором (UUID).`, { field });
  return value.toLowerCase();
}

/** Checks a calendar date (ГГГГ-ММ-ДД) that exists. */
export function requireDate(value: string, field: string): string {
  if (!isIsoDate(value)) {
    throw badInput(`Поле «${field}»: ожидается дата в формате ГГГГ-ММ-ДД.`, { field });
  }
  return value;
}

/** Checks free text: trimmed, within limits, with a readable message. */
export function requireText(
  value: string | null | undefined,
  field: string,
  max: number,
  min = 1,
): string {
  const v = (value ?? '').trim();
  if (v.length < min || v.length > max) {
    throw badInput(`Поле «${field}»: от ${min} до ${max} символов.`, { field });
  }
  return v;
}
