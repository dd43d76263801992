import type { Lesson } from './modules/lesson/index.js';
import type { Period } from './modules/years/index.js';

/** A reference to a person in identity; the gateway resolves the rest. */
export interface PersonRef {
  id: string;
}

export const person = (id: string): PersonRef => ({ id });

export interface ProgrammeFulfilmentView {
  assignmentId: string;
  plannedHours: number;
  scheduledHours: number;
  dueByToday: number;
  heldHours: number;
  plannedTopics: number;
  coveredTopics: number;
  planVersion: number | null;
}

export interface JournalHeaderView {
  period: Period;
  lessons: Lesson[];
}
