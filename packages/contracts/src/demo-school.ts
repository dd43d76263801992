/**
 * Fixed ids of the demo region, shared by every service's demo seed so that identity's people,
 * curriculum's classes and gradebook's marks describe the same school. Never used outside demos.
 */
const id = (n: number) => `01930000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export const DEMO_SCHOOL = {
  regionId: id(1),
  schoolId: id(10),
  /** Class ids for grades 1–11, letters А and Б: `classes['7А']`. */
  classes: Object.fromEntries(
    Array.from({ length: 11 }, (_, g) => g + 1).flatMap((grade) =>
      ['А', 'Б'].map((letter, l) => [`${grade}${letter}`, id(100 * (l + 1) + grade)]),
    ),
  ) as Record<string, string>,
  people: {
    director: id(1001),
    deputy: id(1002),
    admin: id(1003),
    mathTeacher: id(1004),
    russianTeacher: id(1005),
    primaryTeacher: id(1006),
    petya: id(2001),
    anya: id(2002),
    masha: id(2003),
    ilya: id(2004),
    ivanovParent: id(3001),
    smirnovaParent: id(3002),
    analyst: id(4001),
    regionOfficial: id(4002),
  },
  password: 'demo-dnevnik-2026',
  /** Subject teachers without a login who fill the rest of the timetable: demoId(7001…7040). */
  syntheticTeacherCount: 40,
} as const;

export const demoId = id;

export type DemoPersonKey = keyof typeof DEMO_SCHOOL.people;

export interface DemoPersonData {
  lastName: string;
  firstName: string;
  middleName: string;
  /** ГГГГ-ММ-ДД, or null when the school has not recorded it. */
  birthDate: string | null;
  sex: 'male' | 'female';
  /** СНИЛС, 11 digits with a valid checksum (made up: they belong to nobody). */
  snils: string;
}

/**
 * Personal data of the demo people. Identity's seed writes it, and the ESIA simulator's demo
 * accounts carry the same, so a demo login through ESIA finds its person by СНИЛС.
 */
export const DEMO_PEOPLE_DATA: Record<DemoPersonKey, DemoPersonData> = {
  director: p('Соколова', 'Елена', 'Викторовна', '1971-04-12', 'female', '12034056090'),
  deputy: p('Морозов', 'Андрей', 'Павлович', '1978-09-30', 'male', '12735157352'),
  admin: p('Кузнецова', 'Ольга', 'Игоревна', '1985-02-17', 'female', '13436258653'),
  mathTeacher: p('Лебедев', 'Сергей', 'Николаевич', '1980-11-03', 'male', '14137359954'),
  russianTeacher: p('Васильева', 'Марина', 'Александровна', '1975-06-21', 'female', '14838461292'),
  primaryTeacher: p('Орлова', 'Татьяна', 'Сергеевна', '1983-01-09', 'female', '15539562593'),
  petya: p('Иванов', 'Пётр', 'Алексеевич', '2013-03-14', 'male', '16240663850'),
  anya: p('Смирнова', 'Анна', 'Дмитриевна', '2013-07-02', 'female', '16941765104'),
  masha: p('Иванова', 'Мария', 'Алексеевна', '2019-05-20', 'female', '17642866405'),
  ilya: p('Фёдоров', 'Илья', 'Романович', '2013-10-11', 'male', '18343967706'),
  ivanovParent: p('Иванов', 'Алексей', 'Михайлович', '1986-08-08', 'male', '19045069065'),
  smirnovaParent: p('Смирнова', 'Ирина', 'Олеговна', '1988-12-25', 'female', '19746170310'),
  analyst: p('Григорьев', 'Павел', 'Евгеньевич', null, 'male', '20447271641'),
  regionOfficial: p('Никитина', 'Вера', 'Андреевна', null, 'female', '21148372942'),
};

function p(
  lastName: string,
  firstName: string,
  middleName: string,
  birthDate: string | null,
  sex: 'male' | 'female',
  snils: string,
): DemoPersonData {
  return { lastName, firstName, middleName, birthDate, sex, snils };
}
