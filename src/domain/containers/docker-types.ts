/**
 * The simulated Docker engine's state: plain data (no classes), so a world can be saved,
 * compared and replayed. Ids are 64 hex characters, shown as 12 as the real CLI does.
 */

/** What a container of an image does once started: keep serving, or print and exit. */
export type Behaviour =
  | {
      readonly kind: 'server';
      /** Lines the process prints on start (what `docker logs` shows). */
      readonly logs: readonly string[];
      /** An environment variable without which the process exits 1 (postgres needs a password). */
      readonly requiresEnv?: { readonly name: string; readonly error: readonly string[] };
    }
  | { readonly kind: 'exits'; readonly code: number; readonly logs: readonly string[] };

/** The runtime configuration an image carries (what `docker inspect` shows under Config). */
export interface ImageConfig {
  readonly cmd: readonly string[];
  readonly entrypoint: readonly string[];
  readonly env: readonly string[];
  /** '80/tcp', ... */
  readonly exposed: readonly string[];
  readonly workdir: string;
  readonly user: string;
}

/** A local image. */
export interface Image {
  /** 'sha256:' + 64 hex. */
  readonly id: string;
  /** Familiar references ('nginx:latest', 'learner/app:1.0'). */
  readonly repoTags: readonly string[];
  /** 'nginx@sha256:...' for images that came from (or went to) a registry. */
  readonly repoDigests: readonly string[];
  readonly createdMs: number;
  /** Disk usage (unpacked) and content size (compressed layers), in bytes. */
  readonly sizeBytes: number;
  readonly contentBytes: number;
  /** Layer digests, base first. */
  readonly layers: readonly string[];
  readonly config: ImageConfig;
  readonly behaviour: Behaviour;
}

/** One published port: host 8080 -> container 80/tcp. */
export interface PortBinding {
  readonly hostIp: string;
  readonly hostPort: number;
  readonly containerPort: number;
  readonly proto: 'tcp' | 'udp';
}

/** A volume or bind mount: `-v data:/var/lib/postgresql/data`. */
export interface Mount {
  readonly type: 'volume' | 'bind';
  /** Volume name, or host path for a bind mount. */
  readonly source: string;
  readonly target: string;
}

export type ContainerStatus = 'created' | 'running' | 'exited';
export type RestartPolicy = 'no' | 'always' | 'unless-stopped' | 'on-failure';

export interface Container {
  readonly id: string;
  readonly name: string;
  /** The image as the learner typed it ('nginx'), as `docker ps` shows it. */
  readonly image: string;
  readonly imageId: string;
  readonly entrypoint: readonly string[];
  readonly cmd: readonly string[];
  readonly env: readonly string[];
  readonly ports: readonly PortBinding[];
  readonly exposed: readonly string[];
  readonly mounts: readonly Mount[];
  readonly networks: readonly string[];
  readonly restart: RestartPolicy;
  readonly autoRemove: boolean;
  readonly status: ContainerStatus;
  readonly exitCode: number;
  readonly createdMs: number;
  readonly startedMs: number;
  readonly finishedMs: number;
  readonly logs: readonly string[];
  /** Compose labels: com.docker.compose.project / .service. */
  readonly labels: Readonly<Record<string, string>>;
}

export interface Network {
  readonly id: string;
  readonly name: string;
  readonly driver: 'bridge' | 'host' | 'null';
  readonly labels: Readonly<Record<string, string>>;
}

export interface Volume {
  readonly name: string;
  readonly createdMs: number;
  readonly labels: Readonly<Record<string, string>>;
}

/** Everything one Docker engine holds, under `world.tools.docker`. */
export interface DockerState {
  /** Seed of the id streams (the world's seed). */
  readonly seed: number;
  /** How many ids have been drawn: id n comes from stream `docker-id-n`. */
  readonly idCount: number;
  readonly images: readonly Image[];
  /** Oldest first. */
  readonly containers: readonly Container[];
  readonly networks: readonly Network[];
  readonly volumes: readonly Volume[];
  /** BuildKit's cache: keys of the build steps already done. */
  readonly buildCache: readonly string[];
}
