/**
 * The few browser facts the playground needs, kept out of the components: which playground
 * of its mode this is on the page, and putting a query string in the address bar.
 */
import type { PlaygroundMode } from './presets.ts';

/** 1-based position of the playground holding `el` among the page's playgrounds of `mode`. */
export function ordinalOf(el: Element | null, mode: PlaygroundMode): number {
  const own = el?.closest('[data-widget="policy-playground"]');
  const all = [...document.querySelectorAll(`[data-widget="policy-playground"][data-mode="${mode}"]`)];
  const at = own ? all.indexOf(own) : -1;
  return at >= 0 ? at + 1 : 1;
}

/** Replaces the address's query string (keeping path and hash) and returns the full link. */
export function replaceSearch(search: string): string {
  history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  return location.href;
}

/** True when the learner asked for reduced motion. */
export function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
