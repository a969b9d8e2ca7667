/**
 * A timer that calls back once things have been quiet for `ms`: poke() on every change. It keeps
 * at most one timeout armed and, when it fires early, re-arms for the time left, so a slider
 * moved thirty times a second sets a timeout about once per `ms`, not once per step. (Setting a
 * timeout or an animation frame is the dearest call of a step in Chromium: about 0.3 ms each with
 * the CPU slowed 4x; issue 9, decision 0003, stop 22.)
 */
export interface QuietTimer {
  /** Something changed: call back `ms` after the last poke. */
  poke(): void;
  /** Forget any pending call back (the island unmounts). */
  cancel(): void;
}

export function quietTimer(ms: number, onQuiet: () => void, now: () => number = () => performance.now()): QuietTimer {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = (): void => {
    const left = last + ms - now();
    if (left > 0) {
      timer = setTimeout(fire, left);
      return;
    }
    timer = null;
    onQuiet();
  };
  return {
    poke() {
      last = now();
      if (timer === null) timer = setTimeout(fire, ms);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
