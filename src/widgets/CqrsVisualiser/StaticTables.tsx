import type { Row, StaticView } from './static-view';
import { S } from './strings';

function Table({ caption, head, rows, metric }: { caption: string; head: string; rows: Row[]; metric?: boolean }) {
  return (
    <table class="cqv-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{S.th.value}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-metric={metric ? r.key : undefined}>
            <th scope="row">{r.label}</th>
            <td>{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The page without JavaScript: the scenario's settings, and its outcome behind a disclosure (no spoiler). */
export function StaticTables({ uid, view }: { uid: string; view: StaticView }) {
  return (
    <div class="cqv-static" id={`${uid}-static`}>
      <p class="cqv-hint">{S.noScript}</p>
      <Table caption={S.staticConfigCaption} head={S.th.setting} rows={view.config} />
      <details class="cqv-details">
        <summary>{S.staticMetricsSummary}</summary>
        <Table caption={S.staticMetricsCaption} head={S.th.measure} rows={view.metrics} metric />
      </details>
    </div>
  );
}
