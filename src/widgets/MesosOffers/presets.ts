/** Starting clusters for the offer stepper: agents (cpus, mem in GB) and frameworks (one task's demand). */
export interface OfferSetup {
  readonly agents: readonly { id: string; cpus: number; mem: number }[];
  readonly frameworks: readonly { id: string; cpus: number; mem: number }[];
}

export const PRESETS: Readonly<Record<string, { label: string; setup: OfferSetup }>> = {
  paper: {
    label: 'The DRF paper: 9 CPUs, 18 GB; A <1 CPU, 4 GB>, B <3 CPUs, 1 GB>',
    setup: {
      agents: [{ id: 'agent-1', cpus: 9, mem: 18 }],
      frameworks: [
        { id: 'A', cpus: 1, mem: 4 },
        { id: 'B', cpus: 3, mem: 1 },
      ],
    },
  },
  twoAgents: {
    label: 'Two agents, three frameworks (Spark, Marathon, a batch job)',
    setup: {
      agents: [
        { id: 'agent-1', cpus: 8, mem: 16 },
        { id: 'agent-2', cpus: 4, mem: 32 },
      ],
      frameworks: [
        { id: 'spark', cpus: 2, mem: 2 },
        { id: 'marathon', cpus: 1, mem: 4 },
        { id: 'batch', cpus: 1, mem: 8 },
      ],
    },
  },
};
