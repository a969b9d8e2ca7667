import { useMemo } from 'preact/hooks';
import type { CqrsRunResult } from '../../domain/cqrs';
import { metricRows } from './static-view';
import { S } from './strings';

interface Props {
  uid: string;
  result: CqrsRunResult;
}

/** The run's outcome (every number from the domain's metrics) and the settings it ran with. */
export function ResultsTable({ uid, result }: Props) {
  const metrics = useMemo(() => metricRows(result), [result]);
  return (
    <div class="cqv-results">
      <h4 id={`${uid}-results`}>{S.resultsTitle}</h4>
      <table class="cqv-table cqv-metrics" aria-labelledby={`${uid}-results`}>
        <thead>
          <tr>
            <th scope="col">{S.th.measure}</th>
            <th scope="col">{S.th.value}</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map((r) => (
            <tr key={r.key} data-metric={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
