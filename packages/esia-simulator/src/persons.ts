import { DEMO_PEOPLE_DATA, type DemoPersonData, type DemoPersonKey } from '@dnevnik/contracts';

/** A child in a person's ESIA record. `verified`: ESIA checked it against the civil registry. */
export interface SimulatorKid {
  id: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  /** ГГГГ-ММ-ДД. */
  birthDate: string;
  sex: 'male' | 'female';
  /** 11 digits, or null when the parent did not enter it. */
  snils: string | null;
  verified: boolean;
}

/** An ESIA account of the simulator. */
export interface SimulatorPerson {
  oid: string;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate: string | null;
  sex: 'male' | 'female';
  snils: string | null;
  /** A confirmed account (documents checked); false gives ESIA-007055 at login. */
  trusted?: boolean;
  email?: string;
  mobile?: string;
  kids?: SimulatorKid[];
  /** Shown on the login page. */
  description?: string;
}

const OID_BASE = 1_000_300_000;

const DESCRIPTIONS: Record<DemoPersonKey, string> = {
  director: 'директор',
  deputy: 'заместитель директора',
  admin: 'администратор школы',
  mathTeacher: 'учитель математики',
  russianTeacher: 'классный руководитель 7А',
  primaryTeacher: 'классный руководитель 1А',
  petya: 'ученик 7А',
  anya: 'ученица 7А',
  masha: 'ученица 1А',
  ilya: 'ученик 7Б',
  ivanovParent: 'родитель; в списке детей Пётр и Мария',
  smirnovaParent: 'родитель; в списке детей Анна',
  analyst: 'аналитик региона',
  regionOfficial: 'управление образования',
};

const kid = (key: DemoPersonKey, n: number): SimulatorKid => {
  const d: DemoPersonData = DEMO_PEOPLE_DATA[key];
  return { id: String(n), ...d, birthDate: d.birthDate!, verified: true };
};

/**
 * The demo school's people as ESIA accounts, with the same names, birth dates and СНИЛС as
 * identity's demo seed; Ivanov's kids list holds his two children. Two more accounts exercise the
 * failure paths: a person the school never registered, and an unconfirmed account.
 */
export function demoEsiaPersons(): SimulatorPerson[] {
  const people = (Object.keys(DEMO_PEOPLE_DATA) as DemoPersonKey[]).map(
    (key, i): SimulatorPerson => ({
      oid: String(OID_BASE + i + 1),
      ...DEMO_PEOPLE_DATA[key],
      trusted: true,
      email: `${key.toLowerCase()}@example.invalid`,
      description: DESCRIPTIONS[key],
    }),
  );
  const byKey = (key: DemoPersonKey) =>
    people[(Object.keys(DEMO_PEOPLE_DATA) as DemoPersonKey[]).indexOf(key)]!;
  byKey('ivanovParent').kids = [kid('petya', 9001), kid('masha', 9002)];
  byKey('smirnovaParent').kids = [kid('anya', 9003)];
  return [
    ...people,
    {
      oid: String(OID_BASE + 900),
      lastName: 'Кириллов',
      firstName: 'Олег',
      middleName: 'Петрович',
      birthDate: '1990-02-14',
      sex: 'male',
      // A valid СНИЛС that no demo person has: the "contact your school" path.
      snils: '21849474297',
      trusted: true,
      description: 'нет в школе: СНИЛС ни с кем не совпадает',
    },
    {
      oid: String(OID_BASE + 901),
      lastName: 'Захарова',
      firstName: 'Нина',
      middleName: 'Ильинична',
      birthDate: '1992-06-30',
      sex: 'female',
      snils: null,
      trusted: false,
      description: 'упрощённая учётная запись',
    },
  ];
}
