import { z } from 'zod';
import { defineEvent, topicName } from '@dnevnik/events';

/**
 * What messaging tells others (schemas/events/messaging.md): announcements as published (for the
 * archive, C5) and abuse reports (for the administration's tools). Ids only, never texts.
 */
const uuid = z.uuid();

export const MessagingEvents = {
  announcementPublished: defineEvent({
    type: 'messaging.announcement.published',
    version: 1,
    topic: topicName('messaging', 'announcement', 1),
    data: z.object({
      announcementId: uuid,
      schoolId: uuid,
      audience: z.enum(['class', 'parallel', 'school', 'staff']),
      classId: uuid.nullable(),
      grade: z.number().int().nullable(),
      authorId: uuid,
    }),
  }),
  messageReported: defineEvent({
    type: 'messaging.message.reported',
    version: 1,
    topic: topicName('messaging', 'report', 1),
    data: z.object({ reportId: uuid, messageId: uuid, schoolId: uuid }),
  }),
} as const;
