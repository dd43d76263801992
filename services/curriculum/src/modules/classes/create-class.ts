import { v7 as uuidv7 } from 'uuid';
import { CurriculumEvents } from '@dnevnik/contracts';
import { badInput, conflict } from '@dnevnik/errors';
import { stageEvent } from '@dnevnik/events';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { requireAdmin } from '../school-access/index.js';
import { requireYear } from '../years/index.js';
import { SchoolClass } from './classes.entities.js';

const LETTER = /^[А-ЯЁ]{1,2}$/u;

export async function createClass(
  ctx: CurriculumContext,
  input: { yearId: string; grade: number; letter: string },
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
    const cls = Object.assign(new SchoolClass(), {
      id: uuidv7(),
      schoolId: year.schoolId,
      yearId: year.id,
      grade: input.grade,
      letter,
      name: `${input.grade}${letter}`,
    });
    tx.persist(cls);
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
      context: eventContext(ctx, 'school_admin'),
    });
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
