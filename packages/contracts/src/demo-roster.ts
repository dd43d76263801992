/**
 * The demo school's class lists: the named demo people where they study, and synthetic students
 * without a login filling every class to 20–30, most of them with one or two parents. Generated
 * deterministically, so identity's people, curriculum's enrolments and gradebook's and
 * attendance's histories describe the same children. Never used outside demos.
 *
 * Person ids (demoId): synthetic student 200 000 + r, mother 300 000 + r, father 400 000 + r,
 * where r = 100 × class index (DEMO_SCHOOL.classes order, from 0) + position (from 1) is the
 * student's `rosterNumber`; services derive their own rows' ids from it in blocks of their own.
 */
import {
  DEMO_PEOPLE_DATA,
  DEMO_SCHOOL,
  demoId,
  type DemoPersonData,
  type DemoPersonKey,
} from './demo-school.js';
import { mulberry32 } from './demo-random.js';

export interface DemoRosterPerson extends DemoPersonData {
  id: string;
  /** The synthetic student's number (see the block comment); 0 for the named people. */
  rosterNumber: number;
}

export interface DemoRosterStudent extends DemoRosterPerson {
  classKey: string;
  /** The named demo person (DEMO_SCHOOL.people) this student is, or null for a synthetic one. */
  named: DemoPersonKey | null;
}

export interface DemoRosterParent extends DemoRosterPerson {
  relation: 'mother' | 'father';
  childId: string;
}

export interface DemoRoster {
  /** Every class's students, classes in DEMO_SCHOOL.classes order, named ones first. */
  students: readonly DemoRosterStudent[];
  /** The synthetic students' parents, each linked to one child (the named parents are identity's). */
  parents: readonly DemoRosterParent[];
}

/** The school year the demo people's ages fit, as DEMO_PEOPLE_DATA's birth dates do. */
export const DEMO_ROSTER_YEAR = 2026;

/** Students per class, named ones included: what a Russian school's classes hold. */
const CLASS_SIZES: Record<string, number> = {
  '1А': 27,
  '1Б': 26,
  '2А': 28,
  '2Б': 25,
  '3А': 27,
  '3Б': 24,
  '4А': 26,
  '4Б': 29,
  '5А': 28,
  '5Б': 25,
  '6А': 27,
  '6Б': 26,
  '7А': 26,
  '7Б': 25,
  '8А': 24,
  '8Б': 27,
  '9А': 25,
  '9Б': 23,
  '10А': 22,
  '10Б': 20,
  '11А': 21,
  '11Б': 20,
};

/** Where the named demo students study (identity's demo roles say the same). */
const NAMED_STUDENTS: Record<string, DemoPersonKey[]> = {
  '1А': ['masha'],
  '7А': ['petya', 'anya'],
  '7Б': ['ilya'],
};

/** Share of synthetic students with no parent on record, and with one (the rest have two). */
const NO_PARENT = 0.13;
const ONE_PARENT = 0.37;

/** Family names, male and female forms; none of the named students' families. */
const SURNAMES: [string, string][] = [
  ['Алексеев', 'Алексеева'],
  ['Андреев', 'Андреева'],
  ['Баранов', 'Баранова'],
  ['Белоусов', 'Белоусова'],
  ['Борисов', 'Борисова'],
  ['Быков', 'Быкова'],
  ['Власов', 'Власова'],
  ['Гаврилов', 'Гаврилова'],
  ['Гусев', 'Гусева'],
  ['Давыдов', 'Давыдова'],
  ['Дмитриев', 'Дмитриева'],
  ['Егоров', 'Егорова'],
  ['Ершов', 'Ершова'],
  ['Жуков', 'Жукова'],
  ['Захаров', 'Захарова'],
  ['Игнатьев', 'Игнатьева'],
  ['Ильин', 'Ильина'],
  ['Калинин', 'Калинина'],
  ['Киселёв', 'Киселёва'],
  ['Ковалёв', 'Ковалёва'],
  ['Козлов', 'Козлова'],
  ['Крылов', 'Крылова'],
  ['Макаров', 'Макарова'],
  ['Максимов', 'Максимова'],
  ['Медведев', 'Медведева'],
  ['Мельников', 'Мельникова'],
  ['Николаев', 'Николаева'],
  ['Осипов', 'Осипова'],
  ['Поляков', 'Полякова'],
  ['Романов', 'Романова'],
  ['Савельев', 'Савельева'],
  ['Соловьёв', 'Соловьёва'],
  ['Степанов', 'Степанова'],
  ['Титов', 'Титова'],
  ['Филиппов', 'Филиппова'],
  ['Чернов', 'Чернова'],
  ['Шубин', 'Шубина'],
  ['Яковлев', 'Яковлева'],
  ['Лавровский', 'Лавровская'],
  ['Троицкий', 'Троицкая'],
];

const CHILD_NAMES = {
  male: [
    'Александр',
    'Максим',
    'Артём',
    'Михаил',
    'Иван',
    'Дмитрий',
    'Кирилл',
    'Матвей',
    'Егор',
    'Никита',
    'Тимофей',
    'Даниил',
    'Андрей',
    'Роман',
    'Лев',
    'Марк',
    'Фёдор',
    'Степан',
    'Глеб',
    'Семён',
  ],
  female: [
    'Анастасия',
    'Мария',
    'Софья',
    'Анна',
    'Виктория',
    'Дарья',
    'Полина',
    'Алиса',
    'Елизавета',
    'Варвара',
    'Ксения',
    'Вероника',
    'Александра',
    'Екатерина',
    'Милана',
    'Ева',
    'Арина',
    'Ульяна',
    'Василиса',
    'Таисия',
  ],
};

/** A man's first name and the patronymics it gives his son and daughter. */
const FATHER_NAMES: [name: string, son: string, daughter: string][] = [
  ['Александр', 'Александрович', 'Александровна'],
  ['Сергей', 'Сергеевич', 'Сергеевна'],
  ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
  ['Андрей', 'Андреевич', 'Андреевна'],
  ['Алексей', 'Алексеевич', 'Алексеевна'],
  ['Михаил', 'Михайлович', 'Михайловна'],
  ['Владимир', 'Владимирович', 'Владимировна'],
  ['Николай', 'Николаевич', 'Николаевна'],
  ['Евгений', 'Евгеньевич', 'Евгеньевна'],
  ['Игорь', 'Игоревич', 'Игоревна'],
  ['Олег', 'Олегович', 'Олеговна'],
  ['Павел', 'Павлович', 'Павловна'],
  ['Роман', 'Романович', 'Романовна'],
  ['Денис', 'Денисович', 'Денисовна'],
  ['Максим', 'Максимович', 'Максимовна'],
  ['Виктор', 'Викторович', 'Викторовна'],
  ['Юрий', 'Юрьевич', 'Юрьевна'],
  ['Антон', 'Антонович', 'Антоновна'],
  ['Илья', 'Ильич', 'Ильинична'],
  ['Константин', 'Константинович', 'Константиновна'],
  ['Иван', 'Иванович', 'Ивановна'],
  ['Артём', 'Артёмович', 'Артёмовна'],
];

const MOTHER_NAMES = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Светлана',
  'Юлия',
  'Екатерина',
  'Анна',
  'Марина',
  'Оксана',
  'Евгения',
  'Надежда',
  'Людмила',
  'Галина',
  'Алёна',
];

const pick = <T>(xs: readonly T[], next: () => number): T => xs[Math.floor(next() * xs.length)]!;

/**
 * A made-up СНИЛС with a valid checksum: the weighted digit sum of the 9-digit body (weights 9…1)
 * modulo 101, 100 counting as 00. Bodies 500 000 000–899 999 999 are a bijection of `n`, so
 * every roster person has their own, clear of the named people's and the tests' numbers.
 */
export function demoSnils(n: number): string {
  const body = String(500_000_000 + ((n * 194_735_383) % 400_000_000));
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(body[i]) * (9 - i);
  const check = sum % 101 === 100 ? 0 : sum % 101;
  return body + String(check).padStart(2, '0');
}

/** A date `days` after ГГГГ-ММ-ДД. */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The birth dates of a grade's children in DEMO_ROSTER_YEAR: first graders were born from
 * 1 October seven years before to 30 September six years before (6½ to 8 on 1 September).
 */
export function demoCohort(grade: number): { from: string; to: string } {
  const year = DEMO_ROSTER_YEAR - 7 - grade;
  return { from: `${year}-10-01`, to: `${year + 1}-09-30` };
}

type Sex = 'male' | 'female';

function person(
  id: string,
  rosterNumber: number,
  names: [lastName: string, firstName: string, middleName: string],
  birthDate: string,
  sex: Sex,
  snilsNumber: number,
): DemoRosterPerson {
  const [lastName, firstName, middleName] = names;
  return {
    id,
    rosterNumber,
    lastName,
    firstName,
    middleName,
    birthDate,
    sex,
    snils: demoSnils(snilsNumber),
  };
}

/** A parent's birth date: 22 to 40 years before the child's. */
function parentBirthDate(child: string, next: () => number): string {
  const year = Number(child.slice(0, 4)) - 22 - Math.floor(next() * 19);
  return plusDays(`${year}-01-01`, Math.floor(next() * 365));
}

/** One synthetic student and the parents on record; `taken` keeps full names unique in a class. */
function syntheticStudent(
  classKey: string,
  grade: number,
  r: number,
  taken: Set<string>,
  next: () => number,
): { student: DemoRosterStudent; parents: DemoRosterParent[] } {
  const sex: Sex = next() < 0.5 ? 'male' : 'female';
  const form = sex === 'male' ? 0 : 1;
  let family: [string, string];
  let firstName: string;
  do {
    family = pick(SURNAMES, next);
    firstName = pick(CHILD_NAMES[sex], next);
  } while (taken.has(`${family[form]} ${firstName}`));
  taken.add(`${family[form]} ${firstName}`);
  const father = pick(FATHER_NAMES, next);
  const cohort = demoCohort(grade);
  const birthDate = plusDays(cohort.from, Math.floor(next() * 365));
  const id = demoId(200_000 + r);
  const student: DemoRosterStudent = {
    ...person(id, r, [family[form], firstName, father[1 + form]!], birthDate, sex, r),
    classKey,
    named: null,
  };

  const p = next();
  const relations: ('mother' | 'father')[] =
    p < NO_PARENT
      ? []
      : p < NO_PARENT + ONE_PARENT
        ? [next() < 0.75 ? 'mother' : 'father']
        : ['mother', 'father'];
  const parents = relations.map((relation): DemoRosterParent => {
    const grandfather = pick(FATHER_NAMES, next);
    const names: [string, string, string] =
      relation === 'mother'
        ? [family[1], pick(MOTHER_NAMES, next), grandfather[2]]
        : [family[0], father[0], grandfather[1]];
    const base = relation === 'mother' ? 300_000 : 400_000;
    return {
      ...person(
        demoId(base + r),
        r,
        names,
        parentBirthDate(birthDate, next),
        relation === 'mother' ? 'female' : 'male',
        base + r,
      ),
      relation,
      childId: id,
    };
  });
  return { student, parents };
}

function buildRoster(): DemoRoster {
  const students: DemoRosterStudent[] = [];
  const parents: DemoRosterParent[] = [];
  Object.keys(DEMO_SCHOOL.classes).forEach((classKey, classIndex) => {
    const grade = Number.parseInt(classKey, 10);
    const named = NAMED_STUDENTS[classKey] ?? [];
    const taken = new Set<string>();
    for (const key of named) {
      const d = DEMO_PEOPLE_DATA[key];
      taken.add(`${d.lastName} ${d.firstName}`);
      students.push({ ...d, id: DEMO_SCHOOL.people[key], rosterNumber: 0, classKey, named: key });
    }
    // One generator per class: a class's list does not change when another's size does.
    const next = mulberry32(20_260_000 + classIndex);
    const size = CLASS_SIZES[classKey] ?? 25;
    for (let position = 1; position <= size - named.length; position++) {
      const made = syntheticStudent(classKey, grade, 100 * classIndex + position, taken, next);
      students.push(made.student);
      parents.push(...made.parents);
    }
  });
  return { students, parents };
}

let roster: DemoRoster | null = null;

/** The demo school's class lists (built once, on first use). */
export function demoRoster(): DemoRoster {
  roster ??= buildRoster();
  return roster;
}
