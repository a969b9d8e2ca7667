import type { ComponentChildren } from 'preact';
import { S, STATUS } from './strings';

/** What the picture's shapes mean; the shapes differ, so the key works without colour too. */
export function PictureLegend() {
  const item = (shape: ComponentChildren, text: string) => (
    <span class="cqv-key">
      <svg class="cqv-key-shape" viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
        {shape}
      </svg>{' '}
      {text}
    </span>
  );
  return (
    <p class="cqv-legend cqv-picture-legend">
      {item(<circle class="cqv-dot" cx="6" cy="6" r="4" />, S.legendEvent)}
      {item(<circle class="cqv-dot-dup" cx="6" cy="6" r="3.5" />, S.legendDuplicate)}
      {item(<rect class="cqv-key-queue" x="1" y="1" width="10" height="10" rx="1" />, S.legendQueue)}
      {item(<rect class="cqv-key-service" x="1" y="1" width="10" height="10" rx="1" />, S.legendService)}
      {item(<circle class="cqv-dot-fresh" cx="6" cy="6" r="4.5" />, `${STATUS.fresh.icon} ${STATUS.fresh.word}`)}
      {item(
        <rect class="cqv-dot-stale" x="2.5" y="2.5" width="7" height="7" transform="rotate(45 6 6)" />,
        `${STATUS.stale.icon} ${STATUS.stale.word}`,
      )}
    </p>
  );
}
