import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import { ComposeError, parseCompose } from './compose';
import { composeToMermaid, describeCompose } from './compose-diagram';

/** The lesson's corrected compose file (content/lessons/04-containers/04-modelling-with-compose.mdx). */
export const LESSON_COMPOSE = `services:
  web:
    build: ./web
    ports:
      - '8080:8080'
    environment:
      DB_HOST: db
    depends_on:
      db:
        condition: service_healthy
    networks:
      - app-network
  db:
    image: postgres:17
    volumes:
      - db-data:/var/lib/postgresql/data
    networks:
      - app-network

networks:
  app-network:
    driver: bridge

volumes:
  db-data:
`;

function errorOf(text: string): ComposeError {
  try {
    parseCompose(text);
  } catch (e) {
    if (e instanceof ComposeError) return e;
    throw e;
  }
  throw new Error('expected a ComposeError');
}

describe('parseCompose', () => {
  it("reads the lesson's file: services, ports, dependencies, networks and volumes", () => {
    const f = parseCompose(LESSON_COMPOSE);
    expect(f.services.map((s) => s.name)).toEqual(['web', 'db']);
    expect(f.services[0]?.ports).toEqual([{ hostIp: '0.0.0.0', host: 8080, container: 8080, proto: 'tcp' }]);
    expect(f.services[0]?.dependsOn).toEqual(['db']);
    expect(f.services[0]?.build).toEqual({ context: './web', dockerfile: 'Dockerfile' });
    expect(f.services[1]?.volumes).toEqual([{ type: 'volume', source: 'db-data', target: '/var/lib/postgresql/data' }]);
    expect(f.warnings).toEqual([]);
  });

  it('treats an obsolete version key as a warning, worded as Compose v2 prints it', () => {
    const f = parseCompose(`version: '3.8'\nservices:\n  web:\n    image: nginx\n`);
    expect(f.warnings).toEqual([
      'the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion',
    ]);
  });

  it('names the line of YAML and validation errors', () => {
    expect(errorOf('services:\n  web:\n    image: nginx\n   ports: [8080:80\n').line).toBeGreaterThanOrEqual(3);
    const dep = errorOf('services:\n  web:\n    image: nginx\n    depends_on: [db]\n');
    expect(dep.message).toBe('line 2: service "web" depends on undefined service "db": invalid compose project');
    const port = errorOf('services:\n  web:\n    image: nginx\n    ports:\n      - "99999:80"\n');
    expect(port.line).toBe(5);
    expect(port.message).toContain('invalid hostPort: 99999');
    const net = errorOf('services:\n  web:\n    image: nginx\n    networks: [front]\n');
    expect(net.message).toBe('line 4: service "web" refers to undefined network front: invalid compose project');
    expect(
      errorOf('services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: y\n    depends_on: [a]\n').message,
    ).toContain('dependency cycle detected');
    expect(errorOf('servics:\n  web:\n    image: nginx\n').message).toBe(
      "line 1: (root) additional properties 'servics' not allowed",
    );
  });

  it('refuses every YAML bad input with a ComposeError (never another exception, never a hang)', () => {
    for (const text of badInputs('yaml')) {
      const e = errorOf(text);
      expect(e.message.length).toBeGreaterThan(5);
    }
  });
});

describe('composeToMermaid', () => {
  it("draws the lesson's file: host port, dependency, network and volume", () => {
    expect(composeToMermaid(LESSON_COMPOSE)).toBe(`flowchart LR
  host(["Host (your machine)"])
  svc_web["web: build: ./web"]
  svc_db["db: postgres:17"]
  net_app_network{{"network: app-network"}}
  vol_db_data[("volume: db-data")]
  host -- "8080 → 8080/tcp" --> svc_web
  svc_web -. "depends on" .-> svc_db
  svc_web --- net_app_network
  svc_db --- net_app_network
  svc_db -- "/var/lib/postgresql/data" --- vol_db_data
`);
  });

  it('escapes quotes and angle brackets from the file', () => {
    const out = composeToMermaid("services:\n  web:\n    image: 'a\"b<script>'\n");
    expect(out).not.toContain('<script>');
    expect(out).toContain('#quot;');
  });

  it('throws ComposeError with a line on bad YAML', () => {
    expect(() => composeToMermaid('services:\n  web: [\n')).toThrow(ComposeError);
  });

  it('has a text alternative, one sentence per service', () => {
    expect(describeCompose(parseCompose(LESSON_COMPOSE))).toEqual([
      'web runs an image built from ./web; publishes host port 8080 to container port 8080/tcp; starts after db; joins network app-network.',
      'db runs postgres:17; publishes no port; joins network app-network; mounts db-data at /var/lib/postgresql/data.',
    ]);
  });
});
