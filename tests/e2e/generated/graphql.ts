/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A parent's notice of an absence for their own child. */
export type AbsenceNoticeInput = {
  comment?: string | null | undefined;
  fromDate: string;
  /** ILLNESS, FAMILY, COMPETITION or OTHER_EXCUSED. */
  kind: AbsenceReasonKind;
  studentId: string | number;
  toDate: string;
};

/** Причина пропуска (P2). */
export type AbsenceReasonKind =
  /** Соревнования, олимпиада. */
  | 'COMPETITION'
  /** Семейные обстоятельства. */
  | 'FAMILY'
  /** Болезнь, без справки. */
  | 'ILLNESS'
  /** Болезнь, есть медицинская справка. */
  | 'ILLNESS_CERTIFIED'
  /** Иная уважительная причина. */
  | 'OTHER_EXCUSED'
  /** Без уважительной причины. */
  | 'UNEXCUSED';

export type AnnouncementAudience =
  | 'CLASS'
  | 'PARALLEL'
  | 'SCHOOL'
  | 'STAFF';

export type AnnouncementInput = {
  audience: AnnouncementAudience;
  body: string;
  /** For CLASS. */
  classId?: string | number | null | undefined;
  /** For PARALLEL: 1–11. */
  grade?: number | null | undefined;
  schoolId: string | number;
  title: string;
};

export type AttachmentInput = {
  /** File content, base64 (up to 5 MB). */
  contentBase64: string;
  contentType: string;
  fileName: string;
};

export type AttachmentUpload = {
  /** File content, base64 (up to 5 MB). */
  contentBase64: string;
  contentType: string;
  fileName: string;
};

/** One student's absence or lateness in a lesson. */
export type AttendanceEntryInput = {
  comment?: string | null | undefined;
  /** Minutes late, for LATE only. */
  lateMinutes?: number | null | undefined;
  /** ABSENT or LATE; PRESENT is the default and is not recorded. */
  status: AttendanceStatus;
  studentId: string | number;
};

/** What a record says about a student in a lesson. Present is the default and is not recorded. */
export type AttendanceStatus =
  /** Отсутствовал (н). */
  | 'ABSENT'
  /** Опоздал. */
  | 'LATE'
  /** Присутствовал: only as a correction that undoes an absence or lateness recorded by mistake. */
  | 'PRESENT';

/** When a record was entered relative to the lesson day (P1, G4). */
export type AttendanceTiming =
  /** После дня урока: a correction made on a later day. */
  | 'LATE'
  /** В день урока. */
  | 'ON_TIME'
  /** Перенесено из временного журнала после сбоя (G4). */
  | 'TRANSFERRED';

/** How a session was signed in. */
export type AuthMethod =
  | 'ESIA'
  | 'PASSWORD'
  /** Временный логин, выданный администратором (A9). */
  | 'TEMPORARY';

/** How a chain compares with its latest signed checkpoint («контрольная точка»), kept outside the database. */
export type ChainCheckpointStatus =
  /** The record at the checkpoint's position is another one: the chain's end was rewritten. */
  | 'HEAD_MISMATCH'
  /** Records the checkpoint counted are gone from the end of the chain. */
  | 'MISSING_TAIL'
  /** No checkpoint of this chain yet. */
  | 'NONE'
  /** The chain still holds every record the checkpoint counted. */
  | 'OK';

export type DeliveryChannel =
  | 'EMAIL'
  | 'SMS';

export type DeliveryStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** When a mark was entered relative to its deadline (M5, G4). */
export type EntryTiming =
  | 'LATE'
  | 'ON_TIME'
  /** Перенесено из временного журнала после сбоя (G4). */
  | 'TRANSFERRED';

export type FinalKind =
  /** Экзаменационная */
  | 'EXAM'
  /** Итоговая */
  | 'FINAL'
  /** Четвертная, триместровая, полугодовая */
  | 'PERIOD'
  /** Годовая */
  | 'YEAR';

export type FinalTiming =
  | 'EARLY'
  | 'LATE'
  | 'ON_TIME';

/** Шкала оценивания (M2). */
export type GradingScale =
  /** Пятибалльная, по умолчанию */
  | 'FIVE_POINT'
  | 'HUNDRED_POINT'
  /** Зачёт/незачёт */
  | 'PASS_FAIL'
  | 'TEN_POINT';

/** Fields left out keep their current values. */
export type GradingSettingsInput = {
  minMarksMoreHours?: number | null | undefined;
  minMarksUpTo2Hours?: number | null | undefined;
  schoolId: string | number;
  subjectScales?: Array<SubjectScaleInput> | null | undefined;
  weights?: Array<WorkTypeWeightInput> | null | undefined;
};

export type GrantRoleInput = {
  classId?: string | number | null | undefined;
  personId: string | number;
  role: Role;
  schoolId: string | number;
};

export type GroupKind =
  /** Элективный курс */
  | 'ELECTIVE'
  /** Профильная группа */
  | 'PROFILE'
  /** Подгруппа класса (иностранный язык, физкультура, технология…) */
  | 'SUBGROUP';

/**
 * Домашнее задание в записи урока. Задание с тем же текстом (для того же ученика или для всего
 * класса), которое у урока уже есть, повторно не добавляется и родителям повторно не приходит.
 */
export type HomeworkInput = {
  /** Вложения; файл, который у задания уже есть, повторно не прикрепляется. */
  attachments?: Array<AttachmentInput> | null | undefined;
  /** Срок (к какому дню). Не передан — у уже заданного задания срок сохраняется; null — без срока. */
  dueOn?: string | null | undefined;
  /** For individual homework. */
  studentId?: string | number | null | undefined;
  text: string;
};

export type IssueTemporaryCredentialsInput = {
  personId: string | number;
  /** Reason from the written application (A9). */
  reason: string;
  /** How many days the credentials are valid (1–30). */
  validDays: number;
};

export type LessonKind =
  /** Контрольная работа */
  | 'CONTROL'
  /** Экскурсия */
  | 'EXCURSION'
  /** Лабораторная работа */
  | 'LABORATORY'
  /** Практическая работа */
  | 'PRACTICAL'
  /** Проект */
  | 'PROJECT'
  | 'REGULAR'
  /** Зачёт */
  | 'TEST';

export type LessonStatus =
  | 'CANCELLED'
  | 'CONDUCTED'
  | 'SCHEDULED';

export type LoginInput = {
  login: string;
  password: string;
};

/** Where a parent's notice stands. */
export type NoticeStatus =
  /** Подтверждено: absences on its dates are excused. */
  | 'CONFIRMED'
  /** Ждёт решения классного руководителя. */
  | 'PENDING'
  /** Отклонено. */
  | 'REJECTED';

export type NotificationKind =
  | 'ABSENCE'
  | 'FINAL'
  | 'HOMEWORK'
  | 'MARK'
  | 'MARK_CORRECTED'
  | 'NONATTENDANCE';

/** Fields left out keep their values; null clears an address or quiet hours. */
export type NotificationPreferencesInput = {
  dailyDigest?: boolean | null | undefined;
  email?: string | null | undefined;
  emailEnabled?: boolean | null | undefined;
  mutedKinds?: Array<NotificationKind> | null | undefined;
  phone?: string | null | undefined;
  quietEnd?: string | null | undefined;
  quietStart?: string | null | undefined;
  smsEnabled?: boolean | null | undefined;
};

/** Where a parent–child link comes from. */
export type ParentLinkSource =
  /** Заявление родителя; needs confirmation by the class teacher. */
  | 'APPLICATION'
  /** Получено из ЕСИА (список детей). */
  | 'ESIA'
  /** Записано школой по документам (class data). */
  | 'SCHOOL_RECORD';

export type PeriodInput = {
  endsOn: string;
  kind: PeriodKind;
  name: string;
  startsOn: string;
};

export type PeriodKind =
  /** Полугодие */
  | 'HALF_YEAR'
  /** Каникулы */
  | 'HOLIDAY'
  /** Модуль */
  | 'MODULE'
  /** Четверть */
  | 'QUARTER'
  /** Триместр */
  | 'TRIMESTER';

export type PlanTopicInput = {
  hours: number;
  kind: LessonKind;
  title: string;
};

export type PostMarkInput = {
  assignmentId?: string | number | null | undefined;
  comment?: string | null | undefined;
  /** The lesson; or, for a written work without a fixed lesson, assignmentId and workDate. */
  lessonId?: string | number | null | undefined;
  /**
   * A UUID the client makes once per mark. A client that got no answer (a timeout,
   * SUBGRAPH_UNAVAILABLE) sends the same input with the same requestId again: the repeat returns
   * the mark the first request stored instead of posting a second one.
   */
  requestId?: string | number | null | undefined;
  studentId: string | number;
  /** What the work was, for a mark without a lesson: «Контрольная работа № 2». */
  title?: string | null | undefined;
  /** On the subject's scale: «5», «зачёт», «8», «87»; «4/5» is a paired mark for a dictation or essay. */
  value: string;
  /** The date the written work was done (YYYY-MM-DD), for a mark without a lesson. */
  workDate?: string | null | undefined;
  workType: string;
};

/**
 * Запись урока (S7). Меняется только то, что передано: поле, которого нет во входных данных,
 * сохраняет прежнее значение; null очищает его (материал, вид работы). Тему можно заменить, но не
 * стереть.
 */
export type RecordLessonInput = {
  /** Новые домашние задания. Изменить или удалить уже заданное — updateHomework и removeHomework. */
  homework?: Array<HomeworkInput> | null | undefined;
  lessonId: string | number;
  /** Пройденный материал, до 4000 символов; null — очистить. */
  material?: string | null | undefined;
  /** A topic of the plan, or… */
  topicId?: string | number | null | undefined;
  /** …the topic in the teacher's words. */
  topicTitle?: string | null | undefined;
  /** Вид работы, оцениваемой на уроке; null — очистить. */
  workType?: string | null | undefined;
};

export type RecordStatus =
  /** Записан позже 20:00 дня урока. */
  | 'LATE'
  /** Записан в день урока до 20:00. */
  | 'ON_TIME'
  /** Перенесён из временного журнала (G4): урок пришёлся на сбой, тема записана, пока открыто окно переноса, открытое заместителем директора. */
  | 'TRANSFERRED';

export type RegisterPersonInput = {
  birthDate?: string | null | undefined;
  classId?: string | number | null | undefined;
  firstName: string;
  lastName: string;
  middleName?: string | null | undefined;
  /** The first role of the person in this school. */
  role: Role;
  schoolId: string | number;
  sex?: string | null | undefined;
  snils?: string | null | undefined;
};

export type ReportResolution =
  | 'REMOVED'
  | 'RESTORED';

/** A1: the roles of the journal. */
export type Role =
  /** Классный руководитель */
  | 'CLASS_TEACHER'
  /** Заместитель директора */
  | 'DEPUTY_DIRECTOR'
  /** Директор */
  | 'DIRECTOR'
  /** Родитель (законный представитель) */
  | 'PARENT'
  /** Аналитик региона (только агрегированные данные) */
  | 'REGIONAL_ANALYST'
  /** Сотрудник органа управления образованием */
  | 'REGIONAL_OFFICIAL'
  /** Администратор / оператор ЭСО */
  | 'SCHOOL_ADMIN'
  /** Ученик */
  | 'STUDENT'
  /** Учитель-предметник */
  | 'SUBJECT_TEACHER';

export type SetFinalInput = {
  /** The teaching assignment (class × subject) the final is for; its school year for year, exam and final marks. */
  assignmentId: string | number;
  /** Defer instead of grading: the reason (e.g. illness) and the date by which it is due. */
  deferReason?: string | null | undefined;
  deferUntil?: string | null | undefined;
  kind: FinalKind;
  /** Required for a period final; ignored otherwise. */
  periodId?: string | number | null | undefined;
  studentId: string | number;
  value?: string | null | undefined;
};

export type StartThreadInput = {
  attachments?: Array<AttachmentUpload> | null | undefined;
  body: string;
  memberIds: Array<string | number>;
  schoolId: string | number;
  subject?: string | null | undefined;
};

export type SubjectScaleInput = {
  scale: GradingScale;
  subjectId: string | number;
};

export type ThreadKind =
  | 'DIRECT'
  | 'GROUP';

/** Изменение домашнего задания: непереданные поля не меняются. */
export type UpdateHomeworkInput = {
  /** Вложения, которые добавить. */
  addAttachments?: Array<AttachmentInput> | null | undefined;
  /** Новый срок; null — без срока. */
  dueOn?: string | null | undefined;
  /** Вложения этого задания, которые убрать. */
  removeAttachmentIds?: Array<string | number> | null | undefined;
  /** Новый текст задания; стереть текст нельзя — удалите задание. */
  text?: string | null | undefined;
};

export type WorkTypeWeightInput = {
  weight: number;
  workType: string;
};

export type BenchIsolationGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type BenchIsolationGenerateLessonsMutation = { generateLessons: { created: number } };

export type BenchJournalPageQueryVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type BenchJournalPageQuery = { journal: { hoursPerWeek: number, period: { name: string }, lessons: Array<{ date: string, topic: string | null }>, rows: Array<{ average: number | null, suggestedFinal: number | null, enoughMarks: boolean, student: { lastName: string | null, firstName: string | null }, marks: Array<{ value: string, workType: string }> }> } | null };

export type BenchJournalRegisterPersonMutationVariables = Exact<{
  i: RegisterPersonInput;
}>;


export type BenchJournalRegisterPersonMutation = { registerPerson: { id: string } };

export type BenchJournalMoveStudentMutationVariables = Exact<{
  s: string | number;
  c: string | number;
}>;


export type BenchJournalMoveStudentMutation = { moveStudent: { id: string } | null };

export type BenchJournalGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type BenchJournalGenerateLessonsMutation = { generateLessons: { created: number } };

export type BenchJournalClassTimetableQueryVariables = Exact<{
  c: string | number;
  f: string;
  t: string;
}>;


export type BenchJournalClassTimetableQuery = { classTimetable: Array<{ id: string, date: string, status: LessonStatus }> | null };

export type BenchJournalPostMarkMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type BenchJournalPostMarkMutation = { postMark: { id: string } };

export type AttendanceRecordMutationVariables = Exact<{
  l: string | number;
  e: Array<AttendanceEntryInput> | AttendanceEntryInput;
}>;


export type AttendanceRecordMutation = { recordAttendance: Array<{ id: string, status: AttendanceStatus, lateMinutes: number | null, timing: AttendanceTiming, current: boolean, student: { id: string }, reason: { kind: AbsenceReasonKind, excused: boolean, notice: { id: string } | null } | null }> };

export type AttendanceReasonMutationVariables = Exact<{
  r: Array<string | number> | string | number;
  k: AbsenceReasonKind;
}>;


export type AttendanceReasonMutation = { setAbsenceReason: Array<{ id: string, kind: AbsenceReasonKind, excused: boolean }> };

export type AttendanceMoveStudentMutationVariables = Exact<{
  s: string | number;
  c: string | number;
}>;


export type AttendanceMoveStudentMutation = { moveStudent: { id: string } | null };

export type AttendanceGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type AttendanceGenerateLessonsMutation = { generateLessons: { created: number } };

export type AttendanceClassTimetableQueryVariables = Exact<{
  c: string | number;
  d: string;
}>;


export type AttendanceClassTimetableQuery = { classTimetable: Array<{ id: string }> | null };

export type AttendanceGrantRoleMutationVariables = Exact<{
  i: GrantRoleInput;
}>;


export type AttendanceGrantRoleMutation = { grantRole: { id: string } };

export type AttendanceGrantSubstitutionMutationVariables = Exact<{
  l: Array<string | number> | string | number;
  s: string | number;
}>;


export type AttendanceGrantSubstitutionMutation = { grantSubstitution: number };

export type AttendanceCorrectToPresentMutationVariables = Exact<{
  r: string | number;
}>;


export type AttendanceCorrectToPresentMutation = { correctAttendance: { status: AttendanceStatus, current: boolean, correctionReason: string | null, replaces: { id: string, status: AttendanceStatus, current: boolean } | null } };

export type AttendanceCorrectToLateMutationVariables = Exact<{
  r: string | number;
}>;


export type AttendanceCorrectToLateMutation = { correctAttendance: { lateMinutes: number | null, timing: AttendanceTiming, approvedBy: { id: string } | null } };

export type AttendanceNotifyMutationVariables = Exact<{
  i: AbsenceNoticeInput;
}>;


export type AttendanceNotifyMutation = { notifyAbsence: { id: string, status: NoticeStatus } };

export type AttendanceDecideMutationVariables = Exact<{
  n: string | number;
  c: boolean;
}>;


export type AttendanceDecideMutation = { decideAbsenceNotice: { status: NoticeStatus, decidedBy: { id: string } | null } };

export type AttendanceAbsenceNoticesQueryVariables = Exact<{
  s: string | number;
}>;


export type AttendanceAbsenceNoticesQuery = { absenceNotices: Array<{ status: NoticeStatus, kind: AbsenceReasonKind }> | null };

export type AttendanceWeekQueryVariables = Exact<{
  s: string | number;
  w: string;
}>;


export type AttendanceWeekQuery = { weeklyReconciliation: Array<{ absences: number, withoutReason: number, reconciled: boolean, schoolClass: { id: string } }> | null };

export type AttendanceReconcileMutationVariables = Exact<{
  c: string | number;
  w: string;
}>;


export type AttendanceReconcileMutation = { reconcileWeek: { weekStart: string, reconciledBy: { id: string } } };

export type AttendanceSettingsMutationVariables = Exact<{
  s: string | number;
  t: number;
  w: number;
}>;


export type AttendanceSettingsMutation = { setNonattendanceSettings: { threshold: number, windowDays: number, setBy: { id: string } | null } };

export type AttendanceNonattendanceSettingsQueryVariables = Exact<{
  s: string | number;
}>;


export type AttendanceNonattendanceSettingsQuery = { nonattendanceSettings: { threshold: number, windowDays: number, setBy: { id: string } | null } | null };

export type AttendanceNonattendanceDetectionsQueryVariables = Exact<{
  s: string | number;
}>;


export type AttendanceNonattendanceDetectionsQuery = { nonattendanceDetections: Array<{ windowFrom: string, windowTo: string, unexcusedAbsences: number, threshold: number, student: { id: string } }> | null };

export type AttendanceClassAttendanceMonthQueryVariables = Exact<{
  c: string | number;
}>;


export type AttendanceClassAttendanceMonthQuery = { classAttendanceMonth: { from: string, to: string, rows: Array<{ student: { id: string }, totals: { lessonsMissed: number, excused: number, unexcused: number, withoutReason: number, late: number, lateMinutes: number }, bySubject: Array<{ subject: { id: string }, totals: { lessonsMissed: number, late: number } }> }>, totals: { lessonsMissed: number, excused: number, unexcused: number, late: number } } | null };

export type AttendanceAttendanceSummaryQueryVariables = Exact<{
  c: string | number;
}>;


export type AttendanceAttendanceSummaryQuery = { attendanceSummary: { rows: Array<{ student: { id: string }, totals: { lessonsMissed: number, unexcused: number } }> } | null };

export type AttendanceStudentAttendanceQueryVariables = Exact<{
  s: string | number;
}>;


export type AttendanceStudentAttendanceQuery = { studentAttendance: { records: Array<{ lessonDate: string, status: AttendanceStatus }>, totals: { lessonsMissed: number, excused: number } } | null };

export type AttendanceSchoolQueryVariables = Exact<{
  s: string | number;
}>;


export type AttendanceSchoolQuery = { schoolAttendance: { lessonsHeld: number, studentLessons: number, shareMissed: number, totals: { lessonsMissed: number } } | null };

export type AttendanceOpenTransferWindowMutationVariables = Exact<{
  s: string | number;
}>;


export type AttendanceOpenTransferWindowMutation = { openTransferWindow: { id: string } };

export type AttendanceOthersAttendanceQueryVariables = Exact<{
  s: string | number;
}>;


export type AttendanceOthersAttendanceQuery = { studentAttendance: { totals: { lessonsMissed: number } } | null };

export type AttendanceOthersNoticesQueryVariables = Exact<{
  s: string | number;
}>;


export type AttendanceOthersNoticesQuery = { absenceNotices: Array<{ id: string }> | null };

export type AttendancePersonQueryVariables = Exact<{
  s: string | number;
}>;


export type AttendancePersonQuery = { person: { absences: Array<{ status: AttendanceStatus }> | null } | null };

export type AttendanceMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AttendanceMeQuery = { me: { person: { children: Array<{ child: { id: string, absences: Array<{ status: AttendanceStatus, lessonDate: string }> | null } }> | null } } | null };

export type AttendancePostMarkMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type AttendancePostMarkMutation = { postMark: { id: string } };

export type AttendanceMyTimetableQueryVariables = Exact<{ [key: string]: never; }>;


export type AttendanceMyTimetableQuery = { myTimetable: Array<{ id: string }> | null };

export type AttendanceMyTimetable2QueryVariables = Exact<{ [key: string]: never; }>;


export type AttendanceMyTimetable2Query = { myTimetable: Array<{ date: string, subject: { name: string }, marks: Array<{ value: string, student: { firstName: string | null } }> | null, attendance: Array<{ status: AttendanceStatus, student: { firstName: string | null }, reason: { kind: AbsenceReasonKind, excused: boolean } | null }> | null }> | null };

export type AttendanceJournalQueryVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type AttendanceJournalQuery = { journal: { lessons: Array<{ id: string, date: string, marks: Array<{ value: string }> | null, attendance: Array<{ status: AttendanceStatus, lateMinutes: number | null, current: boolean, student: { lastName: string | null } }> | null }> } | null };

export type AttendanceVerifyAttendanceQueryVariables = Exact<{
  a: string | number;
}>;


export type AttendanceVerifyAttendanceQuery = { verifyAttendance: { ok: boolean, checked: number, firstBrokenRecordId: string | null, reason: string | null } | null };

export type ChainPostMarkMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type ChainPostMarkMutation = { postMark: { id: string } };

export type ChainVerifyJournalQueryVariables = Exact<{
  a: string | number;
}>;


export type ChainVerifyJournalQuery = { verifyJournal: { ok: boolean, checked: number, firstBrokenMarkId: string | null, reason: string | null, missingTail: number, checkpoint: { status: ChainCheckpointStatus, missingTail: number, sinceCheckpoint: number | null, checkpointCount: number | null, checkpointHash: string | null, checkpointAt: string | null } } | null };

export type ChainVerifyAttendanceQueryVariables = Exact<{
  a: string | number;
}>;


export type ChainVerifyAttendanceQuery = { verifyAttendance: { ok: boolean, checked: number, firstBrokenRecordId: string | null, reason: string | null, missingTail: number, checkpoint: { status: ChainCheckpointStatus, missingTail: number, sinceCheckpoint: number | null, checkpointCount: number | null, checkpointHash: string | null, checkpointAt: string | null } } | null };

export type ChainGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type ChainGenerateLessonsMutation = { generateLessons: { created: number } };

export type ChainClassTimetableQueryVariables = Exact<{
  c: string | number;
}>;


export type ChainClassTimetableQuery = { classTimetable: Array<{ id: string }> | null };

export type ChainRecordAttendanceMutationVariables = Exact<{
  l: string | number;
  e: Array<AttendanceEntryInput> | AttendanceEntryInput;
}>;


export type ChainRecordAttendanceMutation = { recordAttendance: Array<{ id: string }> };

export type ChainCorrectAttendanceMutationVariables = Exact<{
  r: string | number;
}>;


export type ChainCorrectAttendanceMutation = { correctAttendance: { id: string } };

export type ChainVerifyCurriculumAuditChainQueryVariables = Exact<{
  s: string | number;
}>;


export type ChainVerifyCurriculumAuditChainQuery = { verifyCurriculumAuditChain: { ok: boolean, checked: number, firstBrokenSeq: string | null, reason: string | null, missingTail: number, checkpoint: { status: ChainCheckpointStatus, missingTail: number, sinceCheckpoint: number | null, checkpointCount: number | null, checkpointHash: string | null, checkpointAt: string | null } } | null };

export type ChainNotifyAbsenceMutationVariables = Exact<{
  i: AbsenceNoticeInput;
}>;


export type ChainNotifyAbsenceMutation = { notifyAbsence: { id: string } };

export type ChainVerifyAttendanceAuditChainQueryVariables = Exact<{
  s: string | number;
}>;


export type ChainVerifyAttendanceAuditChainQuery = { verifyAttendanceAuditChain: { ok: boolean, checked: number, firstBrokenSeq: string | null, reason: string | null, missingTail: number, checkpoint: { status: ChainCheckpointStatus, missingTail: number, sinceCheckpoint: number | null, checkpointCount: number | null, checkpointHash: string | null, checkpointAt: string | null } } | null };

export type ChainVerifyAuditChainQueryVariables = Exact<{
  s: string | number;
}>;


export type ChainVerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checked: number, firstBrokenSeq: string | null, reason: string | null, missingTail: number, checkpoint: { status: ChainCheckpointStatus, missingTail: number, sinceCheckpoint: number | null, checkpointCount: number | null, checkpointHash: string | null, checkpointAt: string | null } } | null };

export type ChainVerifyIdentityAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainVerifyIdentityAuditChainQuery = { verifyIdentityAuditChain: { ok: boolean, checked: number, firstBrokenSeq: string | null, reason: string | null, missingTail: number, checkpoint: { status: ChainCheckpointStatus, missingTail: number, sinceCheckpoint: number | null, checkpointCount: number | null, checkpointHash: string | null, checkpointAt: string | null } } | null };

export type CurriculumAdminGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type CurriculumAdminGenerateLessonsMutation = { generateLessons: { created: number } };

export type CurriculumAdminClassTimetableQueryVariables = Exact<{
  c: string | number;
  f: string;
  t: string;
}>;


export type CurriculumAdminClassTimetableQuery = { classTimetable: Array<{ id: string, date: string, lessonNumber: number, status: LessonStatus, changeReason: string | null }> | null };

export type CurriculumAdminImportPlanMutationVariables = Exact<{
  a: string | number;
  c: string;
}>;


export type CurriculumAdminImportPlanMutation = { importPlan: { plan: { version: number, totalHours: number, topics: Array<{ position: number, kind: LessonKind }> } | null, errors: Array<{ row: number, message: string }> } };

export type CurriculumAdminImportPlan2MutationVariables = Exact<{
  a: string | number;
  c: string;
}>;


export type CurriculumAdminImportPlan2Mutation = { importPlan: { plan: { id: string } | null } };

export type CurriculumAdminChangeLessonMutationVariables = Exact<{
  l: string | number;
}>;


export type CurriculumAdminChangeLessonMutation = { changeLesson: { id: string } };

export type CurriculumAdminChangeLesson2MutationVariables = Exact<{
  l: string | number;
}>;


export type CurriculumAdminChangeLesson2Mutation = { changeLesson: { lessonNumber: number, changeReason: string | null } };

export type CurriculumAdminChangeLesson3MutationVariables = Exact<{
  l: string | number;
}>;


export type CurriculumAdminChangeLesson3Mutation = { changeLesson: { status: LessonStatus } };

export type CurriculumAdminAddExtraLessonMutationVariables = Exact<{
  a: string | number;
}>;


export type CurriculumAdminAddExtraLessonMutation = { addExtraLesson: { date: string, status: LessonStatus } };

export type CurriculumAdminTimetableSlotsQueryVariables = Exact<{
  a: string | number;
}>;


export type CurriculumAdminTimetableSlotsQuery = { timetableSlots: Array<{ id: string, weekday: number, lessonNumber: number }> | null };

export type CurriculumAdminSetTimetableSlotMutationVariables = Exact<{
  a: string | number;
  r: string | number;
}>;


export type CurriculumAdminSetTimetableSlotMutation = { setTimetableSlot: { id: string } };

export type CurriculumAdminGenerateLessons2MutationVariables = Exact<{
  y: string | number;
}>;


export type CurriculumAdminGenerateLessons2Mutation = { generateLessons: { created: number, cancelled: number } };

export type CurriculumAdminSetTimetableSlot2MutationVariables = Exact<{
  a: string | number;
}>;


export type CurriculumAdminSetTimetableSlot2Mutation = { setTimetableSlot: { id: string } };

export type CurriculumAdminSchoolQueryVariables = Exact<{
  s: string | number;
}>;


export type CurriculumAdminSchoolQuery = { school: { years: Array<{ periods: Array<{ id: string, name: string }> }> } | null };

export type CurriculumAdminChangePeriodMutationVariables = Exact<{
  p: string | number;
}>;


export type CurriculumAdminChangePeriodMutation = { changePeriod: { id: string } };

export type CurriculumAdminChangePeriod2MutationVariables = Exact<{
  p: string | number;
}>;


export type CurriculumAdminChangePeriod2Mutation = { changePeriod: { endsOn: string, orderRef: string | null, changeReason: string | null } };

export type CurriculumAdminGrantRoleMutationVariables = Exact<{
  i: GrantRoleInput;
}>;


export type CurriculumAdminGrantRoleMutation = { grantRole: { id: string } };

export type CurriculumAdminCreateGroupMutationVariables = Exact<{
  y: string | number;
  c: string | number;
  m: Array<string | number> | string | number;
}>;


export type CurriculumAdminCreateGroupMutation = { createGroup: { name: string, kind: GroupKind, schoolClass: { name: string } | null } };

export type CurriculumAdminCreateGroup2MutationVariables = Exact<{
  y: string | number;
  c: string | number;
}>;


export type CurriculumAdminCreateGroup2Mutation = { createGroup: { name: string } };

export type CurriculumAdminCreateGroup3MutationVariables = Exact<{
  y: string | number;
  c: string | number;
  m: Array<string | number> | string | number;
}>;


export type CurriculumAdminCreateGroup3Mutation = { createGroup: { name: string } };

export type CurriculumAdminSubmitPlanMutationVariables = Exact<{
  a: string | number;
  t: Array<PlanTopicInput> | PlanTopicInput;
}>;


export type CurriculumAdminSubmitPlanMutation = { submitPlan: { topics: Array<{ id: string }> } };

export type CurriculumAdminRecordLessonMutationVariables = Exact<{
  i: RecordLessonInput;
}>;


export type CurriculumAdminRecordLessonMutation = { recordLesson: { id: string } };

export type CurriculumAdminProgrammeFulfilmentQueryVariables = Exact<{
  a: string | number;
}>;


export type CurriculumAdminProgrammeFulfilmentQuery = { programmeFulfilment: { plannedHours: number, scheduledHours: number, dueByToday: number, heldHours: number, plannedTopics: number, coveredTopics: number, planVersion: number | null } | null };

export type CurriculumAdminProgrammeFulfilment2QueryVariables = Exact<{
  a: string | number;
}>;


export type CurriculumAdminProgrammeFulfilment2Query = { programmeFulfilment: { heldHours: number } | null };

export type CurriculumAdminSetIndividualCurriculumItemMutationVariables = Exact<{
  y: string | number;
  st: string | number;
  s: string | number;
}>;


export type CurriculumAdminSetIndividualCurriculumItemMutation = { setIndividualCurriculumItem: { hoursPerYear: number, reason: string, student: { id: string }, subject: { name: string } } };

export type CurriculumAdminSetIndividualCurriculumItem2MutationVariables = Exact<{
  y: string | number;
  st: string | number;
  s: string | number;
}>;


export type CurriculumAdminSetIndividualCurriculumItem2Mutation = { setIndividualCurriculumItem: { id: string } };

export type CurriculumAdminMyTimetableQueryVariables = Exact<{ [key: string]: never; }>;


export type CurriculumAdminMyTimetableQuery = { myTimetable: Array<{ id: string }> | null };

export type CurriculumAdminClassRosterQueryVariables = Exact<{ [key: string]: never; }>;


export type CurriculumAdminClassRosterQuery = { classRoster: Array<{ id: string }> | null };

export type CurriculumAdminRegisterSchoolMutationVariables = Exact<{
  r: string | number;
}>;


export type CurriculumAdminRegisterSchoolMutation = { registerSchool: { name: string, timeZone: string, workingWeekdays: Array<number> } };

export type CurriculumAdminRegisterSchool2MutationVariables = Exact<{ [key: string]: never; }>;


export type CurriculumAdminRegisterSchool2Mutation = { registerSchool: { id: string } };

export type CurriculumAdminRegisterSchool3MutationVariables = Exact<{
  r: string | number;
}>;


export type CurriculumAdminRegisterSchool3Mutation = { registerSchool: { id: string } };

export type CurriculumAdminRegisterSchool4MutationVariables = Exact<{
  r: string | number;
}>;


export type CurriculumAdminRegisterSchool4Mutation = { registerSchool: { id: string } };

export type CurriculumAdminCreateGroup4MutationVariables = Exact<{
  y: string | number;
  m: Array<string | number> | string | number;
}>;


export type CurriculumAdminCreateGroup4Mutation = { createGroup: { id: string } };

export type CurriculumAdminChangeGroupMembersMutationVariables = Exact<{
  g: string | number;
  r?: Array<string | number> | string | number | null | undefined;
}>;


export type CurriculumAdminChangeGroupMembersMutation = { changeGroupMembers: { id: string } };

export type CurriculumAdminGroupQueryVariables = Exact<{
  g: string | number;
  d: string;
}>;


export type CurriculumAdminGroupQuery = { group: { members: Array<{ id: string }> } | null };

export type CurriculumAdminGroup2QueryVariables = Exact<{
  g: string | number;
}>;


export type CurriculumAdminGroup2Query = { group: { members: Array<{ id: string }> } | null };

export type CurriculumAdminChangeGroupMembers2MutationVariables = Exact<{
  g: string | number;
  a?: Array<string | number> | string | number | null | undefined;
}>;


export type CurriculumAdminChangeGroupMembers2Mutation = { changeGroupMembers: { id: string } };

export type CurriculumSubmitPlanMutationVariables = Exact<{
  a: string | number;
  t: Array<PlanTopicInput> | PlanTopicInput;
}>;


export type CurriculumSubmitPlanMutation = { submitPlan: { id: string } };

export type CurriculumSubmitPlan2MutationVariables = Exact<{
  a: string | number;
  t: Array<PlanTopicInput> | PlanTopicInput;
}>;


export type CurriculumSubmitPlan2Mutation = { submitPlan: { version: number, totalHours: number, late: boolean } };

export type CurriculumSubmitPlan3MutationVariables = Exact<{
  a: string | number;
  t: Array<PlanTopicInput> | PlanTopicInput;
}>;


export type CurriculumSubmitPlan3Mutation = { submitPlan: { version: number } };

export type CurriculumImportPlanMutationVariables = Exact<{
  a: string | number;
  c: string;
}>;


export type CurriculumImportPlanMutation = { importPlan: { plan: { id: string } | null, errors: Array<{ row: number, message: string }> } };

export type CurriculumGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type CurriculumGenerateLessonsMutation = { generateLessons: { created: number, cancelled: number } };

export type CurriculumGenerateLessons2MutationVariables = Exact<{
  y: string | number;
}>;


export type CurriculumGenerateLessons2Mutation = { generateLessons: { created: number } };

export type CurriculumClassTimetableQueryVariables = Exact<{
  c: string | number;
}>;


export type CurriculumClassTimetableQuery = { classTimetable: Array<{ id: string, lessonNumber: number }> | null };

export type CurriculumRecordLessonMutationVariables = Exact<{
  i: RecordLessonInput;
}>;


export type CurriculumRecordLessonMutation = { recordLesson: { id: string } };

export type CurriculumRecordLesson2MutationVariables = Exact<{
  i: RecordLessonInput;
}>;


export type CurriculumRecordLesson2Mutation = { recordLesson: { status: LessonStatus, topic: string | null, recordStatus: RecordStatus | null, conductedBy: { lastName: string | null } | null, homework: Array<{ text: string, student: { id: string } | null }> } };

export type CurriculumRecordLesson3MutationVariables = Exact<{
  i: RecordLessonInput;
}>;


export type CurriculumRecordLesson3Mutation = { recordLesson: { recordStatus: RecordStatus | null } };

export type CurriculumClassTimetable2QueryVariables = Exact<{
  c: string | number;
}>;


export type CurriculumClassTimetable2Query = { classTimetable: Array<{ id: string }> | null };

export type CurriculumClassTimetable3QueryVariables = Exact<{
  c: string | number;
}>;


export type CurriculumClassTimetable3Query = { classTimetable: Array<{ id: string }> | null };

export type CurriculumGrantSubstitutionMutationVariables = Exact<{
  l: Array<string | number> | string | number;
  s: string | number;
}>;


export type CurriculumGrantSubstitutionMutation = { grantSubstitution: number };

export type CurriculumRecordLesson4MutationVariables = Exact<{
  i: RecordLessonInput;
}>;


export type CurriculumRecordLesson4Mutation = { recordLesson: { conductedBy: { id: string } | null, substitutes: Array<{ id: string }> } };

export type CurriculumMyTimetableQueryVariables = Exact<{ [key: string]: never; }>;


export type CurriculumMyTimetableQuery = { myTimetable: Array<{ id: string }> | null };

export type CurriculumMyTimetable2QueryVariables = Exact<{ [key: string]: never; }>;


export type CurriculumMyTimetable2Query = { myTimetable: Array<{ date: string, schoolClass: { name: string } | null, subject: { name: string }, teacher: { lastName: string | null }, homework: Array<{ text: string, student: { id: string } | null }> }> | null };

export type CurriculumMyTimetable3QueryVariables = Exact<{ [key: string]: never; }>;


export type CurriculumMyTimetable3Query = { myTimetable: Array<{ schoolClass: { name: string } | null, homework: Array<{ text: string }> }> | null };

export type CurriculumClassTimetable4QueryVariables = Exact<{
  c: string | number;
}>;


export type CurriculumClassTimetable4Query = { classTimetable: Array<{ id: string }> | null };

export type CurriculumMyTimetable4QueryVariables = Exact<{ [key: string]: never; }>;


export type CurriculumMyTimetable4Query = { myTimetable: Array<{ date: string, lessonNumber: number, startsAt: string | null, schoolClass: { name: string } | null }> | null };

export type CurriculumMyTimetable5QueryVariables = Exact<{ [key: string]: never; }>;


export type CurriculumMyTimetable5Query = { myTimetable: Array<{ schoolClass: { name: string } | null }> | null };

export type CurriculumJournalHeaderQueryVariables = Exact<{
  c: string | number;
  s: string | number;
  p: string | number;
}>;


export type CurriculumJournalHeaderQuery = { journalHeader: { period: { name: string, startsOn: string, endsOn: string }, lessons: Array<{ date: string, topic: string | null, teacher: { lastName: string | null, firstName: string | null } }> } | null };

export type CurriculumMoveStudentMutationVariables = Exact<{
  s: string | number;
  c: string | number;
}>;


export type CurriculumMoveStudentMutation = { moveStudent: { id: string } | null };

export type CurriculumClassRosterQueryVariables = Exact<{
  c: string | number;
  d: string;
}>;


export type CurriculumClassRosterQuery = { classRoster: Array<{ id: string }> | null };

export type CurriculumEnrolmentHistoryQueryVariables = Exact<{
  s: string | number;
}>;


export type CurriculumEnrolmentHistoryQuery = { enrolmentHistory: Array<{ startsOn: string, endsOn: string | null, endReason: string | null, schoolClass: { name: string } }> | null };

export type CurriculumClassRoster2QueryVariables = Exact<{
  c: string | number;
}>;


export type CurriculumClassRoster2Query = { classRoster: Array<{ id: string }> | null };

export type EsiaLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type EsiaLoginMutation = { login: { accessToken: string } };

export type EsiaCompleteEsiaLoginMutationVariables = Exact<{
  c: string;
}>;


export type EsiaCompleteEsiaLoginMutation = { completeEsiaLogin: { accessToken: string, viewer: { session: { authMethod: AuthMethod } } } };

export type EsiaMyChildrenQueryVariables = Exact<{ [key: string]: never; }>;


export type EsiaMyChildrenQuery = { me: { person: { id: string, lastName: string | null, firstName: string | null, children: Array<{ verified: boolean, source: ParentLinkSource, esiaConfirmedAt: string | null, child: { firstName: string | null } }> | null }, roles: Array<{ role: Role, classId: string | null }>, session: { authMethod: AuthMethod } } | null };

export type EsiaRegisterPersonMutationVariables = Exact<{
  i: RegisterPersonInput;
}>;


export type EsiaRegisterPersonMutation = { registerPerson: { id: string } };

export type EsiaPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type EsiaPersonQuery = { person: { firstName: string | null, birthDate: string | null } | null };

export type EsiaPerson2QueryVariables = Exact<{
  id: string | number;
}>;


export type EsiaPerson2Query = { person: { parents: Array<{ id: string, verified: boolean, source: ParentLinkSource }> | null } | null };

export type EsiaVerifyParentLinkMutationVariables = Exact<{
  id: string | number;
}>;


export type EsiaVerifyParentLinkMutation = { verifyParentLink: { verified: boolean } };

export type EsiaCompleteEsiaLogin2MutationVariables = Exact<{
  c: string;
}>;


export type EsiaCompleteEsiaLogin2Mutation = { completeEsiaLogin: { accessToken: string } };

export type EsiaIssueTemporaryCredentialsMutationVariables = Exact<{
  i: IssueTemporaryCredentialsInput;
}>;


export type EsiaIssueTemporaryCredentialsMutation = { issueTemporaryCredentials: { login: string, password: string } };

export type EsiaMeQueryVariables = Exact<{ [key: string]: never; }>;


export type EsiaMeQuery = { me: { person: { lastName: string | null }, session: { authMethod: AuthMethod } } | null };

export type LimitsGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type LimitsGenerateLessonsMutation = { generateLessons: { created: number } };

export type LimitsMyTimetableQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMyTimetableQuery = { myTimetable: Array<{ date: string, subject: { name: string }, marks: Array<{ value: string, student: { firstName: string | null } }> | null, attendance: Array<{ status: AttendanceStatus, student: { firstName: string | null }, reason: { kind: AbsenceReasonKind, excused: boolean } | null }> | null }> | null };

export type LimitsJournalQueryVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type LimitsJournalQuery = { journal: { hoursPerWeek: number, period: { name: string }, lessons: Array<{ id: string, date: string, marks: Array<{ value: string }> | null, attendance: Array<{ status: AttendanceStatus, lateMinutes: number | null, current: boolean, student: { lastName: string | null } }> | null }>, rows: Array<{ average: number | null, suggestedFinal: number | null, enoughMarks: boolean, student: { lastName: string | null, firstName: string | null }, marks: Array<{ value: string, workType: string }> }> } | null };

export type LimitsMyTimetable2QueryVariables = Exact<{
  f: string;
  t: string;
}>;


export type LimitsMyTimetable2Query = { myTimetable: Array<{ id: string, date: string }> | null };

export type LimitsPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type LimitsPersonQuery = { person: { id: string } | null };

export type LimitsSlowTimetableQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsSlowTimetableQuery = { myTimetable: Array<{ id: string }> | null };

export type LimitsTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsTypenameQuery = { __typename: 'Query' };

export type LimitsMyLastNameQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsMyLastNameQuery = { me: { person: { lastName: string | null } } | null };

export type SecurityMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityMeQuery = { me: { person: { lastName: string | null, children: Array<{ child: { firstName: string | null } }> | null }, roles: Array<{ role: Role }>, session: { current: boolean, authMethod: AuthMethod } } | null };

export type SecurityMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityMe2Query = { me: { person: { id: string } } | null };

export type SecurityLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type SecurityLoginMutation = { login: { accessToken: string } };

export type WorksPostMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type WorksPostMutation = { postMark: { id: string, value: string, scale: GradingScale, fivePointValue: number | null, weight: number, timing: EntryTiming, title: string | null, pairPart: number | null, lesson: { id: string } | null, pairedWith: { value: string, pairPart: number | null } | null, approvedBy: { id: string } | null } };

export type WorksSettingsMutationVariables = Exact<{
  i: GradingSettingsInput;
}>;


export type WorksSettingsMutation = { setGradingSettings: { minMarksUpTo2Hours: number, minMarksMoreHours: number, weights: Array<{ workType: string, weight: number }>, subjectScales: Array<{ subjectId: string, scale: GradingScale }>, setBy: { id: string } | null } };

export type WorksClassTimetableQueryVariables = Exact<{
  c: string | number;
  d: string;
}>;


export type WorksClassTimetableQuery = { classTimetable: Array<{ id: string, subject: { name: string } }> | null };

export type WorksGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type WorksGenerateLessonsMutation = { generateLessons: { created: number } };

export type WorksStudentMarksQueryVariables = Exact<{
  s: string | number;
}>;


export type WorksStudentMarksQuery = { studentMarks: Array<{ title: string | null, lesson: { id: string } | null }> | null };

export type WorksPermitLateEntryMutationVariables = Exact<{
  a: string | number;
}>;


export type WorksPermitLateEntryMutation = { permitLateEntry: { validUntil: string } };

export type WorksOpenTransferWindowMutationVariables = Exact<{
  s: string | number;
}>;


export type WorksOpenTransferWindowMutation = { openTransferWindow: { id: string, closesAt: string } };

export type WorksGradingSettingsQueryVariables = Exact<{
  s: string | number;
}>;


export type WorksGradingSettingsQuery = { gradingSettings: { minMarksUpTo2Hours: number, minMarksMoreHours: number, setAt: string | null } | null };

export type WorksGradingSettings2QueryVariables = Exact<{
  s: string | number;
}>;


export type WorksGradingSettings2Query = { gradingSettings: { minMarksUpTo2Hours: number } | null };

export type WorksJournalQueryVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type WorksJournalQuery = { journal: { rows: Array<{ requiredMarks: number }> } | null };

export type WorksCreateSubjectMutationVariables = Exact<{
  s: string | number;
}>;


export type WorksCreateSubjectMutation = { createSubject: { id: string } };

export type WorksAssignTeacherMutationVariables = Exact<{
  y: string | number;
  t: string | number;
  s: string | number;
  c: string | number;
}>;


export type WorksAssignTeacherMutation = { assignTeacher: { id: string } };

export type WorksSetTimetableSlotMutationVariables = Exact<{
  a: string | number;
}>;


export type WorksSetTimetableSlotMutation = { setTimetableSlot: { id: string } };

export type WorksClassTimetable2QueryVariables = Exact<{
  c: string | number;
}>;


export type WorksClassTimetable2Query = { classTimetable: Array<{ id: string, subject: { name: string } }> | null };

export type WorksSchoolQueryVariables = Exact<{
  s: string | number;
}>;


export type WorksSchoolQuery = { school: { years: Array<{ periods: Array<{ id: string, name: string }> }> } | null };

export type WorksGrantRoleMutationVariables = Exact<{
  i: GrantRoleInput;
}>;


export type WorksGrantRoleMutation = { grantRole: { id: string } };

export type WorksSetFinalMutationVariables = Exact<{
  i: SetFinalInput;
}>;


export type WorksSetFinalMutation = { setFinal: { kind: FinalKind, value: string | null, suggested: number | null, average: number | null, enoughMarks: boolean } };

export type WorksStudentFinalsQueryVariables = Exact<{
  s: string | number;
}>;


export type WorksStudentFinalsQuery = { studentFinals: Array<{ kind: FinalKind, value: string | null, period: { id: string } | null, enteredBy: { id: string } }> | null };

export type WorksStudentFinals2QueryVariables = Exact<{
  s: string | number;
}>;


export type WorksStudentFinals2Query = { studentFinals: Array<{ kind: FinalKind }> | null };

export type GradebookPostMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type GradebookPostMutation = { postMark: { id: string, value: string, timing: EntryTiming, current: boolean } };

export type GradebookGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type GradebookGenerateLessonsMutation = { generateLessons: { created: number } };

export type GradebookClassTimetableQueryVariables = Exact<{
  c: string | number;
}>;


export type GradebookClassTimetableQuery = { classTimetable: Array<{ id: string }> | null };

export type GradebookClassTimetable2QueryVariables = Exact<{
  c: string | number;
}>;


export type GradebookClassTimetable2Query = { classTimetable: Array<{ id: string }> | null };

export type GradebookPermitLateEntryMutationVariables = Exact<{
  l: string | number;
}>;


export type GradebookPermitLateEntryMutation = { permitLateEntry: { id: string } };

export type GradebookPermitLateEntry2MutationVariables = Exact<{
  l: string | number;
}>;


export type GradebookPermitLateEntry2Mutation = { permitLateEntry: { validUntil: string } };

export type GradebookPostMarkMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type GradebookPostMarkMutation = { postMark: { timing: EntryTiming, approvedBy: { id: string } | null } };

export type GradebookCreateClassMutationVariables = Exact<{
  y: string | number;
}>;


export type GradebookCreateClassMutation = { createClass: { id: string } };

export type GradebookAssignTeacherMutationVariables = Exact<{
  y: string | number;
  t: string | number;
  s: string | number;
  c: string | number;
}>;


export type GradebookAssignTeacherMutation = { assignTeacher: { id: string } };

export type GradebookSetTimetableSlotMutationVariables = Exact<{
  a: string | number;
}>;


export type GradebookSetTimetableSlotMutation = { setTimetableSlot: { id: string } };

export type GradebookMoveStudentMutationVariables = Exact<{
  s: string | number;
  c: string | number;
}>;


export type GradebookMoveStudentMutation = { moveStudent: { id: string } | null };

export type GradebookCorrectMarkMutationVariables = Exact<{
  m: string | number;
}>;


export type GradebookCorrectMarkMutation = { correctMark: { value: string, correctionReason: string | null, replaces: { id: string, value: string, current: boolean } | null } };

export type GradebookCorrectMark2MutationVariables = Exact<{
  m: string | number;
}>;


export type GradebookCorrectMark2Mutation = { correctMark: { id: string } };

export type GradebookCorrectMark3MutationVariables = Exact<{
  m: string | number;
}>;


export type GradebookCorrectMark3Mutation = { correctMark: { value: string, approvedBy: { id: string } | null } };

export type GradebookVerifyJournalQueryVariables = Exact<{
  a: string | number;
}>;


export type GradebookVerifyJournalQuery = { verifyJournal: { ok: boolean, checked: number, firstBrokenMarkId: string | null, reason: string | null } | null };

export type GradebookStudentMarksQueryVariables = Exact<{
  s: string | number;
}>;


export type GradebookStudentMarksQuery = { studentMarks: Array<{ value: string }> | null };

export type GradebookMyTimetableQueryVariables = Exact<{ [key: string]: never; }>;


export type GradebookMyTimetableQuery = { myTimetable: Array<{ id: string }> | null };

export type GradebookMyTimetable2QueryVariables = Exact<{ [key: string]: never; }>;


export type GradebookMyTimetable2Query = { myTimetable: Array<{ date: string, topic: string | null, subject: { name: string }, homework: Array<{ text: string }>, marks: Array<{ value: string, workType: string, student: { firstName: string | null } }> | null }> | null };

export type GradebookForecastQueryVariables = Exact<{
  s: string | number;
  a: string | number;
  p: string | number;
}>;


export type GradebookForecastQuery = { forecast: { predicted: number | null, count: number, required: number, missing: number, remainingLessons: number, marksToReach: Array<number> | null } | null };

export type GradebookForecast2QueryVariables = Exact<{
  s: string | number;
  a: string | number;
  p: string | number;
}>;


export type GradebookForecast2Query = { forecast: { predicted: number | null } | null };

export type GradebookRecordLessonMutationVariables = Exact<{
  i: RecordLessonInput;
}>;


export type GradebookRecordLessonMutation = { recordLesson: { id: string } };

export type GradebookJournalQueryVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type GradebookJournalQuery = { journal: { hoursPerWeek: number, period: { name: string, startsOn: string }, lessons: Array<{ date: string, topic: string | null }>, rows: Array<{ average: number | null, suggestedFinal: number | null, enoughMarks: boolean, requiredMarks: number, student: { lastName: string | null, firstName: string | null }, marks: Array<{ value: string, workType: string, current: boolean }> }> } | null };

export type GradebookArchiveJournalQueryVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type GradebookArchiveJournalQuery = { journal: { lessons: Array<{ id: string, date: string, lessonNumber: number, topic: string | null, homework: Array<{ text: string }>, attendance: Array<{ status: AttendanceStatus, student: { id: string } }> | null }>, rows: Array<{ average: number | null, student: { id: string, lastName: string | null, firstName: string | null, middleName: string | null }, marks: Array<{ id: string, lessonDate: string, value: string, workType: string, current: boolean }>, final: { value: string | null } | null }> } | null };

export type GradebookArchiveSchoolQueryVariables = Exact<{
  s: string | number;
}>;


export type GradebookArchiveSchoolQuery = { school: { name: string, years: Array<{ id: string, periods: Array<{ name: string }>, classes: Array<{ name: string }> }> } | null };

export type GradebookArchivePostMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type GradebookArchivePostMutation = { postMark: { id: string } };

export type GradebookArchiveMeQueryVariables = Exact<{ [key: string]: never; }>;


export type GradebookArchiveMeQuery = { me: { person: { id: string } } | null };

export type GradebookSetFinalMutationVariables = Exact<{
  i: SetFinalInput;
}>;


export type GradebookSetFinalMutation = { setFinal: { value: string | null, deferredReason: string | null, deferredUntil: string | null, timing: FinalTiming, suggested: number | null } };

export type GradebookGrantRoleMutationVariables = Exact<{
  i: GrantRoleInput;
}>;


export type GradebookGrantRoleMutation = { grantRole: { id: string } };

export type GradebookSchoolQueryVariables = Exact<{
  s: string | number;
}>;


export type GradebookSchoolQuery = { school: { years: Array<{ periods: Array<{ id: string, name: string }> }> } | null };

export type HardeningStartThreadMutationVariables = Exact<{
  i: StartThreadInput;
}>;


export type HardeningStartThreadMutation = { startThread: { id: string } };

export type HardeningSetNotificationPreferencesMutationVariables = Exact<{
  i: NotificationPreferencesInput;
}>;


export type HardeningSetNotificationPreferencesMutation = { setNotificationPreferences: { email: string | null } };

export type HardeningPersonQueryVariables = Exact<{ [key: string]: never; }>;


export type HardeningPersonQuery = { person: { id: string } | null };

export type HardeningSchoolQueryVariables = Exact<{ [key: string]: never; }>;


export type HardeningSchoolQuery = { school: { id: string } | null };

export type HardeningJournalQueryVariables = Exact<{ [key: string]: never; }>;


export type HardeningJournalQuery = { journal: { hoursPerWeek: number } | null };

export type HardeningClassAttendanceMonthQueryVariables = Exact<{ [key: string]: never; }>;


export type HardeningClassAttendanceMonthQuery = { classAttendanceMonth: { from: string } | null };

export type HardeningThreadQueryVariables = Exact<{ [key: string]: never; }>;


export type HardeningThreadQuery = { thread: { id: string } | null };

export type HardeningLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type HardeningLoginMutation = { login: { accessToken: string } };

export type HarnessLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type HarnessLoginMutation = { login: { accessToken: string } };

export type HarnessArchiveTokenMutationVariables = Exact<{
  a: string;
  s: string | number;
}>;


export type HarnessArchiveTokenMutation = { issueServiceToken: { accessToken: string } };

export type IdentityLoginTokensMutationVariables = Exact<{
  i: LoginInput;
}>;


export type IdentityLoginTokensMutation = { login: { accessToken: string, refreshToken: string } };

export type IdentityRegisterPersonMutationVariables = Exact<{
  i: RegisterPersonInput;
}>;


export type IdentityRegisterPersonMutation = { registerPerson: { id: string, lastName: string | null } };

export type IdentityPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type IdentityPersonQuery = { person: { firstName: string | null, birthDate: string | null } | null };

export type IdentityMeQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMeQuery = { me: { session: { id: string } } | null };

export type IdentityPerson2QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityPerson2Query = { person: { lastName: string | null, birthDate: string | null, roles: Array<{ role: Role }> | null } | null };

export type IdentityRefreshSessionMutationVariables = Exact<{
  t: string;
}>;


export type IdentityRefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string } };

export type IdentityRefreshSession2MutationVariables = Exact<{
  t: string;
}>;


export type IdentityRefreshSession2Mutation = { refreshSession: { accessToken: string } };

export type IdentityMe2QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe2Query = { me: { person: { id: string } } | null };

export type IdentityMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMySessionsQuery = { mySessions: Array<{ id: string, current: boolean, authMethod: AuthMethod, revokedAt: string | null }> | null };

export type IdentityLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type IdentityLogoutMutation = { logout: boolean };

export type IdentityIssueTemporaryCredentialsMutationVariables = Exact<{
  i: IssueTemporaryCredentialsInput;
}>;


export type IdentityIssueTemporaryCredentialsMutation = { issueTemporaryCredentials: { login: string, password: string, expiresAt: string } };

export type IdentityMe3QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe3Query = { me: { person: { firstName: string | null }, session: { authMethod: AuthMethod } } | null };

export type IdentityMe4QueryVariables = Exact<{ [key: string]: never; }>;


export type IdentityMe4Query = { me: { person: { id: string }, roles: Array<{ role: Role }> } | null };

export type IdentityPerson3QueryVariables = Exact<{
  id: string | number;
}>;


export type IdentityPerson3Query = { person: { roles: Array<{ id: string, role: Role }> | null } | null };

export type IdentityRevokeRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type IdentityRevokeRoleMutation = { revokeRole: { id: string } };

export type IdentityVerifyAuditChainQueryVariables = Exact<{
  s: string | number;
}>;


export type IdentityVerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checked: number, firstBrokenSeq: string | null, reason: string | null } | null };

export type IdentityVerifyAuditChain2QueryVariables = Exact<{
  s: string | number;
}>;


export type IdentityVerifyAuditChain2Query = { verifyAuditChain: { ok: boolean } | null };

export type IdentityGrantRoleMutationVariables = Exact<{
  i: GrantRoleInput;
}>;


export type IdentityGrantRoleMutation = { grantRole: { id: string } };

export type IdentityLoginMutationVariables = Exact<{ [key: string]: never; }>;


export type IdentityLoginMutation = { login: { accessToken: string } };

export type RecordsRecordLessonMutationVariables = Exact<{
  i: RecordLessonInput;
}>;


export type RecordsRecordLessonMutation = { recordLesson: { topic: string | null, material: string | null, workType: string | null, recordStatus: RecordStatus | null, homework: Array<{ id: string, text: string, dueOn: string | null, revision: number }> } };

export type RecordsClassTimetableQueryVariables = Exact<{
  c: string | number;
  d: string;
}>;


export type RecordsClassTimetableQuery = { classTimetable: Array<{ id: string }> | null };

export type RecordsMyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordsMyNotificationsQuery = { myNotifications: Array<{ kind: NotificationKind, title: string, body: string, lesson: { id: string } | null }> | null };

export type RecordsGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type RecordsGenerateLessonsMutation = { generateLessons: { created: number } };

export type RecordsMyTimetableQueryVariables = Exact<{
  d: string;
}>;


export type RecordsMyTimetableQuery = { myTimetable: Array<{ id: string, topic: string | null, material: string | null, workType: string | null, homework: Array<{ text: string, dueOn: string | null, revision: number }> }> | null };

export type RecordsUpdateHomeworkMutationVariables = Exact<{
  id: string | number;
  i: UpdateHomeworkInput;
}>;


export type RecordsUpdateHomeworkMutation = { updateHomework: { id: string, text: string, dueOn: string | null, revision: number, changedAt: string | null } };

export type RecordsRemoveHomeworkMutationVariables = Exact<{
  id: string | number;
}>;


export type RecordsRemoveHomeworkMutation = { removeHomework: { id: string } };

export type RecordsRemoveHomework2MutationVariables = Exact<{
  id: string | number;
}>;


export type RecordsRemoveHomework2Mutation = { removeHomework: { id: string, homework: Array<{ id: string }> } };

export type RecordsMyTimetable2QueryVariables = Exact<{
  d: string;
}>;


export type RecordsMyTimetable2Query = { myTimetable: Array<{ id: string, homework: Array<{ id: string }> }> | null };

export type RecordsOpenTransferWindowMutationVariables = Exact<{
  s: string | number;
}>;


export type RecordsOpenTransferWindowMutation = { openTransferWindow: { id: string, closesAt: string } };

export type RecordsOutageTimetableQueryVariables = Exact<{
  c: string | number;
}>;


export type RecordsOutageTimetableQuery = { classTimetable: Array<{ topic: string | null, recordStatus: RecordStatus | null }> | null };

export type ThrottleLoginMutationVariables = Exact<{
  i: LoginInput;
}>;


export type ThrottleLoginMutation = { login: { accessToken: string } };

export type ThrottleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ThrottleMeQuery = { me: { person: { lastName: string | null } } | null };

export type MessagingPostMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type MessagingPostMutation = { postMark: { id: string } };

export type MessagingPrefsMutationVariables = Exact<{
  i: NotificationPreferencesInput;
}>;


export type MessagingPrefsMutation = { setNotificationPreferences: { email: string | null, phone: string | null, smsEnabled: boolean } };

export type MessagingGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type MessagingGenerateLessonsMutation = { generateLessons: { created: number } };

export type MessagingClassTimetableQueryVariables = Exact<{
  c: string | number;
}>;


export type MessagingClassTimetableQuery = { classTimetable: Array<{ id: string }> | null };

export type MessagingNotificationsListQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingNotificationsListQuery = { myNotifications: Array<{ kind: NotificationKind, title: string, read: boolean, student: { id: string } | null, lesson: { id: string } | null, deliveries: Array<{ channel: DeliveryChannel, status: DeliveryStatus }> }> | null };

export type MessagingMyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingMyNotificationsQuery = { myNotifications: Array<{ id: string, title: string }> | null };

export type MessagingRecordAttendanceMutationVariables = Exact<{
  l: string | number;
  e: Array<AttendanceEntryInput> | AttendanceEntryInput;
}>;


export type MessagingRecordAttendanceMutation = { recordAttendance: Array<{ id: string }> };

export type MessagingMyNotifications2QueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingMyNotifications2Query = { myNotifications: Array<{ kind: NotificationKind, title: string, body: string, lesson: { id: string } | null }> | null };

export type MessagingStartMutationVariables = Exact<{
  i: StartThreadInput;
}>;


export type MessagingStartMutation = { startThread: { id: string, kind: ThreadKind, members: Array<{ id: string }> } };

export type MessagingSendMessageMutationVariables = Exact<{
  t: string | number;
}>;


export type MessagingSendMessageMutation = { sendMessage: { id: string } };

export type MessagingThreadQueryVariables = Exact<{
  t: string | number;
}>;


export type MessagingThreadQuery = { thread: { unreadCount: number, messages: Array<{ body: string | null, author: { id: string } }> } | null };

export type MessagingMarkThreadReadMutationVariables = Exact<{
  t: string | number;
}>;


export type MessagingMarkThreadReadMutation = { markThreadRead: number };

export type MessagingThread2QueryVariables = Exact<{
  t: string | number;
}>;


export type MessagingThread2Query = { thread: { unreadCount: number, messages: Array<{ readBy: Array<{ id: string }> }> } | null };

export type MessagingThread3QueryVariables = Exact<{
  t: string | number;
}>;


export type MessagingThread3Query = { thread: { id: string } | null };

export type MessagingThread4QueryVariables = Exact<{
  t: string | number;
}>;


export type MessagingThread4Query = { thread: { messages: Array<{ id: string }> } | null };

export type MessagingReportMessageMutationVariables = Exact<{
  m: string | number;
}>;


export type MessagingReportMessageMutation = { reportMessage: { id: string } };

export type MessagingThread5QueryVariables = Exact<{
  t: string | number;
}>;


export type MessagingThread5Query = { thread: { messages: Array<{ body: string | null, hidden: boolean }> } | null };

export type MessagingAbuseReportsQueryVariables = Exact<{
  s: string | number;
}>;


export type MessagingAbuseReportsQuery = { abuseReports: Array<{ id: string, reason: string }> | null };

export type MessagingAbuseReports2QueryVariables = Exact<{
  s: string | number;
}>;


export type MessagingAbuseReports2Query = { abuseReports: Array<{ id: string }> | null };

export type MessagingResolveReportMutationVariables = Exact<{
  r: string | number;
}>;


export type MessagingResolveReportMutation = { resolveReport: { resolution: ReportResolution | null } };

export type MessagingPublishMutationVariables = Exact<{
  i: AnnouncementInput;
}>;


export type MessagingPublishMutation = { publishAnnouncement: { id: string, readCount: number | null } };

export type MessagingMyAnnouncementsQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingMyAnnouncementsQuery = { myAnnouncements: Array<{ id: string, title: string, read: boolean }> | null };

export type MessagingMyAnnouncements2QueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingMyAnnouncements2Query = { myAnnouncements: Array<{ id: string }> | null };

export type MessagingMarkAnnouncementReadMutationVariables = Exact<{
  a: string | number;
}>;


export type MessagingMarkAnnouncementReadMutation = { markAnnouncementRead: boolean };

export type MessagingMyAnnouncements3QueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingMyAnnouncements3Query = { myAnnouncements: Array<{ id: string, readCount: number | null }> | null };

export type MessagingRecordDiaryVisitMutationVariables = Exact<{ [key: string]: never; }>;


export type MessagingRecordDiaryVisitMutation = { recordDiaryVisit: boolean };

export type MessagingMyNotifications3QueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingMyNotifications3Query = { myNotifications: Array<{ id: string }> | null };

export type MessagingMarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MessagingMarkNotificationsReadMutation = { markNotificationsRead: number };

export type MessagingGrantRoleMutationVariables = Exact<{
  i: GrantRoleInput;
}>;


export type MessagingGrantRoleMutation = { grantRole: { id: string } };

export type MessagingParentEngagementQueryVariables = Exact<{
  c: string | number;
}>;


export type MessagingParentEngagementQuery = { parentEngagement: Array<{ lastDiaryVisit: string | null, lastNotificationOpened: string | null, unreadNotifications: number, parent: { id: string }, student: { id: string } }> | null };

export type MessagingParentActivityReportQueryVariables = Exact<{
  c: string | number;
}>;


export type MessagingParentActivityReportQuery = { parentActivityReport: Array<{ diaryVisits: number, notificationsReceived: number, notificationsRead: number, parent: { id: string } }> | null };

export type MessagingParentEngagement2QueryVariables = Exact<{
  c: string | number;
}>;


export type MessagingParentEngagement2Query = { parentEngagement: Array<{ unreadNotifications: number }> | null };

export type PartialDiaryQueryVariables = Exact<{ [key: string]: never; }>;


export type PartialDiaryQuery = { myTimetable: Array<{ id: string, date: string, subject: { name: string }, teacher: { lastName: string | null }, marks: Array<{ value: string }> | null, attendance: Array<{ status: AttendanceStatus }> | null }> | null };

export type PartialJournalQueryVariables = Exact<{
  a: string | number;
  p: string | number;
}>;


export type PartialJournalQuery = { me: { roles: Array<{ role: Role }> } | null, journal: { lessons: Array<{ id: string, date: string, marks: Array<{ value: string }> | null, attendance: Array<{ status: AttendanceStatus }> | null }>, rows: Array<{ student: { lastName: string | null } }> } | null };

export type PartialGenerateLessonsMutationVariables = Exact<{
  y: string | number;
}>;


export type PartialGenerateLessonsMutation = { generateLessons: { created: number } };

export type PartialClassTimetableQueryVariables = Exact<{
  c: string | number;
}>;


export type PartialClassTimetableQuery = { classTimetable: Array<{ id: string }> | null };

export type PartialPostMarkMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type PartialPostMarkMutation = { postMark: { id: string } };

export type PartialRecordAttendanceMutationVariables = Exact<{
  l: string | number;
  e: Array<AttendanceEntryInput> | AttendanceEntryInput;
}>;


export type PartialRecordAttendanceMutation = { recordAttendance: Array<{ id: string }> };

export type PartialMeQueryVariables = Exact<{
  s: string | number;
}>;


export type PartialMeQuery = { me: { roles: Array<{ role: Role }> } | null, schoolAttendance: { shareMissed: number } | null };

export type RevocationProbeIdentityQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationProbeIdentityQuery = { me: { person: { id: string } } | null };

export type RevocationProbeCurriculumQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationProbeCurriculumQuery = { myTimetable: Array<{ id: string }> | null };

export type RevocationProbeGradebookQueryVariables = Exact<{
  s: string | number;
}>;


export type RevocationProbeGradebookQuery = { studentMarks: Array<{ id: string }> | null };

export type RevocationProbePostMarkMutationVariables = Exact<{
  i: PostMarkInput;
}>;


export type RevocationProbePostMarkMutation = { postMark: { id: string } };

export type RevocationProbeAttendanceQueryVariables = Exact<{
  s: string | number;
}>;


export type RevocationProbeAttendanceQuery = { studentAttendance: { __typename: 'StudentAttendance' } | null };

export type RevocationProbeMessagingQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationProbeMessagingQuery = { myThreads: Array<{ id: string }> | null };

export type RevocationLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type RevocationLogoutMutation = { logout: boolean };

export type RevocationMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationMySessionsQuery = { mySessions: Array<{ id: string, current: boolean }> | null };

export type RevocationRevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevocationRevokeSessionMutation = { revokeSession: { id: string } };

export type RevocationMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RevocationMeQuery = { me: { person: { id: string } } | null };

export type RevocationPersonQueryVariables = Exact<{
  id: string | number;
}>;


export type RevocationPersonQuery = { person: { roles: Array<{ id: string, role: Role }> | null } | null };

export type RevocationRevokeRoleMutationVariables = Exact<{
  id: string | number;
}>;


export type RevocationRevokeRoleMutation = { revokeRole: { id: string } };

export type FixtureRegisterSchoolMutationVariables = Exact<{
  id: string | number;
  r: string | number;
}>;


export type FixtureRegisterSchoolMutation = { registerSchool: { id: string } };

export type FixtureCreateAcademicYearMutationVariables = Exact<{
  s: string | number;
  p: Array<PeriodInput> | PeriodInput;
}>;


export type FixtureCreateAcademicYearMutation = { createAcademicYear: { id: string, periods: Array<{ id: string, name: string, kind: PeriodKind }> } };

export type FixtureCreateClassMutationVariables = Exact<{
  y: string | number;
  l: string;
}>;


export type FixtureCreateClassMutation = { createClass: { id: string, name: string } };

export type FixtureCreateSubjectMutationVariables = Exact<{
  s: string | number;
}>;


export type FixtureCreateSubjectMutation = { createSubject: { id: string } };

export type FixtureSetCurriculumItemMutationVariables = Exact<{
  y: string | number;
  s: string | number;
}>;


export type FixtureSetCurriculumItemMutation = { setCurriculumItem: { id: string } };

export type FixtureAssignTeacherMutationVariables = Exact<{
  y: string | number;
  t: string | number;
  s: string | number;
  c: string | number;
}>;


export type FixtureAssignTeacherMutation = { assignTeacher: { id: string } };

export type FixtureSetTimetableSlotMutationVariables = Exact<{
  a: string | number;
  w: number;
  n: number;
}>;


export type FixtureSetTimetableSlotMutation = { setTimetableSlot: { id: string } };

export type FixtureSetBellScheduleMutationVariables = Exact<{
  s: string | number;
}>;


export type FixtureSetBellScheduleMutation = { setBellSchedule: Array<{ lessonNumber: number }> };

export type FixtureMoveStudentMutationVariables = Exact<{
  s: string | number;
  c: string | number;
}>;


export type FixtureMoveStudentMutation = { moveStudent: { id: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const BenchIsolationGenerateLessonsDocument = new TypedDocumentString(`
    mutation BenchIsolationGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<BenchIsolationGenerateLessonsMutation, BenchIsolationGenerateLessonsMutationVariables>;
export const BenchJournalPageDocument = new TypedDocumentString(`
    query BenchJournalPage($a: ID!, $p: ID!) {
  journal(assignmentId: $a, periodId: $p) {
    hoursPerWeek
    period {
      name
    }
    lessons {
      date
      topic
    }
    rows {
      student {
        lastName
        firstName
      }
      marks {
        value
        workType
      }
      average
      suggestedFinal
      enoughMarks
    }
  }
}
    `) as unknown as TypedDocumentString<BenchJournalPageQuery, BenchJournalPageQueryVariables>;
export const BenchJournalRegisterPersonDocument = new TypedDocumentString(`
    mutation BenchJournalRegisterPerson($i: RegisterPersonInput!) {
  registerPerson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchJournalRegisterPersonMutation, BenchJournalRegisterPersonMutationVariables>;
export const BenchJournalMoveStudentDocument = new TypedDocumentString(`
    mutation BenchJournalMoveStudent($s: ID!, $c: ID!) {
  moveStudent(
    studentId: $s
    toClassId: $c
    onDate: "2026-09-01"
    order: "Приказ № 115-у"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchJournalMoveStudentMutation, BenchJournalMoveStudentMutationVariables>;
export const BenchJournalGenerateLessonsDocument = new TypedDocumentString(`
    mutation BenchJournalGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<BenchJournalGenerateLessonsMutation, BenchJournalGenerateLessonsMutationVariables>;
export const BenchJournalClassTimetableDocument = new TypedDocumentString(`
    query BenchJournalClassTimetable($c: ID!, $f: String!, $t: String!) {
  classTimetable(classId: $c, from: $f, to: $t) {
    id
    date
    status
  }
}
    `) as unknown as TypedDocumentString<BenchJournalClassTimetableQuery, BenchJournalClassTimetableQueryVariables>;
export const BenchJournalPostMarkDocument = new TypedDocumentString(`
    mutation BenchJournalPostMark($i: PostMarkInput!) {
  postMark(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<BenchJournalPostMarkMutation, BenchJournalPostMarkMutationVariables>;
export const AttendanceRecordDocument = new TypedDocumentString(`
    mutation AttendanceRecord($l: ID!, $e: [AttendanceEntryInput!]!) {
  recordAttendance(lessonId: $l, entries: $e) {
    id
    status
    lateMinutes
    timing
    current
    student {
      id
    }
    reason {
      kind
      excused
      notice {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceRecordMutation, AttendanceRecordMutationVariables>;
export const AttendanceReasonDocument = new TypedDocumentString(`
    mutation AttendanceReason($r: [ID!]!, $k: AbsenceReasonKind!) {
  setAbsenceReason(recordIds: $r, kind: $k) {
    id
    kind
    excused
  }
}
    `) as unknown as TypedDocumentString<AttendanceReasonMutation, AttendanceReasonMutationVariables>;
export const AttendanceMoveStudentDocument = new TypedDocumentString(`
    mutation AttendanceMoveStudent($s: ID!, $c: ID!) {
  moveStudent(
    studentId: $s
    toClassId: $c
    onDate: "2026-09-01"
    order: "Приказ № 113-у"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttendanceMoveStudentMutation, AttendanceMoveStudentMutationVariables>;
export const AttendanceGenerateLessonsDocument = new TypedDocumentString(`
    mutation AttendanceGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<AttendanceGenerateLessonsMutation, AttendanceGenerateLessonsMutationVariables>;
export const AttendanceClassTimetableDocument = new TypedDocumentString(`
    query AttendanceClassTimetable($c: ID!, $d: String!) {
  classTimetable(classId: $c, from: $d, to: $d) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttendanceClassTimetableQuery, AttendanceClassTimetableQueryVariables>;
export const AttendanceGrantRoleDocument = new TypedDocumentString(`
    mutation AttendanceGrantRole($i: GrantRoleInput!) {
  grantRole(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttendanceGrantRoleMutation, AttendanceGrantRoleMutationVariables>;
export const AttendanceGrantSubstitutionDocument = new TypedDocumentString(`
    mutation AttendanceGrantSubstitution($l: [ID!]!, $s: ID!) {
  grantSubstitution(lessonIds: $l, substituteId: $s, reason: "Болезнь учителя")
}
    `) as unknown as TypedDocumentString<AttendanceGrantSubstitutionMutation, AttendanceGrantSubstitutionMutationVariables>;
export const AttendanceCorrectToPresentDocument = new TypedDocumentString(`
    mutation AttendanceCorrectToPresent($r: ID!) {
  correctAttendance(
    recordId: $r
    status: PRESENT
    reason: "Ошибка: ученик был на уроке"
  ) {
    status
    current
    correctionReason
    replaces {
      id
      status
      current
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceCorrectToPresentMutation, AttendanceCorrectToPresentMutationVariables>;
export const AttendanceCorrectToLateDocument = new TypedDocumentString(`
    mutation AttendanceCorrectToLate($r: ID!) {
  correctAttendance(
    recordId: $r
    status: LATE
    lateMinutes: 12
    reason: "Уточнено по журналу дежурного"
  ) {
    lateMinutes
    timing
    approvedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceCorrectToLateMutation, AttendanceCorrectToLateMutationVariables>;
export const AttendanceNotifyDocument = new TypedDocumentString(`
    mutation AttendanceNotify($i: AbsenceNoticeInput!) {
  notifyAbsence(input: $i) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AttendanceNotifyMutation, AttendanceNotifyMutationVariables>;
export const AttendanceDecideDocument = new TypedDocumentString(`
    mutation AttendanceDecide($n: ID!, $c: Boolean!) {
  decideAbsenceNotice(noticeId: $n, confirm: $c) {
    status
    decidedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceDecideMutation, AttendanceDecideMutationVariables>;
export const AttendanceAbsenceNoticesDocument = new TypedDocumentString(`
    query AttendanceAbsenceNotices($s: ID!) {
  absenceNotices(studentId: $s) {
    status
    kind
  }
}
    `) as unknown as TypedDocumentString<AttendanceAbsenceNoticesQuery, AttendanceAbsenceNoticesQueryVariables>;
export const AttendanceWeekDocument = new TypedDocumentString(`
    query AttendanceWeek($s: ID!, $w: String!) {
  weeklyReconciliation(schoolId: $s, weekStart: $w) {
    schoolClass {
      id
    }
    absences
    withoutReason
    reconciled
  }
}
    `) as unknown as TypedDocumentString<AttendanceWeekQuery, AttendanceWeekQueryVariables>;
export const AttendanceReconcileDocument = new TypedDocumentString(`
    mutation AttendanceReconcile($c: ID!, $w: String!) {
  reconcileWeek(classId: $c, weekStart: $w) {
    weekStart
    reconciledBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceReconcileMutation, AttendanceReconcileMutationVariables>;
export const AttendanceSettingsDocument = new TypedDocumentString(`
    mutation AttendanceSettings($s: ID!, $t: Int!, $w: Int!) {
  setNonattendanceSettings(schoolId: $s, threshold: $t, windowDays: $w) {
    threshold
    windowDays
    setBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceSettingsMutation, AttendanceSettingsMutationVariables>;
export const AttendanceNonattendanceSettingsDocument = new TypedDocumentString(`
    query AttendanceNonattendanceSettings($s: ID!) {
  nonattendanceSettings(schoolId: $s) {
    threshold
    windowDays
    setBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceNonattendanceSettingsQuery, AttendanceNonattendanceSettingsQueryVariables>;
export const AttendanceNonattendanceDetectionsDocument = new TypedDocumentString(`
    query AttendanceNonattendanceDetections($s: ID!) {
  nonattendanceDetections(schoolId: $s, from: "2026-11-01", to: "2026-12-31") {
    student {
      id
    }
    windowFrom
    windowTo
    unexcusedAbsences
    threshold
  }
}
    `) as unknown as TypedDocumentString<AttendanceNonattendanceDetectionsQuery, AttendanceNonattendanceDetectionsQueryVariables>;
export const AttendanceClassAttendanceMonthDocument = new TypedDocumentString(`
    query AttendanceClassAttendanceMonth($c: ID!) {
  classAttendanceMonth(classId: $c, month: "2026-11") {
    from
    to
    rows {
      student {
        id
      }
      totals {
        lessonsMissed
        excused
        unexcused
        withoutReason
        late
        lateMinutes
      }
      bySubject {
        subject {
          id
        }
        totals {
          lessonsMissed
          late
        }
      }
    }
    totals {
      lessonsMissed
      excused
      unexcused
      late
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceClassAttendanceMonthQuery, AttendanceClassAttendanceMonthQueryVariables>;
export const AttendanceAttendanceSummaryDocument = new TypedDocumentString(`
    query AttendanceAttendanceSummary($c: ID!) {
  attendanceSummary(classId: $c, from: "2026-11-23", to: "2026-12-06") {
    rows {
      student {
        id
      }
      totals {
        lessonsMissed
        unexcused
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceAttendanceSummaryQuery, AttendanceAttendanceSummaryQueryVariables>;
export const AttendanceStudentAttendanceDocument = new TypedDocumentString(`
    query AttendanceStudentAttendance($s: ID!) {
  studentAttendance(studentId: $s, from: "2026-11-01", to: "2026-12-31") {
    records {
      lessonDate
      status
    }
    totals {
      lessonsMissed
      excused
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceStudentAttendanceQuery, AttendanceStudentAttendanceQueryVariables>;
export const AttendanceSchoolDocument = new TypedDocumentString(`
    query AttendanceSchool($s: ID!) {
  schoolAttendance(schoolId: $s, from: "2026-11-23", to: "2026-11-29") {
    lessonsHeld
    studentLessons
    totals {
      lessonsMissed
    }
    shareMissed
  }
}
    `) as unknown as TypedDocumentString<AttendanceSchoolQuery, AttendanceSchoolQueryVariables>;
export const AttendanceOpenTransferWindowDocument = new TypedDocumentString(`
    mutation AttendanceOpenTransferWindow($s: ID!) {
  openTransferWindow(
    schoolId: $s
    fromDate: "2026-12-07"
    toDate: "2026-12-07"
    reason: "Сбой сети 7 декабря"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttendanceOpenTransferWindowMutation, AttendanceOpenTransferWindowMutationVariables>;
export const AttendanceOthersAttendanceDocument = new TypedDocumentString(`
    query AttendanceOthersAttendance($s: ID!) {
  studentAttendance(studentId: $s, from: "2026-11-01", to: "2026-12-31") {
    totals {
      lessonsMissed
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceOthersAttendanceQuery, AttendanceOthersAttendanceQueryVariables>;
export const AttendanceOthersNoticesDocument = new TypedDocumentString(`
    query AttendanceOthersNotices($s: ID!) {
  absenceNotices(studentId: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttendanceOthersNoticesQuery, AttendanceOthersNoticesQueryVariables>;
export const AttendancePersonDocument = new TypedDocumentString(`
    query AttendancePerson($s: ID!) {
  person(id: $s) {
    absences(from: "2026-11-01", to: "2026-12-31") {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AttendancePersonQuery, AttendancePersonQueryVariables>;
export const AttendanceMeDocument = new TypedDocumentString(`
    query AttendanceMe {
  me {
    person {
      children {
        child {
          id
          absences(from: "2026-11-01", to: "2026-12-31") {
            status
            lessonDate
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceMeQuery, AttendanceMeQueryVariables>;
export const AttendancePostMarkDocument = new TypedDocumentString(`
    mutation AttendancePostMark($i: PostMarkInput!) {
  postMark(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<AttendancePostMarkMutation, AttendancePostMarkMutationVariables>;
export const AttendanceMyTimetableDocument = new TypedDocumentString(`
    query AttendanceMyTimetable {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    id
  }
}
    `) as unknown as TypedDocumentString<AttendanceMyTimetableQuery, AttendanceMyTimetableQueryVariables>;
export const AttendanceMyTimetable2Document = new TypedDocumentString(`
    query AttendanceMyTimetable2 {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    date
    subject {
      name
    }
    marks {
      value
      student {
        firstName
      }
    }
    attendance {
      status
      student {
        firstName
      }
      reason {
        kind
        excused
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceMyTimetable2Query, AttendanceMyTimetable2QueryVariables>;
export const AttendanceJournalDocument = new TypedDocumentString(`
    query AttendanceJournal($a: ID!, $p: ID!) {
  journal(assignmentId: $a, periodId: $p) {
    lessons {
      id
      date
      marks {
        value
      }
      attendance {
        status
        lateMinutes
        current
        student {
          lastName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceJournalQuery, AttendanceJournalQueryVariables>;
export const AttendanceVerifyAttendanceDocument = new TypedDocumentString(`
    query AttendanceVerifyAttendance($a: ID!) {
  verifyAttendance(assignmentId: $a) {
    ok
    checked
    firstBrokenRecordId
    reason
  }
}
    `) as unknown as TypedDocumentString<AttendanceVerifyAttendanceQuery, AttendanceVerifyAttendanceQueryVariables>;
export const ChainPostMarkDocument = new TypedDocumentString(`
    mutation ChainPostMark($i: PostMarkInput!) {
  postMark(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChainPostMarkMutation, ChainPostMarkMutationVariables>;
export const ChainVerifyJournalDocument = new TypedDocumentString(`
    query ChainVerifyJournal($a: ID!) {
  verifyJournal(assignmentId: $a) {
    ok
    checked
    firstBrokenMarkId
    reason
    missingTail
    checkpoint {
      status
      missingTail
      sinceCheckpoint
      checkpointCount
      checkpointHash
      checkpointAt
    }
  }
}
    `) as unknown as TypedDocumentString<ChainVerifyJournalQuery, ChainVerifyJournalQueryVariables>;
export const ChainVerifyAttendanceDocument = new TypedDocumentString(`
    query ChainVerifyAttendance($a: ID!) {
  verifyAttendance(assignmentId: $a) {
    ok
    checked
    firstBrokenRecordId
    reason
    missingTail
    checkpoint {
      status
      missingTail
      sinceCheckpoint
      checkpointCount
      checkpointHash
      checkpointAt
    }
  }
}
    `) as unknown as TypedDocumentString<ChainVerifyAttendanceQuery, ChainVerifyAttendanceQueryVariables>;
export const ChainGenerateLessonsDocument = new TypedDocumentString(`
    mutation ChainGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<ChainGenerateLessonsMutation, ChainGenerateLessonsMutationVariables>;
export const ChainClassTimetableDocument = new TypedDocumentString(`
    query ChainClassTimetable($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") {
    id
  }
}
    `) as unknown as TypedDocumentString<ChainClassTimetableQuery, ChainClassTimetableQueryVariables>;
export const ChainRecordAttendanceDocument = new TypedDocumentString(`
    mutation ChainRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) {
  recordAttendance(lessonId: $l, entries: $e) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChainRecordAttendanceMutation, ChainRecordAttendanceMutationVariables>;
export const ChainCorrectAttendanceDocument = new TypedDocumentString(`
    mutation ChainCorrectAttendance($r: ID!) {
  correctAttendance(
    recordId: $r
    status: LATE
    lateMinutes: 5
    reason: "Пришёл к середине урока"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChainCorrectAttendanceMutation, ChainCorrectAttendanceMutationVariables>;
export const ChainVerifyCurriculumAuditChainDocument = new TypedDocumentString(`
    query ChainVerifyCurriculumAuditChain($s: ID!) {
  verifyCurriculumAuditChain(schoolId: $s) {
    ok
    checked
    firstBrokenSeq
    reason
    missingTail
    checkpoint {
      status
      missingTail
      sinceCheckpoint
      checkpointCount
      checkpointHash
      checkpointAt
    }
  }
}
    `) as unknown as TypedDocumentString<ChainVerifyCurriculumAuditChainQuery, ChainVerifyCurriculumAuditChainQueryVariables>;
export const ChainNotifyAbsenceDocument = new TypedDocumentString(`
    mutation ChainNotifyAbsence($i: AbsenceNoticeInput!) {
  notifyAbsence(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChainNotifyAbsenceMutation, ChainNotifyAbsenceMutationVariables>;
export const ChainVerifyAttendanceAuditChainDocument = new TypedDocumentString(`
    query ChainVerifyAttendanceAuditChain($s: ID!) {
  verifyAttendanceAuditChain(schoolId: $s) {
    ok
    checked
    firstBrokenSeq
    reason
    missingTail
    checkpoint {
      status
      missingTail
      sinceCheckpoint
      checkpointCount
      checkpointHash
      checkpointAt
    }
  }
}
    `) as unknown as TypedDocumentString<ChainVerifyAttendanceAuditChainQuery, ChainVerifyAttendanceAuditChainQueryVariables>;
export const ChainVerifyAuditChainDocument = new TypedDocumentString(`
    query ChainVerifyAuditChain($s: ID!) {
  verifyAuditChain(schoolId: $s) {
    ok
    checked
    firstBrokenSeq
    reason
    missingTail
    checkpoint {
      status
      missingTail
      sinceCheckpoint
      checkpointCount
      checkpointHash
      checkpointAt
    }
  }
}
    `) as unknown as TypedDocumentString<ChainVerifyAuditChainQuery, ChainVerifyAuditChainQueryVariables>;
export const ChainVerifyIdentityAuditChainDocument = new TypedDocumentString(`
    query ChainVerifyIdentityAuditChain {
  verifyIdentityAuditChain(chain: SESSIONS) {
    ok
    checked
    firstBrokenSeq
    reason
    missingTail
    checkpoint {
      status
      missingTail
      sinceCheckpoint
      checkpointCount
      checkpointHash
      checkpointAt
    }
  }
}
    `) as unknown as TypedDocumentString<ChainVerifyIdentityAuditChainQuery, ChainVerifyIdentityAuditChainQueryVariables>;
export const CurriculumAdminGenerateLessonsDocument = new TypedDocumentString(`
    mutation CurriculumAdminGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminGenerateLessonsMutation, CurriculumAdminGenerateLessonsMutationVariables>;
export const CurriculumAdminClassTimetableDocument = new TypedDocumentString(`
    query CurriculumAdminClassTimetable($c: ID!, $f: String!, $t: String!) {
  classTimetable(classId: $c, from: $f, to: $t) {
    id
    date
    lessonNumber
    status
    changeReason
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminClassTimetableQuery, CurriculumAdminClassTimetableQueryVariables>;
export const CurriculumAdminImportPlanDocument = new TypedDocumentString(`
    mutation CurriculumAdminImportPlan($a: ID!, $c: String!) {
  importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) {
    plan {
      version
      totalHours
      topics {
        position
        kind
      }
    }
    errors {
      row
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminImportPlanMutation, CurriculumAdminImportPlanMutationVariables>;
export const CurriculumAdminImportPlan2Document = new TypedDocumentString(`
    mutation CurriculumAdminImportPlan2($a: ID!, $c: String!) {
  importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) {
    plan {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminImportPlan2Mutation, CurriculumAdminImportPlan2MutationVariables>;
export const CurriculumAdminChangeLessonDocument = new TypedDocumentString(`
    mutation CurriculumAdminChangeLesson($l: ID!) {
  changeLesson(lessonId: $l, cancel: true, reason: "Просто так") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminChangeLessonMutation, CurriculumAdminChangeLessonMutationVariables>;
export const CurriculumAdminChangeLesson2Document = new TypedDocumentString(`
    mutation CurriculumAdminChangeLesson2($l: ID!) {
  changeLesson(lessonId: $l, lessonNumber: 5, reason: "Экскурсия класса") {
    lessonNumber
    changeReason
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminChangeLesson2Mutation, CurriculumAdminChangeLesson2MutationVariables>;
export const CurriculumAdminChangeLesson3Document = new TypedDocumentString(`
    mutation CurriculumAdminChangeLesson3($l: ID!) {
  changeLesson(lessonId: $l, cancel: true, reason: "Карантин, приказ № 15") {
    status
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminChangeLesson3Mutation, CurriculumAdminChangeLesson3MutationVariables>;
export const CurriculumAdminAddExtraLessonDocument = new TypedDocumentString(`
    mutation CurriculumAdminAddExtraLesson($a: ID!) {
  addExtraLesson(
    assignmentId: $a
    date: "2026-11-28"
    lessonNumber: 1
    reason: "Отработка за карантин"
  ) {
    date
    status
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminAddExtraLessonMutation, CurriculumAdminAddExtraLessonMutationVariables>;
export const CurriculumAdminTimetableSlotsDocument = new TypedDocumentString(`
    query CurriculumAdminTimetableSlots($a: ID!) {
  timetableSlots(assignmentId: $a) {
    id
    weekday
    lessonNumber
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminTimetableSlotsQuery, CurriculumAdminTimetableSlotsQueryVariables>;
export const CurriculumAdminSetTimetableSlotDocument = new TypedDocumentString(`
    mutation CurriculumAdminSetTimetableSlot($a: ID!, $r: ID!) {
  setTimetableSlot(
    assignmentId: $a
    weekday: 4
    lessonNumber: 4
    room: "301"
    validFrom: "2026-12-07"
    replacesSlotId: $r
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminSetTimetableSlotMutation, CurriculumAdminSetTimetableSlotMutationVariables>;
export const CurriculumAdminGenerateLessons2Document = new TypedDocumentString(`
    mutation CurriculumAdminGenerateLessons2($y: ID!) {
  generateLessons(yearId: $y) {
    created
    cancelled
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminGenerateLessons2Mutation, CurriculumAdminGenerateLessons2MutationVariables>;
export const CurriculumAdminSetTimetableSlot2Document = new TypedDocumentString(`
    mutation CurriculumAdminSetTimetableSlot2($a: ID!) {
  setTimetableSlot(
    assignmentId: $a
    weekday: 1
    lessonNumber: 1
    validFrom: "2026-09-01"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminSetTimetableSlot2Mutation, CurriculumAdminSetTimetableSlot2MutationVariables>;
export const CurriculumAdminSchoolDocument = new TypedDocumentString(`
    query CurriculumAdminSchool($s: ID!) {
  school(id: $s) {
    years {
      periods {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminSchoolQuery, CurriculumAdminSchoolQueryVariables>;
export const CurriculumAdminChangePeriodDocument = new TypedDocumentString(`
    mutation CurriculumAdminChangePeriod($p: ID!) {
  changePeriod(
    periodId: $p
    startsOn: "2026-10-20"
    endsOn: "2026-12-28"
    orderRef: "Приказ № 200"
    reason: "Карантин"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminChangePeriodMutation, CurriculumAdminChangePeriodMutationVariables>;
export const CurriculumAdminChangePeriod2Document = new TypedDocumentString(`
    mutation CurriculumAdminChangePeriod2($p: ID!) {
  changePeriod(
    periodId: $p
    startsOn: "2026-11-04"
    endsOn: "2026-12-25"
    orderRef: "Приказ № 201 от 20.11.2026"
    reason: "Перенос каникул по карантину"
  ) {
    endsOn
    orderRef
    changeReason
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminChangePeriod2Mutation, CurriculumAdminChangePeriod2MutationVariables>;
export const CurriculumAdminGrantRoleDocument = new TypedDocumentString(`
    mutation CurriculumAdminGrantRole($i: GrantRoleInput!) {
  grantRole(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminGrantRoleMutation, CurriculumAdminGrantRoleMutationVariables>;
export const CurriculumAdminCreateGroupDocument = new TypedDocumentString(`
    mutation CurriculumAdminCreateGroup($y: ID!, $c: ID!, $m: [ID!]!) {
  createGroup(
    yearId: $y
    name: "7А — английский, группа 1"
    kind: SUBGROUP
    classId: $c
    memberIds: $m
    fromDate: "2026-11-23"
  ) {
    name
    kind
    schoolClass {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminCreateGroupMutation, CurriculumAdminCreateGroupMutationVariables>;
export const CurriculumAdminCreateGroup2Document = new TypedDocumentString(`
    mutation CurriculumAdminCreateGroup2($y: ID!, $c: ID!) {
  createGroup(
    yearId: $y
    name: "7Б — группа"
    kind: SUBGROUP
    classId: $c
    memberIds: []
    fromDate: "2026-11-23"
  ) {
    name
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminCreateGroup2Mutation, CurriculumAdminCreateGroup2MutationVariables>;
export const CurriculumAdminCreateGroup3Document = new TypedDocumentString(`
    mutation CurriculumAdminCreateGroup3($y: ID!, $c: ID!, $m: [ID!]!) {
  createGroup(
    yearId: $y
    name: "7А — группа 2"
    kind: SUBGROUP
    classId: $c
    memberIds: $m
    fromDate: "2026-11-23"
  ) {
    name
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminCreateGroup3Mutation, CurriculumAdminCreateGroup3MutationVariables>;
export const CurriculumAdminSubmitPlanDocument = new TypedDocumentString(`
    mutation CurriculumAdminSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) {
  submitPlan(assignmentId: $a, topics: $t) {
    topics {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminSubmitPlanMutation, CurriculumAdminSubmitPlanMutationVariables>;
export const CurriculumAdminRecordLessonDocument = new TypedDocumentString(`
    mutation CurriculumAdminRecordLesson($i: RecordLessonInput!) {
  recordLesson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminRecordLessonMutation, CurriculumAdminRecordLessonMutationVariables>;
export const CurriculumAdminProgrammeFulfilmentDocument = new TypedDocumentString(`
    query CurriculumAdminProgrammeFulfilment($a: ID!) {
  programmeFulfilment(assignmentId: $a) {
    plannedHours
    scheduledHours
    dueByToday
    heldHours
    plannedTopics
    coveredTopics
    planVersion
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminProgrammeFulfilmentQuery, CurriculumAdminProgrammeFulfilmentQueryVariables>;
export const CurriculumAdminProgrammeFulfilment2Document = new TypedDocumentString(`
    query CurriculumAdminProgrammeFulfilment2($a: ID!) {
  programmeFulfilment(assignmentId: $a) {
    heldHours
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminProgrammeFulfilment2Query, CurriculumAdminProgrammeFulfilment2QueryVariables>;
export const CurriculumAdminSetIndividualCurriculumItemDocument = new TypedDocumentString(`
    mutation CurriculumAdminSetIndividualCurriculumItem($y: ID!, $st: ID!, $s: ID!) {
  setIndividualCurriculumItem(
    yearId: $y
    studentId: $st
    subjectId: $s
    hoursPerYear: 68
    reason: "Обучение на дому, приказ № 77"
  ) {
    hoursPerYear
    reason
    student {
      id
    }
    subject {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminSetIndividualCurriculumItemMutation, CurriculumAdminSetIndividualCurriculumItemMutationVariables>;
export const CurriculumAdminSetIndividualCurriculumItem2Document = new TypedDocumentString(`
    mutation CurriculumAdminSetIndividualCurriculumItem2($y: ID!, $st: ID!, $s: ID!) {
  setIndividualCurriculumItem(
    yearId: $y
    studentId: $st
    subjectId: $s
    hoursPerYear: -1
    reason: "x"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminSetIndividualCurriculumItem2Mutation, CurriculumAdminSetIndividualCurriculumItem2MutationVariables>;
export const CurriculumAdminMyTimetableDocument = new TypedDocumentString(`
    query CurriculumAdminMyTimetable {
  myTimetable(from: "23.11.2026", to: "2026-11-29") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminMyTimetableQuery, CurriculumAdminMyTimetableQueryVariables>;
export const CurriculumAdminClassRosterDocument = new TypedDocumentString(`
    query CurriculumAdminClassRoster {
  classRoster(classId: "1; drop table lesson", onDate: "2026-11-23") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminClassRosterQuery, CurriculumAdminClassRosterQueryVariables>;
export const CurriculumAdminRegisterSchoolDocument = new TypedDocumentString(`
    mutation CurriculumAdminRegisterSchool($r: ID!) {
  registerSchool(
    regionId: $r
    name: "МБОУ «Школа № 2»"
    timeZone: "Asia/Novosibirsk"
    workingWeekdays: [1, 2, 3, 4, 5, 6]
  ) {
    name
    timeZone
    workingWeekdays
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminRegisterSchoolMutation, CurriculumAdminRegisterSchoolMutationVariables>;
export const CurriculumAdminRegisterSchool2Document = new TypedDocumentString(`
    mutation CurriculumAdminRegisterSchool2 {
  registerSchool(
    regionId: "01930000-0000-7000-8000-000000000002"
    name: "Школа"
    timeZone: "Europe/Moscow"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminRegisterSchool2Mutation, CurriculumAdminRegisterSchool2MutationVariables>;
export const CurriculumAdminRegisterSchool3Document = new TypedDocumentString(`
    mutation CurriculumAdminRegisterSchool3($r: ID!) {
  registerSchool(regionId: $r, name: "Школа", timeZone: "Europe/Moscow") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminRegisterSchool3Mutation, CurriculumAdminRegisterSchool3MutationVariables>;
export const CurriculumAdminRegisterSchool4Document = new TypedDocumentString(`
    mutation CurriculumAdminRegisterSchool4($r: ID!) {
  registerSchool(regionId: $r, name: "Школа № 3", timeZone: "Yekaterinburg") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminRegisterSchool4Mutation, CurriculumAdminRegisterSchool4MutationVariables>;
export const CurriculumAdminCreateGroup4Document = new TypedDocumentString(`
    mutation CurriculumAdminCreateGroup4($y: ID!, $m: [ID!]!) {
  createGroup(
    yearId: $y
    name: "Элективный курс «Финансовая грамотность»"
    kind: ELECTIVE
    memberIds: $m
    fromDate: "2026-09-01"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminCreateGroup4Mutation, CurriculumAdminCreateGroup4MutationVariables>;
export const CurriculumAdminChangeGroupMembersDocument = new TypedDocumentString(`
    mutation CurriculumAdminChangeGroupMembers($g: ID!, $r: [ID!]) {
  changeGroupMembers(groupId: $g, remove: $r, onDate: "2026-11-16") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminChangeGroupMembersMutation, CurriculumAdminChangeGroupMembersMutationVariables>;
export const CurriculumAdminGroupDocument = new TypedDocumentString(`
    query CurriculumAdminGroup($g: ID!, $d: String!) {
  group(id: $g) {
    members(onDate: $d) {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminGroupQuery, CurriculumAdminGroupQueryVariables>;
export const CurriculumAdminGroup2Document = new TypedDocumentString(`
    query CurriculumAdminGroup2($g: ID!) {
  group(id: $g) {
    members(onDate: "2026-11-16") {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminGroup2Query, CurriculumAdminGroup2QueryVariables>;
export const CurriculumAdminChangeGroupMembers2Document = new TypedDocumentString(`
    mutation CurriculumAdminChangeGroupMembers2($g: ID!, $a: [ID!]) {
  changeGroupMembers(groupId: $g, add: $a, onDate: "2026-11-23") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumAdminChangeGroupMembers2Mutation, CurriculumAdminChangeGroupMembers2MutationVariables>;
export const CurriculumSubmitPlanDocument = new TypedDocumentString(`
    mutation CurriculumSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) {
  submitPlan(assignmentId: $a, topics: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumSubmitPlanMutation, CurriculumSubmitPlanMutationVariables>;
export const CurriculumSubmitPlan2Document = new TypedDocumentString(`
    mutation CurriculumSubmitPlan2($a: ID!, $t: [PlanTopicInput!]!) {
  submitPlan(assignmentId: $a, topics: $t) {
    version
    totalHours
    late
  }
}
    `) as unknown as TypedDocumentString<CurriculumSubmitPlan2Mutation, CurriculumSubmitPlan2MutationVariables>;
export const CurriculumSubmitPlan3Document = new TypedDocumentString(`
    mutation CurriculumSubmitPlan3($a: ID!, $t: [PlanTopicInput!]!) {
  submitPlan(assignmentId: $a, topics: $t) {
    version
  }
}
    `) as unknown as TypedDocumentString<CurriculumSubmitPlan3Mutation, CurriculumSubmitPlan3MutationVariables>;
export const CurriculumImportPlanDocument = new TypedDocumentString(`
    mutation CurriculumImportPlan($a: ID!, $c: String!) {
  importPlan(assignmentId: $a, format: CSV, contentBase64: $c) {
    plan {
      id
    }
    errors {
      row
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumImportPlanMutation, CurriculumImportPlanMutationVariables>;
export const CurriculumGenerateLessonsDocument = new TypedDocumentString(`
    mutation CurriculumGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
    cancelled
  }
}
    `) as unknown as TypedDocumentString<CurriculumGenerateLessonsMutation, CurriculumGenerateLessonsMutationVariables>;
export const CurriculumGenerateLessons2Document = new TypedDocumentString(`
    mutation CurriculumGenerateLessons2($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<CurriculumGenerateLessons2Mutation, CurriculumGenerateLessons2MutationVariables>;
export const CurriculumClassTimetableDocument = new TypedDocumentString(`
    query CurriculumClassTimetable($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") {
    id
    lessonNumber
  }
}
    `) as unknown as TypedDocumentString<CurriculumClassTimetableQuery, CurriculumClassTimetableQueryVariables>;
export const CurriculumRecordLessonDocument = new TypedDocumentString(`
    mutation CurriculumRecordLesson($i: RecordLessonInput!) {
  recordLesson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumRecordLessonMutation, CurriculumRecordLessonMutationVariables>;
export const CurriculumRecordLesson2Document = new TypedDocumentString(`
    mutation CurriculumRecordLesson2($i: RecordLessonInput!) {
  recordLesson(input: $i) {
    status
    topic
    recordStatus
    conductedBy {
      lastName
    }
    homework {
      text
      student {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumRecordLesson2Mutation, CurriculumRecordLesson2MutationVariables>;
export const CurriculumRecordLesson3Document = new TypedDocumentString(`
    mutation CurriculumRecordLesson3($i: RecordLessonInput!) {
  recordLesson(input: $i) {
    recordStatus
  }
}
    `) as unknown as TypedDocumentString<CurriculumRecordLesson3Mutation, CurriculumRecordLesson3MutationVariables>;
export const CurriculumClassTimetable2Document = new TypedDocumentString(`
    query CurriculumClassTimetable2($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-25", to: "2026-11-25") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumClassTimetable2Query, CurriculumClassTimetable2QueryVariables>;
export const CurriculumClassTimetable3Document = new TypedDocumentString(`
    query CurriculumClassTimetable3($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumClassTimetable3Query, CurriculumClassTimetable3QueryVariables>;
export const CurriculumGrantSubstitutionDocument = new TypedDocumentString(`
    mutation CurriculumGrantSubstitution($l: [ID!]!, $s: ID!) {
  grantSubstitution(lessonIds: $l, substituteId: $s, reason: "Болезнь учителя")
}
    `) as unknown as TypedDocumentString<CurriculumGrantSubstitutionMutation, CurriculumGrantSubstitutionMutationVariables>;
export const CurriculumRecordLesson4Document = new TypedDocumentString(`
    mutation CurriculumRecordLesson4($i: RecordLessonInput!) {
  recordLesson(input: $i) {
    conductedBy {
      id
    }
    substitutes {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumRecordLesson4Mutation, CurriculumRecordLesson4MutationVariables>;
export const CurriculumMyTimetableDocument = new TypedDocumentString(`
    query CurriculumMyTimetable {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumMyTimetableQuery, CurriculumMyTimetableQueryVariables>;
export const CurriculumMyTimetable2Document = new TypedDocumentString(`
    query CurriculumMyTimetable2 {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    date
    schoolClass {
      name
    }
    subject {
      name
    }
    teacher {
      lastName
    }
    homework {
      text
      student {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumMyTimetable2Query, CurriculumMyTimetable2QueryVariables>;
export const CurriculumMyTimetable3Document = new TypedDocumentString(`
    query CurriculumMyTimetable3 {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    schoolClass {
      name
    }
    homework {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumMyTimetable3Query, CurriculumMyTimetable3QueryVariables>;
export const CurriculumClassTimetable4Document = new TypedDocumentString(`
    query CurriculumClassTimetable4($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-29") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumClassTimetable4Query, CurriculumClassTimetable4QueryVariables>;
export const CurriculumMyTimetable4Document = new TypedDocumentString(`
    query CurriculumMyTimetable4 {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    date
    lessonNumber
    schoolClass {
      name
    }
    startsAt
  }
}
    `) as unknown as TypedDocumentString<CurriculumMyTimetable4Query, CurriculumMyTimetable4QueryVariables>;
export const CurriculumMyTimetable5Document = new TypedDocumentString(`
    query CurriculumMyTimetable5 {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    schoolClass {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumMyTimetable5Query, CurriculumMyTimetable5QueryVariables>;
export const CurriculumJournalHeaderDocument = new TypedDocumentString(`
    query CurriculumJournalHeader($c: ID!, $s: ID!, $p: ID!) {
  journalHeader(classId: $c, subjectId: $s, periodId: $p) {
    period {
      name
      startsOn
      endsOn
    }
    lessons {
      date
      topic
      teacher {
        lastName
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurriculumJournalHeaderQuery, CurriculumJournalHeaderQueryVariables>;
export const CurriculumMoveStudentDocument = new TypedDocumentString(`
    mutation CurriculumMoveStudent($s: ID!, $c: ID!) {
  moveStudent(
    studentId: $s
    toClassId: $c
    onDate: "2026-12-01"
    order: "Приказ № 140-у"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumMoveStudentMutation, CurriculumMoveStudentMutationVariables>;
export const CurriculumClassRosterDocument = new TypedDocumentString(`
    query CurriculumClassRoster($c: ID!, $d: String!) {
  classRoster(classId: $c, onDate: $d) {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumClassRosterQuery, CurriculumClassRosterQueryVariables>;
export const CurriculumEnrolmentHistoryDocument = new TypedDocumentString(`
    query CurriculumEnrolmentHistory($s: ID!) {
  enrolmentHistory(studentId: $s) {
    schoolClass {
      name
    }
    startsOn
    endsOn
    endReason
  }
}
    `) as unknown as TypedDocumentString<CurriculumEnrolmentHistoryQuery, CurriculumEnrolmentHistoryQueryVariables>;
export const CurriculumClassRoster2Document = new TypedDocumentString(`
    query CurriculumClassRoster2($c: ID!) {
  classRoster(classId: $c, onDate: "2026-11-23") {
    id
  }
}
    `) as unknown as TypedDocumentString<CurriculumClassRoster2Query, CurriculumClassRoster2QueryVariables>;
export const EsiaLoginDocument = new TypedDocumentString(`
    mutation EsiaLogin($i: LoginInput!) {
  login(input: $i) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<EsiaLoginMutation, EsiaLoginMutationVariables>;
export const EsiaCompleteEsiaLoginDocument = new TypedDocumentString(`
    mutation EsiaCompleteEsiaLogin($c: String!) {
  completeEsiaLogin(code: $c) {
    accessToken
    viewer {
      session {
        authMethod
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EsiaCompleteEsiaLoginMutation, EsiaCompleteEsiaLoginMutationVariables>;
export const EsiaMyChildrenDocument = new TypedDocumentString(`
    query EsiaMyChildren {
  me {
    person {
      id
      lastName
      firstName
      children {
        verified
        source
        esiaConfirmedAt
        child {
          firstName
        }
      }
    }
    roles {
      role
      classId
    }
    session {
      authMethod
    }
  }
}
    `) as unknown as TypedDocumentString<EsiaMyChildrenQuery, EsiaMyChildrenQueryVariables>;
export const EsiaRegisterPersonDocument = new TypedDocumentString(`
    mutation EsiaRegisterPerson($i: RegisterPersonInput!) {
  registerPerson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<EsiaRegisterPersonMutation, EsiaRegisterPersonMutationVariables>;
export const EsiaPersonDocument = new TypedDocumentString(`
    query EsiaPerson($id: ID!) {
  person(id: $id) {
    firstName
    birthDate
  }
}
    `) as unknown as TypedDocumentString<EsiaPersonQuery, EsiaPersonQueryVariables>;
export const EsiaPerson2Document = new TypedDocumentString(`
    query EsiaPerson2($id: ID!) {
  person(id: $id) {
    parents {
      id
      verified
      source
    }
  }
}
    `) as unknown as TypedDocumentString<EsiaPerson2Query, EsiaPerson2QueryVariables>;
export const EsiaVerifyParentLinkDocument = new TypedDocumentString(`
    mutation EsiaVerifyParentLink($id: ID!) {
  verifyParentLink(id: $id) {
    verified
  }
}
    `) as unknown as TypedDocumentString<EsiaVerifyParentLinkMutation, EsiaVerifyParentLinkMutationVariables>;
export const EsiaCompleteEsiaLogin2Document = new TypedDocumentString(`
    mutation EsiaCompleteEsiaLogin2($c: String!) {
  completeEsiaLogin(code: $c) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<EsiaCompleteEsiaLogin2Mutation, EsiaCompleteEsiaLogin2MutationVariables>;
export const EsiaIssueTemporaryCredentialsDocument = new TypedDocumentString(`
    mutation EsiaIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) {
  issueTemporaryCredentials(input: $i) {
    login
    password
  }
}
    `) as unknown as TypedDocumentString<EsiaIssueTemporaryCredentialsMutation, EsiaIssueTemporaryCredentialsMutationVariables>;
export const EsiaMeDocument = new TypedDocumentString(`
    query EsiaMe {
  me {
    person {
      lastName
    }
    session {
      authMethod
    }
  }
}
    `) as unknown as TypedDocumentString<EsiaMeQuery, EsiaMeQueryVariables>;
export const LimitsGenerateLessonsDocument = new TypedDocumentString(`
    mutation LimitsGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<LimitsGenerateLessonsMutation, LimitsGenerateLessonsMutationVariables>;
export const LimitsMyTimetableDocument = new TypedDocumentString(`
    query LimitsMyTimetable {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    date
    subject {
      name
    }
    marks {
      value
      student {
        firstName
      }
    }
    attendance {
      status
      student {
        firstName
      }
      reason {
        kind
        excused
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsMyTimetableQuery, LimitsMyTimetableQueryVariables>;
export const LimitsJournalDocument = new TypedDocumentString(`
    query LimitsJournal($a: ID!, $p: ID!) {
  journal(assignmentId: $a, periodId: $p) {
    hoursPerWeek
    period {
      name
    }
    lessons {
      id
      date
      marks {
        value
      }
      attendance {
        status
        lateMinutes
        current
        student {
          lastName
        }
      }
    }
    rows {
      student {
        lastName
        firstName
      }
      marks {
        value
        workType
      }
      average
      suggestedFinal
      enoughMarks
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsJournalQuery, LimitsJournalQueryVariables>;
export const LimitsMyTimetable2Document = new TypedDocumentString(`
    query LimitsMyTimetable2($f: String!, $t: String!) {
  myTimetable(from: $f, to: $t) {
    id
    date
  }
}
    `) as unknown as TypedDocumentString<LimitsMyTimetable2Query, LimitsMyTimetable2QueryVariables>;
export const LimitsPersonDocument = new TypedDocumentString(`
    query LimitsPerson($id: ID!) {
  person(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsPersonQuery, LimitsPersonQueryVariables>;
export const LimitsSlowTimetableDocument = new TypedDocumentString(`
    query LimitsSlowTimetable {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    id
  }
}
    `) as unknown as TypedDocumentString<LimitsSlowTimetableQuery, LimitsSlowTimetableQueryVariables>;
export const LimitsTypenameDocument = new TypedDocumentString(`
    query LimitsTypename {
  __typename
}
    `) as unknown as TypedDocumentString<LimitsTypenameQuery, LimitsTypenameQueryVariables>;
export const LimitsMyLastNameDocument = new TypedDocumentString(`
    query LimitsMyLastName {
  me {
    person {
      lastName
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsMyLastNameQuery, LimitsMyLastNameQueryVariables>;
export const SecurityMeDocument = new TypedDocumentString(`
    query SecurityMe {
  me {
    person {
      lastName
      children {
        child {
          firstName
        }
      }
    }
    roles {
      role
    }
    session {
      current
      authMethod
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityMeQuery, SecurityMeQueryVariables>;
export const SecurityMe2Document = new TypedDocumentString(`
    query SecurityMe2 {
  me {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityMe2Query, SecurityMe2QueryVariables>;
export const SecurityLoginDocument = new TypedDocumentString(`
    mutation SecurityLogin {
  login(input: {login: "director", password: "demo-dnevnik-2026"}) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<SecurityLoginMutation, SecurityLoginMutationVariables>;
export const WorksPostDocument = new TypedDocumentString(`
    mutation WorksPost($i: PostMarkInput!) {
  postMark(input: $i) {
    id
    value
    scale
    fivePointValue
    weight
    timing
    title
    lesson {
      id
    }
    pairPart
    pairedWith {
      value
      pairPart
    }
    approvedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorksPostMutation, WorksPostMutationVariables>;
export const WorksSettingsDocument = new TypedDocumentString(`
    mutation WorksSettings($i: GradingSettingsInput!) {
  setGradingSettings(input: $i) {
    weights {
      workType
      weight
    }
    minMarksUpTo2Hours
    minMarksMoreHours
    subjectScales {
      subjectId
      scale
    }
    setBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorksSettingsMutation, WorksSettingsMutationVariables>;
export const WorksClassTimetableDocument = new TypedDocumentString(`
    query WorksClassTimetable($c: ID!, $d: String!) {
  classTimetable(classId: $c, from: $d, to: $d) {
    id
    subject {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorksClassTimetableQuery, WorksClassTimetableQueryVariables>;
export const WorksGenerateLessonsDocument = new TypedDocumentString(`
    mutation WorksGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<WorksGenerateLessonsMutation, WorksGenerateLessonsMutationVariables>;
export const WorksStudentMarksDocument = new TypedDocumentString(`
    query WorksStudentMarks($s: ID!) {
  studentMarks(studentId: $s, from: "2026-11-20", to: "2026-11-20") {
    title
    lesson {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorksStudentMarksQuery, WorksStudentMarksQueryVariables>;
export const WorksPermitLateEntryDocument = new TypedDocumentString(`
    mutation WorksPermitLateEntry($a: ID!) {
  permitLateEntry(
    assignmentId: $a
    workDate: "2026-11-10"
    reason: "Работы проверял другой учитель"
  ) {
    validUntil
  }
}
    `) as unknown as TypedDocumentString<WorksPermitLateEntryMutation, WorksPermitLateEntryMutationVariables>;
export const WorksOpenTransferWindowDocument = new TypedDocumentString(`
    mutation WorksOpenTransferWindow($s: ID!) {
  openTransferWindow(
    schoolId: $s
    fromDate: "2026-11-16"
    toDate: "2026-11-18"
    reason: "Сбой сети 16–18 ноября"
  ) {
    id
    closesAt
  }
}
    `) as unknown as TypedDocumentString<WorksOpenTransferWindowMutation, WorksOpenTransferWindowMutationVariables>;
export const WorksGradingSettingsDocument = new TypedDocumentString(`
    query WorksGradingSettings($s: ID!) {
  gradingSettings(schoolId: $s) {
    minMarksUpTo2Hours
    minMarksMoreHours
    setAt
  }
}
    `) as unknown as TypedDocumentString<WorksGradingSettingsQuery, WorksGradingSettingsQueryVariables>;
export const WorksGradingSettings2Document = new TypedDocumentString(`
    query WorksGradingSettings2($s: ID!) {
  gradingSettings(schoolId: $s) {
    minMarksUpTo2Hours
  }
}
    `) as unknown as TypedDocumentString<WorksGradingSettings2Query, WorksGradingSettings2QueryVariables>;
export const WorksJournalDocument = new TypedDocumentString(`
    query WorksJournal($a: ID!, $p: ID!) {
  journal(assignmentId: $a, periodId: $p) {
    rows {
      requiredMarks
    }
  }
}
    `) as unknown as TypedDocumentString<WorksJournalQuery, WorksJournalQueryVariables>;
export const WorksCreateSubjectDocument = new TypedDocumentString(`
    mutation WorksCreateSubject($s: ID!) {
  createSubject(schoolId: $s, name: "Музыка") {
    id
  }
}
    `) as unknown as TypedDocumentString<WorksCreateSubjectMutation, WorksCreateSubjectMutationVariables>;
export const WorksAssignTeacherDocument = new TypedDocumentString(`
    mutation WorksAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) {
  assignTeacher(
    yearId: $y
    teacherId: $t
    subjectId: $s
    classId: $c
    startsOn: "2026-09-01"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorksAssignTeacherMutation, WorksAssignTeacherMutationVariables>;
export const WorksSetTimetableSlotDocument = new TypedDocumentString(`
    mutation WorksSetTimetableSlot($a: ID!) {
  setTimetableSlot(
    assignmentId: $a
    weekday: 1
    lessonNumber: 4
    validFrom: "2026-09-01"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorksSetTimetableSlotMutation, WorksSetTimetableSlotMutationVariables>;
export const WorksClassTimetable2Document = new TypedDocumentString(`
    query WorksClassTimetable2($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") {
    id
    subject {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WorksClassTimetable2Query, WorksClassTimetable2QueryVariables>;
export const WorksSchoolDocument = new TypedDocumentString(`
    query WorksSchool($s: ID!) {
  school(id: $s) {
    years {
      periods {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorksSchoolQuery, WorksSchoolQueryVariables>;
export const WorksGrantRoleDocument = new TypedDocumentString(`
    mutation WorksGrantRole($i: GrantRoleInput!) {
  grantRole(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<WorksGrantRoleMutation, WorksGrantRoleMutationVariables>;
export const WorksSetFinalDocument = new TypedDocumentString(`
    mutation WorksSetFinal($i: SetFinalInput!) {
  setFinal(input: $i) {
    kind
    value
    suggested
    average
    enoughMarks
  }
}
    `) as unknown as TypedDocumentString<WorksSetFinalMutation, WorksSetFinalMutationVariables>;
export const WorksStudentFinalsDocument = new TypedDocumentString(`
    query WorksStudentFinals($s: ID!) {
  studentFinals(studentId: $s) {
    kind
    value
    period {
      id
    }
    enteredBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WorksStudentFinalsQuery, WorksStudentFinalsQueryVariables>;
export const WorksStudentFinals2Document = new TypedDocumentString(`
    query WorksStudentFinals2($s: ID!) {
  studentFinals(studentId: $s) {
    kind
  }
}
    `) as unknown as TypedDocumentString<WorksStudentFinals2Query, WorksStudentFinals2QueryVariables>;
export const GradebookPostDocument = new TypedDocumentString(`
    mutation GradebookPost($i: PostMarkInput!) {
  postMark(input: $i) {
    id
    value
    timing
    current
  }
}
    `) as unknown as TypedDocumentString<GradebookPostMutation, GradebookPostMutationVariables>;
export const GradebookGenerateLessonsDocument = new TypedDocumentString(`
    mutation GradebookGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<GradebookGenerateLessonsMutation, GradebookGenerateLessonsMutationVariables>;
export const GradebookClassTimetableDocument = new TypedDocumentString(`
    query GradebookClassTimetable($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookClassTimetableQuery, GradebookClassTimetableQueryVariables>;
export const GradebookClassTimetable2Document = new TypedDocumentString(`
    query GradebookClassTimetable2($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-25", to: "2026-11-25") {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookClassTimetable2Query, GradebookClassTimetable2QueryVariables>;
export const GradebookPermitLateEntryDocument = new TypedDocumentString(`
    mutation GradebookPermitLateEntry($l: ID!) {
  permitLateEntry(lessonId: $l, reason: "Учитель болел, справка") {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookPermitLateEntryMutation, GradebookPermitLateEntryMutationVariables>;
export const GradebookPermitLateEntry2Document = new TypedDocumentString(`
    mutation GradebookPermitLateEntry2($l: ID!) {
  permitLateEntry(lessonId: $l, reason: "Учитель болел, справка") {
    validUntil
  }
}
    `) as unknown as TypedDocumentString<GradebookPermitLateEntry2Mutation, GradebookPermitLateEntry2MutationVariables>;
export const GradebookPostMarkDocument = new TypedDocumentString(`
    mutation GradebookPostMark($i: PostMarkInput!) {
  postMark(input: $i) {
    timing
    approvedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GradebookPostMarkMutation, GradebookPostMarkMutationVariables>;
export const GradebookCreateClassDocument = new TypedDocumentString(`
    mutation GradebookCreateClass($y: ID!) {
  createClass(yearId: $y, grade: 1, letter: "А") {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookCreateClassMutation, GradebookCreateClassMutationVariables>;
export const GradebookAssignTeacherDocument = new TypedDocumentString(`
    mutation GradebookAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) {
  assignTeacher(
    yearId: $y
    teacherId: $t
    subjectId: $s
    classId: $c
    startsOn: "2026-09-01"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookAssignTeacherMutation, GradebookAssignTeacherMutationVariables>;
export const GradebookSetTimetableSlotDocument = new TypedDocumentString(`
    mutation GradebookSetTimetableSlot($a: ID!) {
  setTimetableSlot(
    assignmentId: $a
    weekday: 1
    lessonNumber: 5
    validFrom: "2026-09-01"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookSetTimetableSlotMutation, GradebookSetTimetableSlotMutationVariables>;
export const GradebookMoveStudentDocument = new TypedDocumentString(`
    mutation GradebookMoveStudent($s: ID!, $c: ID!) {
  moveStudent(
    studentId: $s
    toClassId: $c
    onDate: "2026-09-01"
    order: "Приказ № 1"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookMoveStudentMutation, GradebookMoveStudentMutationVariables>;
export const GradebookCorrectMarkDocument = new TypedDocumentString(`
    mutation GradebookCorrectMark($m: ID!) {
  correctMark(markId: $m, value: "3", reason: "Ошибка ввода: в тетради «3»") {
    value
    replaces {
      id
      value
      current
    }
    correctionReason
  }
}
    `) as unknown as TypedDocumentString<GradebookCorrectMarkMutation, GradebookCorrectMarkMutationVariables>;
export const GradebookCorrectMark2Document = new TypedDocumentString(`
    mutation GradebookCorrectMark2($m: ID!) {
  correctMark(markId: $m, value: "5", reason: "Пересмотр работы") {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookCorrectMark2Mutation, GradebookCorrectMark2MutationVariables>;
export const GradebookCorrectMark3Document = new TypedDocumentString(`
    mutation GradebookCorrectMark3($m: ID!) {
  correctMark(markId: $m, value: "5", reason: "Апелляция, решение комиссии") {
    value
    approvedBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GradebookCorrectMark3Mutation, GradebookCorrectMark3MutationVariables>;
export const GradebookVerifyJournalDocument = new TypedDocumentString(`
    query GradebookVerifyJournal($a: ID!) {
  verifyJournal(assignmentId: $a) {
    ok
    checked
    firstBrokenMarkId
    reason
  }
}
    `) as unknown as TypedDocumentString<GradebookVerifyJournalQuery, GradebookVerifyJournalQueryVariables>;
export const GradebookStudentMarksDocument = new TypedDocumentString(`
    query GradebookStudentMarks($s: ID!) {
  studentMarks(studentId: $s, from: "2026-11-01", to: "2026-11-30") {
    value
  }
}
    `) as unknown as TypedDocumentString<GradebookStudentMarksQuery, GradebookStudentMarksQueryVariables>;
export const GradebookMyTimetableDocument = new TypedDocumentString(`
    query GradebookMyTimetable {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookMyTimetableQuery, GradebookMyTimetableQueryVariables>;
export const GradebookMyTimetable2Document = new TypedDocumentString(`
    query GradebookMyTimetable2 {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    date
    subject {
      name
    }
    topic
    homework {
      text
    }
    marks {
      value
      workType
      student {
        firstName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradebookMyTimetable2Query, GradebookMyTimetable2QueryVariables>;
export const GradebookForecastDocument = new TypedDocumentString(`
    query GradebookForecast($s: ID!, $a: ID!, $p: ID!) {
  forecast(studentId: $s, assignmentId: $a, periodId: $p, target: 5) {
    predicted
    count
    required
    missing
    remainingLessons
    marksToReach
  }
}
    `) as unknown as TypedDocumentString<GradebookForecastQuery, GradebookForecastQueryVariables>;
export const GradebookForecast2Document = new TypedDocumentString(`
    query GradebookForecast2($s: ID!, $a: ID!, $p: ID!) {
  forecast(studentId: $s, assignmentId: $a, periodId: $p) {
    predicted
  }
}
    `) as unknown as TypedDocumentString<GradebookForecast2Query, GradebookForecast2QueryVariables>;
export const GradebookRecordLessonDocument = new TypedDocumentString(`
    mutation GradebookRecordLesson($i: RecordLessonInput!) {
  recordLesson(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookRecordLessonMutation, GradebookRecordLessonMutationVariables>;
export const GradebookJournalDocument = new TypedDocumentString(`
    query GradebookJournal($a: ID!, $p: ID!) {
  journal(assignmentId: $a, periodId: $p) {
    hoursPerWeek
    period {
      name
      startsOn
    }
    lessons {
      date
      topic
    }
    rows {
      student {
        lastName
        firstName
      }
      marks {
        value
        workType
        current
      }
      average
      suggestedFinal
      enoughMarks
      requiredMarks
    }
  }
}
    `) as unknown as TypedDocumentString<GradebookJournalQuery, GradebookJournalQueryVariables>;
export const GradebookArchiveJournalDocument = new TypedDocumentString(`
    query GradebookArchiveJournal($a: ID!, $p: ID!) {
  journal(assignmentId: $a, periodId: $p) {
    lessons {
      id
      date
      lessonNumber
      topic
      homework {
        text
      }
      attendance {
        student {
          id
        }
        status
      }
    }
    rows {
      student {
        id
        lastName
        firstName
        middleName
      }
      marks {
        id
        lessonDate
        value
        workType
        current
      }
      average
      final {
        value
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradebookArchiveJournalQuery, GradebookArchiveJournalQueryVariables>;
export const GradebookArchiveSchoolDocument = new TypedDocumentString(`
    query GradebookArchiveSchool($s: ID!) {
  school(id: $s) {
    name
    years {
      id
      periods {
        name
      }
      classes {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradebookArchiveSchoolQuery, GradebookArchiveSchoolQueryVariables>;
export const GradebookArchivePostDocument = new TypedDocumentString(`
    mutation GradebookArchivePost($i: PostMarkInput!) {
  postMark(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookArchivePostMutation, GradebookArchivePostMutationVariables>;
export const GradebookArchiveMeDocument = new TypedDocumentString(`
    query GradebookArchiveMe {
  me {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GradebookArchiveMeQuery, GradebookArchiveMeQueryVariables>;
export const GradebookSetFinalDocument = new TypedDocumentString(`
    mutation GradebookSetFinal($i: SetFinalInput!) {
  setFinal(input: $i) {
    value
    deferredReason
    deferredUntil
    timing
    suggested
  }
}
    `) as unknown as TypedDocumentString<GradebookSetFinalMutation, GradebookSetFinalMutationVariables>;
export const GradebookGrantRoleDocument = new TypedDocumentString(`
    mutation GradebookGrantRole($i: GrantRoleInput!) {
  grantRole(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<GradebookGrantRoleMutation, GradebookGrantRoleMutationVariables>;
export const GradebookSchoolDocument = new TypedDocumentString(`
    query GradebookSchool($s: ID!) {
  school(id: $s) {
    years {
      periods {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradebookSchoolQuery, GradebookSchoolQueryVariables>;
export const HardeningStartThreadDocument = new TypedDocumentString(`
    mutation HardeningStartThread($i: StartThreadInput!) {
  startThread(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<HardeningStartThreadMutation, HardeningStartThreadMutationVariables>;
export const HardeningSetNotificationPreferencesDocument = new TypedDocumentString(`
    mutation HardeningSetNotificationPreferences($i: NotificationPreferencesInput!) {
  setNotificationPreferences(input: $i) {
    email
  }
}
    `) as unknown as TypedDocumentString<HardeningSetNotificationPreferencesMutation, HardeningSetNotificationPreferencesMutationVariables>;
export const HardeningPersonDocument = new TypedDocumentString(`
    query HardeningPerson {
  person(id: "1 or 1=1") {
    id
  }
}
    `) as unknown as TypedDocumentString<HardeningPersonQuery, HardeningPersonQueryVariables>;
export const HardeningSchoolDocument = new TypedDocumentString(`
    query HardeningSchool {
  school(id: "school-1") {
    id
  }
}
    `) as unknown as TypedDocumentString<HardeningSchoolQuery, HardeningSchoolQueryVariables>;
export const HardeningJournalDocument = new TypedDocumentString(`
    query HardeningJournal {
  journal(assignmentId: "x", periodId: "y") {
    hoursPerWeek
  }
}
    `) as unknown as TypedDocumentString<HardeningJournalQuery, HardeningJournalQueryVariables>;
export const HardeningClassAttendanceMonthDocument = new TypedDocumentString(`
    query HardeningClassAttendanceMonth {
  classAttendanceMonth(classId: "7а", month: "2026-09") {
    from
  }
}
    `) as unknown as TypedDocumentString<HardeningClassAttendanceMonthQuery, HardeningClassAttendanceMonthQueryVariables>;
export const HardeningThreadDocument = new TypedDocumentString(`
    query HardeningThread {
  thread(id: "42") {
    id
  }
}
    `) as unknown as TypedDocumentString<HardeningThreadQuery, HardeningThreadQueryVariables>;
export const HardeningLoginDocument = new TypedDocumentString(`
    mutation HardeningLogin($i: LoginInput!) {
  login(input: $i) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<HardeningLoginMutation, HardeningLoginMutationVariables>;
export const HarnessLoginDocument = new TypedDocumentString(`
    mutation HarnessLogin($i: LoginInput!) {
  login(input: $i) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<HarnessLoginMutation, HarnessLoginMutationVariables>;
export const HarnessArchiveTokenDocument = new TypedDocumentString(`
    mutation HarnessArchiveToken($a: String!, $s: ID!) {
  issueServiceToken(clientAssertion: $a, schoolId: $s) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<HarnessArchiveTokenMutation, HarnessArchiveTokenMutationVariables>;
export const IdentityLoginTokensDocument = new TypedDocumentString(`
    mutation IdentityLoginTokens($i: LoginInput!) {
  login(input: $i) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<IdentityLoginTokensMutation, IdentityLoginTokensMutationVariables>;
export const IdentityRegisterPersonDocument = new TypedDocumentString(`
    mutation IdentityRegisterPerson($i: RegisterPersonInput!) {
  registerPerson(input: $i) {
    id
    lastName
  }
}
    `) as unknown as TypedDocumentString<IdentityRegisterPersonMutation, IdentityRegisterPersonMutationVariables>;
export const IdentityPersonDocument = new TypedDocumentString(`
    query IdentityPerson($id: ID!) {
  person(id: $id) {
    firstName
    birthDate
  }
}
    `) as unknown as TypedDocumentString<IdentityPersonQuery, IdentityPersonQueryVariables>;
export const IdentityMeDocument = new TypedDocumentString(`
    query IdentityMe {
  me {
    session {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityMeQuery, IdentityMeQueryVariables>;
export const IdentityPerson2Document = new TypedDocumentString(`
    query IdentityPerson2 {
  person(id: "01930000-0000-7000-8000-000000001005") {
    lastName
    birthDate
    roles {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityPerson2Query, IdentityPerson2QueryVariables>;
export const IdentityRefreshSessionDocument = new TypedDocumentString(`
    mutation IdentityRefreshSession($t: String!) {
  refreshSession(refreshToken: $t) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<IdentityRefreshSessionMutation, IdentityRefreshSessionMutationVariables>;
export const IdentityRefreshSession2Document = new TypedDocumentString(`
    mutation IdentityRefreshSession2($t: String!) {
  refreshSession(refreshToken: $t) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<IdentityRefreshSession2Mutation, IdentityRefreshSession2MutationVariables>;
export const IdentityMe2Document = new TypedDocumentString(`
    query IdentityMe2 {
  me {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityMe2Query, IdentityMe2QueryVariables>;
export const IdentityMySessionsDocument = new TypedDocumentString(`
    query IdentityMySessions {
  mySessions {
    id
    current
    authMethod
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<IdentityMySessionsQuery, IdentityMySessionsQueryVariables>;
export const IdentityLogoutDocument = new TypedDocumentString(`
    mutation IdentityLogout {
  logout
}
    `) as unknown as TypedDocumentString<IdentityLogoutMutation, IdentityLogoutMutationVariables>;
export const IdentityIssueTemporaryCredentialsDocument = new TypedDocumentString(`
    mutation IdentityIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) {
  issueTemporaryCredentials(input: $i) {
    login
    password
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<IdentityIssueTemporaryCredentialsMutation, IdentityIssueTemporaryCredentialsMutationVariables>;
export const IdentityMe3Document = new TypedDocumentString(`
    query IdentityMe3 {
  me {
    person {
      firstName
    }
    session {
      authMethod
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityMe3Query, IdentityMe3QueryVariables>;
export const IdentityMe4Document = new TypedDocumentString(`
    query IdentityMe4 {
  me {
    person {
      id
    }
    roles {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityMe4Query, IdentityMe4QueryVariables>;
export const IdentityPerson3Document = new TypedDocumentString(`
    query IdentityPerson3($id: ID!) {
  person(id: $id) {
    roles {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<IdentityPerson3Query, IdentityPerson3QueryVariables>;
export const IdentityRevokeRoleDocument = new TypedDocumentString(`
    mutation IdentityRevokeRole($id: ID!) {
  revokeRole(id: $id, reason: "Увольнение, приказ №5") {
    id
  }
}
    `) as unknown as TypedDocumentString<IdentityRevokeRoleMutation, IdentityRevokeRoleMutationVariables>;
export const IdentityVerifyAuditChainDocument = new TypedDocumentString(`
    query IdentityVerifyAuditChain($s: ID!) {
  verifyAuditChain(schoolId: $s) {
    ok
    checked
    firstBrokenSeq
    reason
  }
}
    `) as unknown as TypedDocumentString<IdentityVerifyAuditChainQuery, IdentityVerifyAuditChainQueryVariables>;
export const IdentityVerifyAuditChain2Document = new TypedDocumentString(`
    query IdentityVerifyAuditChain2($s: ID!) {
  verifyAuditChain(schoolId: $s) {
    ok
  }
}
    `) as unknown as TypedDocumentString<IdentityVerifyAuditChain2Query, IdentityVerifyAuditChain2QueryVariables>;
export const IdentityGrantRoleDocument = new TypedDocumentString(`
    mutation IdentityGrantRole($i: GrantRoleInput!) {
  grantRole(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<IdentityGrantRoleMutation, IdentityGrantRoleMutationVariables>;
export const IdentityLoginDocument = new TypedDocumentString(`
    mutation IdentityLogin {
  login(input: {login: "x", password: "y"}) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<IdentityLoginMutation, IdentityLoginMutationVariables>;
export const RecordsRecordLessonDocument = new TypedDocumentString(`
    mutation RecordsRecordLesson($i: RecordLessonInput!) {
  recordLesson(input: $i) {
    topic
    material
    workType
    recordStatus
    homework {
      id
      text
      dueOn
      revision
    }
  }
}
    `) as unknown as TypedDocumentString<RecordsRecordLessonMutation, RecordsRecordLessonMutationVariables>;
export const RecordsClassTimetableDocument = new TypedDocumentString(`
    query RecordsClassTimetable($c: ID!, $d: String!) {
  classTimetable(classId: $c, from: $d, to: $d) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordsClassTimetableQuery, RecordsClassTimetableQueryVariables>;
export const RecordsMyNotificationsDocument = new TypedDocumentString(`
    query RecordsMyNotifications {
  myNotifications(first: 200) {
    kind
    title
    body
    lesson {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordsMyNotificationsQuery, RecordsMyNotificationsQueryVariables>;
export const RecordsGenerateLessonsDocument = new TypedDocumentString(`
    mutation RecordsGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<RecordsGenerateLessonsMutation, RecordsGenerateLessonsMutationVariables>;
export const RecordsMyTimetableDocument = new TypedDocumentString(`
    query RecordsMyTimetable($d: String!) {
  myTimetable(from: $d, to: $d) {
    id
    topic
    material
    workType
    homework {
      text
      dueOn
      revision
    }
  }
}
    `) as unknown as TypedDocumentString<RecordsMyTimetableQuery, RecordsMyTimetableQueryVariables>;
export const RecordsUpdateHomeworkDocument = new TypedDocumentString(`
    mutation RecordsUpdateHomework($id: ID!, $i: UpdateHomeworkInput!) {
  updateHomework(id: $id, input: $i) {
    id
    text
    dueOn
    revision
    changedAt
  }
}
    `) as unknown as TypedDocumentString<RecordsUpdateHomeworkMutation, RecordsUpdateHomeworkMutationVariables>;
export const RecordsRemoveHomeworkDocument = new TypedDocumentString(`
    mutation RecordsRemoveHomework($id: ID!) {
  removeHomework(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordsRemoveHomeworkMutation, RecordsRemoveHomeworkMutationVariables>;
export const RecordsRemoveHomework2Document = new TypedDocumentString(`
    mutation RecordsRemoveHomework2($id: ID!) {
  removeHomework(id: $id) {
    id
    homework {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordsRemoveHomework2Mutation, RecordsRemoveHomework2MutationVariables>;
export const RecordsMyTimetable2Document = new TypedDocumentString(`
    query RecordsMyTimetable2($d: String!) {
  myTimetable(from: $d, to: $d) {
    id
    homework {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RecordsMyTimetable2Query, RecordsMyTimetable2QueryVariables>;
export const RecordsOpenTransferWindowDocument = new TypedDocumentString(`
    mutation RecordsOpenTransferWindow($s: ID!) {
  openTransferWindow(
    schoolId: $s
    fromDate: "2026-11-16"
    toDate: "2026-11-18"
    reason: "Сбой сети 16–18 ноября"
  ) {
    id
    closesAt
  }
}
    `) as unknown as TypedDocumentString<RecordsOpenTransferWindowMutation, RecordsOpenTransferWindowMutationVariables>;
export const RecordsOutageTimetableDocument = new TypedDocumentString(`
    query RecordsOutageTimetable($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-16", to: "2026-11-16") {
    topic
    recordStatus
  }
}
    `) as unknown as TypedDocumentString<RecordsOutageTimetableQuery, RecordsOutageTimetableQueryVariables>;
export const ThrottleLoginDocument = new TypedDocumentString(`
    mutation ThrottleLogin($i: LoginInput!) {
  login(input: $i) {
    accessToken
  }
}
    `) as unknown as TypedDocumentString<ThrottleLoginMutation, ThrottleLoginMutationVariables>;
export const ThrottleMeDocument = new TypedDocumentString(`
    query ThrottleMe {
  me {
    person {
      lastName
    }
  }
}
    `) as unknown as TypedDocumentString<ThrottleMeQuery, ThrottleMeQueryVariables>;
export const MessagingPostDocument = new TypedDocumentString(`
    mutation MessagingPost($i: PostMarkInput!) {
  postMark(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingPostMutation, MessagingPostMutationVariables>;
export const MessagingPrefsDocument = new TypedDocumentString(`
    mutation MessagingPrefs($i: NotificationPreferencesInput!) {
  setNotificationPreferences(input: $i) {
    email
    phone
    smsEnabled
  }
}
    `) as unknown as TypedDocumentString<MessagingPrefsMutation, MessagingPrefsMutationVariables>;
export const MessagingGenerateLessonsDocument = new TypedDocumentString(`
    mutation MessagingGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<MessagingGenerateLessonsMutation, MessagingGenerateLessonsMutationVariables>;
export const MessagingClassTimetableDocument = new TypedDocumentString(`
    query MessagingClassTimetable($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingClassTimetableQuery, MessagingClassTimetableQueryVariables>;
export const MessagingNotificationsListDocument = new TypedDocumentString(`
    query MessagingNotificationsList {
  myNotifications(first: 200) {
    kind
    title
    read
    student {
      id
    }
    lesson {
      id
    }
    deliveries {
      channel
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MessagingNotificationsListQuery, MessagingNotificationsListQueryVariables>;
export const MessagingMyNotificationsDocument = new TypedDocumentString(`
    query MessagingMyNotifications {
  myNotifications(unreadOnly: true) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<MessagingMyNotificationsQuery, MessagingMyNotificationsQueryVariables>;
export const MessagingRecordAttendanceDocument = new TypedDocumentString(`
    mutation MessagingRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) {
  recordAttendance(lessonId: $l, entries: $e) {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingRecordAttendanceMutation, MessagingRecordAttendanceMutationVariables>;
export const MessagingMyNotifications2Document = new TypedDocumentString(`
    query MessagingMyNotifications2 {
  myNotifications(first: 200) {
    kind
    title
    body
    lesson {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MessagingMyNotifications2Query, MessagingMyNotifications2QueryVariables>;
export const MessagingStartDocument = new TypedDocumentString(`
    mutation MessagingStart($i: StartThreadInput!) {
  startThread(input: $i) {
    id
    kind
    members {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MessagingStartMutation, MessagingStartMutationVariables>;
export const MessagingSendMessageDocument = new TypedDocumentString(`
    mutation MessagingSendMessage($t: ID!) {
  sendMessage(threadId: $t, body: "Да, в четверг.") {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingSendMessageMutation, MessagingSendMessageMutationVariables>;
export const MessagingThreadDocument = new TypedDocumentString(`
    query MessagingThread($t: ID!) {
  thread(id: $t) {
    unreadCount
    messages {
      body
      author {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MessagingThreadQuery, MessagingThreadQueryVariables>;
export const MessagingMarkThreadReadDocument = new TypedDocumentString(`
    mutation MessagingMarkThreadRead($t: ID!) {
  markThreadRead(threadId: $t)
}
    `) as unknown as TypedDocumentString<MessagingMarkThreadReadMutation, MessagingMarkThreadReadMutationVariables>;
export const MessagingThread2Document = new TypedDocumentString(`
    query MessagingThread2($t: ID!) {
  thread(id: $t) {
    unreadCount
    messages {
      readBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MessagingThread2Query, MessagingThread2QueryVariables>;
export const MessagingThread3Document = new TypedDocumentString(`
    query MessagingThread3($t: ID!) {
  thread(id: $t) {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingThread3Query, MessagingThread3QueryVariables>;
export const MessagingThread4Document = new TypedDocumentString(`
    query MessagingThread4($t: ID!) {
  thread(id: $t) {
    messages {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MessagingThread4Query, MessagingThread4QueryVariables>;
export const MessagingReportMessageDocument = new TypedDocumentString(`
    mutation MessagingReportMessage($m: ID!) {
  reportMessage(messageId: $m, reason: "Оскорбление") {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingReportMessageMutation, MessagingReportMessageMutationVariables>;
export const MessagingThread5Document = new TypedDocumentString(`
    query MessagingThread5($t: ID!) {
  thread(id: $t) {
    messages {
      body
      hidden
    }
  }
}
    `) as unknown as TypedDocumentString<MessagingThread5Query, MessagingThread5QueryVariables>;
export const MessagingAbuseReportsDocument = new TypedDocumentString(`
    query MessagingAbuseReports($s: ID!) {
  abuseReports(schoolId: $s) {
    id
    reason
  }
}
    `) as unknown as TypedDocumentString<MessagingAbuseReportsQuery, MessagingAbuseReportsQueryVariables>;
export const MessagingAbuseReports2Document = new TypedDocumentString(`
    query MessagingAbuseReports2($s: ID!) {
  abuseReports(schoolId: $s) {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingAbuseReports2Query, MessagingAbuseReports2QueryVariables>;
export const MessagingResolveReportDocument = new TypedDocumentString(`
    mutation MessagingResolveReport($r: ID!) {
  resolveReport(reportId: $r, resolution: REMOVED) {
    resolution
  }
}
    `) as unknown as TypedDocumentString<MessagingResolveReportMutation, MessagingResolveReportMutationVariables>;
export const MessagingPublishDocument = new TypedDocumentString(`
    mutation MessagingPublish($i: AnnouncementInput!) {
  publishAnnouncement(input: $i) {
    id
    readCount
  }
}
    `) as unknown as TypedDocumentString<MessagingPublishMutation, MessagingPublishMutationVariables>;
export const MessagingMyAnnouncementsDocument = new TypedDocumentString(`
    query MessagingMyAnnouncements {
  myAnnouncements {
    id
    title
    read
  }
}
    `) as unknown as TypedDocumentString<MessagingMyAnnouncementsQuery, MessagingMyAnnouncementsQueryVariables>;
export const MessagingMyAnnouncements2Document = new TypedDocumentString(`
    query MessagingMyAnnouncements2 {
  myAnnouncements {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingMyAnnouncements2Query, MessagingMyAnnouncements2QueryVariables>;
export const MessagingMarkAnnouncementReadDocument = new TypedDocumentString(`
    mutation MessagingMarkAnnouncementRead($a: ID!) {
  markAnnouncementRead(id: $a)
}
    `) as unknown as TypedDocumentString<MessagingMarkAnnouncementReadMutation, MessagingMarkAnnouncementReadMutationVariables>;
export const MessagingMyAnnouncements3Document = new TypedDocumentString(`
    query MessagingMyAnnouncements3 {
  myAnnouncements {
    id
    readCount
  }
}
    `) as unknown as TypedDocumentString<MessagingMyAnnouncements3Query, MessagingMyAnnouncements3QueryVariables>;
export const MessagingRecordDiaryVisitDocument = new TypedDocumentString(`
    mutation MessagingRecordDiaryVisit {
  recordDiaryVisit
}
    `) as unknown as TypedDocumentString<MessagingRecordDiaryVisitMutation, MessagingRecordDiaryVisitMutationVariables>;
export const MessagingMyNotifications3Document = new TypedDocumentString(`
    query MessagingMyNotifications3 {
  myNotifications(unreadOnly: true) {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingMyNotifications3Query, MessagingMyNotifications3QueryVariables>;
export const MessagingMarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MessagingMarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MessagingMarkNotificationsReadMutation, MessagingMarkNotificationsReadMutationVariables>;
export const MessagingGrantRoleDocument = new TypedDocumentString(`
    mutation MessagingGrantRole($i: GrantRoleInput!) {
  grantRole(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<MessagingGrantRoleMutation, MessagingGrantRoleMutationVariables>;
export const MessagingParentEngagementDocument = new TypedDocumentString(`
    query MessagingParentEngagement($c: ID!) {
  parentEngagement(classId: $c) {
    parent {
      id
    }
    student {
      id
    }
    lastDiaryVisit
    lastNotificationOpened
    unreadNotifications
  }
}
    `) as unknown as TypedDocumentString<MessagingParentEngagementQuery, MessagingParentEngagementQueryVariables>;
export const MessagingParentActivityReportDocument = new TypedDocumentString(`
    query MessagingParentActivityReport($c: ID!) {
  parentActivityReport(classId: $c, month: "2026-11") {
    parent {
      id
    }
    diaryVisits
    notificationsReceived
    notificationsRead
  }
}
    `) as unknown as TypedDocumentString<MessagingParentActivityReportQuery, MessagingParentActivityReportQueryVariables>;
export const MessagingParentEngagement2Document = new TypedDocumentString(`
    query MessagingParentEngagement2($c: ID!) {
  parentEngagement(classId: $c) {
    unreadNotifications
  }
}
    `) as unknown as TypedDocumentString<MessagingParentEngagement2Query, MessagingParentEngagement2QueryVariables>;
export const PartialDiaryDocument = new TypedDocumentString(`
    query PartialDiary {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    id
    date
    subject {
      name
    }
    teacher {
      lastName
    }
    marks {
      value
    }
    attendance {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<PartialDiaryQuery, PartialDiaryQueryVariables>;
export const PartialJournalDocument = new TypedDocumentString(`
    query PartialJournal($a: ID!, $p: ID!) {
  me {
    roles {
      role
    }
  }
  journal(assignmentId: $a, periodId: $p) {
    lessons {
      id
      date
      marks {
        value
      }
      attendance {
        status
      }
    }
    rows {
      student {
        lastName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartialJournalQuery, PartialJournalQueryVariables>;
export const PartialGenerateLessonsDocument = new TypedDocumentString(`
    mutation PartialGenerateLessons($y: ID!) {
  generateLessons(yearId: $y) {
    created
  }
}
    `) as unknown as TypedDocumentString<PartialGenerateLessonsMutation, PartialGenerateLessonsMutationVariables>;
export const PartialClassTimetableDocument = new TypedDocumentString(`
    query PartialClassTimetable($c: ID!) {
  classTimetable(classId: $c, from: "2026-11-23", to: "2026-11-23") {
    id
  }
}
    `) as unknown as TypedDocumentString<PartialClassTimetableQuery, PartialClassTimetableQueryVariables>;
export const PartialPostMarkDocument = new TypedDocumentString(`
    mutation PartialPostMark($i: PostMarkInput!) {
  postMark(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartialPostMarkMutation, PartialPostMarkMutationVariables>;
export const PartialRecordAttendanceDocument = new TypedDocumentString(`
    mutation PartialRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) {
  recordAttendance(lessonId: $l, entries: $e) {
    id
  }
}
    `) as unknown as TypedDocumentString<PartialRecordAttendanceMutation, PartialRecordAttendanceMutationVariables>;
export const PartialMeDocument = new TypedDocumentString(`
    query PartialMe($s: ID!) {
  me {
    roles {
      role
    }
  }
  schoolAttendance(schoolId: $s, from: "2026-11-01", to: "2026-11-30") {
    shareMissed
  }
}
    `) as unknown as TypedDocumentString<PartialMeQuery, PartialMeQueryVariables>;
export const RevocationProbeIdentityDocument = new TypedDocumentString(`
    query RevocationProbeIdentity {
  me {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RevocationProbeIdentityQuery, RevocationProbeIdentityQueryVariables>;
export const RevocationProbeCurriculumDocument = new TypedDocumentString(`
    query RevocationProbeCurriculum {
  myTimetable(from: "2026-11-23", to: "2026-11-29") {
    id
  }
}
    `) as unknown as TypedDocumentString<RevocationProbeCurriculumQuery, RevocationProbeCurriculumQueryVariables>;
export const RevocationProbeGradebookDocument = new TypedDocumentString(`
    query RevocationProbeGradebook($s: ID!) {
  studentMarks(studentId: $s, from: "2026-11-01", to: "2026-11-30") {
    id
  }
}
    `) as unknown as TypedDocumentString<RevocationProbeGradebookQuery, RevocationProbeGradebookQueryVariables>;
export const RevocationProbePostMarkDocument = new TypedDocumentString(`
    mutation RevocationProbePostMark($i: PostMarkInput!) {
  postMark(input: $i) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevocationProbePostMarkMutation, RevocationProbePostMarkMutationVariables>;
export const RevocationProbeAttendanceDocument = new TypedDocumentString(`
    query RevocationProbeAttendance($s: ID!) {
  studentAttendance(studentId: $s, from: "2026-11-01", to: "2026-11-30") {
    __typename
  }
}
    `) as unknown as TypedDocumentString<RevocationProbeAttendanceQuery, RevocationProbeAttendanceQueryVariables>;
export const RevocationProbeMessagingDocument = new TypedDocumentString(`
    query RevocationProbeMessaging {
  myThreads {
    id
  }
}
    `) as unknown as TypedDocumentString<RevocationProbeMessagingQuery, RevocationProbeMessagingQueryVariables>;
export const RevocationLogoutDocument = new TypedDocumentString(`
    mutation RevocationLogout {
  logout
}
    `) as unknown as TypedDocumentString<RevocationLogoutMutation, RevocationLogoutMutationVariables>;
export const RevocationMySessionsDocument = new TypedDocumentString(`
    query RevocationMySessions {
  mySessions {
    id
    current
  }
}
    `) as unknown as TypedDocumentString<RevocationMySessionsQuery, RevocationMySessionsQueryVariables>;
export const RevocationRevokeSessionDocument = new TypedDocumentString(`
    mutation RevocationRevokeSession($id: ID!) {
  revokeSession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevocationRevokeSessionMutation, RevocationRevokeSessionMutationVariables>;
export const RevocationMeDocument = new TypedDocumentString(`
    query RevocationMe {
  me {
    person {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RevocationMeQuery, RevocationMeQueryVariables>;
export const RevocationPersonDocument = new TypedDocumentString(`
    query RevocationPerson($id: ID!) {
  person(id: $id) {
    roles {
      id
      role
    }
  }
}
    `) as unknown as TypedDocumentString<RevocationPersonQuery, RevocationPersonQueryVariables>;
export const RevocationRevokeRoleDocument = new TypedDocumentString(`
    mutation RevocationRevokeRole($id: ID!) {
  revokeRole(id: $id, reason: "Перевод в другую школу, приказ №7") {
    id
  }
}
    `) as unknown as TypedDocumentString<RevocationRevokeRoleMutation, RevocationRevokeRoleMutationVariables>;
export const FixtureRegisterSchoolDocument = new TypedDocumentString(`
    mutation FixtureRegisterSchool($id: ID!, $r: ID!) {
  registerSchool(
    id: $id
    regionId: $r
    name: "Тестовая школа"
    timeZone: "Asia/Yekaterinburg"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureRegisterSchoolMutation, FixtureRegisterSchoolMutationVariables>;
export const FixtureCreateAcademicYearDocument = new TypedDocumentString(`
    mutation FixtureCreateAcademicYear($s: ID!, $p: [PeriodInput!]!) {
  createAcademicYear(
    schoolId: $s
    name: "2026/2027"
    startsOn: "2026-09-01"
    endsOn: "2027-05-31"
    periods: $p
  ) {
    id
    periods {
      id
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateAcademicYearMutation, FixtureCreateAcademicYearMutationVariables>;
export const FixtureCreateClassDocument = new TypedDocumentString(`
    mutation FixtureCreateClass($y: ID!, $l: String!) {
  createClass(yearId: $y, grade: 7, letter: $l) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateClassMutation, FixtureCreateClassMutationVariables>;
export const FixtureCreateSubjectDocument = new TypedDocumentString(`
    mutation FixtureCreateSubject($s: ID!) {
  createSubject(schoolId: $s, name: "Алгебра") {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureCreateSubjectMutation, FixtureCreateSubjectMutationVariables>;
export const FixtureSetCurriculumItemDocument = new TypedDocumentString(`
    mutation FixtureSetCurriculumItem($y: ID!, $s: ID!) {
  setCurriculumItem(
    yearId: $y
    grade: 7
    subjectId: $s
    hoursPerWeek: 3
    hoursPerYear: 102
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureSetCurriculumItemMutation, FixtureSetCurriculumItemMutationVariables>;
export const FixtureAssignTeacherDocument = new TypedDocumentString(`
    mutation FixtureAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) {
  assignTeacher(
    yearId: $y
    teacherId: $t
    subjectId: $s
    classId: $c
    startsOn: "2026-09-01"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureAssignTeacherMutation, FixtureAssignTeacherMutationVariables>;
export const FixtureSetTimetableSlotDocument = new TypedDocumentString(`
    mutation FixtureSetTimetableSlot($a: ID!, $w: Int!, $n: Int!) {
  setTimetableSlot(
    assignmentId: $a
    weekday: $w
    lessonNumber: $n
    room: "207"
    validFrom: "2026-09-01"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureSetTimetableSlotMutation, FixtureSetTimetableSlotMutationVariables>;
export const FixtureSetBellScheduleDocument = new TypedDocumentString(`
    mutation FixtureSetBellSchedule($s: ID!) {
  setBellSchedule(
    schoolId: $s
    bells: [{lessonNumber: 1, startsAt: "08:30", endsAt: "09:10"}, {lessonNumber: 2, startsAt: "09:20", endsAt: "10:00"}]
  ) {
    lessonNumber
  }
}
    `) as unknown as TypedDocumentString<FixtureSetBellScheduleMutation, FixtureSetBellScheduleMutationVariables>;
export const FixtureMoveStudentDocument = new TypedDocumentString(`
    mutation FixtureMoveStudent($s: ID!, $c: ID!) {
  moveStudent(
    studentId: $s
    toClassId: $c
    onDate: "2026-09-01"
    order: "Приказ № 112-у"
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<FixtureMoveStudentMutation, FixtureMoveStudentMutationVariables>;