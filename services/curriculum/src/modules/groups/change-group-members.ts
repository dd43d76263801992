import { badInput, forbidden, notFound, requireDate, requireUuid } from '@dnevnik/errors';
import { eventContext, inTransaction } from '@dnevnik/service-runtime';
import type { CurriculumContext } from '../../context.js';
import { audit } from '../audit/index.js';
import { studentsOfClassOn } from '../enrolments/index.js';
import { canManageStructure, canManageSubgroups, viewerOf } from '../school-access/index.js';
import { groupMemberOf } from './create-group.js';
import { GroupMember, StudyGroup } from './groups.entities.js';
import { stageGroupChanged } from './stage-group-event.js';

/** S2: students join or leave a group from a date; the history of membership stays. */
export async function changeGroupMembers(
  ctx: CurriculumContext,
  input: { groupId: string; add?: string[] | null; remove?: string[] | null; onDate: string },
): Promise<StudyGroup> {
  requireDate(input.onDate, 'onDate');
  const add = [...new Set((input.add ?? []).map((id) => requireUuid(id, 'add')))];
  const remove = [...new Set((input.remove ?? []).map((id) => requireUuid(id, 'remove')))];
  return inTransaction(ctx, async (tx) => {
    const group = await tx.findOne(StudyGroup, { id: requireUuid(input.groupId, 'groupId') });
    if (!group) throw notFound('Группа');
    const viewer = viewerOf(ctx);
    const allowed =
      group.kind === 'subgroup'
        ? canManageSubgroups(viewer, group.schoolId, group.classId)
        : canManageStructure(viewer, group.schoolId);
    if (!allowed)
      throw forbidden('Состав подгруппы меняет классный руководитель, групп — администратор.');
    if (group.classId && add.length > 0) {
      const inClass = new Set(await studentsOfClassOn(tx, group.classId, input.onDate));
      if (add.some((id) => !inClass.has(id)))
        throw badInput('В подгруппу можно включить только учеников класса.');
    }
    const open = await tx.find(GroupMember, { groupId: group.id, leftOn: null });
    for (const m of open) {
      if (remove.includes(m.studentId)) {
        if (input.onDate <= m.joinedOn)
          throw badInput('Дата выхода из группы должна быть позже даты входа.');
        m.leftOn = input.onDate;
      }
    }
    const present = new Set(
      open.filter((m) => !remove.includes(m.studentId)).map((m) => m.studentId),
    );
    for (const studentId of add.filter((id) => !present.has(id))) {
      tx.persist(groupMemberOf(group.id, studentId, input.onDate));
      present.add(studentId);
    }
    stageGroupChanged(tx, group, [...present], eventContext(ctx, null));
    await audit(tx, ctx, {
      schoolId: group.schoolId,
      role: null,
      action: 'group.members_changed',
      entityType: 'study_group',
      entityId: group.id,
      before: { members: open.map((m) => m.studentId) },
      after: { members: [...present], onDate: input.onDate },
    });
    return group;
  });
}
