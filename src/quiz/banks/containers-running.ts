import type { QuizBank } from '../types';
import { containerSummary, runLines, runningScenario } from './docker-scenarios';

/** Images and the port each listens on inside its container. */
const SERVERS = [
  { image: 'nginx', port: 80 },
  { image: 'httpd', port: 80 },
  { image: 'grafana/grafana', port: 3000 },
  { image: 'jenkins/jenkins', port: 8080 },
] as const;

/** Quiz of the lesson "Running containers with Docker". */
export const bank: QuizBank = {
  id: 'containers-running',
  title: 'Check your understanding',
  questions: [
    {
      id: 'port-mapping',
      parameterised: true,
      build(rng) {
        const s = rng.pick(SERVERS);
        let host = rng.pick([8080, 8081, 8443, 9000, 9090, 3001, 5050]);
        if (host === s.port) host += 1;
        return {
          kind: 'text',
          id: 'port-mapping',
          prompt: `You run "docker run -d -p ${host}:${s.port} ${s.image}". The server inside listens on port ${s.port}. Which port do you type in the browser on the same machine, after localhost: ?`,
          accept: [
            `${host}`,
            `:${host}`,
            `localhost:${host}`,
            `http://localhost:${host}`,
            `http://localhost:${host}/`,
            `127.0.0.1:${host}`,
            `http://127.0.0.1:${host}`,
            `port ${host}`,
          ],
          answerText: `${host}`,
          explanation: `In -p ${host}:${s.port} the host port comes first: the host listens on ${host} and forwards to port ${s.port} in the container.`,
        };
      },
    },
    {
      id: 'list-stopped',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'list-stopped',
        prompt: 'docker ps shows nothing, yet the disk is filling with old containers. Which command lists them?',
        choices: [
          { id: 'ps-a', label: 'docker ps -a' },
          { id: 'images', label: 'docker images' },
          { id: 'logs', label: 'docker logs' },
          { id: 'ps-q', label: 'docker ps -q' },
        ],
        answer: 'ps-a',
        explanation:
          'docker ps shows only running containers; -a (all) adds stopped ones. docker container prune removes every stopped container.',
      }),
    },
    {
      id: 'stop-or-rm',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'stop-or-rm',
        prompt: 'Which statement about docker stop and docker rm is true?',
        choices: [
          {
            id: 'right',
            label:
              "stop ends the process but keeps the container and its files; rm deletes the stopped container's writable layer",
          },
          { id: 'same', label: 'They do the same thing' },
          { id: 'image', label: 'rm deletes the image the container was started from' },
          { id: 'stop-deletes', label: 'stop deletes the container, rm only removes it from the list' },
        ],
        answer: 'right',
        explanation:
          'A stopped container can be started again with its files intact. docker rm deletes it; the image stays (docker rmi removes images).',
      }),
    },
    {
      id: 'flags',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'flags',
        prompt:
          'Which statements about "docker run --rm -d --name web -p 8080:80 nginx:1.28" are true? Choose all that apply.',
        choices: [
          { id: 'background', label: '-d runs the container in the background and prints its id' },
          { id: 'name', label: 'Later commands can refer to the container as web' },
          { id: 'rm', label: '--rm deletes the container when it stops' },
          { id: 'pull', label: 'If nginx:1.28 is not on the host, Docker pulls it first' },
          { id: 'latest', label: 'Docker runs nginx:latest, because the tag is ignored' },
        ],
        answer: ['background', 'name', 'rm', 'pull'],
        explanation:
          'Each flag does one job: -d detaches, --name names, --rm cleans up, -p publishes a port. The tag is honoured; latest is used only when no tag is given.',
      }),
    },
    {
      id: 'exec',
      parameterised: false,
      build: () => ({
        kind: 'text',
        id: 'exec',
        prompt:
          'Which docker subcommand runs an extra command, such as a shell, inside a container that is already running?',
        accept: ['exec', 'docker exec', 'docker exec -it', 'container exec', 'docker container exec'],
        answerText: 'docker exec',
        explanation:
          "docker exec starts a new process in the running container's namespaces; docker run would start a new container.",
      }),
    },
    {
      id: 'after-commands',
      parameterised: true,
      build(rng) {
        const lines = runningScenario(rng);
        const world = runLines(lines);
        const { running, lines: states } = containerSummary(world);
        return {
          kind: 'numeric',
          id: 'after-commands',
          prompt: `On a host with no containers, you type these commands in order: ${lines.map((l) => `"${l}"`).join(', then ')}. How many containers are running at the end?`,
          answer: running,
          answerText: `${running}`,
          units: ['containers', 'container'],
          tolerance: { abs: 0 },
          explanation: `${running} running. The engine ends with: ${states.join('; ')}. A port already allocated or a name in use makes docker run fail (exit 125); hello-world prints its greeting and exits; a stopped container stays listed by docker ps -a.`,
        };
      },
    },
  ],
};
