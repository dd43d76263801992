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
