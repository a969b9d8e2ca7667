/**
 * Apache Mesos, two-level scheduling: the public door of src/domain/mesos. Import from here only.
 */
export { drfAllocate, dominantShare, fits, validDemand, type Resources } from './drf';
export {
  createMesosState,
  mesosStep,
  runRounds,
  clusterTotal,
  frameworkUsage,
  agentFree,
  dominantShares,
  tasksByFramework,
} from './master';
export type * from './types';
