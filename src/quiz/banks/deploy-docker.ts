import type { QuizBank } from '../types';
import { DOCKERFILES, rebuiltSteps } from './docker-scenarios';

/** Quiz of the lesson "A Python web application in Docker". */
export const bank: QuizBank = {
  id: 'deploy-docker',
  title: 'Check your understanding',
  questions: [
    {
      id: 'cache-saving',
      parameterised: true,
      build(rng) {
        const install = rng.pick([40, 60, 90, 120, 150]);
        const builds = rng.pick([8, 12, 15, 20, 30]);
        const minutes = (install * builds) / 60;
        const shown = Math.round(minutes * 10) / 10;
        return {
          kind: 'numeric',
          id: 'cache-saving',
          prompt: `The pip install step of an image takes ${install} seconds. A developer changes app.py and rebuilds ${builds} times a day; requirements.txt does not change. How many minutes of build time a day does copying requirements.txt and installing before COPY app.py save, compared with the notes' COPY . /app first?`,
          answer: shown,
          answerText: `${shown} minutes`,
          units: ['minutes', 'minute', 'mins', 'min'],
          tolerance: { abs: 0.1 },
          explanation: `With COPY . first, every code change invalidates the install layer, so each of the ${builds} builds reruns pip install: ${builds} × ${install} s = ${install * builds} s = ${shown} minutes. With requirements.txt copied first, the install layer stays cached and those minutes disappear.`,
        };
      },
    },
    {
      id: 'bind-address',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'bind-address',
        prompt:
          'A Flask app in a container listens on 127.0.0.1:5000. You run it with -p 5000:5000, and the browser gets no answer. Why?',
        choices: [
          {
            id: 'loopback',
            label:
              "The mapped connection arrives on the container's network interface, and the app only listens on its loopback",
          },
          { id: 'port-order', label: 'The port mapping should be written 5000-5000' },
          { id: 'expose', label: 'The Dockerfile lacks EXPOSE 5000, which is required for -p to work' },
          { id: 'root', label: 'Only root may listen on port 5000' },
        ],
        answer: 'loopback',
        explanation:
          'Inside the container, 127.0.0.1 is the container itself. Listening on 0.0.0.0 accepts the forwarded connection. EXPOSE only documents a port; -p works without it.',
      }),
    },
    {
      id: 'review',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'review',
        prompt:
          'A Dockerfile starts FROM python:3.9, runs pip install flask and starts the app with python app.py as root. Which changes would a reviewer ask for? Choose all that apply.',
        choices: [
          { id: 'base', label: 'A supported, slim Python base image instead of python:3.9' },
          { id: 'pin', label: 'Pinned dependencies from requirements.txt instead of pip install flask' },
          { id: 'gunicorn', label: "Gunicorn instead of Flask's development server" },
          { id: 'user', label: 'A non-root user' },
          { id: 'latest', label: 'FROM python:latest, so the image always has the newest Python' },
        ],
        answer: ['base', 'pin', 'gunicorn', 'user'],
        explanation:
          'Each change makes builds repeatable or the container safer. python:latest would do the opposite: the same Dockerfile could produce a different Python version on every build.',
      }),
    },
    {
      id: 'why-push',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'why-push',
        prompt: 'Why must the image be pushed to a registry before Kubernetes or ECS can run it?',
        choices: [
          {
            id: 'pull',
            label:
              'Cluster machines start containers by pulling the image; an image only on your laptop cannot be pulled',
          },
          { id: 'scan', label: 'Registries compile the image for each CPU' },
          { id: 'licence', label: 'Only registry images may legally run in the cloud' },
          { id: 'run', label: 'Pushing starts the container in the cloud' },
        ],
        answer: 'pull',
        explanation:
          "Every node pulls the image by name and tag from a registry it can reach. Building on a laptop stores the image only in that laptop's engine.",
      }),
    },
    {
      id: 'port-taken',
      parameterised: true,
      build(rng) {
        const host = rng.pick([8000, 8001, 8080, 5001, 9000]);
        return {
          kind: 'text',
          id: 'port-taken',
          prompt: `Port 5000 is already used on your Mac. The app still listens on 5000 inside the container. Write the -p option that publishes it on host port ${host}.`,
          accept: [
            `-p ${host}:5000`,
            `${host}:5000`,
            `-p${host}:5000`,
            `--publish ${host}:5000`,
            `--publish=${host}:5000`,
          ],
          answerText: `-p ${host}:5000`,
          explanation: `Host port first, container port second: -p ${host}:5000, then browse to http://localhost:${host}.`,
        };
      },
    },
    {
      id: 'rebuilt-steps',
      parameterised: true,
      build(rng) {
        const order = rng.pick(['notes', 'lesson'] as const);
        const edited = rng.pick(['app.py', 'requirements.txt'] as const);
        const dockerfile = DOCKERFILES[order];
        const { rebuilt, total } = rebuiltSteps(dockerfile, edited);
        const n = rebuilt.length;
        return {
          kind: 'numeric',
          id: 'rebuilt-steps',
          prompt: `This Dockerfile was built once: ${dockerfile.trim().split('\n').join(' / ')}. You edit ${edited} and run docker build again. Of the ${total} numbered steps after FROM, how many run again instead of printing CACHED?`,
          answer: n,
          answerText: `${n}`,
          units: ['steps', 'step'],
          tolerance: { abs: 0 },
          explanation: `${n} of ${total} run again${n > 0 ? ` (${rebuilt.map((t) => `"${t}"`).join(', ')})` : ''}. A step's cache key includes the files it copies and every step before it, so the first COPY that includes ${edited} and everything after it rebuild.`,
        };
      },
    },
  ],
};
