import { useEffect, useState } from 'preact/hooks';
import { Frozen } from '../shared/Frozen';
import { chartGeometry } from './chart';
import { S } from './strings';
import type { ChartData } from './view-model';

interface Props {
  uid: string;
  data: ChartData;
  /** The chart's data once the sliders rest: its description and table wait for it (see Results). */
  settled: ChartData;
  /** Width the chart is drawn at, in pixels (measured by the island). */
  width: number;
}

/** Cost against volume as an SVG line chart, with its legend and a table alternative. */
export function CostChart({ uid, data, settled, width }: Props) {
  const g = chartGeometry(data, width);
  // What a volume step leaves alone (the axes, gridlines and curves) is diffed only when it changes:
  // chartGeometry hands back the same arrays and strings while the chart's frame stays the same.
  const frame = [g.width, g.without, g.with, g.boundaries, g.yTicks, g.xTicks];
  // The table is in the server's HTML (so it reads without JavaScript); once hydrated it is kept
  // up to date only while its <details> is open, which spares each slider step 30-odd cells.
  const [hydrated, setHydrated] = useState(false);
  const [open, setOpen] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <figure class="egx-chart">
      <svg
        role="img"
        aria-label={settled.summary}
        viewBox={`0 0 ${g.width} ${g.height}`}
        width={g.width}
        height={g.height}
        class="egx-svg"
      >
        <Frozen deps={frame}>
          {g.yTicks.map((t) => (
            <g key={t.y} class="egx-grid">
              <line x1={g.plot.left} x2={g.plot.right} y1={t.y} y2={t.y} />
              {t.label && (
                <text x={g.plot.left + 2} y={t.y - 4}>
                  {t.label}
                </text>
              )}
            </g>
          ))}
          {g.boundaries.map((x, i) => (
            <line key={i} class="egx-boundary" x1={x} x2={x} y1={g.plot.top} y2={g.plot.bottom} />
          ))}
          <line class="egx-axis" x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} />
          {g.xTicks.map((t, i) => (
            <text key={i} class="egx-xtick" x={t.x} y={g.plot.bottom + 20} text-anchor={t.anchor}>
              {t.label}
            </text>
          ))}
          <path class={g.with ? 'egx-line egx-line-without' : 'egx-line egx-line-main'} d={g.without} />
          {g.with && <path class="egx-line egx-line-main" d={g.with} />}
        </Frozen>
        <line class="egx-guide" x1={g.marker.x} x2={g.marker.x} y1={g.marker.y} y2={g.plot.bottom} />
        <circle class="egx-marker" cx={g.marker.x} cy={g.marker.y} r={6} />
      </svg>
      <Frozen deps={[data.strategies, g.boundaries.length > 0]}>
        <figcaption>
          <span class="egx-key">
            <span
              class={data.strategies ? 'egx-swatch egx-swatch-without' : 'egx-swatch egx-swatch-main'}
              aria-hidden="true"
            />{' '}
            {S.legendWithout}
          </span>
          {data.strategies && (
            <span class="egx-key">
              <span class="egx-swatch egx-swatch-main" aria-hidden="true" /> {S.legendWith}
            </span>
          )}
          <span class="egx-key">
            <span class="egx-swatch egx-swatch-point" aria-hidden="true" /> {S.legendPoint}
          </span>
          {g.boundaries.length > 0 && (
            <span class="egx-key">
              <span class="egx-swatch egx-swatch-boundary" aria-hidden="true" /> {S.legendBoundary}
            </span>
          )}
        </figcaption>
      </Frozen>
      <details class="egx-chart-data" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>{S.chartTableSummary}</summary>
        {(open || !hydrated) && (
          <>
            <p class="egx-caption" id={`${uid}-chart-caption`}>
              {S.chartTitle}
            </p>
            <div class="egx-scroll" role="region" aria-labelledby={`${uid}-chart-caption`} tabIndex={0}>
              <table aria-labelledby={`${uid}-chart-caption`}>
                <thead>
                  <tr>
                    <th scope="col">{S.chartTh.gb}</th>
                    <th scope="col">{S.chartTh.without}</th>
                    {data.strategies && <th scope="col">{S.chartTh.with}</th>}
                  </tr>
                </thead>
                <tbody>
                  {settled.table.map((r, i) => (
                    <tr key={i}>
                      <td>{r.gb}</td>
                      <td>{r.without}</td>
                      {data.strategies && <td>{r.with}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </details>
    </figure>
  );
}
