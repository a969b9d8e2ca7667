/** The plain-data state of the Mesos simulator (see master.ts). */
import type { Resources } from './drf';

export interface Agent {
  readonly id: string;
  readonly total: Resources;
  readonly alive: boolean;
}

export interface Framework {
  readonly id: string;
  /** Resources one task needs. */
  readonly demand: Resources;
  /** Tasks the framework wants in all; null for "as many as fit". */
  readonly wants: number | null;
  /** Seconds a decline filters the agent for this framework (Mesos's refuse_seconds, default 5). */
  readonly refuseSeconds: number;
}

export interface MesosTask {
  readonly id: string;
  readonly framework: string;
  readonly agent: string;
  readonly resources: Resources;
  readonly state: 'TASK_RUNNING' | 'TASK_LOST';
}

export interface Offer {
  readonly id: string;
  readonly framework: string;
  readonly agent: string;
  readonly resources: Resources;
}

/** A declined (framework, agent) pair that is not offered again until `untilMs`. */
export interface OfferFilter {
  readonly framework: string;
  readonly agent: string;
  readonly untilMs: number;
}

export interface Master {
  readonly id: string;
  readonly alive: boolean;
}

export interface MesosState {
  readonly nowMs: number;
  readonly seed: number;
  readonly counter: number;
  /** Masters in the order they joined the election (ZooKeeper sequence order). */
  readonly masters: readonly Master[];
  readonly leader: string | null;
  readonly agents: readonly Agent[];
  readonly frameworks: readonly Framework[];
  readonly tasks: readonly MesosTask[];
  /** At most one outstanding offer, so a learner can follow each one. */
  readonly offer: Offer | null;
  readonly filters: readonly OfferFilter[];
}

export type MesosInput =
  | { readonly type: 'tick'; readonly ms: number }
  | { readonly type: 'add-agent'; readonly id: string; readonly resources: Resources }
  | { readonly type: 'remove-agent'; readonly id: string }
  | {
      readonly type: 'register-framework';
      readonly id: string;
      readonly demand: Resources;
      readonly wants?: number | null;
      readonly refuseSeconds?: number;
    }
  /** The allocator makes the next offer (DRF order). */
  | { readonly type: 'offer' }
  | { readonly type: 'accept'; readonly offerId: string; readonly tasks: number }
  | { readonly type: 'decline'; readonly offerId: string; readonly filterSeconds?: number }
  /** One offer and the framework's own answer: launch one task if it fits, else decline. */
  | { readonly type: 'round' }
  | { readonly type: 'fail-master'; readonly id: string }
  | { readonly type: 'start-master'; readonly id: string };

export type MesosEvent =
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'offered'; readonly offer: Offer }
  | {
      readonly kind: 'accepted';
      readonly offerId: string;
      readonly framework: string;
      readonly tasks: readonly string[];
    }
  | {
      readonly kind: 'declined';
      readonly offerId: string;
      readonly framework: string;
      readonly agent: string;
      readonly filterSeconds: number;
    }
  | { readonly kind: 'idle'; readonly reason: string }
  | { readonly kind: 'offer-rescinded'; readonly offerId: string }
  | { readonly kind: 'agent-lost'; readonly agent: string }
  | { readonly kind: 'task-lost'; readonly task: string; readonly framework: string }
  | { readonly kind: 'leader-elected'; readonly master: string }
  | { readonly kind: 'no-leader' };
