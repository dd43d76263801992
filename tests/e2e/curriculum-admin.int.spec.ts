import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '@dnevnik/database/testing';
import { op } from './generated/index.js';
import { startStack, type Stack } from './harness.js';
import { buildSchool, MONDAY, P, type SchoolFixture } from './school-fixture.js';

let stack: Stack;
let admin: string;
let id: SchoolFixture['id'];
let ok: SchoolFixture['ok'];

beforeAll(async () => {
  stack = await startStack({ now: MONDAY });
  ({ admin, id, ok } = await buildSchool(stack));
  await ok(
    op(
      `mutation CurriculumAdminGenerateLessons($y: ID!) { generateLessons(yearId: $y) { created } }`,
    ),
    { y: id('year') },
    admin,
  );
});
afterAll(() => stack?.stop());

const lessonsOf = (classId: string, from: string, to: string) =>
  ok(
    op(
      `query CurriculumAdminClassTimetable($c: ID!, $f: String!, $t: String!) { classTimetable(classId: $c, from: $f, to: $t) { id date lessonNumber status changeReason } }`,
    ),
    { c: classId, f: from, t: to },
    admin,
  ).then((r) => r.classTimetable!);

describe('plans from spreadsheets (S6)', () => {
  it('imports an XLSX plan whose hours match the curriculum', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('КТП');
    sheet.addRow(['Тема', 'Часы', 'Вид']);
    for (let i = 1; i <= 50; i++) sheet.addRow([`Тема ${i}`, 2, 'урок']);
    sheet.addRow(['Итоговая контрольная работа', 2, 'контрольная работа']);
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await ok(
      op(
        `mutation CurriculumAdminImportPlan($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) { plan { version totalHours topics { position kind } } errors { row message } } }`,
      ),
      { a: id('assignment7b'), c: content },
      await stack.login('math'),
    );
    expect(res.importPlan.errors).toEqual([]);
    expect(res.importPlan.plan!.totalHours).toBe(102);
    expect(res.importPlan.plan!.topics.at(-1)).toEqual({ position: 51, kind: 'CONTROL' });
  });

  it('refuses a file that is not a spreadsheet with a clear message', async () => {
    const res = await stack.gql(
      op(
        `mutation CurriculumAdminImportPlan2($a: ID!, $c: String!) { importPlan(assignmentId: $a, format: XLSX, contentBase64: $c) { plan { id } } }`,
      ),
      { a: id('assignment7b'), c: Buffer.from('not a workbook').toString('base64') },
      await stack.login('math'),
    );
    expect(res.errors?.[0]).toMatchObject({
      message: 'Не удалось прочитать файл XLSX.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('timetable changes (S5)', () => {
  it('moves and cancels single lessons with a reason, and refuses teachers', async () => {
    const [first, second] = await lessonsOf(id('7А'), '2026-11-25', '2026-11-27');
    const teacher = await stack.login('math');
    const denied = await stack.gql(
      op(
        `mutation CurriculumAdminChangeLesson($l: ID!) { changeLesson(lessonId: $l, cancel: true, reason: "Просто так") { id } }`,
      ),
      { l: first!.id },
      teacher,
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const moved = await ok(
      op(
        `mutation CurriculumAdminChangeLesson2($l: ID!) { changeLesson(lessonId: $l, lessonNumber: 5, reason: "Экскурсия класса") { lessonNumber changeReason } }`,
      ),
      { l: first!.id },
      admin,
    );
    expect(moved.changeLesson).toEqual({ lessonNumber: 5, changeReason: 'Экскурсия класса' });
    const cancelled = await ok(
      op(
        `mutation CurriculumAdminChangeLesson3($l: ID!) { changeLesson(lessonId: $l, cancel: true, reason: "Карантин, приказ № 15") { status } }`,
      ),
      { l: second!.id },
      admin,
    );
    expect(cancelled.changeLesson.status).toBe('CANCELLED');
    const extra = await ok(
      op(
        `mutation CurriculumAdminAddExtraLesson($a: ID!) { addExtraLesson(assignmentId: $a, date: "2026-11-28", lessonNumber: 1, reason: "Отработка за карантин") { date status } }`,
      ),
      { a: id('assignment') },
      admin,
    );
    expect(extra.addExtraLesson).toEqual({ date: '2026-11-28', status: 'SCHEDULED' });
  });

  it('applies a timetable correction from its date only', async () => {
    const slots = await ok(
      op(
        `query CurriculumAdminTimetableSlots($a: ID!) { timetableSlots(assignmentId: $a) { id weekday lessonNumber } }`,
      ),
      { a: id('assignment') },
      admin,
    );
    const friday = slots.timetableSlots!.find((s) => s.weekday === 5)!;
    await ok(
      op(
        `mutation CurriculumAdminSetTimetableSlot($a: ID!, $r: ID!) { setTimetableSlot(assignmentId: $a, weekday: 4, lessonNumber: 4, room: "301", validFrom: "2026-12-07", replacesSlotId: $r) { id } }`,
      ),
      { a: id('assignment'), r: friday.id },
      admin,
    );
    const result = await ok(
      op(
        `mutation CurriculumAdminGenerateLessons2($y: ID!) { generateLessons(yearId: $y) { created cancelled } }`,
      ),
      { y: id('year') },
      admin,
    );
    expect(result.generateLessons.cancelled).toBeGreaterThan(0);
    const before = await lessonsOf(id('7А'), '2026-11-30', '2026-12-06');
    expect(before.some((l) => l.date === '2026-12-04' && l.status === 'SCHEDULED')).toBe(true);
    const after = await lessonsOf(id('7А'), '2026-12-07', '2026-12-13');
    expect(after.find((l) => l.date === '2026-12-11')).toMatchObject({
      status: 'CANCELLED',
      changeReason: 'Изменение расписания',
    });
    expect(
      after.some(
        (l) => l.date === '2026-12-10' && l.lessonNumber === 4 && l.status === 'SCHEDULED',
      ),
    ).toBe(true);
  });

  it('refuses a timetable line that puts a teacher in two classes at once', async () => {
    const res = await stack.gql(
      op(
        `mutation CurriculumAdminSetTimetableSlot2($a: ID!) { setTimetableSlot(assignmentId: $a, weekday: 1, lessonNumber: 1, validFrom: "2026-09-01") { id } }`,
      ),
      { a: id('assignment7b') },
      admin,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/учитель/);
  });
});

describe('periods and groups (S1, S2)', () => {
  it('moves a period by order with its reason, checking the year as a whole', async () => {
    const year = await ok(
      op(
        `query CurriculumAdminSchool($s: ID!) { school(id: $s) { years { periods { id name } } } }`,
      ),
      { s: '01930000-0000-7000-8000-000000000010' },
      admin,
    );
    const q2 = year.school!.years[0]!.periods.find((p) => p.name === '2 четверть')!;
    const overlap = await stack.gql(
      op(
        `mutation CurriculumAdminChangePeriod($p: ID!) { changePeriod(periodId: $p, startsOn: "2026-10-20", endsOn: "2026-12-28", orderRef: "Приказ № 200", reason: "Карантин") { id } }`,
      ),
      { p: q2.id },
      admin,
    );
    expect(overlap.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const moved = await ok(
      op(
        `mutation CurriculumAdminChangePeriod2($p: ID!) { changePeriod(periodId: $p, startsOn: "2026-11-04", endsOn: "2026-12-25", orderRef: "Приказ № 201 от 20.11.2026", reason: "Перенос каникул по карантину") { endsOn orderRef changeReason } }`,
      ),
      { p: q2.id },
      admin,
    );
    expect(moved.changePeriod).toEqual({
      endsOn: '2026-12-25',
      orderRef: 'Приказ № 201 от 20.11.2026',
      changeReason: 'Перенос каникул по карантину',
    });
  });

  it('lets the class teacher split their class into subgroups, but not another class', async () => {
    // The fixture's 7А is a class of its own; the administrator makes the teacher its class teacher.
    const grant = await stack.gql(
      op(`mutation CurriculumAdminGrantRole($i: GrantRoleInput!) { grantRole(input: $i) { id } }`),
      {
        i: {
          personId: P.russianTeacher,
          role: 'CLASS_TEACHER',
          schoolId: '01930000-0000-7000-8000-000000000010',
          classId: id('7А'),
        },
      },
      await stack.login('admin'),
    );
    expect(grant.errors).toBeUndefined();
    const teacher = await stack.login('russian'); // a fresh token carries the new role
    const group = await ok(
      op(
        `mutation CurriculumAdminCreateGroup($y: ID!, $c: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: "7А — английский, группа 1", kind: SUBGROUP, classId: $c, memberIds: $m, fromDate: "2026-11-23") { name kind schoolClass { name } } }`,
      ),
      { y: id('year'), c: id('7А'), m: [P.petya] },
      teacher,
    );
    expect(group.createGroup).toEqual({
      name: '7А — английский, группа 1',
      kind: 'SUBGROUP',
      schoolClass: { name: '7А' },
    });
    const otherClass = await stack.gql(
      op(
        `mutation CurriculumAdminCreateGroup2($y: ID!, $c: ID!) { createGroup(yearId: $y, name: "7Б — группа", kind: SUBGROUP, classId: $c, memberIds: [], fromDate: "2026-11-23") { name } }`,
      ),
      { y: id('year'), c: id('7Б') },
      teacher,
    );
    expect(otherClass.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outsider = await stack.gql(
      op(
        `mutation CurriculumAdminCreateGroup3($y: ID!, $c: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: "7А — группа 2", kind: SUBGROUP, classId: $c, memberIds: $m, fromDate: "2026-11-23") { name } }`,
      ),
      { y: id('year'), c: id('7А'), m: [P.anya] },
      teacher,
    );
    expect(outsider.errors?.[0]?.message).toMatch(/только учеников класса/);
  });
});

describe('programme fulfilment and individual curricula (S4, S8)', () => {
  it('counts planned, due and held hours and covered topics', async () => {
    const teacher = await stack.login('math');
    const topics = Array.from({ length: 51 }, (_, i) => ({
      title: `Тема ${i + 1}`,
      hours: 2,
      kind: 'REGULAR' as const,
    }));
    const plan = await ok(
      op(
        `mutation CurriculumAdminSubmitPlan($a: ID!, $t: [PlanTopicInput!]!) { submitPlan(assignmentId: $a, topics: $t) { topics { id } } }`,
      ),
      { a: id('assignment'), t: topics },
      teacher,
    );
    const monday = (await lessonsOf(id('7А'), '2026-11-23', '2026-11-23'))[0]!;
    await ok(
      op(
        `mutation CurriculumAdminRecordLesson($i: RecordLessonInput!) { recordLesson(input: $i) { id } }`,
      ),
      { i: { lessonId: monday.id, topicId: plan.submitPlan.topics[0]!.id } },
      teacher,
    );
    const f = await ok(
      op(
        `query CurriculumAdminProgrammeFulfilment($a: ID!) { programmeFulfilment(assignmentId: $a) { plannedHours scheduledHours dueByToday heldHours plannedTopics coveredTopics planVersion } }`,
      ),
      { a: id('assignment') },
      await stack.login('zavuch'),
    );
    expect(f.programmeFulfilment).toMatchObject({
      plannedHours: 102,
      heldHours: 1,
      plannedTopics: 51,
      coveredTopics: 1,
      planVersion: 1,
    });
    expect(f.programmeFulfilment!.dueByToday).toBeGreaterThan(20);
    expect(f.programmeFulfilment!.scheduledHours).toBeGreaterThan(
      f.programmeFulfilment!.dueByToday,
    );
    const parent = await stack.gql(
      op(
        `query CurriculumAdminProgrammeFulfilment2($a: ID!) { programmeFulfilment(assignmentId: $a) { heldHours } }`,
      ),
      { a: id('assignment') },
      await stack.login('ivanov.parent'),
    );
    expect(parent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records an individual curriculum with its reason', async () => {
    const res = await ok(
      op(
        `mutation CurriculumAdminSetIndividualCurriculumItem($y: ID!, $st: ID!, $s: ID!) { setIndividualCurriculumItem(yearId: $y, studentId: $st, subjectId: $s, hoursPerYear: 68, reason: "Обучение на дому, приказ № 77") { hoursPerYear reason student { id } subject { name } } }`,
      ),
      { y: id('year'), st: P.petya, s: id('algebra') },
      admin,
    );
    expect(res.setIndividualCurriculumItem).toEqual({
      hoursPerYear: 68,
      reason: 'Обучение на дому, приказ № 77',
      student: { id: P.petya },
      subject: { name: 'Алгебра' },
    });
    const bad = await stack.gql(
      op(
        `mutation CurriculumAdminSetIndividualCurriculumItem2($y: ID!, $st: ID!, $s: ID!) { setIndividualCurriculumItem(yearId: $y, studentId: $st, subjectId: $s, hoursPerYear: -1, reason: "x") { id } }`,
      ),
      { y: id('year'), st: P.petya, s: id('algebra') },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('bad input and audit', () => {
  it('answers malformed dates and ids with a readable BAD_USER_INPUT, never a stack trace', async () => {
    const res = await stack.gql(
      op(
        `query CurriculumAdminMyTimetable { myTimetable(from: "23.11.2026", to: "2026-11-29") { id } }`,
      ),
      {},
      admin,
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0]?.message).toMatch(/ГГГГ-ММ-ДД/);
    const badId = await stack.gql(
      op(
        `query CurriculumAdminClassRoster { classRoster(classId: "1; drop table lesson", onDate: "2026-11-23") { id } }`,
      ),
      {},
      admin,
    );
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps every change of the school in a verifiable audit chain', async () => {
    const rows = await withClient(stack.curriculumDb.url, (c) =>
      c.query(`select action from audit_log where chain = $1 order by seq`, [
        'school:01930000-0000-7000-8000-000000000010',
      ]),
    );
    const actions = rows.rows.map((r) => r.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'year.created',
        'class.created',
        'assignment.created',
        'timetable.slot_set',
        'lessons.generated',
        'lesson.cancelled',
        'period.changed',
      ]),
    );
  });
});

describe('schools and group membership (S1, S2)', () => {
  it('lets the region register a school in its own region only', async () => {
    const region = await stack.login('region');
    const res = await ok(
      op(
        `mutation CurriculumAdminRegisterSchool($r: ID!) { registerSchool(regionId: $r, name: "МБОУ «Школа № 2»", timeZone: "Asia/Novosibirsk", workingWeekdays: [1,2,3,4,5,6]) { name timeZone workingWeekdays } }`,
      ),
      { r: '01930000-0000-7000-8000-000000000001' },
      region,
    );
    expect(res.registerSchool).toEqual({
      name: 'МБОУ «Школа № 2»',
      timeZone: 'Asia/Novosibirsk',
      workingWeekdays: [1, 2, 3, 4, 5, 6],
    });
    const otherRegion = await stack.gql(
      op(
        `mutation CurriculumAdminRegisterSchool2 { registerSchool(regionId: "01930000-0000-7000-8000-000000000002", name: "Школа", timeZone: "Europe/Moscow") { id } }`,
      ),
      {},
      region,
    );
    expect(otherRegion.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const schoolAdmin = await stack.gql(
      op(
        `mutation CurriculumAdminRegisterSchool3($r: ID!) { registerSchool(regionId: $r, name: "Школа", timeZone: "Europe/Moscow") { id } }`,
      ),
      { r: '01930000-0000-7000-8000-000000000001' },
      admin,
    );
    expect(schoolAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const badZone = await stack.gql(
      op(
        `mutation CurriculumAdminRegisterSchool4($r: ID!) { registerSchool(regionId: $r, name: "Школа № 3", timeZone: "Yekaterinburg") { id } }`,
      ),
      { r: '01930000-0000-7000-8000-000000000001' },
      region,
    );
    expect(badZone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps group membership history: who was in the group on a date', async () => {
    const group = await ok(
      op(
        `mutation CurriculumAdminCreateGroup4($y: ID!, $m: [ID!]!) { createGroup(yearId: $y, name: "Элективный курс «Финансовая грамотность»", kind: ELECTIVE, memberIds: $m, fromDate: "2026-09-01") { id } }`,
      ),
      { y: id('year'), m: [P.petya, P.anya] },
      admin,
    );
    const groupId = group.createGroup.id;
    await ok(
      op(
        `mutation CurriculumAdminChangeGroupMembers($g: ID!, $r: [ID!]) { changeGroupMembers(groupId: $g, remove: $r, onDate: "2026-11-16") { id } }`,
      ),
      { g: groupId, r: [P.anya] },
      admin,
    );
    const members = async (date: string) =>
      (
        await ok(
          op(
            `query CurriculumAdminGroup($g: ID!, $d: String!) { group(id: $g) { members(onDate: $d) { id } } }`,
          ),
          { g: groupId, d: date },
          admin,
        )
      )
        .group!.members.map((m) => m.id)
        .sort();
    expect(await members('2026-11-13')).toEqual([P.petya, P.anya].sort());
    expect(await members('2026-11-16')).toEqual([P.petya]);
    const parent = await stack.gql(
      op(
        `query CurriculumAdminGroup2($g: ID!) { group(id: $g) { members(onDate: "2026-11-16") { id } } }`,
      ),
      { g: groupId },
      await stack.login('ivanov.parent'),
    );
    expect(parent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const teacher = await stack.gql(
      op(
        `mutation CurriculumAdminChangeGroupMembers2($g: ID!, $a: [ID!]) { changeGroupMembers(groupId: $g, add: $a, onDate: "2026-11-23") { id } }`,
      ),
      { g: groupId, a: [P.anya] },
      await stack.login('math'),
    );
    expect(teacher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
