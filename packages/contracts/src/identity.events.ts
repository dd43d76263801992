import { z } from 'zod';
import { roleSchema } from '@dnevnik/auth';
import { defineEvent, topicName } from '@dnevnik/events';

/**
 * Events identity publishes (schemas/events/identity.md). They carry ids and roles, never
 * names or documents: other services join personal data through the graph, not through Kafka.
 */
const roleData = z.object({
  assignmentId: z.uuid(),
  personId: z.uuid(),
  role: roleSchema,
  regionId: z.uuid().nullable(),
  schoolId: z.uuid().nullable(),
  classId: z.uuid().nullable(),
});
const guardianshipData = z.object({
  linkId: z.uuid(),
  parentId: z.uuid(),
  childId: z.uuid(),
  verified: z.boolean(),
});

export const IdentityEvents = {
  personRegistered: defineEvent({
    type: 'identity.person.registered',
    version: 1,
    topic: topicName('identity', 'person', 1),
    data: z.object({ personId: z.uuid() }),
  }),
  roleGranted: defineEvent({
    type: 'identity.role.granted',
    version: 1,
    topic: topicName('identity', 'role', 1),
    data: roleData,
  }),
  roleRevoked: defineEvent({
    type: 'identity.role.revoked',
    version: 1,
    topic: topicName('identity', 'role', 1),
    data: roleData,
  }),
  guardianshipLinked: defineEvent({
    type: 'identity.guardianship.linked',
    version: 1,
    topic: topicName('identity', 'guardianship', 1),
    data: guardianshipData,
  }),
  guardianshipVerified: defineEvent({
    type: 'identity.guardianship.verified',
    version: 1,
    topic: topicName('identity', 'guardianship', 1),
    data: guardianshipData,
  }),
  guardianshipRemoved: defineEvent({
    type: 'identity.guardianship.removed',
    version: 1,
    topic: topicName('identity', 'guardianship', 1),
    data: guardianshipData,
  }),
  sessionRevoked: defineEvent({
    type: 'identity.session.revoked',
    version: 1,
    topic: topicName('identity', 'session', 1),
    data: z.object({ sessionId: z.uuid(), personId: z.uuid(), reason: z.string() }),
  }),
} as const;
