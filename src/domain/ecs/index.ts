/**
 * Amazon ECS rules that widgets, simulators and quizzes share: the public door of
 * src/domain/ecs. Import from here only; the other files are internals.
 */
export {
  tasksPerInstance,
  vcpuToCpuUnits,
  CPU_UNITS_PER_VCPU,
  MAX_CPU_UNITS,
  MAX_MEMORY_MIB,
  type TasksPerInstanceInput,
  type TasksPerInstance,
  type TaskLimit,
} from './tasks-per-instance';
export {
  FARGATE_SIZES,
  FARGATE_CPU_VALUES,
  fargateMemoryOptions,
  isFargateSize,
  nearestFargateSizes,
  type FargateCpuSize,
  type FargateSuggestion,
} from './fargate-sizes';
export {
  validateTaskDefinition,
  parseTaskCpu,
  parseTaskMemory,
  type LaunchType,
  type TaskDefinitionError,
} from './task-definition';
export {
  INSTANCE_TYPES,
  instanceType,
  awsvpcTaskLimit,
  TRUNKED_AWSVPC_TASK_LIMITS,
  trunkedAwsvpcTaskLimit,
  type InstanceType,
} from './instances';
export {
  tasksPerEc2Instance,
  EC2_NETWORK_MODES,
  EC2_TASK_LIMITS,
  MAX_PORT,
  type Ec2NetworkMode,
  type Ec2TaskShape,
  type Ec2FitOptions,
  type Ec2TaskLimit,
  type Ec2TaskFit,
  type EniTrunking,
} from './ec2-task-fit';
export { fargatePrice, fargateHourly, ec2Options, type FargatePrice, type Ec2Option } from './cost';
// Fargate bills live in src/domain/serverless; re-exported so ECS callers have one door.
export { fargateMonthlyCost, FARGATE, HOURS_PER_MONTH } from '../serverless';
export {
  recommendCapacity,
  compareCosts,
  type CapacityNeeds,
  type CapacityAdvice,
  type CostComparison,
} from './cluster-options';
export { createEcsState, ecsStep, findService, findTaskDefinition, serviceCounts, TASK_START_MS } from './cluster';
export type * from './cluster-types';
