/** Declarative infrastructure automation (plan/apply with drift): the public door of src/domain/automation. */
export {
  parseConfig,
  referencesIn,
  topoSort,
  TYPES,
  type Config,
  type ConfigError,
  type ResourceConfig,
  type Value,
} from './config';
export {
  createCloud,
  plan,
  apply,
  drift,
  formatPlan,
  planIsEmpty,
  UNKNOWN,
  type Cloud,
  type RealResource,
  type Plan,
  type PlannedChange,
  type PropertyChange,
  type Action,
} from './engine';
