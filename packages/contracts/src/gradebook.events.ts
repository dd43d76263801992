import { z } from 'zod';
import { defineEvent, topicName } from '@dnevnik/events';
import { ChainWitnessEvents, chainStepFields } from './chain-witness.js';

/**
 * What gradebook tells others: marks and finals, for notifications (messaging) and later for
 * analytics and the archive. Values are marks, not personal data; people are ids.
 */
const uuid = z.uuid();
const markData = z.object({
  markId: uuid,
  studentId: uuid,
  schoolId: uuid,
  subjectId: uuid,
  lessonId: uuid.nullable(),
  lessonDate: z.iso.date(),
  workType: z.string(),
  value: z.string(),
  replacesMarkId: uuid.nullable(),
  timing: z.enum(['on_time', 'late', 'transferred']),
  /** The mark's step in its journal's hash chain (ADR 0009). */
  ...chainStepFields,
});

export const GradebookEvents = {
  markPosted: defineEvent({
    type: 'gradebook.mark.posted',
    version: 1,
    topic: topicName('gradebook', 'mark', 1),
    data: markData,
  }),
  markCorrected: defineEvent({
    type: 'gradebook.mark.corrected',
    version: 1,
    topic: topicName('gradebook', 'mark', 1),
    data: markData,
  }),
  finalSet: defineEvent({
    type: 'gradebook.final.set',
    version: 1,
    topic: topicName('gradebook', 'final', 1),
    data: z.object({
      finalId: uuid,
      studentId: uuid,
      schoolId: uuid,
      subjectId: uuid,
      periodId: uuid.nullable(),
      kind: z.enum(['period', 'year', 'exam', 'final']),
      value: z.string().nullable(),
      deferred: z.boolean(),
    }),
  }),
  /**
   * G4: the school's journal is being transferred from a temporary one; attendance honours it
   * too. Kebab case: event types allow letters and hyphens only (envelopeSchema).
   */
  transferWindowOpened: defineEvent({
    type: 'gradebook.transfer-window.opened',
    version: 1,
    topic: topicName('gradebook', 'transfer-window', 1),
    data: z.object({
      windowId: uuid,
      schoolId: uuid,
      fromDate: z.iso.date(),
      toDate: z.iso.date(),
      openedAt: z.iso.datetime(),
      closesAt: z.iso.datetime(),
      reason: z.string(),
    }),
  }),
  /** A signed head of a journal's chain (ADR 0009). */
  chainCheckpointed: ChainWitnessEvents.gradebook,
} as const;
