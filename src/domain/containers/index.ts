/**
 * Container and virtual-machine rules that widgets and quizzes share, and the simulated Docker
 * engine: the public door of src/domain/containers. Import from here only; the other files are
 * internals. The docker CLI for the shell is `DOCKER_TOOL` in ./cli/index.ts.
 */
export {
  instancesThatFit,
  densityComparison,
  hostDensity,
  MAX_MEMORY_GB,
  MAX_VCPUS,
  type HostDensityInput,
  type HostDensity,
  type ModelFit,
  type FitInput,
  type DensityInput,
  type DensityComparison,
} from './density';
export type { Container, DockerState, Image, Network, Volume, PortBinding, Mount } from './docker-types';
export {
  createEngine,
  dockerStep,
  findContainer,
  type EngineInput,
  type EngineEvent,
  type ContainerSpec,
} from './engine';
export { findImage, catalogueImage } from './images';
export { CATALOGUE, HELLO_WORLD_TEXT } from './catalogue';
export { parseReference, familiarTag } from './reference';
export { parseDockerfile, DockerfileError, type Instruction } from './dockerfile';
export { buildImage, type BuildRequest, type BuildResult, type BuildStep } from './build';
export {
  parseCompose,
  ComposeError,
  startOrder,
  type ComposeFile,
  type ComposeService,
  type ComposePort,
} from './compose';
export {
  composeToMermaid,
  composeFileToMermaid,
  describeCompose,
  composeView,
  type ComposeView,
} from './compose-diagram';
export { humanDuration, humanSize } from './format';
export {
  createRepository,
  isLoggedIn,
  logIn,
  repositoryExists,
  registryOf,
  findPushed,
  REGISTRY_KEY,
  type RegistryState,
} from './registry';
