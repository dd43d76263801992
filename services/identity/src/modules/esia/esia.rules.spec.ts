import { describe, expect, it } from 'vitest';
import { EsiaError } from '@dnevnik/esia';
import {
  failureMessage,
  failureOfEsiaError,
  kidLinkAction,
  normaliseName,
  personMatches,
} from './esia.rules.js';

const school = {
  lastName: 'Фёдоров',
  firstName: 'Илья',
  middleName: 'Романович',
  birthDate: '2013-10-11',
};
const esia = { ...school, lastName: 'ФЕДОРОВ' };

describe('matching an ESIA person to the school record found by СНИЛС', () => {
  it('ignores case, ё/е, spaces and hyphen styles', () => {
    expect(normaliseName('  Римский–Корсаков  ')).toBe(normaliseName('римский - корсаков'));
    expect(personMatches(school, esia)).toBe(true);
  });

  it('needs surname, name and birth date to agree; the patronymic when both have one', () => {
    expect(personMatches(school, { ...esia, firstName: 'Иван' })).toBe(false);
    expect(personMatches(school, { ...esia, birthDate: '2013-10-12' })).toBe(false);
    expect(personMatches(school, { ...esia, birthDate: null })).toBe(false);
    expect(personMatches(school, { ...esia, middleName: 'Петрович' })).toBe(false);
    expect(personMatches(school, { ...esia, middleName: null })).toBe(true);
    expect(
      personMatches({ ...school, birthDate: null }, { ...esia, birthDate: '2000-01-01' }),
    ).toBe(true);
  });
});

describe("what ESIA's kids list does to a parent link (A8)", () => {
  const none = { current: null, removedBefore: false };
  it('links a child ESIA verified, and only proposes one it did not', () => {
    expect(kidLinkAction(true, none)).toBe('create_verified');
    expect(kidLinkAction(false, none)).toBe('create_unverified');
  });

  it('verifies a pending link only with a verified record', () => {
    const pending = { current: { verified: false, esiaConfirmed: false }, removedBefore: false };
    expect(kidLinkAction(true, pending)).toBe('verify');
    expect(kidLinkAction(false, pending)).toBe('none');
  });

  it("records ESIA's confirmation of a school link once", () => {
    const school = { current: { verified: true, esiaConfirmed: false }, removedBefore: false };
    expect(kidLinkAction(true, school)).toBe('confirm');
    expect(
      kidLinkAction(true, { ...school, current: { verified: true, esiaConfirmed: true } }),
    ).toBe('none');
  });

  it('never brings back a link the school removed', () => {
    expect(kidLinkAction(true, { current: null, removedBefore: true })).toBe('none');
  });
});

describe('messages for failed ESIA logins', () => {
  it('maps ESIA errors to what the person can do', () => {
    expect(failureOfEsiaError(new EsiaError('esia', 'ESIA-007004', ''))).toBe('cancelled');
    expect(failureOfEsiaError(new EsiaError('esia', 'ESIA-007008', ''))).toBe('unavailable');
    expect(failureOfEsiaError(new EsiaError('unavailable', null, ''))).toBe('unavailable');
    expect(failureOfEsiaError(new EsiaError('esia', 'ESIA-007011', ''))).toBe('code_expired');
    expect(failureOfEsiaError(new EsiaError('esia', 'ESIA-007053', ''))).toBe('rejected');
    expect(failureOfEsiaError(new EsiaError('invalid_response', null, ''))).toBe('invalid_token');
  });

  it('tells a mismatch to contact the school, and gives the code of a rejection', () => {
    expect(failureMessage('mismatch').message).toMatch(/не совпадают.*Обратитесь/s);
    expect(failureMessage('not_found').message).toMatch(/школа ещё не внесла/);
    expect(failureMessage('rejected', 'ESIA-007053').message).toMatch(/Код: ESIA-007053\.$/);
    expect(failureMessage('unavailable').message).toMatch(/временный логин/);
  });
});
