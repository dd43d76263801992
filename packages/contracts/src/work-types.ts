/**
 * Kinds of work graded in a lesson (M1): curriculum records which one a lesson graded, gradebook
 * weighs marks by it. One list, so the two never disagree.
 */
export const WORK_TYPES = [
  'answer',
  'test',
  'control',
  'laboratory',
  'practical',
  'essay',
  'dictation',
  'homework',
  'project',
  'other',
] as const;

export type WorkType = (typeof WORK_TYPES)[number];
