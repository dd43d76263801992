import type { Lesson } from './modules/lesson/lesson.entities.js';
import type { Period } from './modules/structure/structure.entities.js';

/** A reference to a person in identity; the gateway resolves the rest. */
export interface PersonRef {
  id: string;
}

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
