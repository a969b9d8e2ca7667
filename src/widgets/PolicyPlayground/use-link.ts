/**
 * Keeps one playground's state in the address bar: on mount, reads the parameters addressed
 * to it (if any); after each change by the learner, writes them back (debounced, since
 * browsers throttle rapid replaceState calls).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ordinalOf, replaceSearch } from './dom.ts';
import type { PlaygroundMode } from './presets.ts';
import { paramsFor, writeSearch } from './url-common.ts';

const URL_DELAY_MS = 300;

/** What a playground gets from useLink. */
export interface LinkApi {
  /** Attach to the playground's root element. */
  root: { current: HTMLElement | null };
  /** True once the link has been read (the island is interactive). */
  ready: boolean;
  /** Call before a change made by the learner, so it is written to the address. */
  touch: () => void;
  /** Writes the address now and returns the link. */
  link: () => string;
}

/**
 * @param read called once with the parameters addressed to this playground (when there are some)
 * @param values the parameters of the current state; written when `values` changes after a touch
 */
export function useLink(
  mode: PlaygroundMode,
  read: (params: URLSearchParams) => void,
  values: Record<string, string | undefined>,
): LinkApi {
  const root = useRef<HTMLElement | null>(null);
  const ordinal = useRef(1);
  const touched = useRef(false);
  const [ready, setReady] = useState(false);
  const latest = useRef(values);
  latest.current = values;

  useEffect(() => {
    ordinal.current = ordinalOf(root.current, mode);
    const params = paramsFor(location.search, mode, ordinal.current);
    if (params) read(params);
    setReady(true);
    // Read once, on mount: later changes come from the learner, not from the address.
  }, []);

  const key = JSON.stringify(values);
  useEffect(() => {
    if (!touched.current) return undefined;
    const timer = setTimeout(
      () => replaceSearch(writeSearch(location.search, mode, ordinal.current, latest.current)),
      URL_DELAY_MS,
    );
    return () => clearTimeout(timer);
  }, [key, mode]);

  return {
    root,
    ready,
    touch: () => {
      touched.current = true;
    },
    link: () => replaceSearch(writeSearch(location.search, mode, ordinal.current, latest.current)),
  };
}
