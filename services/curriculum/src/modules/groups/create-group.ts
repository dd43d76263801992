import { v7 as uuidv7 } from 'uuid';
import { badInput, forbidden, requireDate, requireText, requireUuid } from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { studentsOfClassOn } from '../enrolments/index.js';
import { canManageStructure, canManageSubgroups, viewerOf } from '../school-access/index.js';
import { requireYear } from '../years/index.js';
import { GroupMember, StudyGroup, type GroupKind } from './groups.entities.js';
import { stageGroupChanged } from './stage-group-event.js';

/** A group of a year; a new id unless one is given. */
export function groupOf(
  year: { id: string; schoolId: string },
  fields: {
    name: string;
    kind: GroupKind;
    classId?: string | null;
    subjectId?: string | null;
    id?: string;
  },
): StudyGroup {
  return Object.assign(new StudyGroup(), {
    id: fields.id ?? uuidv7(),
    schoolId: year.schoolId,
    yearId: year.id,
    name: fields.name,
    kind: fields.kind,
    classId: fields.classId ?? null,
    subjectId: fields.subjectId ?? null,
  });
}

/** A student in a group from a date; a new id unless one is given. */
export function groupMemberOf(
  groupId: string,
  studentId: string,
  joinedOn: string,
  id: string = uuidv7(),
): GroupMember {
  return Object.assign(new GroupMember(), { id, groupId, studentId, joinedOn });
}

/** S2: a subgroup of a class or a cross-class group, with its members from a date. */
export async function createGroup(
  ctx: CurriculumContext,
  input: {
    yearId: string;
    name: string;
    kind: GroupKind;
    classId?: string | null;
    subjectId?: string | null;
    memberIds: string[];
    fromDate: string;
  },
): Promise<StudyGroup> {
  const name = requireText(input.name, 'name', 100);
  requireDate(input.fromDate, 'fromDate');
  input.memberIds.forEach((id) => requireUuid(id, 'memberIds'));
  if (input.kind === 'subgroup' && !input.classId)
    throw badInput('Подгруппа создаётся внутри класса: укажите класс.', { field: 'classId' });
  return inTransaction(ctx, async (tx) => {
    const year = await requireYear(tx, input.yearId);
    if (
      !canManageSubgroups(viewerOf(ctx), year.schoolId, input.classId ?? null) ||
      (input.kind !== 'subgroup' && !canManageStructure(viewerOf(ctx), year.schoolId))
    ) {
      throw forbidden('Подгруппы делит классный руководитель, группы создаёт администратор.');
    }
    if (input.classId) {
      const inClass = new Set(
        await studentsOfClassOn(tx, requireUuid(input.classId, 'classId'), input.fromDate),
      );
      const outsiders = input.memberIds.filter((id) => !inClass.has(id));
      if (outsiders.length > 0)
        throw badInput(
          `В подгруппу можно включить только учеников класса (лишних: ${outsiders.length}).`,
        );
    }
    const group = groupOf(year, {
      name,
      kind: input.kind,
      classId: input.classId,
      subjectId: input.subjectId,
    });
    tx.persist(group);
    const memberIds = [...new Set(input.memberIds)];
    for (const studentId of memberIds)
      tx.persist(groupMemberOf(group.id, studentId, input.fromDate));
    stageGroupChanged(tx, group, memberIds, eventContext(ctx, null));
    await audit(tx, ctx, {
      schoolId: year.schoolId,
      role: null,
      action: 'group.created',
      entityType: 'study_group',
      entityId: group.id,
      before: null,
      after: { ...group, memberIds: input.memberIds },
    });
    return group;
  });
}
