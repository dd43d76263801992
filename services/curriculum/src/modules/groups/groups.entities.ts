import { EntitySchema } from '@mikro-orm/postgresql';

export type GroupKind = 'subgroup' | 'elective' | 'profile';

/** A subgroup of a class for a subject, or a cross-class elective/profile group (S2). */
export class StudyGroup {
  id!: string;
  schoolId!: string;
  yearId!: string;
  name!: string;
  kind!: GroupKind;
  subjectId: string | null = null;
  classId: string | null = null;
}

export class GroupMember {
  id!: string;
  groupId!: string;
  studentId!: string;
  joinedOn!: string;
  leftOn: string | null = null;
}

const date = { type: 'string', columnType: 'date' } as const;

export const StudyGroupSchema = new EntitySchema<StudyGroup>({
  class: StudyGroup,
  tableName: 'study_group',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    yearId: { type: 'uuid' },
    name: { type: 'text' },
    kind: { type: 'text' },
    subjectId: { type: 'uuid', nullable: true },
    classId: { type: 'uuid', nullable: true },
  },
});
export const GroupMemberSchema = new EntitySchema<GroupMember>({
  class: GroupMember,
  tableName: 'group_member',
  properties: {
    id: { type: 'uuid', primary: true },
    groupId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    joinedOn: date,
    leftOn: { ...date, nullable: true },
  },
});
