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
