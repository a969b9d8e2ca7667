import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createShell } from '../../src/domain/shell';

const LESSON = readFileSync('content/lessons/05-deploying/04-fargate-and-choosing.mdx', 'utf8');

/** The fenced blocks of a language, in order (their text). */
const blocks = (lang: string) => [...LESSON.matchAll(new RegExp('```' + lang + '[^\\n]*\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

describe('the Fargate lesson: the commands it teaches work in its terminal', () => {
  it('Steps 2 and 4, typed as printed, tick every task of the terminal', () => {
    const [dockerfile] = blocks('dockerfile');
    const [taskDefinition] = blocks('json');
    const files = {
      'my-nginx-app/Dockerfile': dockerfile!,
      'my-nginx-app/index.html': '<h1>Hello</h1>\n',
      'my-nginx-app/task-definition.json': taskDefinition!,
    };
    const shell = createShell({ tools: ['docker', 'aws'], files, cwd: '/home/learner/my-nginx-app' });
    // The lesson asks for this first, so Step 4 lands in the image's Region.
    shell.run('export AWS_DEFAULT_REGION=us-east-1');
    const bash = blocks('bash').filter((b) => /aws ecr create-repository|aws ecs create-service/.test(b));
    expect(bash).toHaveLength(2);
    for (const block of bash) {
      for (const command of block.replace(/\\\n\s*/g, '').split('\n').filter((l) => l.trim() !== '')) {
        const r = shell.run(command);
        expect(r.exitCode, `${command}\n${r.stderr}`).toBe(0);
      }
    }
    shell.run('sleep 5');
    expect(shell.check({ tool: 'docker', kind: 'image-built', tag: 'my-nginx-app:1.0' })).toBe(true);
    expect(
      shell.check({ tool: 'docker', kind: 'image-pushed', ref: '123456789012.dkr.ecr.us-east-1.amazonaws.com/my-nginx-app:1.0' }),
    ).toBe(true);
    expect(
      shell.check({ tool: 'aws', kind: 'ecs-task-definition-registered', family: 'my-nginx-app', launchType: 'FARGATE' }),
    ).toBe(true);
    expect(
      shell.check({ tool: 'aws', kind: 'ecs-service-steady', cluster: 'my-cluster', service: 'my-nginx-app', count: 2 }),
    ).toBe(true);
    expect(shell.run('aws ecs describe-services --cluster my-cluster --services my-nginx-app').stdout).toContain(
      'arn:aws:ecs:us-east-1:123456789012:service/my-cluster/my-nginx-app',
    );
  });
});
