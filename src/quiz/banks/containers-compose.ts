import type { QuizBank } from '../types';
import { CHAIN_COMPOSE, containerSummary, runLines } from './docker-scenarios';

/** Quiz of the lesson "Modelling a multi-container application with Compose". */
export const bank: QuizBank = {
  id: 'containers-compose',
  title: 'Check your understanding',
  questions: [
    {
      id: 'reach-db',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'reach-db',
        prompt: 'In the compose file, how does the web container connect to the database?',
        choices: [
          { id: 'service-name', label: 'To host db, port 5432: the service name resolves on the shared network' },
          { id: 'localhost', label: 'To localhost:5432, because both containers run on the same machine' },
          { id: 'published', label: 'Through a port published on the host, such as 5432:5432' },
          { id: 'volume', label: 'By reading the database files from the db-data volume' },
        ],
        answer: 'service-name',
        explanation:
          "Containers on the same Compose network reach each other by service name. Inside the web container, localhost is the web container itself, and the database's port does not need to be published.",
      }),
    },
    {
      id: 'corrections',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'corrections',
        prompt:
          'A Compose file you find online runs image: node:14 for the web service, postgres:13 with POSTGRES_PASSWORD: password, no volumes, and publishes only the web port. Which of these are real problems? Choose all that apply.',
        choices: [
          { id: 'node', label: 'The web service ran a bare node:14 image with no application in it' },
          { id: 'password', label: 'The database password was written in the file' },
          { id: 'volume', label: 'The database had no volume, so its data was lost with the container' },
          { id: 'versions', label: 'It used image versions that are out of support' },
          { id: 'db-port', label: 'The database port was not published on the host' },
        ],
        answer: ['node', 'password', 'volume', 'versions'],
        explanation:
          'An image without the app, a password in version control, no volume and end-of-life versions were all fixed. Not publishing the database port was right: only the web container needs it.',
      }),
    },
    {
      id: 'down-v',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'down-v',
        prompt: 'Which command removes the containers and network but keeps the database data?',
        choices: [
          { id: 'down', label: 'docker compose down' },
          { id: 'down-v', label: 'docker compose down -v' },
          { id: 'rm-volume', label: 'docker volume rm db-data' },
          { id: 'prune', label: 'docker system prune --volumes' },
        ],
        answer: 'down',
        explanation:
          'docker compose down leaves named volumes alone; the -v flag (and the other two commands) delete them, and the data with them.',
      }),
    },
    {
      id: 'spof',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'spof',
        prompt:
          'Looking at the diagram of the web and database containers, which statement is a finding you could act on?',
        choices: [
          {
            id: 'db-spof',
            label: 'The single db container is a single point of failure for every request that needs data',
          },
          { id: 'web-exposed', label: 'The database is reachable from the internet' },
          { id: 'no-network', label: 'The containers cannot reach each other' },
          { id: 'data-lost', label: 'The data is lost whenever the db container is replaced' },
        ],
        answer: 'db-spof',
        explanation:
          'No line reaches db from outside, the two share a network, and the volume keeps the data. But there is only one db box: if it fails, web cannot serve data. That is the kind of finding a diagram makes obvious.',
      }),
    },
    {
      id: 'compose-scope',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'compose-scope',
        prompt: 'When do you need more than Docker Compose?',
        choices: [
          {
            id: 'many-hosts',
            label:
              'When the application must run across several machines, with copies spread over them and restarted elsewhere on failure',
          },
          { id: 'two-containers', label: 'As soon as an application has two containers' },
          { id: 'volumes', label: 'When a container needs a volume' },
          { id: 'build', label: 'When an image must be built from a Dockerfile' },
        ],
        answer: 'many-hosts',
        explanation:
          'Compose builds images, creates volumes and networks and runs many containers, but all on one host. Spreading and rescheduling containers across machines is the job of an orchestrator.',
      }),
    },
    {
      id: 'up-one-service',
      parameterised: true,
      build(rng) {
        const target = rng.pick(['web', 'api', 'worker', 'db', 'cache']);
        const world = runLines(
          [`docker compose up -d ${target}`],
          { 'shop/compose.yaml': CHAIN_COMPOSE },
          '/home/learner/shop',
        );
        const { lines } = containerSummary(world);
        const n = lines.length;
        return {
          kind: 'numeric',
          id: 'up-one-service',
          prompt: `In this compose file, web depends on api, api depends on db and cache, and worker depends on cache. You run "docker compose up -d ${target}". How many containers does Compose start?`,
          answer: n,
          answerText: `${n}`,
          units: ['containers', 'container'],
          tolerance: { abs: 0 },
          explanation: `${n}: Compose starts ${target} and, first, everything it depends on, directly or not (${lines.map((l) => l.split(':')[0]).join(', ')}).`,
        };
      },
    },
  ],
};
