import { S } from './strings';
import type { ExplorerView } from './view-model';

interface Props {
  uid: string;
  view: ExplorerView;
  /** True while a field is invalid: the figures are the last valid ones. */
  stale: boolean;
}

/** Totals, the comparison with no strategies, the working and the bill table. */
export function Results({ uid, view, stale }: Props) {
  return (
    <div class="egx-results">
      <h4 id={`${uid}-bill`}>{S.resultsTitle}</h4>
      <div class="egx-live" aria-live="polite">
        <dl class="egx-totals" data-stale={stale ? 'true' : undefined}>
          <div>
            <dt>{S.monthly}</dt>
            <dd data-testid="egx-monthly">{view.monthly}</dd>
          </div>
          <div>
            <dt>{S.yearly}</dt>
            <dd data-testid="egx-yearly">{view.yearly}</dd>
          </div>
        </dl>
        {stale && <p class="egx-stale">{S.stale}</p>}
        {view.comparison && (
          <p class="egx-comparison">
            {view.comparison.without} <strong>{view.comparison.verdict}</strong>
          </p>
        )}
      </div>
      <h4>{S.workingTitle}</h4>
      <ol class="egx-working">
        {view.working.map((line, i) => (
          // Index keys: a slider step changes the text of the lines, not their identity.
          <li key={i}>{line}</li>
        ))}
      </ol>
      {view.rows.length === 0 ? (
        <p>{S.noLines}</p>
      ) : (
        <>
          <p class="egx-caption" id={`${uid}-lines-caption`}>
            {S.tableCaption}
          </p>
          <div class="egx-scroll" role="region" aria-labelledby={`${uid}-lines-caption`} tabIndex={0}>
            <table class="egx-lines" aria-labelledby={`${uid}-lines-caption`}>
              <thead>
                <tr>
                  <th scope="col">{S.th.item}</th>
                  <th scope="col">{S.th.from}</th>
                  <th scope="col">{S.th.to}</th>
                  <th scope="col">{S.th.gb}</th>
                  <th scope="col">{S.th.price}</th>
                  <th scope="col">{S.th.cost}</th>
                </tr>
              </thead>
              <tbody>
                {view.rows.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{r.item}</th>
                    <td>{r.from}</td>
                    <td>{r.to}</td>
                    <td>{r.gb}</td>
                    <td>{r.price}</td>
                    <td>{r.cost}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
