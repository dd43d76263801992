import { localClock } from '@dnevnik/school-time';

/**
 * What becomes a notification, for whom, with what text, and when it may go out by e-mail or
 * SMS (C2). Pure functions: no I/O, the clock is an argument.
 */
export const NOTIFICATION_KINDS = [
  'mark',
  'mark_corrected',
  'final',
  'absence',
  'homework',
  'nonattendance',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const isNotificationKind = (v: string): v is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(v);

/** A student's event goes to the student and their verified parents; non-attendance to the class teacher. */
export function recipientsOf(
  kind: NotificationKind,
  people: { studentId: string; parentIds: readonly string[]; classTeacherIds: readonly string[] },
): string[] {
  const ids =
    kind === 'nonattendance' ? people.classTeacherIds : [people.studentId, ...people.parentIds];
  return [...new Set(ids)];
}

const WORK_TYPE: Record<string, string> = {
  answer: 'ответ',
  test: 'тест',
  control: 'контрольную работу',
  laboratory: 'лабораторную работу',
  practical: 'практическую работу',
  essay: 'сочинение',
  dictation: 'диктант',
  homework: 'домашнее задание',
  project: 'проект',
  other: 'работу',
};

const FINAL_KIND: Record<string, string> = {
  period: 'за учебный период',
  year: 'годовая',
  exam: 'экзаменационная',
  final: 'итоговая',
};

/** dd.mm.yyyy, as Russian documents write dates. */
export function ruDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

export type NotificationFacts =
  | { kind: 'mark' | 'mark_corrected'; value: string; workType: string; date: string }
  | { kind: 'final'; finalKind: string; value: string | null; deferred: boolean }
  | { kind: 'absence'; status: 'absent' | 'late'; lateMinutes: number | null; date: string }
  /** `changed`: a homework already announced was edited (curriculum.homework.changed). */
  | { kind: 'homework'; dueOn: string | null; changed?: boolean }
  | { kind: 'nonattendance'; unexcused: number; windowDays: number };

/**
 * The text of a notification. It names no one: an e-mail or SMS leaves the region's systems, so
 * it carries the fact and the date, and the diary shows the rest to whoever may see it (G5).
 */
export function notificationText(f: NotificationFacts): { title: string; body: string } {
  switch (f.kind) {
    case 'mark':
      return {
        title: `Новая отметка «${f.value}»`,
        body: `Отметка «${f.value}» за ${WORK_TYPE[f.workType] ?? 'работу'}, ${ruDate(f.date)}. Подробности в электронном дневнике.`,
      };
    case 'mark_corrected':
      return {
        title: `Отметка исправлена на «${f.value}»`,
        body: `Отметка за ${WORK_TYPE[f.workType] ?? 'работу'} от ${ruDate(f.date)} исправлена на «${f.value}». История исправлений видна в дневнике.`,
      };
    case 'final':
      return f.deferred
        ? {
            title: 'Аттестация отложена',
            body: 'Выставление итоговой отметки отложено. Срок и причина указаны в дневнике.',
          }
        : {
            title: `Итоговая отметка «${f.value}»`,
            body: `Выставлена отметка ${FINAL_KIND[f.finalKind] ?? ''} «${f.value}». Подробности в электронном дневнике.`,
          };
    case 'absence':
      return f.status === 'late'
        ? {
            title: 'Опоздание на урок',
            body: `Опоздание${f.lateMinutes ? ` на ${f.lateMinutes} мин.` : ''} ${ruDate(f.date)}. Подробности в электронном дневнике.`,
          }
        : {
            title: 'Отсутствие на уроке',
            body: `Отмечено отсутствие на уроке ${ruDate(f.date)}. Если причина уважительная, сообщите классному руководителю.`,
          };
    case 'homework':
      if (f.changed)
        return {
          title: 'Домашнее задание изменено',
          body: f.dueOn
            ? `Домашнее задание изменено, срок — ${ruDate(f.dueOn)}. Новый текст задания в электронном дневнике.`
            : 'Домашнее задание изменено. Новый текст задания в электронном дневнике.',
        };
      return {
        title: 'Новое домашнее задание',
        body: f.dueOn
          ? `Задано домашнее задание к ${ruDate(f.dueOn)}. Текст задания в электронном дневнике.`
          : 'Задано домашнее задание. Текст задания в электронном дневнике.',
      };
    case 'nonattendance':
      return {
        title: 'Систематические пропуски',
        body: `У ученика вашего класса ${f.unexcused} пропусков без уважительной причины за ${f.windowDays} дн. Проверьте журнал посещаемости.`,
      };
  }
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function parseHhMm(value: string): number | null {
  const m = HHMM.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Instant `minutes` of local time from now, at whole minutes of the school's wall clock. */
function atLocalMinute(now: Date, timeZone: string, target: number): Date {
  const c = localClock(now, timeZone);
  const current = c.hour * 60 + c.minute;
  const wait = (target - current + 1440) % 1440;
  return new Date(now.getTime() + wait * 60_000 - c.second * 1000 - (now.getTime() % 1000));
}

/**
 * C2: when quiet hours are set and `now` falls inside them (local time; they may span
 * midnight, 22:00–07:00), the moment they end; otherwise null (send now).
 */
export function quietHoursEnd(
  now: Date,
  timeZone: string,
  quiet: { start: string; end: string } | null,
): Date | null {
  if (!quiet) return null;
  const start = parseHhMm(quiet.start);
  const end = parseHhMm(quiet.end);
  if (start === null || end === null || start === end) return null;
  const c = localClock(now, timeZone);
  const m = c.hour * 60 + c.minute;
  const inside = start < end ? m >= start && m < end : m >= start || m < end;
  return inside ? atLocalMinute(now, timeZone, end) : null;
}

/** The daily digest leaves at 19:00 school time: after lessons, before the evening. */
export const DIGEST_AT = '19:00';

export function nextDigestAt(now: Date, timeZone: string): Date {
  return atLocalMinute(now, timeZone, parseHhMm(DIGEST_AT)!);
}

export interface DeliveryPlan {
  channel: 'email' | 'sms';
  address: string;
  digest: boolean;
  notBefore: Date;
}

export interface PreferenceFacts {
  email: string | null;
  phone: string | null;
  mutedKinds: readonly string[];
  emailEnabled: boolean;
  smsEnabled: boolean;
  quiet: { start: string; end: string } | null;
  dailyDigest: boolean;
}

/**
 * Which external deliveries a notification gets (in-app is always there): none for a muted kind
 * or a channel the person turned off or the region has not configured; e-mail now or in the
 * daily digest; SMS now or when quiet hours end — nothing by SMS at night.
 */
export function planDeliveries(input: {
  kind: NotificationKind;
  preference: PreferenceFacts | null;
  channels: ReadonlySet<'email' | 'sms'>;
  now: Date;
  timeZone: string;
}): DeliveryPlan[] {
  const p = input.preference;
  if (!p || p.mutedKinds.includes(input.kind)) return [];
  const plans: DeliveryPlan[] = [];
  if (p.email && p.emailEnabled && input.channels.has('email')) {
    plans.push({
      channel: 'email',
      address: p.email,
      digest: p.dailyDigest,
      notBefore: p.dailyDigest ? nextDigestAt(input.now, input.timeZone) : input.now,
    });
  }
  if (p.phone && p.smsEnabled && input.channels.has('sms')) {
    plans.push({
      channel: 'sms',
      address: p.phone,
      digest: false,
      notBefore: quietHoursEnd(input.now, input.timeZone, p.quiet) ?? input.now,
    });
  }
  return plans;
}

export const MAX_ATTEMPTS = 5;

/** Backoff after a failed attempt: base, 2×base, 4×base…; null once attempts are used up. */
export function retryAfter(attempts: number, baseMs: number): number | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  return baseMs * 2 ** (attempts - 1);
}

/** A person's settings until they change any: e-mail on, SMS off, quiet from 21:00 to 08:00. */
export const PREFERENCE_DEFAULTS = {
  email: null,
  phone: null,
  mutedKinds: [] as NotificationKind[],
  emailEnabled: true,
  smsEnabled: false,
  quietStart: '21:00',
  quietEnd: '08:00',
  dailyDigest: false,
};
