/**
 * ESIA's error codes that the authorization (`/v2/ac`) and token (`/v3/te`) endpoints return as
 * `error=<oauth error>&error_description=ESIA-0070xx: …`. The descriptions here are ours; the
 * codes and OAuth error names follow ESIA's guidelines.
 */
export const ESIA_ERRORS = {
  'ESIA-007002': {
    error: 'invalid_client',
    status: 400,
    text: 'сертификат не зарегистрирован для этой системы',
  },
  'ESIA-007003': {
    error: 'invalid_request',
    status: 400,
    text: 'параметр запроса отсутствует, повторён или неверен',
  },
  'ESIA-007004': {
    error: 'access_denied',
    status: 400,
    text: 'пользователь или сервис отказал в доступе',
  },
  'ESIA-007006': {
    error: 'invalid_scope',
    status: 400,
    text: 'неизвестная или недопустимая область доступа (scope)',
  },
  'ESIA-007007': {
    error: 'server_error',
    status: 500,
    text: 'внутренняя ошибка сервиса авторизации',
  },
  'ESIA-007008': {
    error: 'temporarily_unavailable',
    status: 503,
    text: 'сервис перегружен или на обслуживании',
  },
  'ESIA-007011': {
    error: 'invalid_grant',
    status: 400,
    text: 'код авторизации недействителен, просрочен или выдан для другого адреса',
  },
  'ESIA-007012': {
    error: 'unsupported_response_type',
    status: 400,
    text: 'тип ответа не поддерживается',
  },
  'ESIA-007014': { error: 'invalid_request', status: 400, text: 'нет обязательного параметра' },
  'ESIA-007015': {
    error: 'invalid_request',
    status: 400,
    text: 'неверное время запроса (timestamp)',
  },
  'ESIA-007023': {
    error: 'invalid_request',
    status: 400,
    text: 'redirect_uri не входит в разрешённые для системы',
  },
  'ESIA-007039': {
    error: 'invalid_grant',
    status: 400,
    text: 'в запросе кода не было code_challenge',
  },
  'ESIA-007040': {
    error: 'invalid_grant',
    status: 400,
    text: 'code_verifier не соответствует code_challenge',
  },
  'ESIA-007053': {
    error: 'invalid_client',
    status: 400,
    text: 'client_secret сформирован неверно или подпись не сходится',
  },
  'ESIA-007055': {
    error: 'access_denied',
    status: 400,
    text: 'учётная запись пользователя не подтверждена',
  },
} as const;

export type EsiaErrorCode = keyof typeof ESIA_ERRORS;

export const isEsiaErrorCode = (value: string): value is EsiaErrorCode => value in ESIA_ERRORS;

/** The `error` and `error_description` pair ESIA sends for a code. */
export function esiaErrorParams(code: EsiaErrorCode): { error: string; error_description: string } {
  const e = ESIA_ERRORS[code];
  return { error: e.error, error_description: `${code}: ${e.text}` };
}

/** Finds the ESIA code at the start of an `error_description`. */
export function esiaCodeOf(description: string | null | undefined): string | null {
  return /^(ESIA-\d{6})/.exec(description ?? '')?.[1] ?? null;
}

/**
 * A failed exchange with ESIA. `esia`: ESIA answered with an error code; `unavailable`: no answer,
 * a timeout or a 5xx; `invalid_response`: an answer we must not trust (bad token, wrong state).
 */
export class EsiaError extends Error {
  constructor(
    readonly kind: 'esia' | 'unavailable' | 'invalid_response',
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'EsiaError';
  }
}
