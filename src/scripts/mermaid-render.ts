import mermaid from 'mermaid';
import { xmlSafe } from './svg-xml';
import { mermaidConfig } from './mermaid-config';

let counter = 0;

/** The caption of the figure a diagram sits in, used as the SVG's accessible name. */
function captionOf(fig: HTMLElement): string {
  return fig.closest('figure')?.querySelector('figcaption')?.textContent?.trim() || 'Diagram';
}

/**
 * Renders one diagram with the current theme. `securityLevel: 'strict'` makes Mermaid encode
 * HTML in labels and disable click handlers; the SVG is parsed with DOMParser as XML, never inserted as an HTML string.
 * The source stays available in a <details> as the text alternative.
 */
export async function renderDiagram(fig: HTMLElement): Promise<void> {
  const dark = document.documentElement.dataset['theme'] === 'dark';
  mermaid.initialize(mermaidConfig(dark));
  const source = fig.dataset['source'] ?? '';
  const { svg } = await mermaid.render(`mermaid-${++counter}`, source);
  const doc = new DOMParser().parseFromString(xmlSafe(svg), 'image/svg+xml');
  const el = doc.documentElement;
  if (el.nodeName !== 'svg') throw new Error('Mermaid did not return an SVG');
  el.setAttribute('role', 'img');
  el.setAttribute('aria-label', captionOf(fig));
  // Mermaid scales a diagram down to the column; on a phone a wide sequence diagram would become
  // unreadable. Never shrink below 60 % of its natural size: the holder scrolls sideways instead.
  const natural = parseFloat((el as unknown as SVGElement).style.maxWidth);
  if (Number.isFinite(natural) && natural > 0)
    (el as unknown as SVGElement).style.minWidth = `${Math.round(natural * 0.6)}px`;
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = 'Diagram source (text)';
  const pre = document.createElement('pre');
  pre.textContent = source;
  details.append(summary, pre);
  const holder = document.createElement('div');
  holder.className = 'mermaid-svg';
  // Focusable so keyboard users can scroll a diagram wider than the screen.
  holder.tabIndex = 0;
  holder.setAttribute('role', 'group');
  holder.setAttribute('aria-label', `${captionOf(fig)} (diagram; scroll sideways if it is cut off)`);
  holder.append(document.importNode(el, true));
  fig.replaceChildren(holder, details);
  fig.dataset['state'] = 'rendered';
}
