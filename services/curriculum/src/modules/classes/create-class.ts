import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { CurriculumEvents } from '@dnevnik/contracts';
import { badInput, conflict, requireUuid } from '@dnevnik/errors';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { requireAdmin } from '../school-access/index.js';
import { requireYear } from '../years/index.js';
import { SchoolClass } from './classes.entities.js';

const LETTER = /^[А-ЯЁ]{1,2}$/u;

/** A class of a year, named by its grade and letter (7 + А = 7А); a new id unless one is given. */
export function classOf(
  year: { id: string; schoolId: string },
  fields: { grade: number; letter: string; id?: string },
): SchoolClass {
  return Object.assign(new SchoolClass(), {
    id: fields.id ?? uuidv7(),
    schoolId: year.schoolId,
    yearId: year.id,
    grade: fields.grade,
    letter: fields.letter,
    name: `${fields.grade}${fields.letter}`,
  });
}

/** A new class's announcement. */
export function stageClassCreated(tx: EntityManager, cls: SchoolClass, context: EventContext) {
  stageEvent(tx, CurriculumEvents.classCreated, {
    aggregateId: cls.id,
    schoolId: cls.schoolId,
    data: {
      classId: cls.id,
      schoolId: cls.schoolId,
      yearId: cls.yearId,
      grade: cls.grade,
      letter: cls.letter,
      name: cls.name,
    },
    context,
  });
}

export async function createClass(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    grade: number;
    letter: string;
    /**
     * Not in the API: for classes whose id other services already hold (the demo school's,
     * which identity's class-teacher roles name). Generated otherwise.
     */
    id?: string;
  },
): Promise<SchoolClass> {
  if (!Number.isInteger(input.grade) || input.grade < 1 || input.grade > 11)
    throw badInput('Параллель — от 1 до 11.', { field: 'grade' });
  const letter = input.letter.trim().toUpperCase();
  if (!LETTER.test(letter))
    throw badInput('Буква класса — одна или две заглавные русские буквы.', { field: 'letter' });
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    requireAdmin(ctx, year.schoolId);
    if (await tx.findOne(SchoolClass, { yearId: year.id, grade: input.grade, letter }))
      throw conflict(`Класс ${input.grade}${letter} уже есть.`);
    if (input.id && (await tx.findOne(SchoolClass, { id: requireUuid(input.id, 'id') })))
      throw conflict('Класс с таким идентификатором уже есть.');
    const cls = classOf(year, {
      grade: input.grade,
      letter,
      ...(input.id ? { id: input.id } : {}),
    });
    tx.persist(cls);
    stageClassCreated(tx, cls, eventContext(ctx, 'school_admin'));
    await audit(tx, ctx, {
      schoolId: cls.schoolId,
      role: 'school_admin',
      action: 'class.created',
      entityType: 'school_class',
      entityId: cls.id,
      before: null,
      after: cls,
    });
    return cls;
  });
}
