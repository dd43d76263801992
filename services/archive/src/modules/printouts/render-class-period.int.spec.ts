import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '@dnevnik/contracts';
import { fullName, type ClassPeriodSnapshot, type SnapshotSubject } from './class-period.rules.js';
import { renderClassPeriod } from './render-class-period.js';

// Real tools: poppler's pdftotext reads the printout back, veraPDF validates PDF/A.
const run = promisify(execFile);
const VERAPDF = fileURLToPath(new URL('../../../../../scripts/verapdf.sh', import.meta.url));

const random = mulberry32(7);
const LAST = ['Ёжиков', 'Соловьёва', 'Щукин', 'Абрамова', 'Юдин'];
const students = Array.from({ length: 25 }, (_, i) => ({
  id: `s${String(i).padStart(2, '0')}`,
  lastName: `${LAST[i % LAST.length]}${i > 4 ? `-${i}` : ''}`,
  firstName: i % 2 ? 'Анна' : 'Пётр',
  middleName: i % 3 ? 'Ильинична' : null,
}));

function subject(name: string, lessonCount: number, teacherLast: string): SnapshotSubject {
  const lessons = Array.from({ length: lessonCount }, (_, i) => {
    const d = new Date(Date.UTC(2026, 10, 5 + Math.floor(i / 2)));
    return {
      id: `${name}-l${i}`,
      date: d.toISOString().slice(0, 10),
      lessonNumber: 2 + (i % 2) * 3,
      topic: i === 3 ? null : `${name}: тема урока ${String.fromCharCode(0x410 + (i % 32))}`,
      homework: i % 4 === 0 ? [{ text: `параграф ${String.fromCharCode(0x430 + (i % 32))}` }] : [],
      attendance: students
        .filter(() => random() < 0.06)
        .map((st) => ({ student: { id: st.id }, status: 'ABSENT' as const, current: true })),
    };
  });
  return {
    assignmentId: `a-${name}`,
    subject: name,
    group: null,
    teacher: {
      id: `t-${teacherLast}`,
      lastName: teacherLast,
      firstName: 'Ольга',
      middleName: 'Петровна',
    },
    lessons,
    rows: students.map((st) => ({
      student: st,
      marks: lessons
        .filter(() => random() < 0.2)
        .map((l) => ({
          lessonId: l.id,
          lessonDate: l.date,
          value: String(2 + Math.floor(random() * 4)),
          workType: 'oral',
          current: true,
        })),
      average: 3.75,
      final: random() < 0.8 ? String(3 + Math.floor(random() * 3)) : null,
    })),
  };
}

const snapshot: ClassPeriodSnapshot = {
  school: { id: 'sch', name: 'МАОУ «Средняя школа № 1»' },
  schoolClass: { id: 'c7a', name: '7А' },
  period: { id: 'q2', name: 'Вторая четверть', startsOn: '2026-11-04', endsOn: '2026-12-28' },
  year: { id: 'y', name: '2026/2027' },
  classTeacher: { id: 't-k', lastName: 'Кузнецова', firstName: 'Мария', middleName: 'Ивановна' },
  takenAt: '2026-12-28T10:00:00.000Z',
  subjects: [subject('Алгебра', 60, 'Смирнова'), subject('История', 10, 'Андреев')],
};

let dir: string;
let file: string;
let pdf: Buffer;
let text: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archive-printout-'));
  pdf = await renderClassPeriod(snapshot);
  file = join(dir, 'printout.pdf');
  await writeFile(file, pdf);
  text = (await run('pdftotext', ['-layout', file, '-'])).stdout;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the period printout of a class (X1)', () => {
  it('holds every mark, final and absence of the snapshot, read back from the PDF', () => {
    const rows = text.split('\n').filter((l) => /^\s*\d+\. \S/.test(l));
    // A mark and «н» in one cell may come out of the text layer as one word ("4н").
    const tokens = rows
      .flatMap((l) => l.trim().split(/\s+/).slice(1))
      .flatMap((t) => (/^[2-5]н$/.test(t) ? [t[0]!, 'н'] : [t]));
    const marks = snapshot.subjects.flatMap((s) => s.rows.flatMap((r) => r.marks)).length;
    const finals = snapshot.subjects.flatMap((s) => s.rows).filter((r) => r.final).length;
    const absences = snapshot.subjects.flatMap((s) =>
      s.lessons.flatMap((l) => l.attendance),
    ).length;
    expect(marks).toBeGreaterThan(200);
    expect(tokens.filter((t) => /^[2-5]$/.test(t))).toHaveLength(marks + finals);
    expect(tokens.filter((t) => t === 'н')).toHaveLength(absences);
  });

  it('names every student in Cyrillic, the topics, homework, signatures and "лист N из M"', () => {
    for (const st of students) expect(text).toContain(fullName(st));
    expect(text).toContain('Алгебра: тема урока Б');
    expect(text).toContain('— тема не записана —');
    expect(text).toContain('Д/з: параграф а');
    expect(text).toContain('Учитель (Алгебра): ____________________ Смирнова О. П.');
    expect(text).toContain('Классный руководитель: ____________________ Кузнецова М. И.');
    expect(text).toContain('7А · Алгебра · Вторая четверть 2026/2027 (графы 28–54 из 62');
    const pages = text.split('\f').filter((p) => p.trim()).length;
    expect(text).toContain(`лист ${pages} из ${pages}`);
  });

  it('renders the same snapshot to the same bytes', async () => {
    const again = await renderClassPeriod(structuredClone(snapshot));
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    expect(sha(again)).toBe(sha(pdf));
  });

  it('is PDF/A-2b by veraPDF', async () => {
    const { stdout } = await run('bash', [VERAPDF, 'validate', '2b', file], { timeout: 120_000 });
    expect(stdout).toMatch(/^PASS /m);
  }, 180_000);
});
