/** Small drawn icons for the buttons (fonts on some systems lack the media-control glyphs). */
export type IconName = 'play' | 'pause' | 'back' | 'forward' | 'start';

const PATHS: Readonly<Record<IconName, string>> = {
  play: 'M3 1 L13 7 L3 13 Z',
  pause: 'M2 1 H5.5 V13 H2 Z M8.5 1 H12 V13 H8.5 Z',
  back: 'M11 1 L3 7 L11 13 Z',
  forward: 'M3 1 L11 7 L3 13 Z',
  start: 'M1 1 H3 V13 H1 Z M13 1 L4 7 L13 13 Z',
};

/** An icon beside a button's text; hidden from assistive technology (the text names the button). */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg class="cqv-icon" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
