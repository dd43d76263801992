/**
 * A weekly timetable for a whole school from each class's teaching load: which lesson of which
 * weekday every weekly hour takes, with no teacher in two classes at once. Pure: the caller
 * passes the random source, so one seed always gives one timetable. detectSlotClashes
 * (lesson-generation.rules.ts) checks the result independently.
 */

/** One line of a class's weekly load: an assignment, its teacher and its hours a week. */
export interface WeeklyItem {
  assignmentId: string;
  teacherId: string;
  hours: number;
  /** Where in the day the subject belongs: lower comes earlier (main subjects before PE). */
  dayRank: number;
}

/** A class to schedule: its grade (for the day lengths), its room and its weekly load. */
export interface TimetableClass {
  grade: number;
  room: string;
  items: readonly WeeklyItem[];
}

/** One weekly hour placed: weekday 1–5 (Monday first) and lesson number from 1. */
export interface SlotDraft {
  assignmentId: string;
  weekday: number;
  lessonNumber: number;
  room: string;
}

/** A source of numbers in [0, 1). */
export type Rng = () => number;

const WEEKDAYS = 5;
/** Tries per class with other short days and tie-breaks before the school starts over. */
const CLASS_TRIES = 20;
/** Orders of the whole school tried before the input is taken as unsatisfiable. */
const SCHOOL_ATTEMPTS = 50;

/** Most lessons a day: 5 in primary school, 6 in grades 5–6, 7 from grade 7. */
export function maxLessonsPerDay(grade: number): number {
  return grade <= 4 ? 5 : grade <= 6 ? 6 : 7;
}

/**
 * Lessons of a class on each weekday: the week's hours spread evenly, the longer days first
 * (29 hours: 6, 6, 6, 6, 5). Throws when a day would exceed the grade's maximum.
 */
export function dayLengths(grade: number, hours: number): number[] {
  const cap = maxLessonsPerDay(grade);
  const base = Math.floor(hours / WEEKDAYS);
  const lengths = Array.from({ length: WEEKDAYS }, (_, d) => base + (d < hours % WEEKDAYS ? 1 : 0));
  if (lengths.some((n) => n > cap))
    throw new Error(`Timetable: ${hours} lessons a week do not fit grade ${grade}`);
  return lengths;
}

/** Which classes are scheduled first: grades 5–6 (long weeks in short days), then 11 down to 7. */
export function tightness(grade: number): number {
  if (grade === 5 || grade === 6) return 0;
  return grade >= 7 ? 12 - grade : 10;
}

/** A small max-flow network (Edmonds–Karp: shortest augmenting paths by breadth-first search). */
export class FlowNetwork {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly adj: number[][];

  constructor(nodes: number) {
    this.adj = Array.from({ length: nodes }, () => []);
  }

  /** Adds an edge and returns its index; `used(edge)` tells later whether the flow took it. */
  add(from: number, to: number, capacity: number): number {
    this.adj[from]!.push(this.to.length);
    this.to.push(to);
    this.cap.push(capacity);
    this.adj[to]!.push(this.to.length);
    this.to.push(from);
    this.cap.push(0);
    return this.to.length - 2;
  }

  /** The flow on an edge after maxFlow: what its reverse edge took in. */
  flow(edge: number): number {
    return this.cap[edge ^ 1]!;
  }

  used(edge: number): boolean {
    return this.flow(edge) > 0;
  }

  maxFlow(source: number, sink: number): number {
    let total = 0;
    for (;;) {
      const via = new Array<number>(this.adj.length).fill(-1);
      const queue = [source];
      via[source] = -2;
      for (let qi = 0; qi < queue.length && via[sink] === -1; qi++) {
        const u = queue[qi]!;
        for (const e of this.adj[u]!) {
          const v = this.to[e]!;
          if (via[v] === -1 && this.cap[e]! > 0) {
            via[v] = e;
            queue.push(v);
          }
        }
      }
      if (via[sink] === -1) return total;
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!)
        push = Math.min(push, this.cap[via[v]!]!);
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) {
        this.cap[via[v]!]! -= push;
        this.cap[via[v]! ^ 1]! += push;
      }
      total += push;
    }
  }
}

/** The key of a teacher's lesson taken on a weekday (1–5) and lesson number (from 1). */
export function busyKey(teacherId: string, weekday: number, lessonNumber: number): string {
  return `${teacherId}|${weekday}|${lessonNumber}`;
}

/**
 * One class's week as a flow: each item's weekly hours flow through (item, day) nodes, capped at
 * ceil(hours / 5) a day, into the cells of the class's days (lesson 1 to the day's length, so
 * days have no gaps) whose teacher is free then (`busy`, see busyKey). The week exists exactly
 * when the maximum flow fills every cell; otherwise, or when the hours do not match the cells,
 * the answer is null. The rng shuffles edge order, so retries find other solutions. Afterwards
 * lessons within a day are swapped towards dayRank where both teachers allow it, so main
 * subjects tend to come early and physical education late.
 *
 * @returns per day (index 0 = Monday) the item of each lesson (index 0 = lesson 1)
 */
export function scheduleClass(
  items: readonly WeeklyItem[],
  lengths: readonly number[],
  busy: ReadonlySet<string>,
  rng: Rng,
): WeeklyItem[][] | null {
  const days = lengths.length;
  const cells: { day: number; n: number }[] = [];
  lengths.forEach((len, day) => {
    for (let n = 1; n <= len; n++) cells.push({ day, n });
  });
  if (items.reduce((sum, it) => sum + it.hours, 0) !== cells.length) return null;
  const source = 0;
  const itemNode = (i: number) => 1 + i;
  const itemDayNode = (i: number, day: number) => 1 + items.length + i * days + day;
  const cellNode = (c: number) => 1 + items.length * (1 + days) + c;
  const sink = 1 + items.length * (1 + days) + cells.length;
  const net = new FlowNetwork(sink + 1);
  const placements: { edge: number; item: WeeklyItem; cell: number }[] = [];
  const shuffled = <T>(xs: T[]) =>
    xs
      .map((x) => ({ x, k: rng() }))
      .sort((a, b) => a.k - b.k)
      .map((e) => e.x);
  for (const i of shuffled(items.map((_, i) => i))) {
    const item = items[i]!;
    net.add(source, itemNode(i), item.hours);
    for (const day of shuffled([...Array(days).keys()])) {
      net.add(itemNode(i), itemDayNode(i, day), Math.ceil(item.hours / WEEKDAYS));
      for (const c of shuffled(cells.map((_, c) => c))) {
        const cell = cells[c]!;
        if (cell.day !== day || busy.has(busyKey(item.teacherId, day + 1, cell.n))) continue;
        placements.push({ edge: net.add(itemDayNode(i, day), cellNode(c), 1), item, cell: c });
      }
    }
  }
  cells.forEach((_, c) => net.add(cellNode(c), sink, 1));
  if (net.maxFlow(source, sink) !== cells.length) return null;

  const week: WeeklyItem[][] = lengths.map((len) => new Array<WeeklyItem>(len));
  for (const p of placements) {
    if (!net.used(p.edge)) continue;
    const cell = cells[p.cell]!;
    week[cell.day]![cell.n - 1] = p.item;
  }
  orderDays(week, items, busy, rng);
  return week;
}

/** Swaps lessons within each day towards dayRank (with a random tie-break) where both are free. */
function orderDays(
  week: WeeklyItem[][],
  items: readonly WeeklyItem[],
  busy: ReadonlySet<string>,
  rng: Rng,
) {
  const rank = new Map(items.map((it) => [it, it.dayRank + rng() * 8]));
  week.forEach((lessons, day) => {
    const free = (it: WeeklyItem, n: number) => !busy.has(busyKey(it.teacherId, day + 1, n + 1));
    for (let swapped = true; swapped;) {
      swapped = false;
      for (let i = 0; i < lessons.length; i++) {
        for (let j = i + 1; j < lessons.length; j++) {
          const a = lessons[i]!;
          const b = lessons[j]!;
          if (rank.get(b)! < rank.get(a)! && free(b, i) && free(a, j)) {
            lessons[i] = b;
            lessons[j] = a;
            swapped = true;
          }
        }
      }
    }
  });
}

/**
 * A teacher whose weekly hours exceed the (weekday, lesson number) cells of the classes they
 * teach can never be placed, whatever the order: found up front instead of after every attempt.
 */
function overloadedTeacher(classes: readonly TimetableClass[]): string | null {
  const hours = new Map<string, number>();
  const longestDay = new Map<string, number>();
  for (const c of classes) {
    const total = c.items.reduce((sum, it) => sum + it.hours, 0);
    const longest = Math.max(0, ...dayLengths(c.grade, total));
    for (const it of c.items) {
      hours.set(it.teacherId, (hours.get(it.teacherId) ?? 0) + it.hours);
      longestDay.set(it.teacherId, Math.max(longestDay.get(it.teacherId) ?? 0, longest));
    }
  }
  for (const [teacherId, h] of hours) {
    const cells = WEEKDAYS * longestDay.get(teacherId)!;
    if (h > cells) return `teacher ${teacherId} has ${h} hours a week for ${cells} lesson cells`;
  }
  return null;
}

/**
 * A clash-free weekly timetable for all classes: classes one after another (the tightest first,
 * see tightness), each by scheduleClass against the teachers' hours already taken; a class that
 * cannot be placed is retried with its short days moved and other tie-breaks and, failing that,
 * the whole school is started again in another order. `rngFor(attempt)` gives each attempt its
 * random source; with a deterministic one (mulberry32) the same input gives the same timetable.
 * Throws when a class's week does not fit its grade's days (dayLengths), when a teacher has more
 * hours than lesson cells, and when no attempt succeeds.
 */
export function buildTimetable(
  classes: readonly TimetableClass[],
  rngFor: (attempt: number) => Rng,
): SlotDraft[] {
  const overloaded = overloadedTeacher(classes);
  if (overloaded) throw new Error(`Timetable: ${overloaded}`);
  for (let attempt = 0; attempt < SCHOOL_ATTEMPTS; attempt++) {
    const drafts = scheduleSchool(classes, attempt, rngFor(attempt));
    if (drafts) return drafts;
  }
  throw new Error('Timetable: no clash-free timetable found');
}

/** One attempt of buildTimetable: every class in this attempt's order, or null if one fails. */
function scheduleSchool(
  classes: readonly TimetableClass[],
  attempt: number,
  rng: Rng,
): SlotDraft[] | null {
  const busy = new Set<string>();
  const drafts: SlotDraft[] = [];
  // The first attempt keeps the input order within a tightness; later ones mix it.
  const order = classes
    .map((c) => ({ c, key: tightness(c.grade) * 10 + rng() * (attempt === 0 ? 0 : 15) }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.c);
  for (const cls of order) {
    const total = cls.items.reduce((sum, it) => sum + it.hours, 0);
    const lengths = dayLengths(cls.grade, total);
    let week: WeeklyItem[][] | null = null;
    for (let t = 0; t < CLASS_TRIES && !week; t++) {
      // Which weekdays are the short ones varies between tries.
      const shift = t % WEEKDAYS;
      const rotated = lengths.map((_, d) => lengths[(d + shift) % WEEKDAYS]!);
      week = scheduleClass(cls.items, rotated, busy, rng);
    }
    if (!week) return null;
    week.forEach((lessons, d) =>
      lessons.forEach((item, i) => {
        busy.add(busyKey(item.teacherId, d + 1, i + 1));
        drafts.push({
          assignmentId: item.assignmentId,
          weekday: d + 1,
          lessonNumber: i + 1,
          room: cls.room,
        });
      }),
    );
  }
  return drafts;
}
