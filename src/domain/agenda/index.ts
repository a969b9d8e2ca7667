/**
 * A timed workshop plan from the lessons' durations (issue 13): pick modules, a start time, how
 * long the group works between breaks and how long a break lasts, and optionally a lunch at a
 * clock time. Pure and deterministic; times are minutes after midnight, shown as HH:MM.
 */
import { argumentError, requireWhole } from '../shared/errors';

/** A lesson the plan may include. */
export interface AgendaLesson {
  readonly id: string;
  readonly title: string;
  readonly moduleId: string;
  readonly moduleTitle: string;
  /** The lesson's duration in minutes, from its frontmatter. */
  readonly minutes: number;
}

/** What the instructor chooses. */
export interface AgendaOptions {
  /** Ids of the modules to teach, in course order (others are left out). */
  readonly modules: readonly string[];
  /** Start time, "HH:MM" (24-hour clock). */
  readonly start: string;
  /** Teaching minutes after which a break comes (when more lessons follow): 30 to 240. */
  readonly breakEvery: number;
  /** Length of a break in minutes: 0 to 60 (0: no breaks). */
  readonly breakMinutes: number;
  /** Lunch at this clock time ("HH:MM"), taken before the first lesson that would start at or after it. */
  readonly lunchAt?: string | undefined;
  /** Length of lunch in minutes: 0 to 120. */
  readonly lunchMinutes?: number | undefined;
}

/** One line of the plan. */
export interface AgendaItem {
  readonly kind: 'lesson' | 'break' | 'lunch';
  readonly title: string;
  /** Module title, for lessons. */
  readonly module?: string;
  readonly lessonId?: string;
  readonly start: string;
  readonly end: string;
  readonly minutes: number;
}

/** The plan. */
export interface Agenda {
  readonly items: readonly AgendaItem[];
  readonly start: string;
  readonly end: string;
  /** Minutes of lessons only. */
  readonly teachingMinutes: number;
  /** From start to end, breaks and lunch included. */
  readonly totalMinutes: number;
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "09:30" -> 570. Throws a RangeError naming `name` for anything else. */
export function parseClock(name: string, text: unknown): number {
  const m = typeof text === 'string' ? CLOCK.exec(text.trim()) : null;
  if (!m) throw argumentError(name, 'a time such as 09:30 (24-hour clock, HH:MM)', text);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 570 -> "09:30"; past midnight it says so: 1470 -> "00:30 (+1 day)". */
export function formatClock(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return day > 0 ? `${text} (+${day} day)` : text;
}

/**
 * The plan: lessons of the chosen modules in course order, a break whenever `breakEvery` minutes
 * of teaching have passed since the last pause (never before the first lesson or after the
 * last), and lunch once, before the first lesson that would start at or after `lunchAt`.
 * Throws a RangeError naming the option for a bad time, an out-of-range number or an unknown
 * module.
 */
export function planAgenda(lessons: readonly AgendaLesson[], options: AgendaOptions): Agenda {
  const start = parseClock('start', options.start);
  const every = requireWhole('breakEvery', options.breakEvery, 30, 240);
  const breakLength = requireWhole('breakMinutes', options.breakMinutes, 0, 60);
  const lunch = options.lunchAt ? parseClock('lunchAt', options.lunchAt) : undefined;
  const lunchLength = requireWhole('lunchMinutes', options.lunchMinutes ?? 0, 0, 120);
  const known = new Set(lessons.map((l) => l.moduleId));
  for (const id of options.modules)
    if (!known.has(id)) throw argumentError('modules', `module ids of this course (${[...known].join(', ')})`, id);
  const chosen = lessons.filter((l) => options.modules.includes(l.moduleId));

  const items: AgendaItem[] = [];
  let now = start;
  let sincePause = 0;
  let lunched = lunch === undefined || lunchLength === 0;
  const push = (kind: AgendaItem['kind'], title: string, minutes: number, extra: Partial<AgendaItem> = {}) => {
    items.push({ kind, title, start: formatClock(now), end: formatClock(now + minutes), minutes, ...extra });
    now += minutes;
  };
  chosen.forEach((lesson, i) => {
    if (i > 0 && !lunched && lunch !== undefined && now >= lunch) {
      push('lunch', 'Lunch', lunchLength);
      lunched = true;
      sincePause = 0;
    } else if (i > 0 && breakLength > 0 && sincePause >= every) {
      push('break', 'Break', breakLength);
      sincePause = 0;
    }
    push('lesson', lesson.title, lesson.minutes, { module: lesson.moduleTitle, lessonId: lesson.id });
    sincePause += lesson.minutes;
  });
  const teachingMinutes = chosen.reduce((sum, l) => sum + l.minutes, 0);
  return {
    items,
    start: formatClock(start),
    end: formatClock(now),
    teachingMinutes,
    totalMinutes: now - start,
  };
}
