/**
 * Every tool a simulated shell can have, by name. A lesson's terminal picks some
 * (`tools={['docker']}`); `createShell()` with none picks them all. A new tool (kubectl, an aws
 * service) registers here and nowhere else: the interpreter and the widget never name a tool.
 */
import { DOCKER_TOOL } from '../containers/cli';
import { createAwsCommand, type AwsService } from './aws';
import type { ToolDefinition } from './types';

/** The services of the `aws` command (lambda, ecs, ...), in the order `aws help` lists them. */
export const AWS_SERVICES: readonly AwsService[] = [];

/** The `aws` tool: one command, its services plugged in. */
export const AWS_TOOL: ToolDefinition = {
  name: 'aws',
  commands: [createAwsCommand(AWS_SERVICES)],
};

/** Tools by the name a lesson uses. */
export const TOOLS: Readonly<Record<string, ToolDefinition>> = {
  docker: DOCKER_TOOL,
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
