import { pathOf, type Layout, type NodeId } from './layout';
import { num } from './format';
import type { PictureView } from './picture';
import { PICTURE } from './strings';

interface Props {
  uid: string;
  view: PictureView;
  layout: Layout;
  /** Accessible name: the state in one sentence. */
  label: string;
}

const NODES: readonly NodeId[] = ['commands', 'write', 'log', 'projector', 'read', 'reader'];

/** The system at one instant as SVG: boxes, arrows, events on the bus, the queue, reads. */
export function Picture({ uid, view, layout, label }: Props) {
  const arrow = `url(#${uid}-arrow)`;
  return (
    <svg
      class="cqv-picture"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      preserveAspectRatio="xMidYMin meet"
    >
      <defs>
        <marker
          id={`${uid}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" class="cqv-arrowhead" />
        </marker>
      </defs>
      <path class="cqv-link" d={pathOf(layout.command)} marker-end={arrow} />
      <path class="cqv-link" d={pathOf(layout.append)} marker-end={arrow} />
      <path class="cqv-bus" d={pathOf(layout.bus)} />
      <path class="cqv-link" d={pathOf(layout.bus)} marker-end={arrow} />
      <path class="cqv-link" d={pathOf(layout.apply)} marker-end={arrow} />
      <path
        class="cqv-link cqv-read-link"
        d={pathOf(view.strong ? layout.writeStoreRead : layout.readModelRead)}
        marker-end={arrow}
      />
      {NODES.map((id) => {
        const b = layout.nodes[id];
        const paused = id === 'projector' && view.paused;
        return (
          <g key={id} class={`cqv-node cqv-node-${id}${paused ? ' cqv-node-paused' : ''}`}>
            <rect x={b.x} y={b.y} width={b.w} height={b.h} rx="6" />
            {view.lines[id].map((line, i) => (
              <text key={i} x={b.x + 7} y={b.y + 19 + i * 16} class={i === 0 ? 'cqv-node-title' : 'cqv-node-line'}>
                {line}
              </text>
            ))}
          </g>
        );
      })}
      <text x={layout.busLabel.x} y={layout.busLabel.y} text-anchor={layout.busLabel.anchor} class="cqv-bus-label">
        {PICTURE.bus}: {PICTURE.busCount(num(view.inFlight))}
        {view.hiddenDots > 0 ? ` (${PICTURE.busHidden(num(view.busDots.length), num(view.inFlight))})` : ''}
      </text>
      <path class="cqv-dot-commit" d={view.paths.commits} />
      <path class="cqv-dot" d={view.paths.bus} />
      <path class="cqv-dot-dup" d={view.paths.duplicates} />
      {view.queue.map((q) => (
        <g key={q.key} class={q.inService ? 'cqv-q cqv-q-service' : 'cqv-q'}>
          <rect x={q.x} y={q.y} width="16" height="16" rx="2" class={q.duplicate ? 'cqv-q-dup' : undefined} />
          {q.inService && <rect class="cqv-q-progress" x={q.x} y={q.y + 13} width={16 * q.progress} height="3" />}
        </g>
      ))}
      {view.hiddenQueue > 0 && (
        <text class="cqv-small" x={layout.queue.x + layout.queue.w} y={layout.nodes.projector.y + 19} text-anchor="end">
          {PICTURE.moreQueued(num(view.hiddenQueue))}
        </text>
      )}
      {view.readDots.map((d) =>
        d.status === 'stale' ? (
          <rect
            key={d.key}
            class="cqv-dot-stale"
            x={d.x - 4}
            y={d.y - 4}
            width="8"
            height="8"
            transform={`rotate(45 ${d.x} ${d.y})`}
          />
        ) : (
          <circle
            key={d.key}
            class={d.status === undefined ? 'cqv-dot-read' : 'cqv-dot-fresh'}
            cx={d.x}
            cy={d.y}
            r="4.5"
          />
        ),
      )}
    </svg>
  );
}
