import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { CurriculumEvents } from '@dnevnik/contracts';
import { badInput, forbidden, notFound, requireDate, requireUuid } from '@dnevnik/errors';
import { stageEvent, type EventContext } from '@dnevnik/events';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { SchoolClass } from '../classes/index.js';
import { StudyGroup } from '../groups/index.js';
import { canManageStructure, viewerOf } from '../school-access/index.js';
import { Subject } from '../subjects/index.js';
import { requireYear } from '../years/index.js';
import { TeachingAssignment } from './teaching.entities.js';

/**
 * An assignment of a year to a class or a group (the other one null); a new id unless one is
 * given.
 */
export function assignmentOf(
  year: { id: string; schoolId: string },
  fields: {
    teacherId: string;
    subjectId: string;
    classId?: string | null;
    groupId?: string | null;
    startsOn: string;
    id?: string;
  },
): TeachingAssignment {
  return Object.assign(new TeachingAssignment(), {
    id: fields.id ?? uuidv7(),
    schoolId: year.schoolId,
    yearId: year.id,
    teacherId: fields.teacherId,
    subjectId: fields.subjectId,
    classId: fields.classId ?? null,
    groupId: fields.groupId ?? null,
    startsOn: fields.startsOn,
  });
}

/** An assignment's announcement. */
export function stageAssignmentChanged(
  tx: EntityManager,
  a: TeachingAssignment,
  context: EventContext,
) {
  stageEvent(tx, CurriculumEvents.assignmentChanged, {
    aggregateId: a.id,
    schoolId: a.schoolId,
    data: {
      assignmentId: a.id,
      schoolId: a.schoolId,
      yearId: a.yearId,
      teacherId: a.teacherId,
      subjectId: a.subjectId,
      classId: a.classId,
      groupId: a.groupId,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
    },
    context,
  });
}

/** S5: who teaches what to whom, from a date. */
export async function assignTeacher(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    teacherId: string;
    subjectId: string;
    classId?: string | null;
    groupId?: string | null;
    startsOn: string;
  },
): Promise<TeachingAssignment> {
  requireUuid(input.teacherId, 'teacherId');
  requireDate(input.startsOn, 'startsOn');
  if (!input.classId === !input.groupId) throw badInput('Укажите либо класс, либо группу.');
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    if (!canManageStructure(viewerOf(ctx), year.schoolId))
      throw forbidden('Нагрузку распределяет администратор школы.');
    const subject = await tx.findOne(Subject, {
      id: requireUuid(input.subjectId, 'subjectId'),
      schoolId: year.schoolId,
    });
    if (!subject) throw notFound('Предмет');
    if (
      input.classId &&
      !(await tx.findOne(SchoolClass, {
        id: requireUuid(input.classId, 'classId'),
        yearId: year.id,
      }))
    )
      throw notFound('Класс');
    if (
      input.groupId &&
      !(await tx.findOne(StudyGroup, {
        id: requireUuid(input.groupId, 'groupId'),
        yearId: year.id,
      }))
    )
      throw notFound('Группа');
    const a = assignmentOf(year, {
      teacherId: input.teacherId,
      subjectId: subject.id,
      classId: input.classId,
      groupId: input.groupId,
      startsOn: input.startsOn,
    });
    tx.persist(a);
    stageAssignmentChanged(tx, a, eventContext(ctx, 'school_admin'));
    await audit(tx, ctx, {
      schoolId: a.schoolId,
      role: 'school_admin',
      action: 'assignment.created',
      entityType: 'teaching_assignment',
      entityId: a.id,
      before: null,
      after: a,
    });
    return a;
  });
}
