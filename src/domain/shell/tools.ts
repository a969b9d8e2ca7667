/**
 * Every tool a simulated shell can have, by name. A lesson's terminal picks some
 * (`tools={['docker']}`); `createShell()` with none picks them all. A new tool (kubectl, an aws
 * service) registers here and nowhere else: the interpreter and the widget never name a tool.
 */
import { DOCKER_TOOL } from '../containers/cli';
import { KUBECTL_TOOL } from '../kubernetes/kubectl';
import { createAwsCommand, type AwsService } from './aws';
import { ECR_SERVICE, ECS_SERVICE, LOGS_SERVICE, ecsCheck, ecsCheckKinds, validateEcsCheck } from './aws-ecs';
import {
  IAM_SERVICE,
  LAMBDA_SERVICE,
  ZIP_COMMAND,
  lambdaCheck,
  lambdaCheckKinds,
  validateLambdaCheck,
} from './aws-lambda';
import type { TaskCheck, ToolDefinition, World } from './types';

/** The services of the `aws` command (lambda, ecs, ...), in the order `aws help` lists them. */
export const AWS_SERVICES: readonly AwsService[] = [
  ECR_SERVICE,
  ECS_SERVICE,
  IAM_SERVICE,
  LAMBDA_SERVICE,
  LOGS_SERVICE,
];

/** Each service's guided-task checks: the kinds it owns, how to answer and validate them. */
const AWS_CHECKS: readonly {
  kinds: readonly string[];
  check: (world: World, check: TaskCheck) => boolean;
  validate: (check: TaskCheck) => string | null;
}[] = [
  { kinds: ecsCheckKinds, check: ecsCheck, validate: validateEcsCheck },
  { kinds: lambdaCheckKinds, check: lambdaCheck, validate: validateLambdaCheck },
];

/** The `aws` tool: one command, its services plugged in, and their checks. */
export const AWS_TOOL: ToolDefinition = {
  name: 'aws',
  // zip comes with the aws tool: a Lambda deployment package is made with it.
  commands: [createAwsCommand(AWS_SERVICES), ZIP_COMMAND],
  check: (world, check) => AWS_CHECKS.find((c) => c.kinds.includes(check.kind))?.check(world, check) ?? false,
  validateCheck: (check) => {
    const owner = AWS_CHECKS.find((c) => c.kinds.includes(check.kind));
    if (!owner)
      return `unknown aws check kind "${check.kind}" (known: ${AWS_CHECKS.flatMap((c) => c.kinds).join(', ')})`;
    return owner.validate(check);
  },
};

/** Tools by the name a lesson uses. */
export const TOOLS: Readonly<Record<string, ToolDefinition>> = {
  docker: DOCKER_TOOL,
  kubectl: KUBECTL_TOOL,
  aws: AWS_TOOL,
};

export type ToolName = keyof typeof TOOLS;

/** The tools for these names; an unknown name is an error that names the known ones. */
export function toolsNamed(names: readonly string[]): ToolDefinition[] {
  return names.map((n) => {
    const t = TOOLS[n];
    if (!t) throw new Error(`unknown tool "${n}" (known tools: ${Object.keys(TOOLS).join(', ')})`);
    return t;
  });
}
