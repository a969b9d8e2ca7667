/**
 * Container and virtual-machine rules that widgets and quizzes share: the public door of
 * src/domain/containers. Import from here only; the other files are internals.
 */
export {
  instancesThatFit,
  densityComparison,
  MAX_MEMORY_GB,
  type FitInput,
  type DensityInput,
  type DensityComparison,
} from './density';
