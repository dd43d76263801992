import { createHash } from 'node:crypto';
import type { EsiaError, EsiaPersonData } from '@dnevnik/esia';

/** Why an ESIA login did not end in a session; each has a message a parent or teacher can act on. */
export type EsiaFailure =
  | 'disabled'
  | 'gateway'
  | 'flow'
  | 'cancelled'
  | 'unavailable'
  | 'code_expired'
  | 'rejected'
  | 'unconfirmed'
  | 'invalid_token'
  | 'no_snils'
  | 'not_found'
  | 'mismatch'
  | 'linked_elsewhere'
  | 'internal';

/** A login that ended without a session, for a reason the person is told. */
export class EsiaLoginFailure extends Error {
  constructor(
    readonly reason: EsiaFailure,
    readonly esiaCode: string | null = null,
  ) {
    super(`ESIA login failed: ${reason}`);
    this.name = 'EsiaLoginFailure';
  }
}

/** Flow keys and one-time codes are kept only as their hashes. */
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

const CONTACT_SCHOOL =
  'Обратитесь к администратору или классному руководителю вашей школы: вас внесут в журнал ' +
  'с верными данными или выдадут временный логин.';
const TRY_TEMPORARY = 'Если у вас есть временный логин от школы, войдите с ним ниже.';

const FAILURES: Record<EsiaFailure, { status: number; message: string }> = {
  disabled: {
    status: 503,
    message: 'Вход через Госуслуги в этой системе не настроен. ' + TRY_TEMPORARY,
  },
  gateway: { status: 401, message: 'Запрос должен приходить через шлюз.' },
  flow: {
    status: 400,
    message: 'Ссылка для входа устарела или уже использована. Начните вход через Госуслуги заново.',
  },
  cancelled: { status: 400, message: 'Вход через Госуслуги отменён.' },
  unavailable: {
    status: 503,
    message: 'Госуслуги (ЕСИА) сейчас не отвечают. Попробуйте войти позже. ' + TRY_TEMPORARY,
  },
  code_expired: {
    status: 400,
    message: 'Время на вход через Госуслуги истекло. Начните вход заново.',
  },
  rejected: {
    status: 502,
    message:
      'Госуслуги отклонили запрос на вход. Попробуйте ещё раз; если ошибка повторится, ' +
      'сообщите администратору школы код ошибки.',
  },
  unconfirmed: {
    status: 403,
    message:
      'Ваша учётная запись на Госуслугах не подтверждена. Подтвердите её (в МФЦ, банке или ' +
      'онлайн) и войдите снова. ' +
      TRY_TEMPORARY,
  },
  invalid_token: {
    status: 502,
    message: 'Не удалось проверить ответ Госуслуг. Попробуйте войти ещё раз чуть позже.',
  },
  no_snils: {
    status: 403,
    message:
      'Госуслуги не передали ваш СНИЛС, а по нему журнал находит вас среди учеников, родителей ' +
      'и сотрудников школы. Разрешите передачу СНИЛС при входе или ' +
      CONTACT_SCHOOL.toLowerCase(),
  },
  not_found: {
    status: 403,
    message:
      'Вы вошли на Госуслугах, но школа ещё не внесла вас в электронный журнал. ' + CONTACT_SCHOOL,
  },
  mismatch: {
    status: 403,
    message:
      'Данные на Госуслугах (ФИО или дата рождения) не совпадают с данными, которые внесла школа. ' +
      CONTACT_SCHOOL,
  },
  internal: {
    status: 500,
    message: 'Внутренняя ошибка при входе. Попробуйте ещё раз чуть позже. ' + TRY_TEMPORARY,
  },
  linked_elsewhere: {
    status: 403,
    message:
      'Этот человек в журнале уже связан с другой учётной записью Госуслуг. ' + CONTACT_SCHOOL,
  },
};

/** The page's status and message; an ESIA code, never personal data, is added where it helps. */
export function failureMessage(
  reason: EsiaFailure,
  esiaCode?: string | null,
): { status: number; message: string } {
  const f = FAILURES[reason];
  return esiaCode && reason === 'rejected'
    ? { status: f.status, message: `${f.message} Код: ${esiaCode}.` }
    : f;
}

/** How an error from ESIA shows to the person who tried to log in. */
export function failureOfEsiaError(err: EsiaError): EsiaFailure {
  if (err.kind === 'unavailable') return 'unavailable';
  if (err.kind === 'invalid_response') return 'invalid_token';
  switch (err.code) {
    case 'ESIA-007004':
      return 'cancelled';
    case 'ESIA-007007':
    case 'ESIA-007008':
      return 'unavailable';
    case 'ESIA-007011':
      return 'code_expired';
    case 'ESIA-007055':
      return 'unconfirmed';
    default:
      return 'rejected';
  }
}

/** Names compare without case, ё/е, doubled spaces and hyphen styles: records differ in those. */
export const normaliseName = (value: string | null | undefined): string =>
  (value ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

export interface SchoolRecord {
  lastName: string;
  firstName: string;
  middleName: string | null;
  birthDate: string | null;
}

/**
 * Whether ESIA's person is the school's person found by СНИЛС: surname and name must agree, the
 * patronymic when both have one, and the birth date when the school recorded it. A mismatch means
 * a typo somewhere, which the school must resolve, not the login.
 */
export function personMatches(
  school: SchoolRecord,
  esia: Omit<EsiaPersonData, 'trusted' | 'snils' | 'sex'>,
): boolean {
  if (normaliseName(school.lastName) !== normaliseName(esia.lastName)) return false;
  if (normaliseName(school.firstName) !== normaliseName(esia.firstName)) return false;
  if (
    school.middleName &&
    esia.middleName &&
    normaliseName(school.middleName) !== normaliseName(esia.middleName)
  ) {
    return false;
  }
  if (school.birthDate && school.birthDate !== esia.birthDate) return false;
  return true;
}

/** What ESIA's kids list does to one parent–child pair the journal knows. */
export type KidLinkAction = 'create_verified' | 'create_unverified' | 'verify' | 'confirm' | 'none';

export interface ExistingLink {
  /** A current link (not removed). */
  current: { verified: boolean; esiaConfirmed: boolean } | null;
  /** The school removed a link between them before (a court decision, a mistake). */
  removedBefore: boolean;
}

/**
 * A8 with ESIA: a child ESIA verified against the civil registry links or verifies the parent;
 * an unverified ESIA record only proposes a link, which the class teacher must confirm before it
 * gives any access. A link the school removed is never brought back from ESIA.
 */
export function kidLinkAction(kidVerifiedInEsia: boolean, existing: ExistingLink): KidLinkAction {
  const { current } = existing;
  if (!current) {
    if (existing.removedBefore) return 'none';
    return kidVerifiedInEsia ? 'create_verified' : 'create_unverified';
  }
  if (!kidVerifiedInEsia) return 'none';
  if (!current.verified) return 'verify';
  return current.esiaConfirmed ? 'none' : 'confirm';
}
