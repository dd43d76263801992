import { describe, expect, it, vi } from 'vitest';
import { demoCohort, demoRoster, demoSnils } from './demo-roster.js';
import { DEMO_PEOPLE_DATA, DEMO_SCHOOL, demoId } from './demo-school.js';

const { students, parents } = demoRoster();
const synthetic = students.filter((s) => s.named === null);

/** The СНИЛС checksum: digits weighted 9…1, modulo 101, 100 counting as 00. */
function snilsValid(snils: string): boolean {
  if (!/^\d{11}$/.test(snils)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(snils[i]) * (9 - i);
  return (sum % 101) % 100 === Number(snils.slice(9));
}

describe('demoRoster', () => {
  it('fills every class with 20 to 30 students', () => {
    const classes = Object.keys(DEMO_SCHOOL.classes);
    expect(new Set(students.map((s) => s.classKey))).toEqual(new Set(classes));
    for (const key of classes) {
      const n = students.filter((s) => s.classKey === key).length;
      expect(n, key).toBeGreaterThanOrEqual(20);
      expect(n, key).toBeLessThanOrEqual(30);
    }
  });

  it('keeps the named demo students in their classes with their ids and data', () => {
    const named = students.filter((s) => s.named !== null);
    expect(named.map((s) => [s.named, s.classKey, s.id])).toEqual([
      ['masha', '1А', DEMO_SCHOOL.people.masha],
      ['petya', '7А', DEMO_SCHOOL.people.petya],
      ['anya', '7А', DEMO_SCHOOL.people.anya],
      ['ilya', '7Б', DEMO_SCHOOL.people.ilya],
    ]);
    for (const s of named) expect(s).toMatchObject(DEMO_PEOPLE_DATA[s.named!]);
  });

  it('gives every person an id and a СНИЛС of their own, clear of the named people', () => {
    const people = [...synthetic, ...parents];
    const ids = new Set(people.map((p) => p.id));
    expect(ids.size).toBe(people.length);
    const fixed = [
      ...Object.values(DEMO_SCHOOL.people),
      ...Array.from({ length: DEMO_SCHOOL.syntheticTeacherCount }, (_, i) => demoId(7001 + i)),
    ];
    for (const id of fixed) expect(ids.has(id)).toBe(false);
    const snils = people.map((p) => p.snils);
    expect(new Set(snils).size).toBe(people.length);
    expect(snils.every(snilsValid)).toBe(true);
    for (const d of Object.values(DEMO_PEOPLE_DATA)) expect(snils).not.toContain(d.snils);
  });

  it('makes valid СНИЛС checksums, 100 counting as 00', () => {
    for (let n = 0; n < 2000; n++) expect(snilsValid(demoSnils(n)), String(n)).toBe(true);
  });

  it('names the synthetic students in the forms of their sex, uniquely within a class', () => {
    for (const s of synthetic) {
      const name = `${s.lastName} ${s.firstName} ${s.middleName}`;
      if (s.sex === 'male') {
        expect(s.lastName, name).toMatch(/(ов|ев|ёв|ин|ий)$/);
        expect(s.middleName, name).toMatch(/ич$/);
      } else {
        expect(s.lastName, name).toMatch(/(ова|ева|ёва|ина|ая)$/);
        expect(s.middleName, name).toMatch(/на$/);
      }
    }
    for (const key of Object.keys(DEMO_SCHOOL.classes)) {
      const names = students
        .filter((s) => s.classKey === key)
        .map((s) => `${s.lastName} ${s.firstName}`);
      expect(new Set(names).size, key).toBe(names.length);
    }
    expect(new Set(synthetic.map((s) => s.sex))).toEqual(new Set(['male', 'female']));
  });

  it('has the synthetic students born in their grade’s year', () => {
    for (const s of synthetic) {
      const { from, to } = demoCohort(Number.parseInt(s.classKey, 10));
      expect(s.birthDate! >= from && s.birthDate! <= to, `${s.classKey} ${s.birthDate}`).toBe(true);
    }
    expect(demoCohort(1)).toEqual({ from: '2018-10-01', to: '2019-09-30' });
    // The named students fit the same cohorts (Илья, born in October, went a little early).
    expect(DEMO_PEOPLE_DATA.masha.birthDate! >= demoCohort(1).from).toBe(true);
    expect(DEMO_PEOPLE_DATA.petya.birthDate! <= demoCohort(7).to).toBe(true);
  });

  it('gives 80–90 % of the synthetic students one or two parents of their family', () => {
    const byChild = new Map<string, (typeof parents)[number][]>();
    for (const p of parents) byChild.set(p.childId, [...(byChild.get(p.childId) ?? []), p]);
    const share = synthetic.filter((s) => byChild.has(s.id)).length / synthetic.length;
    expect(share).toBeGreaterThanOrEqual(0.8);
    expect(share).toBeLessThanOrEqual(0.9);
    expect([...byChild.values()].some((ps) => ps.length === 2)).toBe(true);
    const child = new Map(synthetic.map((s) => [s.id, s]));
    for (const [childId, ps] of byChild) {
      const c = child.get(childId)!;
      expect(new Set(ps.map((p) => p.relation)).size).toBe(ps.length);
      for (const p of ps) {
        expect(p.sex).toBe(p.relation === 'mother' ? 'female' : 'male');
        expect(p.middleName).toMatch(p.sex === 'male' ? /ич$/ : /на$/);
        // The family name, and the father's first name in the child's patronymic.
        expect(p.lastName.slice(0, 4)).toBe(c.lastName.slice(0, 4));
        if (p.relation === 'father') expect(c.middleName.slice(0, 2)).toBe(p.firstName.slice(0, 2));
        const gap = Number(c.birthDate!.slice(0, 4)) - Number(p.birthDate!.slice(0, 4));
        expect(gap).toBeGreaterThanOrEqual(20);
        expect(gap).toBeLessThanOrEqual(41);
      }
    }
  });

  it('is the same roster in every process', async () => {
    vi.resetModules();
    const fresh = await import('./demo-roster.js');
    expect(fresh.demoRoster()).not.toBe(demoRoster());
    expect(fresh.demoRoster()).toEqual(demoRoster());
  });
});
