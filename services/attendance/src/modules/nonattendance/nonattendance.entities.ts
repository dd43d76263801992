import { EntitySchema } from '@mikro-orm/postgresql';

const ts = { type: 'Date', columnType: 'timestamptz' } as const;
const date = { type: 'string', columnType: 'date' } as const;

/** P3: a school's threshold of systematic non-attendance; the latest row applies. */
export class AttendanceSettingsRow {
  id!: string;
  schoolId!: string;
  threshold!: number;
  windowDays!: number;
  setBy!: string;
  setAt!: Date;
}

/** P3, P4: a detected case of systematic non-attendance; its event fired once. */
export class NonattendanceDetection {
  id!: string;
  schoolId!: string;
  studentId!: string;
  windowFrom!: string;
  windowTo!: string;
  unexcusedAbsences!: number;
  threshold!: number;
  windowDays!: number;
  detectedAt!: Date;
}

export const AttendanceSettingsSchema = new EntitySchema<AttendanceSettingsRow>({
  class: AttendanceSettingsRow,
  tableName: 'attendance_settings',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    threshold: { type: 'integer' },
    windowDays: { type: 'integer' },
    setBy: { type: 'uuid' },
    setAt: ts,
  },
});

export const NonattendanceDetectionSchema = new EntitySchema<NonattendanceDetection>({
  class: NonattendanceDetection,
  tableName: 'nonattendance_detection',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    studentId: { type: 'uuid' },
    windowFrom: date,
    windowTo: date,
    unexcusedAbsences: { type: 'integer' },
    threshold: { type: 'integer' },
    windowDays: { type: 'integer' },
    detectedAt: ts,
  },
});
