import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import type { EventEnvelope } from '@dnevnik/events';
import { RmEnrolment, RmGuardianship, RmSchool } from '@dnevnik/school-facts';
import { localDate } from '@dnevnik/school-time';
import { RmRole } from '../relations/index.js';
import { Delivery, Notification, Preference } from './notification.entities.js';
import {
  notificationText,
  planDeliveries,
  recipientsOf,
  type NotificationFacts,
} from './notification.rules.js';

/** Until a school's facts arrive, its local dates are taken in Moscow time. */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

/** What the consumers need besides the database: the clock and the configured channels. */
export interface NotifyDeps {
  now: () => Date;
  channels: ReadonlySet<'email' | 'sms'>;
}

export interface StudentEvent {
  event: Pick<EventEnvelope, 'id'>;
  schoolId: string;
  studentId: string;
  lessonId?: string | null;
  subjectId?: string | null;
  facts: NotificationFacts;
}

async function parentsOf(em: EntityManager, studentIds: string[]) {
  if (studentIds.length === 0) return [];
  return em.find(RmGuardianship, { childId: { $in: studentIds }, verified: true, active: true });
}

/** The class teachers of the student's classes today. */
async function classTeachersOf(em: EntityManager, studentId: string, today: string) {
  const enrolments = await em.find(RmEnrolment, {
    studentId,
    startsOn: { $lte: today },
    $or: [{ endsOn: null }, { endsOn: { $gt: today } }],
  });
  if (enrolments.length === 0) return [];
  const roles = await em.find(RmRole, {
    role: 'class_teacher',
    active: true,
    classId: { $in: enrolments.map((e) => e.classId) },
  });
  return roles.map((r) => r.personId);
}

/**
 * Turns one event into notifications for its recipients, with their e-mail and SMS deliveries,
 * in the consumer's transaction. The consumer's inbox already drops a redelivered event; the
 * unique (person, kind, event) key makes sure of it even if that record were lost.
 */
export async function notifyStudentEvent(em: EntityManager, deps: NotifyDeps, e: StudentEvent) {
  const school = await em.findOne(RmSchool, { id: e.schoolId });
  const timeZone = school?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = deps.now();
  const today = localDate(now, timeZone);
  const parents = (await parentsOf(em, [e.studentId])).map((l) => l.parentId);
  const classTeachers =
    e.facts.kind === 'nonattendance' ? await classTeachersOf(em, e.studentId, today) : [];
  const recipients = recipientsOf(e.facts.kind, {
    studentId: e.studentId,
    parentIds: parents,
    classTeacherIds: classTeachers,
  });
  const text = notificationText(e.facts);
  if (recipients.length === 0) return;
  const [preferences, existing] = await Promise.all([
    em.find(Preference, { personId: { $in: recipients } }),
    em.find(Notification, {
      personId: { $in: recipients },
      kind: e.facts.kind,
      sourceEventId: e.event.id,
    }),
  ]);
  const notified = new Set(existing.map((n) => n.personId));
  const created = recipients
    .filter((personId) => !notified.has(personId))
    .map((personId) =>
      Object.assign(new Notification(), {
        id: uuidv7(),
        personId,
        schoolId: e.schoolId,
        kind: e.facts.kind,
        ...text,
        sourceEventId: e.event.id,
        studentId: e.studentId,
        lessonId: e.lessonId ?? null,
        subjectId: e.subjectId ?? null,
        createdAt: now,
      }),
    );
  if (created.length === 0) return;
  em.persist(created);
  // Deliveries point to their notifications: insert those first.
  await em.flush();
  for (const notification of created) {
    const p = preferences.find((x) => x.personId === notification.personId) ?? null;
    const plans = planDeliveries({
      kind: e.facts.kind,
      preference: p && {
        ...p,
        quiet: p.quietStart && p.quietEnd ? { start: p.quietStart, end: p.quietEnd } : null,
      },
      channels: deps.channels,
      now,
      timeZone,
    });
    for (const plan of plans) {
      em.persist(
        Object.assign(new Delivery(), {
          id: uuidv7(),
          notificationId: notification.id,
          personId: notification.personId,
          channel: plan.channel,
          address: plan.address,
          digest: plan.digest,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: plan.notBefore,
          createdAt: now,
        }),
      );
    }
  }
  await em.flush();
}
