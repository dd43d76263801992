/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation BenchIsolationGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.BenchIsolationGenerateLessonsDocument,
    "query BenchJournalPage($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n  hoursPerWeek\n  period { name }\n  lessons { date topic }\n  rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks }\n} }": typeof types.BenchJournalPageDocument,
    "mutation BenchJournalRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": typeof types.BenchJournalRegisterPersonDocument,
    "mutation BenchJournalMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 115-у\") { id } }": typeof types.BenchJournalMoveStudentDocument,
    "mutation BenchJournalGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.BenchJournalGenerateLessonsDocument,
    "query BenchJournalClassTimetable($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date status } }": typeof types.BenchJournalClassTimetableDocument,
    "mutation BenchJournalPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": typeof types.BenchJournalPostMarkDocument,
    "mutation AttendanceRecord($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id status lateMinutes timing current student { id } reason { kind excused notice { id } } } }": typeof types.AttendanceRecordDocument,
    "mutation AttendanceReason($r: [ID!]!, $k: AbsenceReasonKind!) { setAbsenceReason(recordIds: $r, kind: $k) { id kind excused } }": typeof types.AttendanceReasonDocument,
    "mutation AttendanceMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 113-у\") { id } }": typeof types.AttendanceMoveStudentDocument,
    "mutation AttendanceGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.AttendanceGenerateLessonsDocument,
    "query AttendanceClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id } }": typeof types.AttendanceClassTimetableDocument,
    "mutation AttendanceGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": typeof types.AttendanceGrantRoleDocument,
    "mutation AttendanceGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: \"Болезнь учителя\") }": typeof types.AttendanceGrantSubstitutionDocument,
    "mutation AttendanceCorrectToPresent($r: ID!) { correctAttendance(recordId: $r, status: PRESENT, reason: \"Ошибка: ученик был на уроке\") { status current correctionReason replaces { id status current } } }": typeof types.AttendanceCorrectToPresentDocument,
    "mutation AttendanceCorrectToLate($r: ID!) { correctAttendance(recordId: $r, status: LATE, lateMinutes: 12, reason: \"Уточнено по журналу дежурного\") { lateMinutes timing approvedBy { id } } }": typeof types.AttendanceCorrectToLateDocument,
    "mutation AttendanceNotify($i: AbsenceNoticeInput!) { notifyAbsence(input: $i) { id status } }": typeof types.AttendanceNotifyDocument,
    "mutation AttendanceDecide($n: ID!, $c: Boolean!) { decideAbsenceNotice(noticeId: $n, confirm: $c) { status decidedBy { id } } }": typeof types.AttendanceDecideDocument,
    "query AttendanceAbsenceNotices($s: ID!) { absenceNotices(studentId: $s) { status kind } }": typeof types.AttendanceAbsenceNoticesDocument,
    "query AttendanceWeek($s: ID!, $w: String!) { weeklyReconciliation(schoolId: $s, weekStart: $w) { schoolClass { id } absences withoutReason reconciled } }": typeof types.AttendanceWeekDocument,
    "mutation AttendanceReconcile($c: ID!, $w: String!) { reconcileWeek(classId: $c, weekStart: $w) { weekStart reconciledBy { id } } }": typeof types.AttendanceReconcileDocument,
    "mutation AttendanceSettings($s: ID!, $t: Int!, $w: Int!) { setNonattendanceSettings(schoolId: $s, threshold: $t, windowDays: $w) { threshold windowDays setBy { id } } }": typeof types.AttendanceSettingsDocument,
    "query AttendanceNonattendanceSettings($s: ID!) { nonattendanceSettings(schoolId: $s) { threshold windowDays setBy { id } } }": typeof types.AttendanceNonattendanceSettingsDocument,
    "query AttendanceNonattendanceDetections($s: ID!) { nonattendanceDetections(schoolId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { student { id } windowFrom windowTo unexcusedAbsences threshold } }": typeof types.AttendanceNonattendanceDetectionsDocument,
    "query AttendanceClassAttendanceMonth($c: ID!) { classAttendanceMonth(classId: $c, month: \"2026-11\") { from to\n           rows { student { id } totals { lessonsMissed excused unexcused withoutReason late lateMinutes }\n                  bySubject { subject { id } totals { lessonsMissed late } } }\n           totals { lessonsMissed excused unexcused late } } }": typeof types.AttendanceClassAttendanceMonthDocument,
    "query AttendanceAttendanceSummary($c: ID!) { attendanceSummary(classId: $c, from: \"2026-11-23\", to: \"2026-12-06\") { rows { student { id } totals { lessonsMissed unexcused } } } }": typeof types.AttendanceAttendanceSummaryDocument,
    "query AttendanceStudentAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { records { lessonDate status } totals { lessonsMissed excused } } }": typeof types.AttendanceStudentAttendanceDocument,
    "query AttendanceSchool($s: ID!) { schoolAttendance(schoolId: $s, from: \"2026-11-23\", to: \"2026-11-29\") { lessonsHeld studentLessons totals { lessonsMissed } shareMissed } }": typeof types.AttendanceSchoolDocument,
    "mutation AttendanceOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-12-07\", toDate: \"2026-12-07\", reason: \"Сбой сети 7 декабря\") { id } }": typeof types.AttendanceOpenTransferWindowDocument,
    "query AttendanceOthersAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { totals { lessonsMissed } } }": typeof types.AttendanceOthersAttendanceDocument,
    "query AttendanceOthersNotices($s: ID!) { absenceNotices(studentId: $s) { id } }": typeof types.AttendanceOthersNoticesDocument,
    "query AttendancePerson($s: ID!) { person(id: $s) { absences(from: \"2026-11-01\", to: \"2026-12-31\") { status } } }": typeof types.AttendancePersonDocument,
    "query AttendanceMe { me { person { children { child { id absences(from: \"2026-11-01\", to: \"2026-12-31\") { status lessonDate } } } } } }": typeof types.AttendanceMeDocument,
    "mutation AttendancePostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": typeof types.AttendancePostMarkDocument,
    "query AttendanceMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": typeof types.AttendanceMyTimetableDocument,
    "query AttendanceMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }": typeof types.AttendanceMyTimetable2Document,
    "query AttendanceJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } }\n       } }": typeof types.AttendanceJournalDocument,
    "query AttendanceVerifyAttendance($a: ID!) { verifyAttendance(assignmentId: $a) { ok checked firstBrokenRecordId reason } }": typeof types.AttendanceVerifyAttendanceDocument,
    "mutation ChainPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": typeof types.ChainPostMarkDocument,
    "query ChainVerifyJournal($a: ID!) { verifyJournal(assignmentId: $a) { ok checked firstBrokenMarkId reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": typeof types.ChainVerifyJournalDocument,
    "query ChainVerifyAttendance($a: ID!) { verifyAttendance(assignmentId: $a) { ok checked firstBrokenRecordId reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": typeof types.ChainVerifyAttendanceDocument,
    "mutation ChainGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.ChainGenerateLessonsDocument,
    "query ChainClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": typeof types.ChainClassTimetableDocument,
    "mutation ChainRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }": typeof types.ChainRecordAttendanceDocument,
    "mutation ChainCorrectAttendance($r: ID!) { correctAttendance(recordId: $r, status: LATE, lateMinutes: 5, reason: \"Пришёл к середине урока\") { id } }": typeof types.ChainCorrectAttendanceDocument,
    "query ChainVerifyCurriculumAuditChain($s: ID!) { verifyCurriculumAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": typeof types.ChainVerifyCurriculumAuditChainDocument,
    "mutation ChainNotifyAbsence($i: AbsenceNoticeInput!) { notifyAbsence(input: $i) { id } }": typeof types.ChainNotifyAbsenceDocument,
    "query ChainVerifyAttendanceAuditChain($s: ID!) { verifyAttendanceAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": typeof types.ChainVerifyAttendanceAuditChainDocument,
    "query ChainVerifyAuditChain($s: ID!) { verifyAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": typeof types.ChainVerifyAuditChainDocument,
    "query ChainVerifyIdentityAuditChain { verifyIdentityAuditChain(chain: SESSIONS) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": typeof types.ChainVerifyIdentityAuditChainDocument,
    "mutation CurriculumAdminGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.CurriculumAdminGenerateLessonsDocument,
    "query CurriculumAdminClassTimetable($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date lessonNumber status changeReason } }": typeof types.CurriculumAdminClassTimetableDocument,
    "mutation CurriculumAdminImportPlan($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) { plan { version totalHours topics { position kind } } errors { row message } } }": typeof types.CurriculumAdminImportPlanDocument,
    "mutation CurriculumAdminImportPlan2($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) { plan { id } } }": typeof types.CurriculumAdminImportPlan2Document,
    "mutation CurriculumAdminChangeLesson($l: ID!) { changeLesson(lessonId: $l, cancel: true, reason: \"Просто так\") { id } }": typeof types.CurriculumAdminChangeLessonDocument,
    "mutation CurriculumAdminChangeLesson2($l: ID!) { changeLesson(lessonId: $l, lessonNumber: 5, reason: \"Экскурсия класса\") { lessonNumber changeReason } }": typeof types.CurriculumAdminChangeLesson2Document,
    "mutation CurriculumAdminChangeLesson3($l: ID!) { changeLesson(lessonId: $l, cancel: true, reason: \"Карантин, приказ № 15\") { status } }": typeof types.CurriculumAdminChangeLesson3Document,
    "mutation CurriculumAdminAddExtraLesson($a: ID!) { addExtraLesson(assignmentId: $a, date: \"2026-11-28\", lessonNumber: 1, reason: \"Отработка за карантин\") { date status } }": typeof types.CurriculumAdminAddExtraLessonDocument,
    "query CurriculumAdminTimetableSlots($a: ID!) { timetableSlots(assignmentId: $a) { id weekday lessonNumber } }": typeof types.CurriculumAdminTimetableSlotsDocument,
    "mutation CurriculumAdminSetTimetableSlot($a: ID!, $r: ID!) { setTimetableSlot(assignmentId: $a, weekday: 4, lessonNumber: 4, room: \"301\", validFrom: \"2026-12-07\", replacesSlotId: $r) { id } }": typeof types.CurriculumAdminSetTimetableSlotDocument,
    "mutation CurriculumAdminGenerateLessons2($y: ID!) { generateLessons(yearId: $y) { created cancelled } }": typeof types.CurriculumAdminGenerateLessons2Document,
    "mutation CurriculumAdminSetTimetableSlot2($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 1, validFrom: \"2026-09-01\") { id } }": typeof types.CurriculumAdminSetTimetableSlot2Document,
    "query CurriculumAdminSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }": typeof types.CurriculumAdminSchoolDocument,
    "mutation CurriculumAdminChangePeriod($p: ID!) { changePeriod(periodId: $p, startsOn: \"2026-10-20\", endsOn: \"2026-12-28\", orderRef: \"Приказ № 200\", reason: \"Карантин\") { id } }": typeof types.CurriculumAdminChangePeriodDocument,
    "mutation CurriculumAdminChangePeriod2($p: ID!) { changePeriod(periodId: $p, startsOn: \"2026-11-04\", endsOn: \"2026-12-25\", orderRef: \"Приказ № 201 от 20.11.2026\", reason: \"Перенос каникул по карантину\") { endsOn orderRef changeReason } }": typeof types.CurriculumAdminChangePeriod2Document,
    "mutation CurriculumAdminGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": typeof types.CurriculumAdminGrantRoleDocument,
    "mutation CurriculumAdminCreateGroup($y: ID!, $c: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"7А — английский, группа 1\", kind: SUBGROUP, classId: $c, memberIds: $m, fromDate: \"2026-11-23\") { name kind schoolClass { name } } }": typeof types.CurriculumAdminCreateGroupDocument,
    "mutation CurriculumAdminCreateGroup2($y: ID!, $c: ID!) { createGroup(yearId: $y, name: \"7Б — группа\", kind: SUBGROUP, classId: $c, memberIds: [], fromDate: \"2026-11-23\") { name } }": typeof types.CurriculumAdminCreateGroup2Document,
    "mutation CurriculumAdminCreateGroup3($y: ID!, $c: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"7А — группа 2\", kind: SUBGROUP, classId: $c, memberIds: $m, fromDate: \"2026-11-23\") { name } }": typeof types.CurriculumAdminCreateGroup3Document,
    "mutation CurriculumAdminSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { topics { id } } }": typeof types.CurriculumAdminSubmitPlanDocument,
    "mutation CurriculumAdminRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }": typeof types.CurriculumAdminRecordLessonDocument,
    "query CurriculumAdminProgrammeFulfilment($a: ID!) { programmeFulfilment(assignmentId: $a) { plannedHours scheduledHours dueByToday heldHours plannedTopics coveredTopics planVersion } }": typeof types.CurriculumAdminProgrammeFulfilmentDocument,
    "query CurriculumAdminProgrammeFulfilment2($a: ID!) { programmeFulfilment(assignmentId: $a) { heldHours } }": typeof types.CurriculumAdminProgrammeFulfilment2Document,
    "mutation CurriculumAdminSetIndividualCurriculumItem($y: ID!, $st: ID!, $s: ID!) { setIndividualCurriculumItem(yearId: $y, studentId: $st, subjectId: $s, hoursPerYear: 68, reason: \"Обучение на дому, приказ № 77\") { hoursPerYear reason student { id } subject { name } } }": typeof types.CurriculumAdminSetIndividualCurriculumItemDocument,
    "mutation CurriculumAdminSetIndividualCurriculumItem2($y: ID!, $st: ID!, $s: ID!) { setIndividualCurriculumItem(yearId: $y, studentId: $st, subjectId: $s, hoursPerYear: -1, reason: \"x\") { id } }": typeof types.CurriculumAdminSetIndividualCurriculumItem2Document,
    "query CurriculumAdminMyTimetable { myTimetable(from: \"23.11.2026\", to: \"2026-11-29\") { id } }": typeof types.CurriculumAdminMyTimetableDocument,
    "query CurriculumAdminClassRoster { classRoster(classId: \"1; drop table lesson\", onDate: \"2026-11-23\") { id } }": typeof types.CurriculumAdminClassRosterDocument,
    "mutation CurriculumAdminRegisterSchool($r: ID!) { registerSchool(regionId: $r, name: \"МБОУ «Школа № 2»\", timeZone: \"Asia/Novosibirsk\", workingWeekdays: [1,2,3,4,5,6]) { name timeZone workingWeekdays } }": typeof types.CurriculumAdminRegisterSchoolDocument,
    "mutation CurriculumAdminRegisterSchool2 { registerSchool(regionId: \"01930000-0000-7000-8000-000000000002\", name: \"Школа\", timeZone: \"Europe/Moscow\") { id } }": typeof types.CurriculumAdminRegisterSchool2Document,
    "mutation CurriculumAdminRegisterSchool3($r: ID!) { registerSchool(regionId: $r, name: \"Школа\", timeZone: \"Europe/Moscow\") { id } }": typeof types.CurriculumAdminRegisterSchool3Document,
    "mutation CurriculumAdminRegisterSchool4($r: ID!) { registerSchool(regionId: $r, name: \"Школа № 3\", timeZone: \"Yekaterinburg\") { id } }": typeof types.CurriculumAdminRegisterSchool4Document,
    "mutation CurriculumAdminCreateGroup4($y: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"Элективный курс «Финансовая грамотность»\", kind: ELECTIVE, memberIds: $m, fromDate: \"2026-09-01\") { id } }": typeof types.CurriculumAdminCreateGroup4Document,
    "mutation CurriculumAdminChangeGroupMembers($g: ID!, $r: [ID!]) { changeGroupMembers(groupId: $g, remove: $r, onDate: \"2026-11-16\") { id } }": typeof types.CurriculumAdminChangeGroupMembersDocument,
    "query CurriculumAdminGroup($g: ID!, $d: String!) { group(id: $g) { members(onDate: $d) { id } } }": typeof types.CurriculumAdminGroupDocument,
    "query CurriculumAdminGroup2($g: ID!) { group(id: $g) { members(onDate: \"2026-11-16\") { id } } }": typeof types.CurriculumAdminGroup2Document,
    "mutation CurriculumAdminChangeGroupMembers2($g: ID!, $a: [ID!]) { changeGroupMembers(groupId: $g, add: $a, onDate: \"2026-11-23\") { id } }": typeof types.CurriculumAdminChangeGroupMembers2Document,
    "mutation CurriculumSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { id } }": typeof types.CurriculumSubmitPlanDocument,
    "mutation CurriculumSubmitPlan2($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version totalHours late } }": typeof types.CurriculumSubmitPlan2Document,
    "mutation CurriculumSubmitPlan3($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version } }": typeof types.CurriculumSubmitPlan3Document,
    "mutation CurriculumImportPlan($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: CSV, contentBase64: $c) { plan { id } errors { row message } } }": typeof types.CurriculumImportPlanDocument,
    "mutation CurriculumGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created cancelled } }": typeof types.CurriculumGenerateLessonsDocument,
    "mutation CurriculumGenerateLessons2($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.CurriculumGenerateLessons2Document,
    "query CurriculumClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id lessonNumber } }": typeof types.CurriculumClassTimetableDocument,
    "mutation CurriculumRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }": typeof types.CurriculumRecordLessonDocument,
    "mutation CurriculumRecordLesson2($i: RecordLessonInput!) { recordLesson(input: $i) { status topic recordStatus conductedBy { lastName } homework { text student { id } } } }": typeof types.CurriculumRecordLesson2Document,
    "mutation CurriculumRecordLesson3($i: RecordLessonInput!) { recordLesson(input: $i) { recordStatus } }": typeof types.CurriculumRecordLesson3Document,
    "query CurriculumClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-25\", to: \"2026-11-25\") { id } }": typeof types.CurriculumClassTimetable2Document,
    "query CurriculumClassTimetable3($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": typeof types.CurriculumClassTimetable3Document,
    "mutation CurriculumGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: \"Болезнь учителя\") }": typeof types.CurriculumGrantSubstitutionDocument,
    "mutation CurriculumRecordLesson4($i: RecordLessonInput!) { recordLesson(input: $i) { conductedBy { id } substitutes { id } } }": typeof types.CurriculumRecordLesson4Document,
    "query CurriculumMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": typeof types.CurriculumMyTimetableDocument,
    "query CurriculumMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date schoolClass { name } subject { name } teacher { lastName } homework { text student { id } } } }": typeof types.CurriculumMyTimetable2Document,
    "query CurriculumMyTimetable3 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { schoolClass { name } homework { text } } }": typeof types.CurriculumMyTimetable3Document,
    "query CurriculumClassTimetable4($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-29\") { id } }": typeof types.CurriculumClassTimetable4Document,
    "query CurriculumMyTimetable4 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date lessonNumber schoolClass { name } startsAt } }": typeof types.CurriculumMyTimetable4Document,
    "query CurriculumMyTimetable5 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { schoolClass { name } } }": typeof types.CurriculumMyTimetable5Document,
    "query CurriculumJournalHeader($c: ID!, $s: ID!, $p: ID!) { journalHeader(classId: $c, subjectId: $s, periodId: $p) { period { name startsOn endsOn } lessons { date topic teacher { lastName firstName } } } }": typeof types.CurriculumJournalHeaderDocument,
    "mutation CurriculumMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-12-01\", order: \"Приказ № 140-у\") { id } }": typeof types.CurriculumMoveStudentDocument,
    "query CurriculumClassRoster($c: ID!, $d: String!) { classRoster(classId: $c, onDate: $d) { id } }": typeof types.CurriculumClassRosterDocument,
    "query CurriculumEnrolmentHistory($s: ID!) { enrolmentHistory(studentId: $s) { schoolClass { name } startsOn endsOn endReason } }": typeof types.CurriculumEnrolmentHistoryDocument,
    "query CurriculumClassRoster2($c: ID!) { classRoster(classId: $c, onDate: \"2026-11-23\") { id } }": typeof types.CurriculumClassRoster2Document,
    "mutation EsiaLogin($i: LoginInput!) { login(input: $i) { accessToken } }": typeof types.EsiaLoginDocument,
    "mutation EsiaCompleteEsiaLogin($c: String!) { completeEsiaLogin(code: $c) { accessToken viewer { session { authMethod } } } }": typeof types.EsiaCompleteEsiaLoginDocument,
    "query EsiaMyChildren { me { person { id lastName firstName children { verified source esiaConfirmedAt child { firstName } } } roles { role classId } session { authMethod } } }": typeof types.EsiaMyChildrenDocument,
    "mutation EsiaRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": typeof types.EsiaRegisterPersonDocument,
    "query EsiaPerson($id: ID!) { person(id: $id) { firstName birthDate } }": typeof types.EsiaPersonDocument,
    "query EsiaPerson2($id: ID!) { person(id: $id) { parents { id verified source } } }": typeof types.EsiaPerson2Document,
    "mutation EsiaVerifyParentLink($id: ID!) { verifyParentLink(id: $id) { verified } }": typeof types.EsiaVerifyParentLinkDocument,
    "mutation EsiaCompleteEsiaLogin2($c: String!) { completeEsiaLogin(code: $c) { accessToken } }": typeof types.EsiaCompleteEsiaLogin2Document,
    "mutation EsiaIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) { issueTemporaryCredentials(input: $i) { login password } }": typeof types.EsiaIssueTemporaryCredentialsDocument,
    "query EsiaMe { me { person { lastName } session { authMethod } } }": typeof types.EsiaMeDocument,
    "mutation LimitsGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.LimitsGenerateLessonsDocument,
    "query LimitsMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }": typeof types.LimitsMyTimetableDocument,
    "query LimitsJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         hoursPerWeek period { name } lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } }\n         rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks }\n       } }": typeof types.LimitsJournalDocument,
    "query LimitsMyTimetable2($f: String!, $t: String!) { myTimetable(from: $f, to: $t) { id date } }": typeof types.LimitsMyTimetable2Document,
    "query LimitsPerson($id: ID!) { person(id: $id) { id } }": typeof types.LimitsPersonDocument,
    "query LimitsSlowTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": typeof types.LimitsSlowTimetableDocument,
    "query LimitsTypename { __typename }": typeof types.LimitsTypenameDocument,
    "query LimitsMyLastName { me { person { lastName } } }": typeof types.LimitsMyLastNameDocument,
    "query SecurityMe { me { person { lastName children { child { firstName } } } roles { role } session { current authMethod } } }": typeof types.SecurityMeDocument,
    "query SecurityMe2 { me { person { id } } }": typeof types.SecurityMe2Document,
    "mutation SecurityLogin { login(input: {login: \"director\", password: \"demo-dnevnik-2026\"}) { accessToken } }": typeof types.SecurityLoginDocument,
    "mutation WorksPost($i: PostMarkInput!) { postMark(input: $i) {\n  id value scale fivePointValue weight timing title lesson { id } pairPart pairedWith { value pairPart }\n  approvedBy { id } } }": typeof types.WorksPostDocument,
    "mutation WorksSettings($i: GradingSettingsInput!) { setGradingSettings(input: $i) {\n  weights { workType weight } minMarksUpTo2Hours minMarksMoreHours subjectScales { subjectId scale } setBy { id } } }": typeof types.WorksSettingsDocument,
    "query WorksClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id subject { name } } }": typeof types.WorksClassTimetableDocument,
    "mutation WorksGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.WorksGenerateLessonsDocument,
    "query WorksStudentMarks($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-20\", to: \"2026-11-20\") { title lesson { id } } }": typeof types.WorksStudentMarksDocument,
    "mutation WorksPermitLateEntry($a: ID!) { permitLateEntry(assignmentId: $a, workDate: \"2026-11-10\", reason: \"Работы проверял другой учитель\") { validUntil } }": typeof types.WorksPermitLateEntryDocument,
    "mutation WorksOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-11-16\", toDate: \"2026-11-18\", reason: \"Сбой сети 16–18 ноября\") { id closesAt } }": typeof types.WorksOpenTransferWindowDocument,
    "query WorksGradingSettings($s: ID!) { gradingSettings(schoolId: $s) { minMarksUpTo2Hours minMarksMoreHours setAt } }": typeof types.WorksGradingSettingsDocument,
    "query WorksGradingSettings2($s: ID!) { gradingSettings(schoolId: $s) { minMarksUpTo2Hours } }": typeof types.WorksGradingSettings2Document,
    "query WorksJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) { rows { requiredMarks } } }": typeof types.WorksJournalDocument,
    "mutation WorksCreateSubject($s: ID!) { createSubject(schoolId: $s, name: \"Музыка\") { id } }": typeof types.WorksCreateSubjectDocument,
    "mutation WorksAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }": typeof types.WorksAssignTeacherDocument,
    "mutation WorksSetTimetableSlot($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 4, validFrom: \"2026-09-01\") { id } }": typeof types.WorksSetTimetableSlotDocument,
    "query WorksClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id subject { name } } }": typeof types.WorksClassTimetable2Document,
    "query WorksSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }": typeof types.WorksSchoolDocument,
    "mutation WorksGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": typeof types.WorksGrantRoleDocument,
    "mutation WorksSetFinal($i: SetFinalInput!) { setFinal(input: $i) { kind value suggested average enoughMarks } }": typeof types.WorksSetFinalDocument,
    "query WorksStudentFinals($s: ID!) { studentFinals(studentId: $s) { kind value period { id } enteredBy { id } } }": typeof types.WorksStudentFinalsDocument,
    "query WorksStudentFinals2($s: ID!) { studentFinals(studentId: $s) { kind } }": typeof types.WorksStudentFinals2Document,
    "mutation GradebookPost($i: PostMarkInput!) { postMark(input: $i) { id value timing current } }": typeof types.GradebookPostDocument,
    "mutation GradebookGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.GradebookGenerateLessonsDocument,
    "query GradebookClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": typeof types.GradebookClassTimetableDocument,
    "query GradebookClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-25\", to: \"2026-11-25\") { id } }": typeof types.GradebookClassTimetable2Document,
    "mutation GradebookPermitLateEntry($l: ID!) { permitLateEntry(lessonId: $l, reason: \"Учитель болел, справка\") { id } }": typeof types.GradebookPermitLateEntryDocument,
    "mutation GradebookPermitLateEntry2($l: ID!) { permitLateEntry(lessonId: $l, reason: \"Учитель болел, справка\") { validUntil } }": typeof types.GradebookPermitLateEntry2Document,
    "mutation GradebookPostMark($i: PostMarkInput!) { postMark(input: $i) { timing approvedBy { id } } }": typeof types.GradebookPostMarkDocument,
    "mutation GradebookCreateClass($y: ID!) { createClass(yearId: $y, grade: 1, letter: \"А\") { id } }": typeof types.GradebookCreateClassDocument,
    "mutation GradebookAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }": typeof types.GradebookAssignTeacherDocument,
    "mutation GradebookSetTimetableSlot($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 5, validFrom: \"2026-09-01\") { id } }": typeof types.GradebookSetTimetableSlotDocument,
    "mutation GradebookMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 1\") { id } }": typeof types.GradebookMoveStudentDocument,
    "mutation GradebookCorrectMark($m: ID!) { correctMark(markId: $m, value: \"3\", reason: \"Ошибка ввода: в тетради «3»\") { value replaces { id value current } correctionReason } }": typeof types.GradebookCorrectMarkDocument,
    "mutation GradebookCorrectMark2($m: ID!) { correctMark(markId: $m, value: \"5\", reason: \"Пересмотр работы\") { id } }": typeof types.GradebookCorrectMark2Document,
    "mutation GradebookCorrectMark3($m: ID!) { correctMark(markId: $m, value: \"5\", reason: \"Апелляция, решение комиссии\") { value approvedBy { id } } }": typeof types.GradebookCorrectMark3Document,
    "query GradebookVerifyJournal($a: ID!) { verifyJournal(assignmentId: $a) { ok checked firstBrokenMarkId reason } }": typeof types.GradebookVerifyJournalDocument,
    "query GradebookStudentMarks($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { value } }": typeof types.GradebookStudentMarksDocument,
    "query GradebookMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": typeof types.GradebookMyTimetableDocument,
    "query GradebookMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } topic homework { text } marks { value workType student { firstName } } } }": typeof types.GradebookMyTimetable2Document,
    "query GradebookForecast($s: ID!, $a: ID!, $p: ID!) { forecast(studentId: $s, assignmentId: $a, periodId: $p, target: 5) { predicted count required missing remainingLessons marksToReach } }": typeof types.GradebookForecastDocument,
    "query GradebookForecast2($s: ID!, $a: ID!, $p: ID!) { forecast(studentId: $s, assignmentId: $a, periodId: $p) { predicted } }": typeof types.GradebookForecast2Document,
    "mutation GradebookRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }": typeof types.GradebookRecordLessonDocument,
    "query GradebookJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         hoursPerWeek\n         period { name startsOn }\n         lessons { date topic }\n         rows { student { lastName firstName } marks { value workType current } average suggestedFinal enoughMarks requiredMarks }\n       } }": typeof types.GradebookJournalDocument,
    "query GradebookArchiveJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n     lessons { id date lessonNumber topic homework { text } attendance { student { id } status } }\n     rows { student { id lastName firstName middleName } marks { id lessonDate value workType current } average final { value } }\n   } }": typeof types.GradebookArchiveJournalDocument,
    "query GradebookArchiveSchool($s: ID!) { school(id: $s) { name years { id periods { name } classes { name } } } }": typeof types.GradebookArchiveSchoolDocument,
    "mutation GradebookArchivePost($i: PostMarkInput!) { postMark(input: $i) { id } }": typeof types.GradebookArchivePostDocument,
    "query GradebookArchiveMe { me { person { id } } }": typeof types.GradebookArchiveMeDocument,
    "mutation GradebookSetFinal($i: SetFinalInput!) { setFinal(input: $i) { value deferredReason deferredUntil timing suggested } }": typeof types.GradebookSetFinalDocument,
    "mutation GradebookGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": typeof types.GradebookGrantRoleDocument,
    "query GradebookSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }": typeof types.GradebookSchoolDocument,
    "mutation HardeningStartThread($i: StartThreadInput!) { startThread(input: $i) { id } }": typeof types.HardeningStartThreadDocument,
    "mutation HardeningSetNotificationPreferences($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email } }": typeof types.HardeningSetNotificationPreferencesDocument,
    "query HardeningPerson { person(id: \"1 or 1=1\") { id } }": typeof types.HardeningPersonDocument,
    "query HardeningSchool { school(id: \"school-1\") { id } }": typeof types.HardeningSchoolDocument,
    "query HardeningJournal { journal(assignmentId: \"x\", periodId: \"y\") { hoursPerWeek } }": typeof types.HardeningJournalDocument,
    "query HardeningClassAttendanceMonth { classAttendanceMonth(classId: \"7а\", month: \"2026-09\") { from } }": typeof types.HardeningClassAttendanceMonthDocument,
    "query HardeningThread { thread(id: \"42\") { id } }": typeof types.HardeningThreadDocument,
    "mutation HardeningLogin($i: LoginInput!) { login(input: $i) { accessToken } }": typeof types.HardeningLoginDocument,
    "mutation HarnessLogin($i: LoginInput!) { login(input: $i) { accessToken } }": typeof types.HarnessLoginDocument,
    "mutation HarnessArchiveToken($a: String!, $s: ID!) { issueServiceToken(clientAssertion: $a, schoolId: $s) { accessToken } }": typeof types.HarnessArchiveTokenDocument,
    "mutation IdentityLoginTokens($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }": typeof types.IdentityLoginTokensDocument,
    "mutation IdentityRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id lastName } }": typeof types.IdentityRegisterPersonDocument,
    "query IdentityPerson($id: ID!) { person(id: $id) { firstName birthDate } }": typeof types.IdentityPersonDocument,
    "query IdentityMe { me { session { id } } }": typeof types.IdentityMeDocument,
    "query IdentityPerson2 { person(id: \"01930000-0000-7000-8000-000000001005\") { lastName birthDate roles { role } } }": typeof types.IdentityPerson2Document,
    "mutation IdentityRefreshSession($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }": typeof types.IdentityRefreshSessionDocument,
    "mutation IdentityRefreshSession2($t: String!) { refreshSession(refreshToken: $t) { accessToken } }": typeof types.IdentityRefreshSession2Document,
    "query IdentityMe2 { me { person { id } } }": typeof types.IdentityMe2Document,
    "query IdentityMySessions { mySessions { id current authMethod revokedAt } }": typeof types.IdentityMySessionsDocument,
    "mutation IdentityLogout { logout }": typeof types.IdentityLogoutDocument,
    "mutation IdentityIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) { issueTemporaryCredentials(input: $i) { login password expiresAt } }": typeof types.IdentityIssueTemporaryCredentialsDocument,
    "query IdentityMe3 { me { person { firstName } session { authMethod } } }": typeof types.IdentityMe3Document,
    "query IdentityMe4 { me { person { id } roles { role } } }": typeof types.IdentityMe4Document,
    "query IdentityPerson3($id: ID!) { person(id: $id) { roles { id role } } }": typeof types.IdentityPerson3Document,
    "mutation IdentityRevokeRole($id: ID!) { revokeRole(id: $id, reason: \"Увольнение, приказ №5\") { id } }": typeof types.IdentityRevokeRoleDocument,
    "query IdentityVerifyAuditChain($s: ID!) { verifyAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason } }": typeof types.IdentityVerifyAuditChainDocument,
    "query IdentityVerifyAuditChain2($s: ID!) { verifyAuditChain(schoolId: $s) { ok } }": typeof types.IdentityVerifyAuditChain2Document,
    "mutation IdentityGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": typeof types.IdentityGrantRoleDocument,
    "mutation IdentityLogin { login(input: {login: \"x\", password: \"y\"}) { accessToken } }": typeof types.IdentityLoginDocument,
    "mutation RecordsRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) {\n  topic material workType recordStatus homework { id text dueOn revision } } }": typeof types.RecordsRecordLessonDocument,
    "query RecordsClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id } }": typeof types.RecordsClassTimetableDocument,
    "query RecordsMyNotifications { myNotifications(first: 200) { kind title body lesson { id } } }": typeof types.RecordsMyNotificationsDocument,
    "mutation RecordsGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.RecordsGenerateLessonsDocument,
    "query RecordsMyTimetable($d: String!) { myTimetable(from: $d, to: $d) { id topic material workType homework { text dueOn revision } } }": typeof types.RecordsMyTimetableDocument,
    "mutation RecordsUpdateHomework($id: ID!, $i: UpdateHomeworkInput!) { updateHomework(id: $id, input: $i) { id text dueOn revision changedAt } }": typeof types.RecordsUpdateHomeworkDocument,
    "mutation RecordsRemoveHomework($id: ID!) { removeHomework(id: $id) { id } }": typeof types.RecordsRemoveHomeworkDocument,
    "mutation RecordsRemoveHomework2($id: ID!) { removeHomework(id: $id) { id homework { id } } }": typeof types.RecordsRemoveHomework2Document,
    "query RecordsMyTimetable2($d: String!) { myTimetable(from: $d, to: $d) { id homework { id } } }": typeof types.RecordsMyTimetable2Document,
    "mutation RecordsOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-11-16\", toDate: \"2026-11-18\", reason: \"Сбой сети 16–18 ноября\") { id closesAt } }": typeof types.RecordsOpenTransferWindowDocument,
    "query RecordsOutageTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-16\", to: \"2026-11-16\") { topic recordStatus } }": typeof types.RecordsOutageTimetableDocument,
    "mutation ThrottleLogin($i: LoginInput!) { login(input: $i) { accessToken } }": typeof types.ThrottleLoginDocument,
    "query ThrottleMe { me { person { lastName } } }": typeof types.ThrottleMeDocument,
    "mutation MessagingPost($i: PostMarkInput!) { postMark(input: $i) { id } }": typeof types.MessagingPostDocument,
    "mutation MessagingPrefs($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email phone smsEnabled } }": typeof types.MessagingPrefsDocument,
    "mutation MessagingGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.MessagingGenerateLessonsDocument,
    "query MessagingClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": typeof types.MessagingClassTimetableDocument,
    "query MessagingNotificationsList { myNotifications(first: 200) { kind title read student { id } lesson { id } deliveries { channel status } } }": typeof types.MessagingNotificationsListDocument,
    "query MessagingMyNotifications { myNotifications(unreadOnly: true) { id title } }": typeof types.MessagingMyNotificationsDocument,
    "mutation MessagingRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }": typeof types.MessagingRecordAttendanceDocument,
    "query MessagingMyNotifications2 { myNotifications(first: 200) { kind title body lesson { id } } }": typeof types.MessagingMyNotifications2Document,
    "mutation MessagingStart($i: StartThreadInput!) { startThread(input: $i) { id kind members { id } } }": typeof types.MessagingStartDocument,
    "mutation MessagingSendMessage($t: ID!) { sendMessage(threadId: $t, body: \"Да, в четверг.\") { id } }": typeof types.MessagingSendMessageDocument,
    "query MessagingThread($t: ID!) { thread(id: $t) { unreadCount messages { body author { id } } } }": typeof types.MessagingThreadDocument,
    "mutation MessagingMarkThreadRead($t: ID!) { markThreadRead(threadId: $t) }": typeof types.MessagingMarkThreadReadDocument,
    "query MessagingThread2($t: ID!) { thread(id: $t) { unreadCount messages { readBy { id } } } }": typeof types.MessagingThread2Document,
    "query MessagingThread3($t: ID!) { thread(id: $t) { id } }": typeof types.MessagingThread3Document,
    "query MessagingThread4($t: ID!) { thread(id: $t) { messages { id } } }": typeof types.MessagingThread4Document,
    "mutation MessagingReportMessage($m: ID!) { reportMessage(messageId: $m, reason: \"Оскорбление\") { id } }": typeof types.MessagingReportMessageDocument,
    "query MessagingThread5($t: ID!) { thread(id: $t) { messages { body hidden } } }": typeof types.MessagingThread5Document,
    "query MessagingAbuseReports($s: ID!) { abuseReports(schoolId: $s) { id reason } }": typeof types.MessagingAbuseReportsDocument,
    "query MessagingAbuseReports2($s: ID!) { abuseReports(schoolId: $s) { id } }": typeof types.MessagingAbuseReports2Document,
    "mutation MessagingResolveReport($r: ID!) { resolveReport(reportId: $r, resolution: REMOVED) { resolution } }": typeof types.MessagingResolveReportDocument,
    "mutation MessagingPublish($i: AnnouncementInput!) { publishAnnouncement(input: $i) { id readCount } }": typeof types.MessagingPublishDocument,
    "query MessagingMyAnnouncements { myAnnouncements { id title read } }": typeof types.MessagingMyAnnouncementsDocument,
    "query MessagingMyAnnouncements2 { myAnnouncements { id } }": typeof types.MessagingMyAnnouncements2Document,
    "mutation MessagingMarkAnnouncementRead($a: ID!) { markAnnouncementRead(id: $a) }": typeof types.MessagingMarkAnnouncementReadDocument,
    "query MessagingMyAnnouncements3 { myAnnouncements { id readCount } }": typeof types.MessagingMyAnnouncements3Document,
    "mutation MessagingRecordDiaryVisit { recordDiaryVisit }": typeof types.MessagingRecordDiaryVisitDocument,
    "query MessagingMyNotifications3 { myNotifications(unreadOnly: true) { id } }": typeof types.MessagingMyNotifications3Document,
    "mutation MessagingMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": typeof types.MessagingMarkNotificationsReadDocument,
    "mutation MessagingGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": typeof types.MessagingGrantRoleDocument,
    "query MessagingParentEngagement($c: ID!) { parentEngagement(classId: $c) { parent { id } student { id } lastDiaryVisit lastNotificationOpened unreadNotifications } }": typeof types.MessagingParentEngagementDocument,
    "query MessagingParentActivityReport($c: ID!) { parentActivityReport(classId: $c, month: \"2026-11\") { parent { id } diaryVisits notificationsReceived notificationsRead } }": typeof types.MessagingParentActivityReportDocument,
    "query MessagingParentEngagement2($c: ID!) { parentEngagement(classId: $c) { unreadNotifications } }": typeof types.MessagingParentEngagement2Document,
    "query PartialDiary { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") {\n  id date subject { name } teacher { lastName } marks { value } attendance { status } } }": typeof types.PartialDiaryDocument,
    "query PartialJournal($a: ID!, $p: ID!) {\n  me { roles { role } }\n  journal(assignmentId: $a, periodId: $p) {\n    lessons { id date marks { value } attendance { status } }\n    rows { student { lastName } } } }": typeof types.PartialJournalDocument,
    "mutation PartialGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": typeof types.PartialGenerateLessonsDocument,
    "query PartialClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": typeof types.PartialClassTimetableDocument,
    "mutation PartialPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": typeof types.PartialPostMarkDocument,
    "mutation PartialRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }": typeof types.PartialRecordAttendanceDocument,
    "query PartialMe($s: ID!) { me { roles { role } } schoolAttendance(schoolId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { shareMissed } }": typeof types.PartialMeDocument,
    "query RevocationProbeIdentity { me { person { id } } }": typeof types.RevocationProbeIdentityDocument,
    "query RevocationProbeCurriculum { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": typeof types.RevocationProbeCurriculumDocument,
    "query RevocationProbeGradebook($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { id } }": typeof types.RevocationProbeGradebookDocument,
    "mutation RevocationProbePostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": typeof types.RevocationProbePostMarkDocument,
    "query RevocationProbeAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { __typename } }": typeof types.RevocationProbeAttendanceDocument,
    "query RevocationProbeMessaging { myThreads { id } }": typeof types.RevocationProbeMessagingDocument,
    "mutation RevocationLogout { logout }": typeof types.RevocationLogoutDocument,
    "query RevocationMySessions { mySessions { id current } }": typeof types.RevocationMySessionsDocument,
    "mutation RevocationRevokeSession($id: ID!) { revokeSession(id: $id) { id } }": typeof types.RevocationRevokeSessionDocument,
    "query RevocationMe { me { person { id } } }": typeof types.RevocationMeDocument,
    "query RevocationPerson($id: ID!) { person(id: $id) { roles { id role } } }": typeof types.RevocationPersonDocument,
    "mutation RevocationRevokeRole($id: ID!) { revokeRole(id: $id, reason: \"Перевод в другую школу, приказ №7\") { id } }": typeof types.RevocationRevokeRoleDocument,
    "mutation FixtureRegisterSchool($id: ID!, $r: ID!) { registerSchool(id: $id, regionId: $r, name: \"Тестовая школа\", timeZone: \"Asia/Yekaterinburg\") { id } }": typeof types.FixtureRegisterSchoolDocument,
    "mutation FixtureCreateAcademicYear($s: ID!, $p: [PeriodInput!]!) { createAcademicYear(schoolId: $s, name: \"2026/2027\", startsOn: \"2026-09-01\", endsOn: \"2027-05-31\", periods: $p) { id periods { id name kind } } }": typeof types.FixtureCreateAcademicYearDocument,
    "mutation FixtureCreateClass($y: ID!, $l: String!) { createClass(yearId: $y, grade: 7, letter: $l) { id name } }": typeof types.FixtureCreateClassDocument,
    "mutation FixtureCreateSubject($s: ID!) { createSubject(schoolId: $s, name: \"Алгебра\") { id } }": typeof types.FixtureCreateSubjectDocument,
    "mutation FixtureSetCurriculumItem($y: ID!, $s: ID!) { setCurriculumItem(yearId: $y, grade: 7, subjectId: $s, hoursPerWeek: 3, hoursPerYear: 102) { id } }": typeof types.FixtureSetCurriculumItemDocument,
    "mutation FixtureAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }": typeof types.FixtureAssignTeacherDocument,
    "mutation FixtureSetTimetableSlot($a: ID!, $w: Int!, $n: Int!) { setTimetableSlot(assignmentId: $a, weekday: $w, lessonNumber: $n, room: \"207\", validFrom: \"2026-09-01\") { id } }": typeof types.FixtureSetTimetableSlotDocument,
    "mutation FixtureSetBellSchedule($s: ID!) { setBellSchedule(schoolId: $s, bells: [{lessonNumber: 1, startsAt: \"08:30\", endsAt: \"09:10\"}, {lessonNumber: 2, startsAt: \"09:20\", endsAt: \"10:00\"}]) { lessonNumber } }": typeof types.FixtureSetBellScheduleDocument,
    "mutation FixtureMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 112-у\") { id } }": typeof types.FixtureMoveStudentDocument,
};
const documents: Documents = {
    "mutation BenchIsolationGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.BenchIsolationGenerateLessonsDocument,
    "query BenchJournalPage($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n  hoursPerWeek\n  period { name }\n  lessons { date topic }\n  rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks }\n} }": types.BenchJournalPageDocument,
    "mutation BenchJournalRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": types.BenchJournalRegisterPersonDocument,
    "mutation BenchJournalMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 115-у\") { id } }": types.BenchJournalMoveStudentDocument,
    "mutation BenchJournalGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.BenchJournalGenerateLessonsDocument,
    "query BenchJournalClassTimetable($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date status } }": types.BenchJournalClassTimetableDocument,
    "mutation BenchJournalPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": types.BenchJournalPostMarkDocument,
    "mutation AttendanceRecord($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id status lateMinutes timing current student { id } reason { kind excused notice { id } } } }": types.AttendanceRecordDocument,
    "mutation AttendanceReason($r: [ID!]!, $k: AbsenceReasonKind!) { setAbsenceReason(recordIds: $r, kind: $k) { id kind excused } }": types.AttendanceReasonDocument,
    "mutation AttendanceMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 113-у\") { id } }": types.AttendanceMoveStudentDocument,
    "mutation AttendanceGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.AttendanceGenerateLessonsDocument,
    "query AttendanceClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id } }": types.AttendanceClassTimetableDocument,
    "mutation AttendanceGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": types.AttendanceGrantRoleDocument,
    "mutation AttendanceGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: \"Болезнь учителя\") }": types.AttendanceGrantSubstitutionDocument,
    "mutation AttendanceCorrectToPresent($r: ID!) { correctAttendance(recordId: $r, status: PRESENT, reason: \"Ошибка: ученик был на уроке\") { status current correctionReason replaces { id status current } } }": types.AttendanceCorrectToPresentDocument,
    "mutation AttendanceCorrectToLate($r: ID!) { correctAttendance(recordId: $r, status: LATE, lateMinutes: 12, reason: \"Уточнено по журналу дежурного\") { lateMinutes timing approvedBy { id } } }": types.AttendanceCorrectToLateDocument,
    "mutation AttendanceNotify($i: AbsenceNoticeInput!) { notifyAbsence(input: $i) { id status } }": types.AttendanceNotifyDocument,
    "mutation AttendanceDecide($n: ID!, $c: Boolean!) { decideAbsenceNotice(noticeId: $n, confirm: $c) { status decidedBy { id } } }": types.AttendanceDecideDocument,
    "query AttendanceAbsenceNotices($s: ID!) { absenceNotices(studentId: $s) { status kind } }": types.AttendanceAbsenceNoticesDocument,
    "query AttendanceWeek($s: ID!, $w: String!) { weeklyReconciliation(schoolId: $s, weekStart: $w) { schoolClass { id } absences withoutReason reconciled } }": types.AttendanceWeekDocument,
    "mutation AttendanceReconcile($c: ID!, $w: String!) { reconcileWeek(classId: $c, weekStart: $w) { weekStart reconciledBy { id } } }": types.AttendanceReconcileDocument,
    "mutation AttendanceSettings($s: ID!, $t: Int!, $w: Int!) { setNonattendanceSettings(schoolId: $s, threshold: $t, windowDays: $w) { threshold windowDays setBy { id } } }": types.AttendanceSettingsDocument,
    "query AttendanceNonattendanceSettings($s: ID!) { nonattendanceSettings(schoolId: $s) { threshold windowDays setBy { id } } }": types.AttendanceNonattendanceSettingsDocument,
    "query AttendanceNonattendanceDetections($s: ID!) { nonattendanceDetections(schoolId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { student { id } windowFrom windowTo unexcusedAbsences threshold } }": types.AttendanceNonattendanceDetectionsDocument,
    "query AttendanceClassAttendanceMonth($c: ID!) { classAttendanceMonth(classId: $c, month: \"2026-11\") { from to\n           rows { student { id } totals { lessonsMissed excused unexcused withoutReason late lateMinutes }\n                  bySubject { subject { id } totals { lessonsMissed late } } }\n           totals { lessonsMissed excused unexcused late } } }": types.AttendanceClassAttendanceMonthDocument,
    "query AttendanceAttendanceSummary($c: ID!) { attendanceSummary(classId: $c, from: \"2026-11-23\", to: \"2026-12-06\") { rows { student { id } totals { lessonsMissed unexcused } } } }": types.AttendanceAttendanceSummaryDocument,
    "query AttendanceStudentAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { records { lessonDate status } totals { lessonsMissed excused } } }": types.AttendanceStudentAttendanceDocument,
    "query AttendanceSchool($s: ID!) { schoolAttendance(schoolId: $s, from: \"2026-11-23\", to: \"2026-11-29\") { lessonsHeld studentLessons totals { lessonsMissed } shareMissed } }": types.AttendanceSchoolDocument,
    "mutation AttendanceOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-12-07\", toDate: \"2026-12-07\", reason: \"Сбой сети 7 декабря\") { id } }": types.AttendanceOpenTransferWindowDocument,
    "query AttendanceOthersAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { totals { lessonsMissed } } }": types.AttendanceOthersAttendanceDocument,
    "query AttendanceOthersNotices($s: ID!) { absenceNotices(studentId: $s) { id } }": types.AttendanceOthersNoticesDocument,
    "query AttendancePerson($s: ID!) { person(id: $s) { absences(from: \"2026-11-01\", to: \"2026-12-31\") { status } } }": types.AttendancePersonDocument,
    "query AttendanceMe { me { person { children { child { id absences(from: \"2026-11-01\", to: \"2026-12-31\") { status lessonDate } } } } } }": types.AttendanceMeDocument,
    "mutation AttendancePostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": types.AttendancePostMarkDocument,
    "query AttendanceMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": types.AttendanceMyTimetableDocument,
    "query AttendanceMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }": types.AttendanceMyTimetable2Document,
    "query AttendanceJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } }\n       } }": types.AttendanceJournalDocument,
    "query AttendanceVerifyAttendance($a: ID!) { verifyAttendance(assignmentId: $a) { ok checked firstBrokenRecordId reason } }": types.AttendanceVerifyAttendanceDocument,
    "mutation ChainPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": types.ChainPostMarkDocument,
    "query ChainVerifyJournal($a: ID!) { verifyJournal(assignmentId: $a) { ok checked firstBrokenMarkId reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": types.ChainVerifyJournalDocument,
    "query ChainVerifyAttendance($a: ID!) { verifyAttendance(assignmentId: $a) { ok checked firstBrokenRecordId reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": types.ChainVerifyAttendanceDocument,
    "mutation ChainGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.ChainGenerateLessonsDocument,
    "query ChainClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": types.ChainClassTimetableDocument,
    "mutation ChainRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }": types.ChainRecordAttendanceDocument,
    "mutation ChainCorrectAttendance($r: ID!) { correctAttendance(recordId: $r, status: LATE, lateMinutes: 5, reason: \"Пришёл к середине урока\") { id } }": types.ChainCorrectAttendanceDocument,
    "query ChainVerifyCurriculumAuditChain($s: ID!) { verifyCurriculumAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": types.ChainVerifyCurriculumAuditChainDocument,
    "mutation ChainNotifyAbsence($i: AbsenceNoticeInput!) { notifyAbsence(input: $i) { id } }": types.ChainNotifyAbsenceDocument,
    "query ChainVerifyAttendanceAuditChain($s: ID!) { verifyAttendanceAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": types.ChainVerifyAttendanceAuditChainDocument,
    "query ChainVerifyAuditChain($s: ID!) { verifyAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": types.ChainVerifyAuditChainDocument,
    "query ChainVerifyIdentityAuditChain { verifyIdentityAuditChain(chain: SESSIONS) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }": types.ChainVerifyIdentityAuditChainDocument,
    "mutation CurriculumAdminGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.CurriculumAdminGenerateLessonsDocument,
    "query CurriculumAdminClassTimetable($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date lessonNumber status changeReason } }": types.CurriculumAdminClassTimetableDocument,
    "mutation CurriculumAdminImportPlan($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) { plan { version totalHours topics { position kind } } errors { row message } } }": types.CurriculumAdminImportPlanDocument,
    "mutation CurriculumAdminImportPlan2($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) { plan { id } } }": types.CurriculumAdminImportPlan2Document,
    "mutation CurriculumAdminChangeLesson($l: ID!) { changeLesson(lessonId: $l, cancel: true, reason: \"Просто так\") { id } }": types.CurriculumAdminChangeLessonDocument,
    "mutation CurriculumAdminChangeLesson2($l: ID!) { changeLesson(lessonId: $l, lessonNumber: 5, reason: \"Экскурсия класса\") { lessonNumber changeReason } }": types.CurriculumAdminChangeLesson2Document,
    "mutation CurriculumAdminChangeLesson3($l: ID!) { changeLesson(lessonId: $l, cancel: true, reason: \"Карантин, приказ № 15\") { status } }": types.CurriculumAdminChangeLesson3Document,
    "mutation CurriculumAdminAddExtraLesson($a: ID!) { addExtraLesson(assignmentId: $a, date: \"2026-11-28\", lessonNumber: 1, reason: \"Отработка за карантин\") { date status } }": types.CurriculumAdminAddExtraLessonDocument,
    "query CurriculumAdminTimetableSlots($a: ID!) { timetableSlots(assignmentId: $a) { id weekday lessonNumber } }": types.CurriculumAdminTimetableSlotsDocument,
    "mutation CurriculumAdminSetTimetableSlot($a: ID!, $r: ID!) { setTimetableSlot(assignmentId: $a, weekday: 4, lessonNumber: 4, room: \"301\", validFrom: \"2026-12-07\", replacesSlotId: $r) { id } }": types.CurriculumAdminSetTimetableSlotDocument,
    "mutation CurriculumAdminGenerateLessons2($y: ID!) { generateLessons(yearId: $y) { created cancelled } }": types.CurriculumAdminGenerateLessons2Document,
    "mutation CurriculumAdminSetTimetableSlot2($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 1, validFrom: \"2026-09-01\") { id } }": types.CurriculumAdminSetTimetableSlot2Document,
    "query CurriculumAdminSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }": types.CurriculumAdminSchoolDocument,
    "mutation CurriculumAdminChangePeriod($p: ID!) { changePeriod(periodId: $p, startsOn: \"2026-10-20\", endsOn: \"2026-12-28\", orderRef: \"Приказ № 200\", reason: \"Карантин\") { id } }": types.CurriculumAdminChangePeriodDocument,
    "mutation CurriculumAdminChangePeriod2($p: ID!) { changePeriod(periodId: $p, startsOn: \"2026-11-04\", endsOn: \"2026-12-25\", orderRef: \"Приказ № 201 от 20.11.2026\", reason: \"Перенос каникул по карантину\") { endsOn orderRef changeReason } }": types.CurriculumAdminChangePeriod2Document,
    "mutation CurriculumAdminGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": types.CurriculumAdminGrantRoleDocument,
    "mutation CurriculumAdminCreateGroup($y: ID!, $c: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"7А — английский, группа 1\", kind: SUBGROUP, classId: $c, memberIds: $m, fromDate: \"2026-11-23\") { name kind schoolClass { name } } }": types.CurriculumAdminCreateGroupDocument,
    "mutation CurriculumAdminCreateGroup2($y: ID!, $c: ID!) { createGroup(yearId: $y, name: \"7Б — группа\", kind: SUBGROUP, classId: $c, memberIds: [], fromDate: \"2026-11-23\") { name } }": types.CurriculumAdminCreateGroup2Document,
    "mutation CurriculumAdminCreateGroup3($y: ID!, $c: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"7А — группа 2\", kind: SUBGROUP, classId: $c, memberIds: $m, fromDate: \"2026-11-23\") { name } }": types.CurriculumAdminCreateGroup3Document,
    "mutation CurriculumAdminSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { topics { id } } }": types.CurriculumAdminSubmitPlanDocument,
    "mutation CurriculumAdminRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }": types.CurriculumAdminRecordLessonDocument,
    "query CurriculumAdminProgrammeFulfilment($a: ID!) { programmeFulfilment(assignmentId: $a) { plannedHours scheduledHours dueByToday heldHours plannedTopics coveredTopics planVersion } }": types.CurriculumAdminProgrammeFulfilmentDocument,
    "query CurriculumAdminProgrammeFulfilment2($a: ID!) { programmeFulfilment(assignmentId: $a) { heldHours } }": types.CurriculumAdminProgrammeFulfilment2Document,
    "mutation CurriculumAdminSetIndividualCurriculumItem($y: ID!, $st: ID!, $s: ID!) { setIndividualCurriculumItem(yearId: $y, studentId: $st, subjectId: $s, hoursPerYear: 68, reason: \"Обучение на дому, приказ № 77\") { hoursPerYear reason student { id } subject { name } } }": types.CurriculumAdminSetIndividualCurriculumItemDocument,
    "mutation CurriculumAdminSetIndividualCurriculumItem2($y: ID!, $st: ID!, $s: ID!) { setIndividualCurriculumItem(yearId: $y, studentId: $st, subjectId: $s, hoursPerYear: -1, reason: \"x\") { id } }": types.CurriculumAdminSetIndividualCurriculumItem2Document,
    "query CurriculumAdminMyTimetable { myTimetable(from: \"23.11.2026\", to: \"2026-11-29\") { id } }": types.CurriculumAdminMyTimetableDocument,
    "query CurriculumAdminClassRoster { classRoster(classId: \"1; drop table lesson\", onDate: \"2026-11-23\") { id } }": types.CurriculumAdminClassRosterDocument,
    "mutation CurriculumAdminRegisterSchool($r: ID!) { registerSchool(regionId: $r, name: \"МБОУ «Школа № 2»\", timeZone: \"Asia/Novosibirsk\", workingWeekdays: [1,2,3,4,5,6]) { name timeZone workingWeekdays } }": types.CurriculumAdminRegisterSchoolDocument,
    "mutation CurriculumAdminRegisterSchool2 { registerSchool(regionId: \"01930000-0000-7000-8000-000000000002\", name: \"Школа\", timeZone: \"Europe/Moscow\") { id } }": types.CurriculumAdminRegisterSchool2Document,
    "mutation CurriculumAdminRegisterSchool3($r: ID!) { registerSchool(regionId: $r, name: \"Школа\", timeZone: \"Europe/Moscow\") { id } }": types.CurriculumAdminRegisterSchool3Document,
    "mutation CurriculumAdminRegisterSchool4($r: ID!) { registerSchool(regionId: $r, name: \"Школа № 3\", timeZone: \"Yekaterinburg\") { id } }": types.CurriculumAdminRegisterSchool4Document,
    "mutation CurriculumAdminCreateGroup4($y: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"Элективный курс «Финансовая грамотность»\", kind: ELECTIVE, memberIds: $m, fromDate: \"2026-09-01\") { id } }": types.CurriculumAdminCreateGroup4Document,
    "mutation CurriculumAdminChangeGroupMembers($g: ID!, $r: [ID!]) { changeGroupMembers(groupId: $g, remove: $r, onDate: \"2026-11-16\") { id } }": types.CurriculumAdminChangeGroupMembersDocument,
    "query CurriculumAdminGroup($g: ID!, $d: String!) { group(id: $g) { members(onDate: $d) { id } } }": types.CurriculumAdminGroupDocument,
    "query CurriculumAdminGroup2($g: ID!) { group(id: $g) { members(onDate: \"2026-11-16\") { id } } }": types.CurriculumAdminGroup2Document,
    "mutation CurriculumAdminChangeGroupMembers2($g: ID!, $a: [ID!]) { changeGroupMembers(groupId: $g, add: $a, onDate: \"2026-11-23\") { id } }": types.CurriculumAdminChangeGroupMembers2Document,
    "mutation CurriculumSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { id } }": types.CurriculumSubmitPlanDocument,
    "mutation CurriculumSubmitPlan2($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version totalHours late } }": types.CurriculumSubmitPlan2Document,
    "mutation CurriculumSubmitPlan3($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version } }": types.CurriculumSubmitPlan3Document,
    "mutation CurriculumImportPlan($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: CSV, contentBase64: $c) { plan { id } errors { row message } } }": types.CurriculumImportPlanDocument,
    "mutation CurriculumGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created cancelled } }": types.CurriculumGenerateLessonsDocument,
    "mutation CurriculumGenerateLessons2($y: ID!) { generateLessons(yearId: $y) { created } }": types.CurriculumGenerateLessons2Document,
    "query CurriculumClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id lessonNumber } }": types.CurriculumClassTimetableDocument,
    "mutation CurriculumRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }": types.CurriculumRecordLessonDocument,
    "mutation CurriculumRecordLesson2($i: RecordLessonInput!) { recordLesson(input: $i) { status topic recordStatus conductedBy { lastName } homework { text student { id } } } }": types.CurriculumRecordLesson2Document,
    "mutation CurriculumRecordLesson3($i: RecordLessonInput!) { recordLesson(input: $i) { recordStatus } }": types.CurriculumRecordLesson3Document,
    "query CurriculumClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-25\", to: \"2026-11-25\") { id } }": types.CurriculumClassTimetable2Document,
    "query CurriculumClassTimetable3($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": types.CurriculumClassTimetable3Document,
    "mutation CurriculumGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: \"Болезнь учителя\") }": types.CurriculumGrantSubstitutionDocument,
    "mutation CurriculumRecordLesson4($i: RecordLessonInput!) { recordLesson(input: $i) { conductedBy { id } substitutes { id } } }": types.CurriculumRecordLesson4Document,
    "query CurriculumMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": types.CurriculumMyTimetableDocument,
    "query CurriculumMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date schoolClass { name } subject { name } teacher { lastName } homework { text student { id } } } }": types.CurriculumMyTimetable2Document,
    "query CurriculumMyTimetable3 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { schoolClass { name } homework { text } } }": types.CurriculumMyTimetable3Document,
    "query CurriculumClassTimetable4($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-29\") { id } }": types.CurriculumClassTimetable4Document,
    "query CurriculumMyTimetable4 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date lessonNumber schoolClass { name } startsAt } }": types.CurriculumMyTimetable4Document,
    "query CurriculumMyTimetable5 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { schoolClass { name } } }": types.CurriculumMyTimetable5Document,
    "query CurriculumJournalHeader($c: ID!, $s: ID!, $p: ID!) { journalHeader(classId: $c, subjectId: $s, periodId: $p) { period { name startsOn endsOn } lessons { date topic teacher { lastName firstName } } } }": types.CurriculumJournalHeaderDocument,
    "mutation CurriculumMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-12-01\", order: \"Приказ № 140-у\") { id } }": types.CurriculumMoveStudentDocument,
    "query CurriculumClassRoster($c: ID!, $d: String!) { classRoster(classId: $c, onDate: $d) { id } }": types.CurriculumClassRosterDocument,
    "query CurriculumEnrolmentHistory($s: ID!) { enrolmentHistory(studentId: $s) { schoolClass { name } startsOn endsOn endReason } }": types.CurriculumEnrolmentHistoryDocument,
    "query CurriculumClassRoster2($c: ID!) { classRoster(classId: $c, onDate: \"2026-11-23\") { id } }": types.CurriculumClassRoster2Document,
    "mutation EsiaLogin($i: LoginInput!) { login(input: $i) { accessToken } }": types.EsiaLoginDocument,
    "mutation EsiaCompleteEsiaLogin($c: String!) { completeEsiaLogin(code: $c) { accessToken viewer { session { authMethod } } } }": types.EsiaCompleteEsiaLoginDocument,
    "query EsiaMyChildren { me { person { id lastName firstName children { verified source esiaConfirmedAt child { firstName } } } roles { role classId } session { authMethod } } }": types.EsiaMyChildrenDocument,
    "mutation EsiaRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }": types.EsiaRegisterPersonDocument,
    "query EsiaPerson($id: ID!) { person(id: $id) { firstName birthDate } }": types.EsiaPersonDocument,
    "query EsiaPerson2($id: ID!) { person(id: $id) { parents { id verified source } } }": types.EsiaPerson2Document,
    "mutation EsiaVerifyParentLink($id: ID!) { verifyParentLink(id: $id) { verified } }": types.EsiaVerifyParentLinkDocument,
    "mutation EsiaCompleteEsiaLogin2($c: String!) { completeEsiaLogin(code: $c) { accessToken } }": types.EsiaCompleteEsiaLogin2Document,
    "mutation EsiaIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) { issueTemporaryCredentials(input: $i) { login password } }": types.EsiaIssueTemporaryCredentialsDocument,
    "query EsiaMe { me { person { lastName } session { authMethod } } }": types.EsiaMeDocument,
    "mutation LimitsGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.LimitsGenerateLessonsDocument,
    "query LimitsMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }": types.LimitsMyTimetableDocument,
    "query LimitsJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         hoursPerWeek period { name } lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } }\n         rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks }\n       } }": types.LimitsJournalDocument,
    "query LimitsMyTimetable2($f: String!, $t: String!) { myTimetable(from: $f, to: $t) { id date } }": types.LimitsMyTimetable2Document,
    "query LimitsPerson($id: ID!) { person(id: $id) { id } }": types.LimitsPersonDocument,
    "query LimitsSlowTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": types.LimitsSlowTimetableDocument,
    "query LimitsTypename { __typename }": types.LimitsTypenameDocument,
    "query LimitsMyLastName { me { person { lastName } } }": types.LimitsMyLastNameDocument,
    "query SecurityMe { me { person { lastName children { child { firstName } } } roles { role } session { current authMethod } } }": types.SecurityMeDocument,
    "query SecurityMe2 { me { person { id } } }": types.SecurityMe2Document,
    "mutation SecurityLogin { login(input: {login: \"director\", password: \"demo-dnevnik-2026\"}) { accessToken } }": types.SecurityLoginDocument,
    "mutation WorksPost($i: PostMarkInput!) { postMark(input: $i) {\n  id value scale fivePointValue weight timing title lesson { id } pairPart pairedWith { value pairPart }\n  approvedBy { id } } }": types.WorksPostDocument,
    "mutation WorksSettings($i: GradingSettingsInput!) { setGradingSettings(input: $i) {\n  weights { workType weight } minMarksUpTo2Hours minMarksMoreHours subjectScales { subjectId scale } setBy { id } } }": types.WorksSettingsDocument,
    "query WorksClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id subject { name } } }": types.WorksClassTimetableDocument,
    "mutation WorksGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.WorksGenerateLessonsDocument,
    "query WorksStudentMarks($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-20\", to: \"2026-11-20\") { title lesson { id } } }": types.WorksStudentMarksDocument,
    "mutation WorksPermitLateEntry($a: ID!) { permitLateEntry(assignmentId: $a, workDate: \"2026-11-10\", reason: \"Работы проверял другой учитель\") { validUntil } }": types.WorksPermitLateEntryDocument,
    "mutation WorksOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-11-16\", toDate: \"2026-11-18\", reason: \"Сбой сети 16–18 ноября\") { id closesAt } }": types.WorksOpenTransferWindowDocument,
    "query WorksGradingSettings($s: ID!) { gradingSettings(schoolId: $s) { minMarksUpTo2Hours minMarksMoreHours setAt } }": types.WorksGradingSettingsDocument,
    "query WorksGradingSettings2($s: ID!) { gradingSettings(schoolId: $s) { minMarksUpTo2Hours } }": types.WorksGradingSettings2Document,
    "query WorksJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) { rows { requiredMarks } } }": types.WorksJournalDocument,
    "mutation WorksCreateSubject($s: ID!) { createSubject(schoolId: $s, name: \"Музыка\") { id } }": types.WorksCreateSubjectDocument,
    "mutation WorksAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }": types.WorksAssignTeacherDocument,
    "mutation WorksSetTimetableSlot($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 4, validFrom: \"2026-09-01\") { id } }": types.WorksSetTimetableSlotDocument,
    "query WorksClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id subject { name } } }": types.WorksClassTimetable2Document,
    "query WorksSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }": types.WorksSchoolDocument,
    "mutation WorksGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": types.WorksGrantRoleDocument,
    "mutation WorksSetFinal($i: SetFinalInput!) { setFinal(input: $i) { kind value suggested average enoughMarks } }": types.WorksSetFinalDocument,
    "query WorksStudentFinals($s: ID!) { studentFinals(studentId: $s) { kind value period { id } enteredBy { id } } }": types.WorksStudentFinalsDocument,
    "query WorksStudentFinals2($s: ID!) { studentFinals(studentId: $s) { kind } }": types.WorksStudentFinals2Document,
    "mutation GradebookPost($i: PostMarkInput!) { postMark(input: $i) { id value timing current } }": types.GradebookPostDocument,
    "mutation GradebookGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.GradebookGenerateLessonsDocument,
    "query GradebookClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": types.GradebookClassTimetableDocument,
    "query GradebookClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-25\", to: \"2026-11-25\") { id } }": types.GradebookClassTimetable2Document,
    "mutation GradebookPermitLateEntry($l: ID!) { permitLateEntry(lessonId: $l, reason: \"Учитель болел, справка\") { id } }": types.GradebookPermitLateEntryDocument,
    "mutation GradebookPermitLateEntry2($l: ID!) { permitLateEntry(lessonId: $l, reason: \"Учитель болел, справка\") { validUntil } }": types.GradebookPermitLateEntry2Document,
    "mutation GradebookPostMark($i: PostMarkInput!) { postMark(input: $i) { timing approvedBy { id } } }": types.GradebookPostMarkDocument,
    "mutation GradebookCreateClass($y: ID!) { createClass(yearId: $y, grade: 1, letter: \"А\") { id } }": types.GradebookCreateClassDocument,
    "mutation GradebookAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }": types.GradebookAssignTeacherDocument,
    "mutation GradebookSetTimetableSlot($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 5, validFrom: \"2026-09-01\") { id } }": types.GradebookSetTimetableSlotDocument,
    "mutation GradebookMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 1\") { id } }": types.GradebookMoveStudentDocument,
    "mutation GradebookCorrectMark($m: ID!) { correctMark(markId: $m, value: \"3\", reason: \"Ошибка ввода: в тетради «3»\") { value replaces { id value current } correctionReason } }": types.GradebookCorrectMarkDocument,
    "mutation GradebookCorrectMark2($m: ID!) { correctMark(markId: $m, value: \"5\", reason: \"Пересмотр работы\") { id } }": types.GradebookCorrectMark2Document,
    "mutation GradebookCorrectMark3($m: ID!) { correctMark(markId: $m, value: \"5\", reason: \"Апелляция, решение комиссии\") { value approvedBy { id } } }": types.GradebookCorrectMark3Document,
    "query GradebookVerifyJournal($a: ID!) { verifyJournal(assignmentId: $a) { ok checked firstBrokenMarkId reason } }": types.GradebookVerifyJournalDocument,
    "query GradebookStudentMarks($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { value } }": types.GradebookStudentMarksDocument,
    "query GradebookMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": types.GradebookMyTimetableDocument,
    "query GradebookMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } topic homework { text } marks { value workType student { firstName } } } }": types.GradebookMyTimetable2Document,
    "query GradebookForecast($s: ID!, $a: ID!, $p: ID!) { forecast(studentId: $s, assignmentId: $a, periodId: $p, target: 5) { predicted count required missing remainingLessons marksToReach } }": types.GradebookForecastDocument,
    "query GradebookForecast2($s: ID!, $a: ID!, $p: ID!) { forecast(studentId: $s, assignmentId: $a, periodId: $p) { predicted } }": types.GradebookForecast2Document,
    "mutation GradebookRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }": types.GradebookRecordLessonDocument,
    "query GradebookJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         hoursPerWeek\n         period { name startsOn }\n         lessons { date topic }\n         rows { student { lastName firstName } marks { value workType current } average suggestedFinal enoughMarks requiredMarks }\n       } }": types.GradebookJournalDocument,
    "query GradebookArchiveJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n     lessons { id date lessonNumber topic homework { text } attendance { student { id } status } }\n     rows { student { id lastName firstName middleName } marks { id lessonDate value workType current } average final { value } }\n   } }": types.GradebookArchiveJournalDocument,
    "query GradebookArchiveSchool($s: ID!) { school(id: $s) { name years { id periods { name } classes { name } } } }": types.GradebookArchiveSchoolDocument,
    "mutation GradebookArchivePost($i: PostMarkInput!) { postMark(input: $i) { id } }": types.GradebookArchivePostDocument,
    "query GradebookArchiveMe { me { person { id } } }": types.GradebookArchiveMeDocument,
    "mutation GradebookSetFinal($i: SetFinalInput!) { setFinal(input: $i) { value deferredReason deferredUntil timing suggested } }": types.GradebookSetFinalDocument,
    "mutation GradebookGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": types.GradebookGrantRoleDocument,
    "query GradebookSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }": types.GradebookSchoolDocument,
    "mutation HardeningStartThread($i: StartThreadInput!) { startThread(input: $i) { id } }": types.HardeningStartThreadDocument,
    "mutation HardeningSetNotificationPreferences($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email } }": types.HardeningSetNotificationPreferencesDocument,
    "query HardeningPerson { person(id: \"1 or 1=1\") { id } }": types.HardeningPersonDocument,
    "query HardeningSchool { school(id: \"school-1\") { id } }": types.HardeningSchoolDocument,
    "query HardeningJournal { journal(assignmentId: \"x\", periodId: \"y\") { hoursPerWeek } }": types.HardeningJournalDocument,
    "query HardeningClassAttendanceMonth { classAttendanceMonth(classId: \"7а\", month: \"2026-09\") { from } }": types.HardeningClassAttendanceMonthDocument,
    "query HardeningThread { thread(id: \"42\") { id } }": types.HardeningThreadDocument,
    "mutation HardeningLogin($i: LoginInput!) { login(input: $i) { accessToken } }": types.HardeningLoginDocument,
    "mutation HarnessLogin($i: LoginInput!) { login(input: $i) { accessToken } }": types.HarnessLoginDocument,
    "mutation HarnessArchiveToken($a: String!, $s: ID!) { issueServiceToken(clientAssertion: $a, schoolId: $s) { accessToken } }": types.HarnessArchiveTokenDocument,
    "mutation IdentityLoginTokens($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }": types.IdentityLoginTokensDocument,
    "mutation IdentityRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id lastName } }": types.IdentityRegisterPersonDocument,
    "query IdentityPerson($id: ID!) { person(id: $id) { firstName birthDate } }": types.IdentityPersonDocument,
    "query IdentityMe { me { session { id } } }": types.IdentityMeDocument,
    "query IdentityPerson2 { person(id: \"01930000-0000-7000-8000-000000001005\") { lastName birthDate roles { role } } }": types.IdentityPerson2Document,
    "mutation IdentityRefreshSession($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }": types.IdentityRefreshSessionDocument,
    "mutation IdentityRefreshSession2($t: String!) { refreshSession(refreshToken: $t) { accessToken } }": types.IdentityRefreshSession2Document,
    "query IdentityMe2 { me { person { id } } }": types.IdentityMe2Document,
    "query IdentityMySessions { mySessions { id current authMethod revokedAt } }": types.IdentityMySessionsDocument,
    "mutation IdentityLogout { logout }": types.IdentityLogoutDocument,
    "mutation IdentityIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) { issueTemporaryCredentials(input: $i) { login password expiresAt } }": types.IdentityIssueTemporaryCredentialsDocument,
    "query IdentityMe3 { me { person { firstName } session { authMethod } } }": types.IdentityMe3Document,
    "query IdentityMe4 { me { person { id } roles { role } } }": types.IdentityMe4Document,
    "query IdentityPerson3($id: ID!) { person(id: $id) { roles { id role } } }": types.IdentityPerson3Document,
    "mutation IdentityRevokeRole($id: ID!) { revokeRole(id: $id, reason: \"Увольнение, приказ №5\") { id } }": types.IdentityRevokeRoleDocument,
    "query IdentityVerifyAuditChain($s: ID!) { verifyAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason } }": types.IdentityVerifyAuditChainDocument,
    "query IdentityVerifyAuditChain2($s: ID!) { verifyAuditChain(schoolId: $s) { ok } }": types.IdentityVerifyAuditChain2Document,
    "mutation IdentityGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": types.IdentityGrantRoleDocument,
    "mutation IdentityLogin { login(input: {login: \"x\", password: \"y\"}) { accessToken } }": types.IdentityLoginDocument,
    "mutation RecordsRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) {\n  topic material workType recordStatus homework { id text dueOn revision } } }": types.RecordsRecordLessonDocument,
    "query RecordsClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id } }": types.RecordsClassTimetableDocument,
    "query RecordsMyNotifications { myNotifications(first: 200) { kind title body lesson { id } } }": types.RecordsMyNotificationsDocument,
    "mutation RecordsGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.RecordsGenerateLessonsDocument,
    "query RecordsMyTimetable($d: String!) { myTimetable(from: $d, to: $d) { id topic material workType homework { text dueOn revision } } }": types.RecordsMyTimetableDocument,
    "mutation RecordsUpdateHomework($id: ID!, $i: UpdateHomeworkInput!) { updateHomework(id: $id, input: $i) { id text dueOn revision changedAt } }": types.RecordsUpdateHomeworkDocument,
    "mutation RecordsRemoveHomework($id: ID!) { removeHomework(id: $id) { id } }": types.RecordsRemoveHomeworkDocument,
    "mutation RecordsRemoveHomework2($id: ID!) { removeHomework(id: $id) { id homework { id } } }": types.RecordsRemoveHomework2Document,
    "query RecordsMyTimetable2($d: String!) { myTimetable(from: $d, to: $d) { id homework { id } } }": types.RecordsMyTimetable2Document,
    "mutation RecordsOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-11-16\", toDate: \"2026-11-18\", reason: \"Сбой сети 16–18 ноября\") { id closesAt } }": types.RecordsOpenTransferWindowDocument,
    "query RecordsOutageTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-16\", to: \"2026-11-16\") { topic recordStatus } }": types.RecordsOutageTimetableDocument,
    "mutation ThrottleLogin($i: LoginInput!) { login(input: $i) { accessToken } }": types.ThrottleLoginDocument,
    "query ThrottleMe { me { person { lastName } } }": types.ThrottleMeDocument,
    "mutation MessagingPost($i: PostMarkInput!) { postMark(input: $i) { id } }": types.MessagingPostDocument,
    "mutation MessagingPrefs($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email phone smsEnabled } }": types.MessagingPrefsDocument,
    "mutation MessagingGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.MessagingGenerateLessonsDocument,
    "query MessagingClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": types.MessagingClassTimetableDocument,
    "query MessagingNotificationsList { myNotifications(first: 200) { kind title read student { id } lesson { id } deliveries { channel status } } }": types.MessagingNotificationsListDocument,
    "query MessagingMyNotifications { myNotifications(unreadOnly: true) { id title } }": types.MessagingMyNotificationsDocument,
    "mutation MessagingRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }": types.MessagingRecordAttendanceDocument,
    "query MessagingMyNotifications2 { myNotifications(first: 200) { kind title body lesson { id } } }": types.MessagingMyNotifications2Document,
    "mutation MessagingStart($i: StartThreadInput!) { startThread(input: $i) { id kind members { id } } }": types.MessagingStartDocument,
    "mutation MessagingSendMessage($t: ID!) { sendMessage(threadId: $t, body: \"Да, в четверг.\") { id } }": types.MessagingSendMessageDocument,
    "query MessagingThread($t: ID!) { thread(id: $t) { unreadCount messages { body author { id } } } }": types.MessagingThreadDocument,
    "mutation MessagingMarkThreadRead($t: ID!) { markThreadRead(threadId: $t) }": types.MessagingMarkThreadReadDocument,
    "query MessagingThread2($t: ID!) { thread(id: $t) { unreadCount messages { readBy { id } } } }": types.MessagingThread2Document,
    "query MessagingThread3($t: ID!) { thread(id: $t) { id } }": types.MessagingThread3Document,
    "query MessagingThread4($t: ID!) { thread(id: $t) { messages { id } } }": types.MessagingThread4Document,
    "mutation MessagingReportMessage($m: ID!) { reportMessage(messageId: $m, reason: \"Оскорбление\") { id } }": types.MessagingReportMessageDocument,
    "query MessagingThread5($t: ID!) { thread(id: $t) { messages { body hidden } } }": types.MessagingThread5Document,
    "query MessagingAbuseReports($s: ID!) { abuseReports(schoolId: $s) { id reason } }": types.MessagingAbuseReportsDocument,
    "query MessagingAbuseReports2($s: ID!) { abuseReports(schoolId: $s) { id } }": types.MessagingAbuseReports2Document,
    "mutation MessagingResolveReport($r: ID!) { resolveReport(reportId: $r, resolution: REMOVED) { resolution } }": types.MessagingResolveReportDocument,
    "mutation MessagingPublish($i: AnnouncementInput!) { publishAnnouncement(input: $i) { id readCount } }": types.MessagingPublishDocument,
    "query MessagingMyAnnouncements { myAnnouncements { id title read } }": types.MessagingMyAnnouncementsDocument,
    "query MessagingMyAnnouncements2 { myAnnouncements { id } }": types.MessagingMyAnnouncements2Document,
    "mutation MessagingMarkAnnouncementRead($a: ID!) { markAnnouncementRead(id: $a) }": types.MessagingMarkAnnouncementReadDocument,
    "query MessagingMyAnnouncements3 { myAnnouncements { id readCount } }": types.MessagingMyAnnouncements3Document,
    "mutation MessagingRecordDiaryVisit { recordDiaryVisit }": types.MessagingRecordDiaryVisitDocument,
    "query MessagingMyNotifications3 { myNotifications(unreadOnly: true) { id } }": types.MessagingMyNotifications3Document,
    "mutation MessagingMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }": types.MessagingMarkNotificationsReadDocument,
    "mutation MessagingGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }": types.MessagingGrantRoleDocument,
    "query MessagingParentEngagement($c: ID!) { parentEngagement(classId: $c) { parent { id } student { id } lastDiaryVisit lastNotificationOpened unreadNotifications } }": types.MessagingParentEngagementDocument,
    "query MessagingParentActivityReport($c: ID!) { parentActivityReport(classId: $c, month: \"2026-11\") { parent { id } diaryVisits notificationsReceived notificationsRead } }": types.MessagingParentActivityReportDocument,
    "query MessagingParentEngagement2($c: ID!) { parentEngagement(classId: $c) { unreadNotifications } }": types.MessagingParentEngagement2Document,
    "query PartialDiary { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") {\n  id date subject { name } teacher { lastName } marks { value } attendance { status } } }": types.PartialDiaryDocument,
    "query PartialJournal($a: ID!, $p: ID!) {\n  me { roles { role } }\n  journal(assignmentId: $a, periodId: $p) {\n    lessons { id date marks { value } attendance { status } }\n    rows { student { lastName } } } }": types.PartialJournalDocument,
    "mutation PartialGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }": types.PartialGenerateLessonsDocument,
    "query PartialClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }": types.PartialClassTimetableDocument,
    "mutation PartialPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": types.PartialPostMarkDocument,
    "mutation PartialRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }": types.PartialRecordAttendanceDocument,
    "query PartialMe($s: ID!) { me { roles { role } } schoolAttendance(schoolId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { shareMissed } }": types.PartialMeDocument,
    "query RevocationProbeIdentity { me { person { id } } }": types.RevocationProbeIdentityDocument,
    "query RevocationProbeCurriculum { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }": types.RevocationProbeCurriculumDocument,
    "query RevocationProbeGradebook($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { id } }": types.RevocationProbeGradebookDocument,
    "mutation RevocationProbePostMark($i: PostMarkInput!) { postMark(input: $i) { id } }": types.RevocationProbePostMarkDocument,
    "query RevocationProbeAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { __typename } }": types.RevocationProbeAttendanceDocument,
    "query RevocationProbeMessaging { myThreads { id } }": types.RevocationProbeMessagingDocument,
    "mutation RevocationLogout { logout }": types.RevocationLogoutDocument,
    "query RevocationMySessions { mySessions { id current } }": types.RevocationMySessionsDocument,
    "mutation RevocationRevokeSession($id: ID!) { revokeSession(id: $id) { id } }": types.RevocationRevokeSessionDocument,
    "query RevocationMe { me { person { id } } }": types.RevocationMeDocument,
    "query RevocationPerson($id: ID!) { person(id: $id) { roles { id role } } }": types.RevocationPersonDocument,
    "mutation RevocationRevokeRole($id: ID!) { revokeRole(id: $id, reason: \"Перевод в другую школу, приказ №7\") { id } }": types.RevocationRevokeRoleDocument,
    "mutation FixtureRegisterSchool($id: ID!, $r: ID!) { registerSchool(id: $id, regionId: $r, name: \"Тестовая школа\", timeZone: \"Asia/Yekaterinburg\") { id } }": types.FixtureRegisterSchoolDocument,
    "mutation FixtureCreateAcademicYear($s: ID!, $p: [PeriodInput!]!) { createAcademicYear(schoolId: $s, name: \"2026/2027\", startsOn: \"2026-09-01\", endsOn: \"2027-05-31\", periods: $p) { id periods { id name kind } } }": types.FixtureCreateAcademicYearDocument,
    "mutation FixtureCreateClass($y: ID!, $l: String!) { createClass(yearId: $y, grade: 7, letter: $l) { id name } }": types.FixtureCreateClassDocument,
    "mutation FixtureCreateSubject($s: ID!) { createSubject(schoolId: $s, name: \"Алгебра\") { id } }": types.FixtureCreateSubjectDocument,
    "mutation FixtureSetCurriculumItem($y: ID!, $s: ID!) { setCurriculumItem(yearId: $y, grade: 7, subjectId: $s, hoursPerWeek: 3, hoursPerYear: 102) { id } }": types.FixtureSetCurriculumItemDocument,
    "mutation FixtureAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }": types.FixtureAssignTeacherDocument,
    "mutation FixtureSetTimetableSlot($a: ID!, $w: Int!, $n: Int!) { setTimetableSlot(assignmentId: $a, weekday: $w, lessonNumber: $n, room: \"207\", validFrom: \"2026-09-01\") { id } }": types.FixtureSetTimetableSlotDocument,
    "mutation FixtureSetBellSchedule($s: ID!) { setBellSchedule(schoolId: $s, bells: [{lessonNumber: 1, startsAt: \"08:30\", endsAt: \"09:10\"}, {lessonNumber: 2, startsAt: \"09:20\", endsAt: \"10:00\"}]) { lessonNumber } }": types.FixtureSetBellScheduleDocument,
    "mutation FixtureMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 112-у\") { id } }": types.FixtureMoveStudentDocument,
};

/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation BenchIsolationGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').BenchIsolationGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query BenchJournalPage($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n  hoursPerWeek\n  period { name }\n  lessons { date topic }\n  rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks }\n} }"): typeof import('./graphql.js').BenchJournalPageDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation BenchJournalRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }"): typeof import('./graphql.js').BenchJournalRegisterPersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation BenchJournalMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 115-у\") { id } }"): typeof import('./graphql.js').BenchJournalMoveStudentDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation BenchJournalGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').BenchJournalGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query BenchJournalClassTimetable($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date status } }"): typeof import('./graphql.js').BenchJournalClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation BenchJournalPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }"): typeof import('./graphql.js').BenchJournalPostMarkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceRecord($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id status lateMinutes timing current student { id } reason { kind excused notice { id } } } }"): typeof import('./graphql.js').AttendanceRecordDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceReason($r: [ID!]!, $k: AbsenceReasonKind!) { setAbsenceReason(recordIds: $r, kind: $k) { id kind excused } }"): typeof import('./graphql.js').AttendanceReasonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 113-у\") { id } }"): typeof import('./graphql.js').AttendanceMoveStudentDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').AttendanceGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id } }"): typeof import('./graphql.js').AttendanceClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }"): typeof import('./graphql.js').AttendanceGrantRoleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: \"Болезнь учителя\") }"): typeof import('./graphql.js').AttendanceGrantSubstitutionDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceCorrectToPresent($r: ID!) { correctAttendance(recordId: $r, status: PRESENT, reason: \"Ошибка: ученик был на уроке\") { status current correctionReason replaces { id status current } } }"): typeof import('./graphql.js').AttendanceCorrectToPresentDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceCorrectToLate($r: ID!) { correctAttendance(recordId: $r, status: LATE, lateMinutes: 12, reason: \"Уточнено по журналу дежурного\") { lateMinutes timing approvedBy { id } } }"): typeof import('./graphql.js').AttendanceCorrectToLateDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceNotify($i: AbsenceNoticeInput!) { notifyAbsence(input: $i) { id status } }"): typeof import('./graphql.js').AttendanceNotifyDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceDecide($n: ID!, $c: Boolean!) { decideAbsenceNotice(noticeId: $n, confirm: $c) { status decidedBy { id } } }"): typeof import('./graphql.js').AttendanceDecideDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceAbsenceNotices($s: ID!) { absenceNotices(studentId: $s) { status kind } }"): typeof import('./graphql.js').AttendanceAbsenceNoticesDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceWeek($s: ID!, $w: String!) { weeklyReconciliation(schoolId: $s, weekStart: $w) { schoolClass { id } absences withoutReason reconciled } }"): typeof import('./graphql.js').AttendanceWeekDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceReconcile($c: ID!, $w: String!) { reconcileWeek(classId: $c, weekStart: $w) { weekStart reconciledBy { id } } }"): typeof import('./graphql.js').AttendanceReconcileDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceSettings($s: ID!, $t: Int!, $w: Int!) { setNonattendanceSettings(schoolId: $s, threshold: $t, windowDays: $w) { threshold windowDays setBy { id } } }"): typeof import('./graphql.js').AttendanceSettingsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceNonattendanceSettings($s: ID!) { nonattendanceSettings(schoolId: $s) { threshold windowDays setBy { id } } }"): typeof import('./graphql.js').AttendanceNonattendanceSettingsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceNonattendanceDetections($s: ID!) { nonattendanceDetections(schoolId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { student { id } windowFrom windowTo unexcusedAbsences threshold } }"): typeof import('./graphql.js').AttendanceNonattendanceDetectionsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceClassAttendanceMonth($c: ID!) { classAttendanceMonth(classId: $c, month: \"2026-11\") { from to\n           rows { student { id } totals { lessonsMissed excused unexcused withoutReason late lateMinutes }\n                  bySubject { subject { id } totals { lessonsMissed late } } }\n           totals { lessonsMissed excused unexcused late } } }"): typeof import('./graphql.js').AttendanceClassAttendanceMonthDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceAttendanceSummary($c: ID!) { attendanceSummary(classId: $c, from: \"2026-11-23\", to: \"2026-12-06\") { rows { student { id } totals { lessonsMissed unexcused } } } }"): typeof import('./graphql.js').AttendanceAttendanceSummaryDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceStudentAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { records { lessonDate status } totals { lessonsMissed excused } } }"): typeof import('./graphql.js').AttendanceStudentAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceSchool($s: ID!) { schoolAttendance(schoolId: $s, from: \"2026-11-23\", to: \"2026-11-29\") { lessonsHeld studentLessons totals { lessonsMissed } shareMissed } }"): typeof import('./graphql.js').AttendanceSchoolDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendanceOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-12-07\", toDate: \"2026-12-07\", reason: \"Сбой сети 7 декабря\") { id } }"): typeof import('./graphql.js').AttendanceOpenTransferWindowDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceOthersAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-12-31\") { totals { lessonsMissed } } }"): typeof import('./graphql.js').AttendanceOthersAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceOthersNotices($s: ID!) { absenceNotices(studentId: $s) { id } }"): typeof import('./graphql.js').AttendanceOthersNoticesDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendancePerson($s: ID!) { person(id: $s) { absences(from: \"2026-11-01\", to: \"2026-12-31\") { status } } }"): typeof import('./graphql.js').AttendancePersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceMe { me { person { children { child { id absences(from: \"2026-11-01\", to: \"2026-12-31\") { status lessonDate } } } } } }"): typeof import('./graphql.js').AttendanceMeDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation AttendancePostMark($i: PostMarkInput!) { postMark(input: $i) { id } }"): typeof import('./graphql.js').AttendancePostMarkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }"): typeof import('./graphql.js').AttendanceMyTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }"): typeof import('./graphql.js').AttendanceMyTimetable2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } }\n       } }"): typeof import('./graphql.js').AttendanceJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query AttendanceVerifyAttendance($a: ID!) { verifyAttendance(assignmentId: $a) { ok checked firstBrokenRecordId reason } }"): typeof import('./graphql.js').AttendanceVerifyAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation ChainPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }"): typeof import('./graphql.js').ChainPostMarkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query ChainVerifyJournal($a: ID!) { verifyJournal(assignmentId: $a) { ok checked firstBrokenMarkId reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }"): typeof import('./graphql.js').ChainVerifyJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query ChainVerifyAttendance($a: ID!) { verifyAttendance(assignmentId: $a) { ok checked firstBrokenRecordId reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }"): typeof import('./graphql.js').ChainVerifyAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation ChainGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').ChainGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query ChainClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }"): typeof import('./graphql.js').ChainClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation ChainRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }"): typeof import('./graphql.js').ChainRecordAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation ChainCorrectAttendance($r: ID!) { correctAttendance(recordId: $r, status: LATE, lateMinutes: 5, reason: \"Пришёл к середине урока\") { id } }"): typeof import('./graphql.js').ChainCorrectAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query ChainVerifyCurriculumAuditChain($s: ID!) { verifyCurriculumAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }"): typeof import('./graphql.js').ChainVerifyCurriculumAuditChainDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation ChainNotifyAbsence($i: AbsenceNoticeInput!) { notifyAbsence(input: $i) { id } }"): typeof import('./graphql.js').ChainNotifyAbsenceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query ChainVerifyAttendanceAuditChain($s: ID!) { verifyAttendanceAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }"): typeof import('./graphql.js').ChainVerifyAttendanceAuditChainDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query ChainVerifyAuditChain($s: ID!) { verifyAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }"): typeof import('./graphql.js').ChainVerifyAuditChainDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query ChainVerifyIdentityAuditChain { verifyIdentityAuditChain(chain: SESSIONS) { ok checked firstBrokenSeq reason missingTail checkpoint { status missingTail sinceCheckpoint checkpointCount checkpointHash checkpointAt } } }"): typeof import('./graphql.js').ChainVerifyIdentityAuditChainDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').CurriculumAdminGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminClassTimetable($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date lessonNumber status changeReason } }"): typeof import('./graphql.js').CurriculumAdminClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminImportPlan($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) { plan { version totalHours topics { position kind } } errors { row message } } }"): typeof import('./graphql.js').CurriculumAdminImportPlanDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminImportPlan2($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) { plan { id } } }"): typeof import('./graphql.js').CurriculumAdminImportPlan2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminChangeLesson($l: ID!) { changeLesson(lessonId: $l, cancel: true, reason: \"Просто так\") { id } }"): typeof import('./graphql.js').CurriculumAdminChangeLessonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminChangeLesson2($l: ID!) { changeLesson(lessonId: $l, lessonNumber: 5, reason: \"Экскурсия класса\") { lessonNumber changeReason } }"): typeof import('./graphql.js').CurriculumAdminChangeLesson2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminChangeLesson3($l: ID!) { changeLesson(lessonId: $l, cancel: true, reason: \"Карантин, приказ № 15\") { status } }"): typeof import('./graphql.js').CurriculumAdminChangeLesson3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminAddExtraLesson($a: ID!) { addExtraLesson(assignmentId: $a, date: \"2026-11-28\", lessonNumber: 1, reason: \"Отработка за карантин\") { date status } }"): typeof import('./graphql.js').CurriculumAdminAddExtraLessonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminTimetableSlots($a: ID!) { timetableSlots(assignmentId: $a) { id weekday lessonNumber } }"): typeof import('./graphql.js').CurriculumAdminTimetableSlotsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminSetTimetableSlot($a: ID!, $r: ID!) { setTimetableSlot(assignmentId: $a, weekday: 4, lessonNumber: 4, room: \"301\", validFrom: \"2026-12-07\", replacesSlotId: $r) { id } }"): typeof import('./graphql.js').CurriculumAdminSetTimetableSlotDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminGenerateLessons2($y: ID!) { generateLessons(yearId: $y) { created cancelled } }"): typeof import('./graphql.js').CurriculumAdminGenerateLessons2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminSetTimetableSlot2($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 1, validFrom: \"2026-09-01\") { id } }"): typeof import('./graphql.js').CurriculumAdminSetTimetableSlot2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }"): typeof import('./graphql.js').CurriculumAdminSchoolDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminChangePeriod($p: ID!) { changePeriod(periodId: $p, startsOn: \"2026-10-20\", endsOn: \"2026-12-28\", orderRef: \"Приказ № 200\", reason: \"Карантин\") { id } }"): typeof import('./graphql.js').CurriculumAdminChangePeriodDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminChangePeriod2($p: ID!) { changePeriod(periodId: $p, startsOn: \"2026-11-04\", endsOn: \"2026-12-25\", orderRef: \"Приказ № 201 от 20.11.2026\", reason: \"Перенос каникул по карантину\") { endsOn orderRef changeReason } }"): typeof import('./graphql.js').CurriculumAdminChangePeriod2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }"): typeof import('./graphql.js').CurriculumAdminGrantRoleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminCreateGroup($y: ID!, $c: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"7А — английский, группа 1\", kind: SUBGROUP, classId: $c, memberIds: $m, fromDate: \"2026-11-23\") { name kind schoolClass { name } } }"): typeof import('./graphql.js').CurriculumAdminCreateGroupDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminCreateGroup2($y: ID!, $c: ID!) { createGroup(yearId: $y, name: \"7Б — группа\", kind: SUBGROUP, classId: $c, memberIds: [], fromDate: \"2026-11-23\") { name } }"): typeof import('./graphql.js').CurriculumAdminCreateGroup2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminCreateGroup3($y: ID!, $c: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"7А — группа 2\", kind: SUBGROUP, classId: $c, memberIds: $m, fromDate: \"2026-11-23\") { name } }"): typeof import('./graphql.js').CurriculumAdminCreateGroup3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { topics { id } } }"): typeof import('./graphql.js').CurriculumAdminSubmitPlanDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }"): typeof import('./graphql.js').CurriculumAdminRecordLessonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminProgrammeFulfilment($a: ID!) { programmeFulfilment(assignmentId: $a) { plannedHours scheduledHours dueByToday heldHours plannedTopics coveredTopics planVersion } }"): typeof import('./graphql.js').CurriculumAdminProgrammeFulfilmentDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminProgrammeFulfilment2($a: ID!) { programmeFulfilment(assignmentId: $a) { heldHours } }"): typeof import('./graphql.js').CurriculumAdminProgrammeFulfilment2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminSetIndividualCurriculumItem($y: ID!, $st: ID!, $s: ID!) { setIndividualCurriculumItem(yearId: $y, studentId: $st, subjectId: $s, hoursPerYear: 68, reason: \"Обучение на дому, приказ № 77\") { hoursPerYear reason student { id } subject { name } } }"): typeof import('./graphql.js').CurriculumAdminSetIndividualCurriculumItemDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminSetIndividualCurriculumItem2($y: ID!, $st: ID!, $s: ID!) { setIndividualCurriculumItem(yearId: $y, studentId: $st, subjectId: $s, hoursPerYear: -1, reason: \"x\") { id } }"): typeof import('./graphql.js').CurriculumAdminSetIndividualCurriculumItem2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminMyTimetable { myTimetable(from: \"23.11.2026\", to: \"2026-11-29\") { id } }"): typeof import('./graphql.js').CurriculumAdminMyTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminClassRoster { classRoster(classId: \"1; drop table lesson\", onDate: \"2026-11-23\") { id } }"): typeof import('./graphql.js').CurriculumAdminClassRosterDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminRegisterSchool($r: ID!) { registerSchool(regionId: $r, name: \"МБОУ «Школа № 2»\", timeZone: \"Asia/Novosibirsk\", workingWeekdays: [1,2,3,4,5,6]) { name timeZone workingWeekdays } }"): typeof import('./graphql.js').CurriculumAdminRegisterSchoolDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminRegisterSchool2 { registerSchool(regionId: \"01930000-0000-7000-8000-000000000002\", name: \"Школа\", timeZone: \"Europe/Moscow\") { id } }"): typeof import('./graphql.js').CurriculumAdminRegisterSchool2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminRegisterSchool3($r: ID!) { registerSchool(regionId: $r, name: \"Школа\", timeZone: \"Europe/Moscow\") { id } }"): typeof import('./graphql.js').CurriculumAdminRegisterSchool3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminRegisterSchool4($r: ID!) { registerSchool(regionId: $r, name: \"Школа № 3\", timeZone: \"Yekaterinburg\") { id } }"): typeof import('./graphql.js').CurriculumAdminRegisterSchool4Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminCreateGroup4($y: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: \"Элективный курс «Финансовая грамотность»\", kind: ELECTIVE, memberIds: $m, fromDate: \"2026-09-01\") { id } }"): typeof import('./graphql.js').CurriculumAdminCreateGroup4Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminChangeGroupMembers($g: ID!, $r: [ID!]) { changeGroupMembers(groupId: $g, remove: $r, onDate: \"2026-11-16\") { id } }"): typeof import('./graphql.js').CurriculumAdminChangeGroupMembersDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminGroup($g: ID!, $d: String!) { group(id: $g) { members(onDate: $d) { id } } }"): typeof import('./graphql.js').CurriculumAdminGroupDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumAdminGroup2($g: ID!) { group(id: $g) { members(onDate: \"2026-11-16\") { id } } }"): typeof import('./graphql.js').CurriculumAdminGroup2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumAdminChangeGroupMembers2($g: ID!, $a: [ID!]) { changeGroupMembers(groupId: $g, add: $a, onDate: \"2026-11-23\") { id } }"): typeof import('./graphql.js').CurriculumAdminChangeGroupMembers2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { id } }"): typeof import('./graphql.js').CurriculumSubmitPlanDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumSubmitPlan2($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version totalHours late } }"): typeof import('./graphql.js').CurriculumSubmitPlan2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumSubmitPlan3($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { version } }"): typeof import('./graphql.js').CurriculumSubmitPlan3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumImportPlan($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: CSV, contentBase64: $c) { plan { id } errors { row message } } }"): typeof import('./graphql.js').CurriculumImportPlanDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created cancelled } }"): typeof import('./graphql.js').CurriculumGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumGenerateLessons2($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').CurriculumGenerateLessons2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id lessonNumber } }"): typeof import('./graphql.js').CurriculumClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }"): typeof import('./graphql.js').CurriculumRecordLessonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumRecordLesson2($i: RecordLessonInput!) { recordLesson(input: $i) { status topic recordStatus conductedBy { lastName } homework { text student { id } } } }"): typeof import('./graphql.js').CurriculumRecordLesson2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumRecordLesson3($i: RecordLessonInput!) { recordLesson(input: $i) { recordStatus } }"): typeof import('./graphql.js').CurriculumRecordLesson3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-25\", to: \"2026-11-25\") { id } }"): typeof import('./graphql.js').CurriculumClassTimetable2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumClassTimetable3($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }"): typeof import('./graphql.js').CurriculumClassTimetable3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumGrantSubstitution($l: [ID!]!, $s: ID!) { grantSubstitution(lessonIds: $l, substituteId: $s, reason: \"Болезнь учителя\") }"): typeof import('./graphql.js').CurriculumGrantSubstitutionDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumRecordLesson4($i: RecordLessonInput!) { recordLesson(input: $i) { conductedBy { id } substitutes { id } } }"): typeof import('./graphql.js').CurriculumRecordLesson4Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }"): typeof import('./graphql.js').CurriculumMyTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date schoolClass { name } subject { name } teacher { lastName } homework { text student { id } } } }"): typeof import('./graphql.js').CurriculumMyTimetable2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumMyTimetable3 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { schoolClass { name } homework { text } } }"): typeof import('./graphql.js').CurriculumMyTimetable3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumClassTimetable4($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-29\") { id } }"): typeof import('./graphql.js').CurriculumClassTimetable4Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumMyTimetable4 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date lessonNumber schoolClass { name } startsAt } }"): typeof import('./graphql.js').CurriculumMyTimetable4Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumMyTimetable5 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { schoolClass { name } } }"): typeof import('./graphql.js').CurriculumMyTimetable5Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumJournalHeader($c: ID!, $s: ID!, $p: ID!) { journalHeader(classId: $c, subjectId: $s, periodId: $p) { period { name startsOn endsOn } lessons { date topic teacher { lastName firstName } } } }"): typeof import('./graphql.js').CurriculumJournalHeaderDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation CurriculumMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-12-01\", order: \"Приказ № 140-у\") { id } }"): typeof import('./graphql.js').CurriculumMoveStudentDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumClassRoster($c: ID!, $d: String!) { classRoster(classId: $c, onDate: $d) { id } }"): typeof import('./graphql.js').CurriculumClassRosterDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumEnrolmentHistory($s: ID!) { enrolmentHistory(studentId: $s) { schoolClass { name } startsOn endsOn endReason } }"): typeof import('./graphql.js').CurriculumEnrolmentHistoryDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query CurriculumClassRoster2($c: ID!) { classRoster(classId: $c, onDate: \"2026-11-23\") { id } }"): typeof import('./graphql.js').CurriculumClassRoster2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation EsiaLogin($i: LoginInput!) { login(input: $i) { accessToken } }"): typeof import('./graphql.js').EsiaLoginDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation EsiaCompleteEsiaLogin($c: String!) { completeEsiaLogin(code: $c) { accessToken viewer { session { authMethod } } } }"): typeof import('./graphql.js').EsiaCompleteEsiaLoginDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query EsiaMyChildren { me { person { id lastName firstName children { verified source esiaConfirmedAt child { firstName } } } roles { role classId } session { authMethod } } }"): typeof import('./graphql.js').EsiaMyChildrenDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation EsiaRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id } }"): typeof import('./graphql.js').EsiaRegisterPersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query EsiaPerson($id: ID!) { person(id: $id) { firstName birthDate } }"): typeof import('./graphql.js').EsiaPersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query EsiaPerson2($id: ID!) { person(id: $id) { parents { id verified source } } }"): typeof import('./graphql.js').EsiaPerson2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation EsiaVerifyParentLink($id: ID!) { verifyParentLink(id: $id) { verified } }"): typeof import('./graphql.js').EsiaVerifyParentLinkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation EsiaCompleteEsiaLogin2($c: String!) { completeEsiaLogin(code: $c) { accessToken } }"): typeof import('./graphql.js').EsiaCompleteEsiaLogin2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation EsiaIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) { issueTemporaryCredentials(input: $i) { login password } }"): typeof import('./graphql.js').EsiaIssueTemporaryCredentialsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query EsiaMe { me { person { lastName } session { authMethod } } }"): typeof import('./graphql.js').EsiaMeDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation LimitsGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').LimitsGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query LimitsMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } marks { value student { firstName } } attendance { status student { firstName } reason { kind excused } } } }"): typeof import('./graphql.js').LimitsMyTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query LimitsJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         hoursPerWeek period { name } lessons { id date marks { value } attendance { status lateMinutes current student { lastName } } }\n         rows { student { lastName firstName } marks { value workType } average suggestedFinal enoughMarks }\n       } }"): typeof import('./graphql.js').LimitsJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query LimitsMyTimetable2($f: String!, $t: String!) { myTimetable(from: $f, to: $t) { id date } }"): typeof import('./graphql.js').LimitsMyTimetable2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query LimitsPerson($id: ID!) { person(id: $id) { id } }"): typeof import('./graphql.js').LimitsPersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query LimitsSlowTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }"): typeof import('./graphql.js').LimitsSlowTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query LimitsTypename { __typename }"): typeof import('./graphql.js').LimitsTypenameDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query LimitsMyLastName { me { person { lastName } } }"): typeof import('./graphql.js').LimitsMyLastNameDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query SecurityMe { me { person { lastName children { child { firstName } } } roles { role } session { current authMethod } } }"): typeof import('./graphql.js').SecurityMeDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query SecurityMe2 { me { person { id } } }"): typeof import('./graphql.js').SecurityMe2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation SecurityLogin { login(input: {login: \"director\", password: \"demo-dnevnik-2026\"}) { accessToken } }"): typeof import('./graphql.js').SecurityLoginDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksPost($i: PostMarkInput!) { postMark(input: $i) {\n  id value scale fivePointValue weight timing title lesson { id } pairPart pairedWith { value pairPart }\n  approvedBy { id } } }"): typeof import('./graphql.js').WorksPostDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksSettings($i: GradingSettingsInput!) { setGradingSettings(input: $i) {\n  weights { workType weight } minMarksUpTo2Hours minMarksMoreHours subjectScales { subjectId scale } setBy { id } } }"): typeof import('./graphql.js').WorksSettingsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id subject { name } } }"): typeof import('./graphql.js').WorksClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').WorksGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksStudentMarks($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-20\", to: \"2026-11-20\") { title lesson { id } } }"): typeof import('./graphql.js').WorksStudentMarksDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksPermitLateEntry($a: ID!) { permitLateEntry(assignmentId: $a, workDate: \"2026-11-10\", reason: \"Работы проверял другой учитель\") { validUntil } }"): typeof import('./graphql.js').WorksPermitLateEntryDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-11-16\", toDate: \"2026-11-18\", reason: \"Сбой сети 16–18 ноября\") { id closesAt } }"): typeof import('./graphql.js').WorksOpenTransferWindowDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksGradingSettings($s: ID!) { gradingSettings(schoolId: $s) { minMarksUpTo2Hours minMarksMoreHours setAt } }"): typeof import('./graphql.js').WorksGradingSettingsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksGradingSettings2($s: ID!) { gradingSettings(schoolId: $s) { minMarksUpTo2Hours } }"): typeof import('./graphql.js').WorksGradingSettings2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) { rows { requiredMarks } } }"): typeof import('./graphql.js').WorksJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksCreateSubject($s: ID!) { createSubject(schoolId: $s, name: \"Музыка\") { id } }"): typeof import('./graphql.js').WorksCreateSubjectDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }"): typeof import('./graphql.js').WorksAssignTeacherDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksSetTimetableSlot($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 4, validFrom: \"2026-09-01\") { id } }"): typeof import('./graphql.js').WorksSetTimetableSlotDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id subject { name } } }"): typeof import('./graphql.js').WorksClassTimetable2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }"): typeof import('./graphql.js').WorksSchoolDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }"): typeof import('./graphql.js').WorksGrantRoleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation WorksSetFinal($i: SetFinalInput!) { setFinal(input: $i) { kind value suggested average enoughMarks } }"): typeof import('./graphql.js').WorksSetFinalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksStudentFinals($s: ID!) { studentFinals(studentId: $s) { kind value period { id } enteredBy { id } } }"): typeof import('./graphql.js').WorksStudentFinalsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query WorksStudentFinals2($s: ID!) { studentFinals(studentId: $s) { kind } }"): typeof import('./graphql.js').WorksStudentFinals2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookPost($i: PostMarkInput!) { postMark(input: $i) { id value timing current } }"): typeof import('./graphql.js').GradebookPostDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').GradebookGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }"): typeof import('./graphql.js').GradebookClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookClassTimetable2($c: ID!) { classTimetable(classId: $c, from: \"2026-11-25\", to: \"2026-11-25\") { id } }"): typeof import('./graphql.js').GradebookClassTimetable2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookPermitLateEntry($l: ID!) { permitLateEntry(lessonId: $l, reason: \"Учитель болел, справка\") { id } }"): typeof import('./graphql.js').GradebookPermitLateEntryDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookPermitLateEntry2($l: ID!) { permitLateEntry(lessonId: $l, reason: \"Учитель болел, справка\") { validUntil } }"): typeof import('./graphql.js').GradebookPermitLateEntry2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookPostMark($i: PostMarkInput!) { postMark(input: $i) { timing approvedBy { id } } }"): typeof import('./graphql.js').GradebookPostMarkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookCreateClass($y: ID!) { createClass(yearId: $y, grade: 1, letter: \"А\") { id } }"): typeof import('./graphql.js').GradebookCreateClassDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }"): typeof import('./graphql.js').GradebookAssignTeacherDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookSetTimetableSlot($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 5, validFrom: \"2026-09-01\") { id } }"): typeof import('./graphql.js').GradebookSetTimetableSlotDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 1\") { id } }"): typeof import('./graphql.js').GradebookMoveStudentDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookCorrectMark($m: ID!) { correctMark(markId: $m, value: \"3\", reason: \"Ошибка ввода: в тетради «3»\") { value replaces { id value current } correctionReason } }"): typeof import('./graphql.js').GradebookCorrectMarkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookCorrectMark2($m: ID!) { correctMark(markId: $m, value: \"5\", reason: \"Пересмотр работы\") { id } }"): typeof import('./graphql.js').GradebookCorrectMark2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookCorrectMark3($m: ID!) { correctMark(markId: $m, value: \"5\", reason: \"Апелляция, решение комиссии\") { value approvedBy { id } } }"): typeof import('./graphql.js').GradebookCorrectMark3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookVerifyJournal($a: ID!) { verifyJournal(assignmentId: $a) { ok checked firstBrokenMarkId reason } }"): typeof import('./graphql.js').GradebookVerifyJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookStudentMarks($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { value } }"): typeof import('./graphql.js').GradebookStudentMarksDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookMyTimetable { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }"): typeof import('./graphql.js').GradebookMyTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookMyTimetable2 { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { date subject { name } topic homework { text } marks { value workType student { firstName } } } }"): typeof import('./graphql.js').GradebookMyTimetable2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookForecast($s: ID!, $a: ID!, $p: ID!) { forecast(studentId: $s, assignmentId: $a, periodId: $p, target: 5) { predicted count required missing remainingLessons marksToReach } }"): typeof import('./graphql.js').GradebookForecastDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookForecast2($s: ID!, $a: ID!, $p: ID!) { forecast(studentId: $s, assignmentId: $a, periodId: $p) { predicted } }"): typeof import('./graphql.js').GradebookForecast2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }"): typeof import('./graphql.js').GradebookRecordLessonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n         hoursPerWeek\n         period { name startsOn }\n         lessons { date topic }\n         rows { student { lastName firstName } marks { value workType current } average suggestedFinal enoughMarks requiredMarks }\n       } }"): typeof import('./graphql.js').GradebookJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookArchiveJournal($a: ID!, $p: ID!) { journal(assignmentId: $a, periodId: $p) {\n     lessons { id date lessonNumber topic homework { text } attendance { student { id } status } }\n     rows { student { id lastName firstName middleName } marks { id lessonDate value workType current } average final { value } }\n   } }"): typeof import('./graphql.js').GradebookArchiveJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookArchiveSchool($s: ID!) { school(id: $s) { name years { id periods { name } classes { name } } } }"): typeof import('./graphql.js').GradebookArchiveSchoolDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookArchivePost($i: PostMarkInput!) { postMark(input: $i) { id } }"): typeof import('./graphql.js').GradebookArchivePostDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookArchiveMe { me { person { id } } }"): typeof import('./graphql.js').GradebookArchiveMeDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookSetFinal($i: SetFinalInput!) { setFinal(input: $i) { value deferredReason deferredUntil timing suggested } }"): typeof import('./graphql.js').GradebookSetFinalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation GradebookGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }"): typeof import('./graphql.js').GradebookGrantRoleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query GradebookSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }"): typeof import('./graphql.js').GradebookSchoolDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation HardeningStartThread($i: StartThreadInput!) { startThread(input: $i) { id } }"): typeof import('./graphql.js').HardeningStartThreadDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation HardeningSetNotificationPreferences($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email } }"): typeof import('./graphql.js').HardeningSetNotificationPreferencesDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query HardeningPerson { person(id: \"1 or 1=1\") { id } }"): typeof import('./graphql.js').HardeningPersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query HardeningSchool { school(id: \"school-1\") { id } }"): typeof import('./graphql.js').HardeningSchoolDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query HardeningJournal { journal(assignmentId: \"x\", periodId: \"y\") { hoursPerWeek } }"): typeof import('./graphql.js').HardeningJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query HardeningClassAttendanceMonth { classAttendanceMonth(classId: \"7а\", month: \"2026-09\") { from } }"): typeof import('./graphql.js').HardeningClassAttendanceMonthDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query HardeningThread { thread(id: \"42\") { id } }"): typeof import('./graphql.js').HardeningThreadDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation HardeningLogin($i: LoginInput!) { login(input: $i) { accessToken } }"): typeof import('./graphql.js').HardeningLoginDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation HarnessLogin($i: LoginInput!) { login(input: $i) { accessToken } }"): typeof import('./graphql.js').HarnessLoginDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation HarnessArchiveToken($a: String!, $s: ID!) { issueServiceToken(clientAssertion: $a, schoolId: $s) { accessToken } }"): typeof import('./graphql.js').HarnessArchiveTokenDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityLoginTokens($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }"): typeof import('./graphql.js').IdentityLoginTokensDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityRegisterPerson($i: RegisterPersonInput!) { registerPerson(input: $i) { id lastName } }"): typeof import('./graphql.js').IdentityRegisterPersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityPerson($id: ID!) { person(id: $id) { firstName birthDate } }"): typeof import('./graphql.js').IdentityPersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityMe { me { session { id } } }"): typeof import('./graphql.js').IdentityMeDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityPerson2 { person(id: \"01930000-0000-7000-8000-000000001005\") { lastName birthDate roles { role } } }"): typeof import('./graphql.js').IdentityPerson2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityRefreshSession($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }"): typeof import('./graphql.js').IdentityRefreshSessionDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityRefreshSession2($t: String!) { refreshSession(refreshToken: $t) { accessToken } }"): typeof import('./graphql.js').IdentityRefreshSession2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityMe2 { me { person { id } } }"): typeof import('./graphql.js').IdentityMe2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityMySessions { mySessions { id current authMethod revokedAt } }"): typeof import('./graphql.js').IdentityMySessionsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityLogout { logout }"): typeof import('./graphql.js').IdentityLogoutDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityIssueTemporaryCredentials($i: IssueTemporaryCredentialsInput!) { issueTemporaryCredentials(input: $i) { login password expiresAt } }"): typeof import('./graphql.js').IdentityIssueTemporaryCredentialsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityMe3 { me { person { firstName } session { authMethod } } }"): typeof import('./graphql.js').IdentityMe3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityMe4 { me { person { id } roles { role } } }"): typeof import('./graphql.js').IdentityMe4Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityPerson3($id: ID!) { person(id: $id) { roles { id role } } }"): typeof import('./graphql.js').IdentityPerson3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityRevokeRole($id: ID!) { revokeRole(id: $id, reason: \"Увольнение, приказ №5\") { id } }"): typeof import('./graphql.js').IdentityRevokeRoleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityVerifyAuditChain($s: ID!) { verifyAuditChain(schoolId: $s) { ok checked firstBrokenSeq reason } }"): typeof import('./graphql.js').IdentityVerifyAuditChainDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query IdentityVerifyAuditChain2($s: ID!) { verifyAuditChain(schoolId: $s) { ok } }"): typeof import('./graphql.js').IdentityVerifyAuditChain2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }"): typeof import('./graphql.js').IdentityGrantRoleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation IdentityLogin { login(input: {login: \"x\", password: \"y\"}) { accessToken } }"): typeof import('./graphql.js').IdentityLoginDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RecordsRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) {\n  topic material workType recordStatus homework { id text dueOn revision } } }"): typeof import('./graphql.js').RecordsRecordLessonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RecordsClassTimetable($c: ID!, $d: String!) { classTimetable(classId: $c, from: $d, to: $d) { id } }"): typeof import('./graphql.js').RecordsClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RecordsMyNotifications { myNotifications(first: 200) { kind title body lesson { id } } }"): typeof import('./graphql.js').RecordsMyNotificationsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RecordsGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').RecordsGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RecordsMyTimetable($d: String!) { myTimetable(from: $d, to: $d) { id topic material workType homework { text dueOn revision } } }"): typeof import('./graphql.js').RecordsMyTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RecordsUpdateHomework($id: ID!, $i: UpdateHomeworkInput!) { updateHomework(id: $id, input: $i) { id text dueOn revision changedAt } }"): typeof import('./graphql.js').RecordsUpdateHomeworkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RecordsRemoveHomework($id: ID!) { removeHomework(id: $id) { id } }"): typeof import('./graphql.js').RecordsRemoveHomeworkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RecordsRemoveHomework2($id: ID!) { removeHomework(id: $id) { id homework { id } } }"): typeof import('./graphql.js').RecordsRemoveHomework2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RecordsMyTimetable2($d: String!) { myTimetable(from: $d, to: $d) { id homework { id } } }"): typeof import('./graphql.js').RecordsMyTimetable2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RecordsOpenTransferWindow($s: ID!) { openTransferWindow(schoolId: $s, fromDate: \"2026-11-16\", toDate: \"2026-11-18\", reason: \"Сбой сети 16–18 ноября\") { id closesAt } }"): typeof import('./graphql.js').RecordsOpenTransferWindowDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RecordsOutageTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-16\", to: \"2026-11-16\") { topic recordStatus } }"): typeof import('./graphql.js').RecordsOutageTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation ThrottleLogin($i: LoginInput!) { login(input: $i) { accessToken } }"): typeof import('./graphql.js').ThrottleLoginDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query ThrottleMe { me { person { lastName } } }"): typeof import('./graphql.js').ThrottleMeDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingPost($i: PostMarkInput!) { postMark(input: $i) { id } }"): typeof import('./graphql.js').MessagingPostDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingPrefs($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { email phone smsEnabled } }"): typeof import('./graphql.js').MessagingPrefsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').MessagingGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }"): typeof import('./graphql.js').MessagingClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingNotificationsList { myNotifications(first: 200) { kind title read student { id } lesson { id } deliveries { channel status } } }"): typeof import('./graphql.js').MessagingNotificationsListDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingMyNotifications { myNotifications(unreadOnly: true) { id title } }"): typeof import('./graphql.js').MessagingMyNotificationsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }"): typeof import('./graphql.js').MessagingRecordAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingMyNotifications2 { myNotifications(first: 200) { kind title body lesson { id } } }"): typeof import('./graphql.js').MessagingMyNotifications2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingStart($i: StartThreadInput!) { startThread(input: $i) { id kind members { id } } }"): typeof import('./graphql.js').MessagingStartDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingSendMessage($t: ID!) { sendMessage(threadId: $t, body: \"Да, в четверг.\") { id } }"): typeof import('./graphql.js').MessagingSendMessageDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingThread($t: ID!) { thread(id: $t) { unreadCount messages { body author { id } } } }"): typeof import('./graphql.js').MessagingThreadDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingMarkThreadRead($t: ID!) { markThreadRead(threadId: $t) }"): typeof import('./graphql.js').MessagingMarkThreadReadDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingThread2($t: ID!) { thread(id: $t) { unreadCount messages { readBy { id } } } }"): typeof import('./graphql.js').MessagingThread2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingThread3($t: ID!) { thread(id: $t) { id } }"): typeof import('./graphql.js').MessagingThread3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingThread4($t: ID!) { thread(id: $t) { messages { id } } }"): typeof import('./graphql.js').MessagingThread4Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingReportMessage($m: ID!) { reportMessage(messageId: $m, reason: \"Оскорбление\") { id } }"): typeof import('./graphql.js').MessagingReportMessageDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingThread5($t: ID!) { thread(id: $t) { messages { body hidden } } }"): typeof import('./graphql.js').MessagingThread5Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingAbuseReports($s: ID!) { abuseReports(schoolId: $s) { id reason } }"): typeof import('./graphql.js').MessagingAbuseReportsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingAbuseReports2($s: ID!) { abuseReports(schoolId: $s) { id } }"): typeof import('./graphql.js').MessagingAbuseReports2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingResolveReport($r: ID!) { resolveReport(reportId: $r, resolution: REMOVED) { resolution } }"): typeof import('./graphql.js').MessagingResolveReportDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingPublish($i: AnnouncementInput!) { publishAnnouncement(input: $i) { id readCount } }"): typeof import('./graphql.js').MessagingPublishDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingMyAnnouncements { myAnnouncements { id title read } }"): typeof import('./graphql.js').MessagingMyAnnouncementsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingMyAnnouncements2 { myAnnouncements { id } }"): typeof import('./graphql.js').MessagingMyAnnouncements2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingMarkAnnouncementRead($a: ID!) { markAnnouncementRead(id: $a) }"): typeof import('./graphql.js').MessagingMarkAnnouncementReadDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingMyAnnouncements3 { myAnnouncements { id readCount } }"): typeof import('./graphql.js').MessagingMyAnnouncements3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingRecordDiaryVisit { recordDiaryVisit }"): typeof import('./graphql.js').MessagingRecordDiaryVisitDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingMyNotifications3 { myNotifications(unreadOnly: true) { id } }"): typeof import('./graphql.js').MessagingMyNotifications3Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingMarkNotificationsRead($ids: [ID!]!) { markNotificationsRead(ids: $ids) }"): typeof import('./graphql.js').MessagingMarkNotificationsReadDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation MessagingGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }"): typeof import('./graphql.js').MessagingGrantRoleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingParentEngagement($c: ID!) { parentEngagement(classId: $c) { parent { id } student { id } lastDiaryVisit lastNotificationOpened unreadNotifications } }"): typeof import('./graphql.js').MessagingParentEngagementDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingParentActivityReport($c: ID!) { parentActivityReport(classId: $c, month: \"2026-11\") { parent { id } diaryVisits notificationsReceived notificationsRead } }"): typeof import('./graphql.js').MessagingParentActivityReportDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query MessagingParentEngagement2($c: ID!) { parentEngagement(classId: $c) { unreadNotifications } }"): typeof import('./graphql.js').MessagingParentEngagement2Document;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query PartialDiary { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") {\n  id date subject { name } teacher { lastName } marks { value } attendance { status } } }"): typeof import('./graphql.js').PartialDiaryDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query PartialJournal($a: ID!, $p: ID!) {\n  me { roles { role } }\n  journal(assignmentId: $a, periodId: $p) {\n    lessons { id date marks { value } attendance { status } }\n    rows { student { lastName } } } }"): typeof import('./graphql.js').PartialJournalDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation PartialGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }"): typeof import('./graphql.js').PartialGenerateLessonsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query PartialClassTimetable($c: ID!) { classTimetable(classId: $c, from: \"2026-11-23\", to: \"2026-11-23\") { id } }"): typeof import('./graphql.js').PartialClassTimetableDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation PartialPostMark($i: PostMarkInput!) { postMark(input: $i) { id } }"): typeof import('./graphql.js').PartialPostMarkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation PartialRecordAttendance($l: ID!, $e: [AttendanceEntryInput!]!) { recordAttendance(lessonId: $l, entries: $e) { id } }"): typeof import('./graphql.js').PartialRecordAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query PartialMe($s: ID!) { me { roles { role } } schoolAttendance(schoolId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { shareMissed } }"): typeof import('./graphql.js').PartialMeDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RevocationProbeIdentity { me { person { id } } }"): typeof import('./graphql.js').RevocationProbeIdentityDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RevocationProbeCurriculum { myTimetable(from: \"2026-11-23\", to: \"2026-11-29\") { id } }"): typeof import('./graphql.js').RevocationProbeCurriculumDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RevocationProbeGradebook($s: ID!) { studentMarks(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { id } }"): typeof import('./graphql.js').RevocationProbeGradebookDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RevocationProbePostMark($i: PostMarkInput!) { postMark(input: $i) { id } }"): typeof import('./graphql.js').RevocationProbePostMarkDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RevocationProbeAttendance($s: ID!) { studentAttendance(studentId: $s, from: \"2026-11-01\", to: \"2026-11-30\") { __typename } }"): typeof import('./graphql.js').RevocationProbeAttendanceDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RevocationProbeMessaging { myThreads { id } }"): typeof import('./graphql.js').RevocationProbeMessagingDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RevocationLogout { logout }"): typeof import('./graphql.js').RevocationLogoutDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RevocationMySessions { mySessions { id current } }"): typeof import('./graphql.js').RevocationMySessionsDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RevocationRevokeSession($id: ID!) { revokeSession(id: $id) { id } }"): typeof import('./graphql.js').RevocationRevokeSessionDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RevocationMe { me { person { id } } }"): typeof import('./graphql.js').RevocationMeDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "query RevocationPerson($id: ID!) { person(id: $id) { roles { id role } } }"): typeof import('./graphql.js').RevocationPersonDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation RevocationRevokeRole($id: ID!) { revokeRole(id: $id, reason: \"Перевод в другую школу, приказ №7\") { id } }"): typeof import('./graphql.js').RevocationRevokeRoleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureRegisterSchool($id: ID!, $r: ID!) { registerSchool(id: $id, regionId: $r, name: \"Тестовая школа\", timeZone: \"Asia/Yekaterinburg\") { id } }"): typeof import('./graphql.js').FixtureRegisterSchoolDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureCreateAcademicYear($s: ID!, $p: [PeriodInput!]!) { createAcademicYear(schoolId: $s, name: \"2026/2027\", startsOn: \"2026-09-01\", endsOn: \"2027-05-31\", periods: $p) { id periods { id name kind } } }"): typeof import('./graphql.js').FixtureCreateAcademicYearDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureCreateClass($y: ID!, $l: String!) { createClass(yearId: $y, grade: 7, letter: $l) { id name } }"): typeof import('./graphql.js').FixtureCreateClassDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureCreateSubject($s: ID!) { createSubject(schoolId: $s, name: \"Алгебра\") { id } }"): typeof import('./graphql.js').FixtureCreateSubjectDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureSetCurriculumItem($y: ID!, $s: ID!) { setCurriculumItem(yearId: $y, grade: 7, subjectId: $s, hoursPerWeek: 3, hoursPerYear: 102) { id } }"): typeof import('./graphql.js').FixtureSetCurriculumItemDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureAssignTeacher($y: ID!, $t: ID!, $s: ID!, $c: ID!) { assignTeacher(yearId: $y, teacherId: $t, subjectId: $s, classId: $c, startsOn: \"2026-09-01\") { id } }"): typeof import('./graphql.js').FixtureAssignTeacherDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureSetTimetableSlot($a: ID!, $w: Int!, $n: Int!) { setTimetableSlot(assignmentId: $a, weekday: $w, lessonNumber: $n, room: \"207\", validFrom: \"2026-09-01\") { id } }"): typeof import('./graphql.js').FixtureSetTimetableSlotDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureSetBellSchedule($s: ID!) { setBellSchedule(schoolId: $s, bells: [{lessonNumber: 1, startsAt: \"08:30\", endsAt: \"09:10\"}, {lessonNumber: 2, startsAt: \"09:20\", endsAt: \"10:00\"}]) { lessonNumber } }"): typeof import('./graphql.js').FixtureSetBellScheduleDocument;
/**
 * The op function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function op(source: "mutation FixtureMoveStudent($s: ID!, $c: ID!) { moveStudent(studentId: $s, toClassId: $c, onDate: \"2026-09-01\", order: \"Приказ № 112-у\") { id } }"): typeof import('./graphql.js').FixtureMoveStudentDocument;


export function op(source: string) {
  return (documents as any)[source] ?? {};
}
