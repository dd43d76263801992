import type { JournalRow } from './modules/journal/index.js';

export interface LessonRef {
  id: string;
}
export interface PersonRef {
  id: string;
}
export interface JournalPageView {
  periodId: string;
  hoursPerWeek: number;
  lessonIds: string[];
  rows: JournalRow[];
}
export type JournalRowView = JournalRow;
