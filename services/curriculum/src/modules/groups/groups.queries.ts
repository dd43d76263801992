import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, requireDate, requireUuid } from '@dnevnik/errors';
import type { CurriculumContext } from '../../context.js';
import { isSchoolStaff, requireStaffOf, viewerOf } from '../school-access/index.js';
import { GroupMember, type StudyGroup } from './groups.entities.js';

/** `group(id)`: null when there is none; the school's staff only. */
export async function groupForStaff(
  ctx: CurriculumContext,
  id: string,
): Promise<StudyGroup | null> {
  const group = await ctx.loaders.group.load(requireUuid(id, 'id'));
  if (!group) return null;
  await requireStaffOf(ctx, group.schoolId);
  return group;
}

/** A group's name and kind are for any signed-in person (its members are not). */
export async function groupReference(ctx: CurriculumContext, id: string) {
  viewerOf(ctx);
  return ctx.loaders.group.load(id);
}

/** Members of a group on a date (staff only: the list names children). */
export async function groupMembersOn(
  ctx: CurriculumContext,
  group: StudyGroup,
  date: string,
): Promise<string[]> {
  requireDate(date, 'onDate');
  if (!isSchoolStaff(viewerOf(ctx), group.schoolId))
    throw forbidden('Состав групп видят работники школы.');
  const rows = await ctx.em.find(GroupMember, {
    groupId: group.id,
    joinedOn: { $lte: date },
    $or: [{ leftOn: null }, { leftOn: { $gt: date } }],
  });
  return rows.map((m) => m.studentId);
}

/** Every membership, past and current, of these students: the groups of a viewer's audience. */
export const membershipsOf = (em: EntityManager, studentIds: string[]): Promise<GroupMember[]> =>
  em.find(GroupMember, { studentId: { $in: studentIds } });
