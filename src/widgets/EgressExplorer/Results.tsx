import { Frozen } from '../shared/Frozen';
import { S } from './strings';
import type { ExplorerView } from './view-model';

interface Props {
  uid: string;
  /** The scenario as it is now: the totals and the comparison follow every slider step. */
  view: ExplorerView;
  /**
   * The scenario once the sliders rest (the same object as `view` otherwise): the working, the
   * bill table and what a screen reader announces wait for it, so a moving slider redraws only
   * the totals and the chart, and a screen reader is not read every step of a held arrow key.
   */
  settled: ExplorerView;
  /** True while a field is invalid: the figures are the last valid ones. */
  stale: boolean;
}

/** Totals, the comparison with no strategies, the working and the bill table. */
export function Results({ uid, view, settled, stale }: Props) {
  const announcement = [
    `${S.monthly}: ${settled.monthly}. ${S.yearly}: ${settled.yearly}.`,
    settled.comparison ? `${settled.comparison.without} ${settled.comparison.verdict}` : '',
    stale ? S.stale : '',
  ].join(' ');
  return (
    <div class="egx-results">
      <h4 id={`${uid}-bill`}>{S.resultsTitle}</h4>
      <p class="visually-hidden" aria-live="polite" data-testid="egx-announce">
        {announcement}
      </p>
      <div class="egx-live">
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
      <Frozen deps={[settled, uid]}>
        <Details uid={uid} view={settled} />
      </Frozen>
    </div>
  );
}

/** The working and the bill table: many lines of text, drawn again only when the scenario settles. */
function Details({ uid, view }: { uid: string; view: ExplorerView }) {
  return (
    <>
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
    </>
  );
}
