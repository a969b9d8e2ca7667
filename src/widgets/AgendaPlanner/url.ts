/**
 * The plan's choices in the address (`ag.*`), so an instructor can share or bookmark a plan.
 * Reading never throws: a value that does not parse is left out (the default stays) and named.
 */
import { urlNamespace } from '../shared/kit';

export interface AgendaChoice {
  modules: string[];
  start: string;
  breakEvery: string;
  breakMinutes: string;
  lunchAt: string;
  lunchMinutes: string;
}

const ns = urlNamespace('ag');
const KEYS: Record<keyof AgendaChoice, string> = {
  modules: ns.key('m'),
  start: ns.key('start'),
  breakEvery: ns.key('every'),
  breakMinutes: ns.key('break'),
  lunchAt: ns.key('lunch'),
  lunchMinutes: ns.key('lunchm'),
};

/** The choices in `search`, over `base`; `known` lists the course's module ids. */
export function readChoice(search: string, base: AgendaChoice, known: readonly string[]): AgendaChoice {
  const p = new URLSearchParams(search);
  const text = (k: Exclude<keyof AgendaChoice, 'modules'>) => (p.get(KEYS[k]) ?? base[k]).slice(0, 20);
  const m = p.get(KEYS.modules);
  const modules = m === null ? base.modules : m.split(',').filter((id) => known.includes(id));
  return {
    modules,
    start: text('start'),
    breakEvery: text('breakEvery'),
    breakMinutes: text('breakMinutes'),
    lunchAt: text('lunchAt'),
    lunchMinutes: text('lunchMinutes'),
  };
}

/** The query string for `choice`, keeping every parameter that is not the planner's. */
export function writeChoice(search: string, choice: AgendaChoice): string {
  const p = new URLSearchParams(search);
  for (const key of [...p.keys()]) if (ns.owns(key)) p.delete(key);
  p.set(KEYS.modules, choice.modules.join(','));
  for (const k of ['start', 'breakEvery', 'breakMinutes', 'lunchAt', 'lunchMinutes'] as const)
    p.set(KEYS[k], choice[k]);
  return `?${p.toString()}`;
}
