import type { EntityManager } from '@mikro-orm/postgresql';
import { CurriculumEvents } from '@dnevnik/contracts';
import { stageEvent, type EventContext } from '@dnevnik/events';
import type { StudyGroup } from './groups.entities.js';

/** A group's announcement with its members as they are now: on creation and on every change. */
export function stageGroupChanged(
  tx: EntityManager,
  group: StudyGroup,
  memberIds: readonly string[],
  context: EventContext,
) {
  stageEvent(tx, CurriculumEvents.groupChanged, {
    aggregateId: group.id,
    schoolId: group.schoolId,
    data: {
      groupId: group.id,
      schoolId: group.schoolId,
      classId: group.classId,
      subjectId: group.subjectId,
      kind: group.kind,
      memberIds: [...memberIds],
    },
    context,
  });
}
