import type { PictureView, ReadStatus } from './picture';
import { num } from './format';
import { S, STATUS } from './strings';

interface Props {
  uid: string;
  view: PictureView;
}

/** A read's outcome as icon + word + colour (never colour alone). */
export function StatusBadge({ status }: { status: ReadStatus }) {
  return (
    <span class={`cqv-badge cqv-badge-${status}`}>
      <span aria-hidden="true">{STATUS[status].icon}</span> {STATUS[status].word}
    </span>
  );
}

/** The recent reads and the per-entity versions at the current time, as text. */
export function SystemDetails({ uid, view }: Props) {
  return (
    <div class="cqv-details-grid">
      <section aria-labelledby={`${uid}-h-reads`}>
        <h5 id={`${uid}-h-reads`}>{S.recentReads}</h5>
        {view.reads.length === 0 ? (
          <p class="cqv-hint">{S.noReadsYet}</p>
        ) : (
          <ul class="cqv-reads">
            {view.reads.map((r) => (
              <li key={r.key}>
                <StatusBadge status={r.status} /> {r.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby={`${uid}-h-entities`}>
        <h5 id={`${uid}-h-entities`}>{S.entitiesTitle}</h5>
        <ul class="cqv-entities">
          {view.entities.map((e) => (
            <li
              key={e.entity}
              class={e.stale ? 'cqv-entity cqv-entity-stale' : 'cqv-entity'}
              title={S.entityChip(e.entity, e.write, e.read)}
            >
              <span aria-hidden="true">
                <span class="cqv-entity-id">E{e.entity}</span> {e.write}/{e.read} {e.stale ? '\u26a0' : '\u2713'}
              </span>
              <span class="cqv-sr">
                {S.entityChip(e.entity, e.write, e.read)}, {e.stale ? S.entityStale : S.entityFresh}
              </span>
            </li>
          ))}
        </ul>
        {view.hiddenEntities > 0 && (
          <p class="cqv-hint">{S.moreEntities(num(view.hiddenEntities), num(view.hiddenStale))}</p>
        )}
      </section>
    </div>
  );
}
