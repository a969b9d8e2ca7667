import { useMemo } from 'preact/hooks';
import { veilOf, type ChartGeometry } from './charts';
import type { ChartTable } from './chart-text';
import { S } from './strings';

interface Props {
  /** Unique id prefix (clip paths and captions). */
  id: string;
  title: string;
  geometry: ChartGeometry;
  /** The chart in one sentence (also the SVG's accessible name). */
  summary: string;
  table: ChartTable;
  /** Current run time: the part after it is drawn faint, and a cursor marks it. */
  t: number;
}

/** Axes, pause band, series and reference lines: drawn once per run and width. */
function Body({ g }: { g: ChartGeometry }) {
  return (
    <g>
      {g.paths.map((p) => (
        <path key={p.id} class={`cqv-series cqv-series-${p.id}`} d={p.d} />
      ))}
    </g>
  );
}

function Frame({ g }: { g: ChartGeometry }) {
  return (
    <g>
      {g.pause && (
        <rect
          class="cqv-pause-band"
          x={g.pause.x1}
          y={g.plot.top}
          width={Math.max(1, g.pause.x2 - g.pause.x1)}
          height={g.plot.bottom - g.plot.top}
        />
      )}
      {g.yTicks.map((t) => (
        <g key={t.y} class="cqv-grid">
          <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} />
          <text x={g.plot.left - 4} y={t.y + 4} text-anchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {g.xTicks.map((t) => (
        <text key={t.x} class="cqv-xtick" x={t.x} y={g.height - 6} text-anchor={t.anchor}>
          {t.label}
        </text>
      ))}
      {g.hlines.map((h) => (
        <g key={h.id} class={`cqv-hline cqv-hline-${h.id}`}>
          <line x1={g.plot.left} x2={g.plot.right} y1={h.y} y2={h.y} />
        </g>
      ))}
    </g>
  );
}

/** Legend and table alternative: drawn once per run and width. */
function Extras({ g, id, table }: { g: ChartGeometry; id: string; table: ChartTable }) {
  return (
    <>
      <figcaption class="cqv-legend">
        {g.paths.map((p) => (
          <span key={p.id} class="cqv-key">
            <span class={`cqv-swatch cqv-swatch-${p.id}`} aria-hidden="true" /> {p.label}
          </span>
        ))}
        {g.hlines.map((h) => (
          <span key={h.id} class="cqv-key">
            <span class={`cqv-swatch cqv-swatch-h-${h.id}`} aria-hidden="true" /> {h.label}
          </span>
        ))}
        {g.marker && (
          <span class="cqv-key">
            <span class="cqv-swatch cqv-swatch-marker" aria-hidden="true" /> {g.marker.label}
          </span>
        )}
        {g.pause && (
          <span class="cqv-key">
            <span class="cqv-swatch cqv-swatch-pause" aria-hidden="true" /> {S.legendPause}
          </span>
        )}
      </figcaption>
      <details class="cqv-table-alt">
        <summary>{S.tableSummary}</summary>
        <div class="cqv-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table class="cqv-table">
            <caption id={`${id}-caption`}>{table.caption}</caption>
            <thead>
              <tr>
                {table.head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r[0]}>
                  {r.map((c, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={i}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}

/** The chart's SVG: drawn once per run and width (playback never repaints it). */
function Drawing({ g, label }: { g: ChartGeometry; label: string }) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${g.width} ${g.height}`}
      width={g.width}
      height={g.height}
      class="cqv-chart-svg"
    >
      <Frame g={g} />
      <Body g={g} />
      {g.marker && <circle class="cqv-marker" cx={g.marker.x} cy={g.marker.y} r="5" />}
    </svg>
  );
}

/**
 * One chart: the SVG (with its summary as accessible name), a veil over what is still to come
 * (its left edge is the cursor; it moves by a CSS transform, so playback only recomposites),
 * its legend, and its table in a <details>.
 */
export function Chart({ id, title, geometry: g, summary, table, t }: Props) {
  const drawing = useMemo(() => <Drawing g={g} label={`${title}. ${summary}`} />, [g, title, summary]);
  const extras = useMemo(() => <Extras g={g} id={id} table={table} />, [g, id, table]);
  const veil = veilOf(g, t);
  return (
    <figure class="cqv-chart" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>{title}</h5>
      <p class="cqv-summary" data-chart-summary>
        {summary}
      </p>
      <div class="cqv-chart-box">
        {drawing}
        <div class="cqv-veil" aria-hidden="true" data-x={veil.x} style={veil.style} />
      </div>
      {extras}
    </figure>
  );
}
