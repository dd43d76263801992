import { EntitySchema } from '@mikro-orm/postgresql';

export type AudienceKind = 'class' | 'parallel' | 'school' | 'staff';

export class Announcement {
  id!: string;
  schoolId!: string;
  audience!: AudienceKind;
  classId: string | null = null;
  grade: number | null = null;
  title!: string;
  body!: string;
  authorId!: string;
  createdAt!: Date;
}
export class AnnouncementRead {
  announcementId!: string;
  personId!: string;
  readAt!: Date;
}

const ts = { type: 'Date', columnType: 'timestamptz' } as const;

export const AnnouncementSchema = new EntitySchema<Announcement>({
  class: Announcement,
  tableName: 'announcement',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    audience: { type: 'text' },
    classId: { type: 'uuid', nullable: true },
    grade: { type: 'integer', nullable: true },
    title: { type: 'text' },
    body: { type: 'text' },
    authorId: { type: 'uuid' },
    createdAt: ts,
  },
});
export const AnnouncementReadSchema = new EntitySchema<AnnouncementRead>({
  class: AnnouncementRead,
  tableName: 'announcement_read',
  properties: {
    announcementId: { type: 'uuid', primary: true },
    personId: { type: 'uuid', primary: true },
    readAt: ts,
  },
});
