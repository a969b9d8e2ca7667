/**
 * The course glossary: every term from the notes' taxonomy tables and the lessons, with a short
 * definition and the lesson that teaches it. The glossary page lists them; the build links the
 * first use of each term in every lesson to its entry (src/build/glossary-links.ts).
 *
 * Matching rules (see matcher.ts): a `match` form with a capital letter is matched exactly
 * (acronyms, product names, Kubernetes kinds such as `Service`); an all-lowercase form also
 * matches with a capital first letter (a sentence start). A trailing "s" is allowed on every form.
 * `only` limits a term to lessons whose id starts with one of the prefixes, for words that mean
 * something else elsewhere (a "container" in Azure Storage, a "volume" of data).
 *
 * Definitions checked against the providers' and projects' documentation on 2026-12-03
 * (docs.docker.com, kubernetes.io, docs.aws.amazon.com, learn.microsoft.com, RFC 6749/7636,
 * openid.net, mesos.apache.org).
 */

/** One glossary entry. */
export interface GlossaryTerm {
  /** Anchor on the glossary page (`/glossary/#id`), kebab-case. */
  id: string;
  /** The term as the glossary shows it. */
  term: string;
  /** One or two sentences, shown on the glossary page and in the lesson's tooltip. */
  definition: string;
  /** The id of the lesson that teaches it, e.g. "01-data-in-the-cloud/02-egress-and-ingress". */
  lesson: string;
  /** The words that count as a use of the term in a lesson's text. */
  match: readonly string[];
  /** Lesson-id prefixes where the term may be linked (every lesson when absent). */
  only?: readonly string[];
}

const DATA = '01-data-in-the-cloud/';
const ACCESS = '02-access-control/';
const CQRS = '03-cqrs/';
const CONTAINERS = '04-containers/';
const DEPLOY = '05-deploying/';
const ORCH = '06-orchestration/';
const CONTAINER_MODULES = [CONTAINERS, DEPLOY, ORCH] as const;
const K8S = [DEPLOY, ORCH] as const;

/** Every term, in no particular order (the page sorts them). */
export const GLOSSARY: readonly GlossaryTerm[] = [
  // Module 1: data in the cloud
  {
    id: 'structured-data',
    term: 'Structured data',
    definition:
      'Data with a fixed schema of named fields, such as rows in a relational database table. Semi-structured data (JSON, XML) carries its own labels without a fixed schema; unstructured data (images, video, free text) has neither.',
    lesson: `${DATA}01-business-requirements`,
    match: ['structured data'],
  },
  {
    id: 'columnar-storage',
    term: 'Columnar storage',
    definition:
      'A database layout that stores each column together instead of each row, so analytical queries read only the columns they need. Amazon Redshift and Google BigQuery work this way.',
    lesson: `${DATA}01-business-requirements`,
    match: ['columnar storage', 'columnar'],
  },
  {
    id: 'key-value-store',
    term: 'Key-value store',
    definition:
      'A database that stores each value under a unique key and reads or writes it by that key very quickly, such as Amazon DynamoDB or Azure Table Storage.',
    lesson: `${DATA}01-business-requirements`,
    match: ['key-value store'],
  },
  {
    id: 'relational-database',
    term: 'Relational database',
    definition:
      'A database of tables with a fixed schema, related by keys and queried with SQL, suited to structured, transactional data.',
    lesson: `${DATA}01-business-requirements`,
    match: ['relational database'],
  },
  {
    id: 'blob-storage',
    term: 'Blob storage',
    definition:
      'Object storage for unstructured files of any size (media, backups, logs), addressed by name, such as Amazon S3 or Azure Blob Storage.',
    lesson: `${DATA}02-egress-and-ingress`,
    match: ['blob storage'],
  },
  {
    id: 'data-egress',
    term: 'Data egress',
    definition:
      "Data leaving a provider's network: to the internet, to another region or to another provider. Providers bill it per GB, usually in falling tiers.",
    lesson: `${DATA}02-egress-and-ingress`,
    match: ['data egress', 'egress'],
  },
  {
    id: 'data-ingress',
    term: 'Data ingress',
    definition:
      "Data entering a provider's network, such as uploads to cloud storage. The large providers do not charge for ingress from the internet.",
    lesson: `${DATA}02-egress-and-ingress`,
    match: ['data ingress', 'ingress'],
    only: [DATA, ACCESS, CQRS],
  },
  {
    id: 'cdn',
    term: 'Content delivery network (CDN)',
    definition:
      "A network of caching servers close to users that serve copies of content, so most requests never reach the origin. The CDN bills its own delivery per GB, so it saves money only where its rate is below the origin's.",
    lesson: `${DATA}02-egress-and-ingress`,
    match: ['content delivery network', 'CDN'],
  },
  {
    id: 'data-transfer-acceleration',
    term: 'Data transfer acceleration',
    definition:
      "A provider service that routes transfers over the provider's own backbone from a nearby edge location (such as Amazon S3 Transfer Acceleration). It makes transfers faster and is billed as an extra per GB, so it does not cut the egress bill.",
    lesson: `${DATA}02-egress-and-ingress`,
    match: ['data transfer acceleration'],
  },
  {
    id: 'compression',
    term: 'Compression',
    definition:
      'Encoding data in fewer bytes before it is sent. Egress is billed on the bytes that leave, so a compression ratio of 4:1 cuts that part of the bill to a quarter.',
    lesson: `${DATA}02-egress-and-ingress`,
    match: ['compression ratio', 'compression'],
    only: [DATA],
  },
  {
    id: 'tiered-pricing',
    term: 'Tiered pricing',
    definition:
      'A price list in which the rate per GB falls as the month’s volume passes set thresholds; each GB is billed at the rate of the tier it falls in, not the whole volume at the last rate.',
    lesson: `${DATA}03-tiered-prices`,
    match: ['tiered pricing', 'tiered price', 'volume tier'],
  },
  {
    id: 'free-allowance',
    term: 'Free allowance',
    definition: 'A volume each month that a provider does not charge for before its paid tiers begin.',
    lesson: `${DATA}03-tiered-prices`,
    match: ['free allowance'],
  },
  {
    id: 'marginal-rate',
    term: 'Marginal rate',
    definition:
      "The price of the next GB: the rate of the tier the month's volume has reached. It is what saving one more GB is worth, and it can differ from the average rate (the bill divided by the volume).",
    lesson: `${DATA}03-tiered-prices`,
    match: ['marginal rate', 'marginal price', 'marginal'],
    only: [DATA],
  },
  {
    id: 'gib',
    term: 'Gibibyte (GiB)',
    definition:
      'A binary unit of 2^30 = 1,073,741,824 bytes, about 7% more than a decimal gigabyte (10^9 bytes). Some bills write GB and mean GiB, so check which one a price list uses.',
    lesson: `${DATA}03-tiered-prices`,
    match: ['GiB', 'gibibyte'],
  },
  {
    id: 'cache-hit-ratio',
    term: 'Cache hit ratio',
    definition:
      'The share of requests a cache answers without asking the origin. Only a cache on the consumers’ side (a browser, an office proxy) keeps those bytes from being billed as egress.',
    lesson: `${DATA}04-cutting-the-egress-bill`,
    match: ['cache hit ratio'],
  },
  // Module 2: access control
  {
    id: 'authentication',
    term: 'Authentication',
    definition: 'Proving who a user or a program is, for example with a password and a second factor.',
    lesson: `${ACCESS}01-why-the-perimeter-moved`,
    match: ['authentication'],
  },
  {
    id: 'authorisation',
    term: 'Authorisation',
    definition: 'Deciding what an authenticated identity may do, to which resource, in which context.',
    lesson: `${ACCESS}01-why-the-perimeter-moved`,
    match: ['authorisation'],
  },
  {
    id: 'implicit-deny',
    term: 'Implicit deny',
    definition: 'The default answer when no policy statement allows a request: it is refused.',
    lesson: `${ACCESS}01-why-the-perimeter-moved`,
    match: ['implicit deny'],
  },
  {
    id: 'explicit-deny',
    term: 'Explicit deny',
    definition: 'A policy statement with the effect Deny that matches a request. It overrides every Allow.',
    lesson: `${ACCESS}01-why-the-perimeter-moved`,
    match: ['explicit deny'],
  },
  {
    id: 'mfa',
    term: 'Multi-factor authentication (MFA)',
    definition:
      'Signing in with two or more kinds of evidence, such as a password plus a code from a phone or a security key, so a stolen password alone is not enough.',
    lesson: `${ACCESS}04-identity-providers`,
    match: ['multi-factor authentication', 'MFA'],
  },
  {
    id: 'rbac',
    term: 'Role-based access control (RBAC)',
    definition:
      'Permissions are granted to roles (such as "Payroll Specialist") and people are assigned roles, so access follows the job rather than the person.',
    lesson: `${ACCESS}02-rbac`,
    match: ['role-based access control', 'RBAC'],
  },
  {
    id: 'privilege-creep',
    term: 'Privilege creep',
    definition: 'The slow build-up of permissions as people change jobs and keep the access of their old roles.',
    lesson: `${ACCESS}02-rbac`,
    match: ['privilege creep'],
  },
  {
    id: 'least-privilege',
    term: 'Least privilege',
    definition: 'Granting each identity only the permissions its task needs, for only as long as it needs them.',
    lesson: `${ACCESS}02-rbac`,
    match: ['least privilege', 'least-privilege'],
  },
  {
    id: 'abac',
    term: 'Attribute-based access control (ABAC)',
    definition:
      'Access decided by conditions on attributes of the user, the resource and the request (department, sensitivity tag, time, network), evaluated on every request.',
    lesson: `${ACCESS}03-abac`,
    match: ['attribute-based access control', 'ABAC'],
  },
  {
    id: 'identity-provider',
    term: 'Identity provider (IdP)',
    definition:
      'A service that holds user accounts, authenticates people and tells applications who they are, such as Microsoft Entra ID, Okta or AWS IAM Identity Center.',
    lesson: `${ACCESS}04-identity-providers`,
    match: ['identity provider', 'IdP'],
  },
  {
    id: 'active-directory',
    term: 'Active Directory (AD)',
    definition:
      "Microsoft's directory service for Windows networks, holding users, groups and computers for an organisation's own servers.",
    lesson: `${ACCESS}04-identity-providers`,
    match: ['Active Directory'],
  },
  {
    id: 'entra-id',
    term: 'Microsoft Entra ID',
    definition: "Microsoft's cloud identity provider, called Azure Active Directory until 2023.",
    lesson: `${ACCESS}04-identity-providers`,
    match: ['Microsoft Entra ID', 'Entra ID'],
  },
  {
    id: 'sso',
    term: 'Single sign-on (SSO)',
    definition: 'Signing in once with an identity provider and then using many applications without signing in again.',
    lesson: `${ACCESS}04-identity-providers`,
    match: ['single sign-on', 'SSO'],
  },
  {
    id: 'saml',
    term: 'SAML 2.0',
    definition:
      'An XML standard for single sign-on: the identity provider sends the application a signed assertion saying who the user is.',
    lesson: `${ACCESS}04-identity-providers`,
    match: ['SAML'],
  },
  {
    id: 'shared-key',
    term: 'Shared key (account access key)',
    definition:
      'A secret that grants full access to a whole resource, such as an Azure storage account key. Whoever holds it can do anything, with no expiry, until the key is rotated.',
    lesson: `${ACCESS}05-keys-and-sas`,
    match: ['account access key', 'shared key'],
  },
  {
    id: 'sas',
    term: 'Shared Access Signature (SAS)',
    definition:
      'An Azure Storage token, added to a URL, that grants chosen permissions on chosen resources until an expiry time. It is signed with an account key or a user delegation key.',
    lesson: `${ACCESS}05-keys-and-sas`,
    match: ['shared access signature', 'SAS'],
  },
  {
    id: 'user-delegation-sas',
    term: 'User delegation SAS',
    definition:
      'A SAS signed with a key obtained through Microsoft Entra ID instead of the account key, so it can be revoked without rotating the account key. Microsoft recommends it for Blob Storage.',
    lesson: `${ACCESS}05-keys-and-sas`,
    match: ['user delegation SAS'],
  },
  {
    id: 'stored-access-policy',
    term: 'Stored access policy',
    definition:
      'A named policy kept on a storage container, queue, table or file share that a service SAS can point to, so its permissions or expiry can be changed or revoked after the SAS is issued.',
    lesson: `${ACCESS}05-keys-and-sas`,
    match: ['stored access policy'],
  },
  {
    id: 'blast-radius',
    term: 'Blast radius',
    definition: 'How much damage a leaked credential or a failure can do: what it reaches, and for how long.',
    lesson: `${ACCESS}05-keys-and-sas`,
    match: ['blast radius'],
  },
  {
    id: 'oauth2',
    term: 'OAuth 2.0',
    definition:
      "An authorisation framework (RFC 6749): a client application obtains an access token from an authorization server to call an API on a user's behalf, without ever seeing the user's password.",
    lesson: `${ACCESS}06-oauth-and-oidc`,
    match: ['OAuth 2.0', 'OAuth'],
  },
  {
    id: 'oidc',
    term: 'OpenID Connect (OIDC)',
    definition:
      'An identity layer on top of OAuth 2.0: besides the access token, the client receives a signed ID token saying who the user is and when they signed in.',
    lesson: `${ACCESS}06-oauth-and-oidc`,
    match: ['OpenID Connect', 'OIDC'],
  },
  {
    id: 'access-token',
    term: 'Access token',
    definition:
      'A short-lived credential that a client presents to an API (the resource server). It says what the client may do there (its scopes); it is not meant as proof of who signed in.',
    lesson: `${ACCESS}06-oauth-and-oidc`,
    match: ['access token'],
    only: [ACCESS],
  },
  {
    id: 'id-token',
    term: 'ID token',
    definition:
      'An OpenID Connect JSON Web Token meant for the client: it states who issued it (iss), who the user is (sub) and which client it was issued to (aud).',
    lesson: `${ACCESS}06-oauth-and-oidc`,
    match: ['ID token'],
  },
  {
    id: 'pkce',
    term: 'PKCE',
    definition:
      'Proof Key for Code Exchange (RFC 7636): the client sends a hash of a fresh secret with the authorization request and the secret itself with the code, so an intercepted code is useless.',
    lesson: `${ACCESS}06-oauth-and-oidc`,
    match: ['PKCE'],
  },
  // Module 3: CQRS
  {
    id: 'cqrs',
    term: 'Command Query Responsibility Segregation (CQRS)',
    definition:
      'A pattern that handles commands (changes) and queries (reads) with separate models, so each can be shaped and scaled for its own work.',
    lesson: `${CQRS}01-the-cqrs-pattern`,
    match: ['command query responsibility segregation', 'CQRS'],
  },
  {
    id: 'write-model',
    term: 'Write model',
    definition: 'The side of a CQRS system that validates commands and records changes; it is the source of truth.',
    lesson: `${CQRS}01-the-cqrs-pattern`,
    match: ['write model'],
  },
  {
    id: 'read-model',
    term: 'Read model',
    definition:
      'The side of a CQRS system that answers queries from data shaped for reading, kept up to date from the write model and so a little behind it.',
    lesson: `${CQRS}01-the-cqrs-pattern`,
    match: ['read model'],
  },
  {
    id: 'projector',
    term: 'Projector',
    definition:
      'The process that reads changes (events) from the write side and applies them to the read model; what it builds is a projection.',
    lesson: `${CQRS}01-the-cqrs-pattern`,
    match: ['projector'],
  },
  {
    id: 'lag',
    term: 'Lag',
    definition: 'In CQRS, the time between a write being accepted and the read model showing it.',
    lesson: `${CQRS}01-the-cqrs-pattern`,
    match: ['lag'],
    only: [CQRS],
  },
  {
    id: 'event-sourcing',
    term: 'Event sourcing',
    definition:
      'Storing every change as an event in an append-only log and rebuilding the current state by replaying it. CQRS can use it but does not need it.',
    lesson: `${CQRS}04-synchronisation`,
    match: ['event sourcing'],
  },
  {
    id: 'eventual-consistency',
    term: 'Eventual consistency',
    definition:
      'A guarantee that, once writes stop, every reader will eventually see the latest value; until then a read may be stale.',
    lesson: `${CQRS}03-consistency`,
    match: ['eventual consistency', 'eventually consistent'],
  },
  {
    id: 'strong-consistency',
    term: 'Strong consistency',
    definition: 'Every read sees the latest accepted write, as if there were only one copy of the data.',
    lesson: `${CQRS}03-consistency`,
    match: ['strong consistency', 'strongly consistent'],
  },
  {
    id: 'read-your-writes',
    term: 'Read-your-writes',
    definition:
      'A guarantee that a user always sees their own changes straight away, even where other users may briefly see older data.',
    lesson: `${CQRS}03-consistency`,
    match: ['read-your-writes'],
  },
  {
    id: 'stale-read',
    term: 'Stale read',
    definition: 'A read that returns data older than the latest accepted write.',
    lesson: `${CQRS}03-consistency`,
    match: ['stale read'],
  },
  {
    id: 'event-bus',
    term: 'Event bus',
    definition:
      'Messaging infrastructure that carries events from the services that publish them to the ones that subscribe, such as Amazon EventBridge or a Kafka topic.',
    lesson: `${CQRS}04-synchronisation`,
    match: ['event bus'],
  },
  {
    id: 'outbox',
    term: 'Transactional outbox',
    definition:
      'Writing an event to an outbox table in the same database transaction as the change, then publishing it from there, so a change is never saved without its event.',
    lesson: `${CQRS}04-synchronisation`,
    match: ['transactional outbox', 'outbox'],
  },
  {
    id: 'at-least-once',
    term: 'At-least-once delivery',
    definition:
      'A messaging guarantee that every message arrives, possibly more than once, so consumers must be idempotent.',
    lesson: `${CQRS}04-synchronisation`,
    match: ['at-least-once'],
  },
  {
    id: 'idempotent',
    term: 'Idempotent',
    definition:
      'An operation is idempotent when doing it twice has the same effect as doing it once, so a retry or a duplicate message does no harm.',
    lesson: `${CQRS}04-synchronisation`,
    match: ['idempotent', 'idempotence'],
  },
  // Module 4: containers and Docker
  {
    id: 'devops',
    term: 'DevOps',
    definition:
      'A way of working in which the people who build software also deploy and run it, with automated builds, tests and releases.',
    lesson: `${CONTAINERS}01-from-works-on-my-machine`,
    match: ['DevOps'],
  },
  {
    id: 'linux-namespace',
    term: 'Namespace (Linux)',
    definition:
      'A Linux kernel feature that gives a group of processes its own view of process ids, network, mounts or hostname; containers are built from namespaces and cgroups.',
    lesson: `${CONTAINERS}01-from-works-on-my-machine`,
    match: ['namespace'],
    only: [CONTAINERS],
  },
  {
    id: 'cgroups',
    term: 'Control groups (cgroups)',
    definition:
      'A Linux kernel feature that limits and accounts for the CPU, memory and I/O a group of processes may use.',
    lesson: `${CONTAINERS}01-from-works-on-my-machine`,
    match: ['control groups', 'cgroup'],
  },
  {
    id: 'container',
    term: 'Container',
    definition:
      'A running instance of an image: an isolated process on a shared host kernel, with its own filesystem, network and limits.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['container'],
    only: CONTAINER_MODULES,
  },
  {
    id: 'image',
    term: 'Container image',
    definition:
      'A read-only template of filesystem layers and settings from which containers are started, built from a Dockerfile and stored in a registry.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['container image', 'image'],
    only: CONTAINER_MODULES,
  },
  {
    id: 'dockerfile',
    term: 'Dockerfile',
    definition:
      'A text file of instructions (FROM, COPY, RUN, CMD and others) from which Docker builds an image, one layer per filesystem change.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['Dockerfile'],
  },
  {
    id: 'layer',
    term: 'Image layer',
    definition:
      'One read-only set of filesystem changes in an image. Layers are shared between images and cached, so rebuilding only redoes the layers after the first change.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['image layer', 'layer'],
    only: [CONTAINERS, DEPLOY],
  },
  {
    id: 'registry',
    term: 'Registry',
    definition:
      'A server that stores images in repositories and serves them to push and pull, such as Docker Hub or Amazon ECR.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['container registry', 'registry', 'registries'],
    only: CONTAINER_MODULES,
  },
  {
    id: 'repository',
    term: 'Repository',
    definition:
      'A named set of versions of one image in a registry, told apart by their tags (for example nginx on Docker Hub).',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['repository', 'repositories'],
    only: [CONTAINERS, DEPLOY, `${ORCH}02`, `${ORCH}03`],
  },
  {
    id: 'tag',
    term: 'Tag',
    definition:
      'A movable label on an image in a repository, such as 1.27 or latest. "latest" is only the default tag, not a promise of the newest version.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['image tag', 'tag'],
    only: [CONTAINERS, DEPLOY],
  },
  {
    id: 'docker-hub',
    term: 'Docker Hub',
    definition:
      "Docker's public registry, where the official images (nginx, postgres, python and others) are published.",
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['Docker Hub'],
  },
  {
    id: 'docker-engine',
    term: 'Docker Engine',
    definition:
      'The Docker daemon (dockerd) and its API, which build images and run containers through containerd; the docker command-line client talks to it.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['Docker Engine', 'Docker daemon'],
  },
  {
    id: 'container-engine',
    term: 'Container engine',
    definition:
      'Software that pulls images and runs and manages containers on a host, such as Docker Engine, Podman or containerd.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['container engine'],
  },
  {
    id: 'containerd',
    term: 'containerd',
    definition:
      'A container runtime daemon (a CNCF project) that manages images and the life of containers. Docker Engine uses it, and so do most Kubernetes nodes.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['containerd'],
  },
  {
    id: 'runc',
    term: 'runc',
    definition:
      'The low-level runtime that creates a container process from namespaces and cgroups, following the OCI runtime specification.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['runc'],
  },
  {
    id: 'podman',
    term: 'Podman',
    definition:
      'A container engine with a Docker-compatible command line that needs no daemon and can run containers without root.',
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['Podman'],
  },
  {
    id: 'volume',
    term: 'Volume',
    definition:
      "Storage managed by Docker outside a container's writable layer. Its data outlives the container and can be mounted into other containers.",
    lesson: `${CONTAINERS}02-docker-vocabulary`,
    match: ['volume'],
    only: [CONTAINERS],
  },
  {
    id: 'published-port',
    term: 'Published port',
    definition:
      "A mapping from a port on the host to a port in a container (docker run -p 8080:80), without which the container's port is reachable only from its own networks.",
    lesson: `${CONTAINERS}04-modelling-with-compose`,
    match: ['published port', 'port mapping'],
  },
  {
    id: 'docker-compose',
    term: 'Docker Compose',
    definition:
      "Docker's tool for defining a multi-container application (its services, networks and volumes) in one YAML file and starting it with docker compose up.",
    lesson: `${CONTAINERS}04-modelling-with-compose`,
    match: ['Docker Compose', 'Compose file'],
  },
  {
    id: 'docker-network',
    term: 'Network (Docker)',
    definition:
      'A virtual network that containers join; on a user-defined bridge network containers reach each other by service or container name.',
    lesson: `${CONTAINERS}04-modelling-with-compose`,
    match: ['bridge network', 'Docker network'],
  },
  {
    id: 'virtual-machine',
    term: 'Virtual machine (VM)',
    definition: 'A whole computer emulated by a hypervisor, with its own guest operating system and kernel.',
    lesson: `${CONTAINERS}05-containers-and-vms`,
    match: ['virtual machine', 'VM'],
  },
  {
    id: 'hypervisor',
    term: 'Hypervisor',
    definition:
      'Software that runs virtual machines and shares the physical hardware between them, such as KVM, Hyper-V or VMware ESXi.',
    lesson: `${CONTAINERS}05-containers-and-vms`,
    match: ['hypervisor'],
  },
  {
    id: 'kernel',
    term: 'Kernel',
    definition:
      'The core of an operating system, which manages processes, memory and devices. Containers on a host share its kernel; each VM has its own.',
    lesson: `${CONTAINERS}05-containers-and-vms`,
    match: ['kernel'],
    only: CONTAINER_MODULES,
  },
  // Module 5: deploying three ways
  {
    id: 'kubernetes',
    term: 'Kubernetes',
    definition:
      'An open-source container orchestrator, released by Google in 2014 and now a CNCF project, that keeps a cluster running the desired state you declare.',
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['Kubernetes'],
  },
  {
    id: 'cluster',
    term: 'Cluster',
    definition:
      'A set of machines run as one. In Kubernetes, a control plane and its worker nodes; in Amazon ECS, a logical group of tasks and services and the capacity they run on.',
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['cluster'],
    only: K8S,
  },
  {
    id: 'node',
    term: 'Node',
    definition:
      'A machine (virtual or physical) in a Kubernetes cluster that runs pods, with a kubelet and a container runtime.',
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['node'],
    only: K8S,
  },
  {
    id: 'pod',
    term: 'Pod',
    definition:
      'The smallest unit Kubernetes schedules: one or more containers that share a network address and storage and always run on the same node.',
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['pod'],
    only: K8S,
  },
  {
    id: 'deployment',
    term: 'Deployment',
    definition:
      'A Kubernetes object that declares how many replicas of a pod template should run and rolls out changes to them through ReplicaSets.',
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['Deployment'],
    only: [`${DEPLOY}02`, `${ORCH}01`],
  },
  {
    id: 'replicaset',
    term: 'ReplicaSet',
    definition:
      'A Kubernetes object that keeps a set number of identical pods running, replacing any that fail; Deployments create and manage them.',
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['ReplicaSet'],
  },
  {
    id: 'service',
    term: 'Service (Kubernetes)',
    definition:
      'A Kubernetes object that gives a changing set of pods one stable name and address and spreads traffic between them.',
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['Service'],
    only: [`${DEPLOY}02`, `${ORCH}01`],
  },
  {
    id: 'control-plane',
    term: 'Control plane',
    definition:
      "The components that run a cluster (API server, etcd, scheduler, controller manager) and drive the cluster's actual state towards the desired state.",
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['control plane'],
  },
  {
    id: 'desired-state',
    term: 'Desired state',
    definition:
      'What you declare should be running; controllers compare it with what is running and act to close the gap.',
    lesson: `${DEPLOY}02-kubernetes-deployment-and-service`,
    match: ['desired state'],
  },
  {
    id: 'kubectl',
    term: 'kubectl',
    definition:
      'The Kubernetes command-line client, which sends requests to the API server (kubectl apply, get, describe, delete).',
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['kubectl'],
  },
  {
    id: 'serverless',
    term: 'Serverless',
    definition:
      'A model in which the provider runs and scales the servers and bills by requests and run time; you supply only code or a container image.',
    lesson: `${DEPLOY}03-serverless-with-aws-lambda`,
    match: ['serverless'],
  },
  {
    id: 'aws-lambda',
    term: 'AWS Lambda',
    definition:
      "AWS's functions service: it runs your handler when an event arrives and bills per request and per GB-second of run time.",
    lesson: `${DEPLOY}03-serverless-with-aws-lambda`,
    match: ['AWS Lambda'],
  },
  {
    id: 'cold-start',
    term: 'Cold start',
    definition:
      'The extra delay when a serverless platform must start a new execution environment before it can run a request.',
    lesson: `${DEPLOY}03-serverless-with-aws-lambda`,
    match: ['cold start'],
  },
  {
    id: 'gb-second',
    term: 'GB-second',
    definition: "Lambda's unit of compute billing: the memory configured, in GB, times the seconds the function runs.",
    lesson: `${DEPLOY}03-serverless-with-aws-lambda`,
    match: ['GB-second'],
  },
  {
    id: 'fargate',
    term: 'AWS Fargate',
    definition:
      'Serverless compute for containers on Amazon ECS and EKS: you ask for CPU and memory per task and AWS runs the servers.',
    lesson: `${DEPLOY}04-fargate-and-choosing`,
    match: ['AWS Fargate', 'Fargate'],
  },
  {
    id: 'task-definition',
    term: 'Task definition',
    definition:
      'The ECS blueprint of a task: its container images, CPU and memory, ports, roles and logging, kept in numbered revisions.',
    lesson: `${DEPLOY}04-fargate-and-choosing`,
    match: ['task definition'],
  },
  // Module 6: orchestration
  {
    id: 'orchestration',
    term: 'Container orchestration',
    definition:
      'Automating where containers run across many machines, restarting and scaling them, and connecting them, as Kubernetes, ECS and Mesos do.',
    lesson: `${CONTAINERS}01-from-works-on-my-machine`,
    match: ['container orchestration', 'orchestrator'],
  },
  {
    id: 'k8s-namespace',
    term: 'Namespace (Kubernetes)',
    definition:
      'A named scope inside a cluster for names, access rules and quotas, so teams or environments can share one cluster.',
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['namespace'],
    only: K8S,
  },
  {
    id: 'api-server',
    term: 'API server',
    definition:
      'The front door of the Kubernetes control plane: every client and component reads and changes the cluster through it.',
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['API server'],
  },
  {
    id: 'etcd',
    term: 'etcd',
    definition: "The consistent key-value store in which the Kubernetes control plane keeps the cluster's state.",
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['etcd'],
  },
  {
    id: 'kubelet',
    term: 'kubelet',
    definition:
      "The agent on every Kubernetes node that starts the node's pods through the container runtime and reports their status.",
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['kubelet'],
  },
  {
    id: 'scheduler',
    term: 'Scheduler',
    definition:
      "The control-plane component that picks a node for each new pod from its resource requests and the nodes' free capacity.",
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['scheduler'],
    only: [`${ORCH}01`],
  },
  {
    id: 'hpa',
    term: 'HorizontalPodAutoscaler',
    definition:
      "A Kubernetes object that changes a Deployment's replica count to keep a metric, such as CPU use, near a target.",
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['HorizontalPodAutoscaler'],
  },
  {
    id: 'configmap',
    term: 'ConfigMap',
    definition:
      'A Kubernetes object holding non-secret configuration that pods read as environment variables or files.',
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['ConfigMap'],
  },
  {
    id: 'secret',
    term: 'Secret (Kubernetes)',
    definition:
      'A Kubernetes object for small sensitive values. Its data is only base64-encoded, and encrypted in etcd only if encryption at rest is turned on.',
    lesson: `${ORCH}01-how-kubernetes-orchestrates`,
    match: ['Secret'],
    only: [`${ORCH}01`],
  },
  {
    id: 'amazon-ecs',
    term: 'Amazon ECS',
    definition:
      "Amazon Elastic Container Service, AWS's own container orchestrator: it runs tasks and services on Fargate, on EC2 instances or on your own servers.",
    lesson: `${ORCH}02-amazon-ecs`,
    match: ['Amazon ECS', 'Amazon Elastic Container Service'],
  },
  {
    id: 'amazon-ecr',
    term: 'Amazon ECR',
    definition: "Amazon Elastic Container Registry, AWS's private image registry.",
    lesson: `${ORCH}02-amazon-ecs`,
    match: ['Amazon ECR', 'Amazon Elastic Container Registry'],
  },
  {
    id: 'capacity-provider',
    term: 'Capacity provider',
    definition:
      'Where an ECS cluster gets the capacity its tasks run on (Fargate, Fargate Spot or an Auto Scaling group of EC2 instances), with a strategy that weights them.',
    lesson: `${ORCH}02-amazon-ecs`,
    match: ['capacity provider'],
  },
  {
    id: 'fargate-spot',
    term: 'Fargate Spot',
    definition:
      'Fargate capacity sold at a discount that AWS can reclaim with a two-minute warning, for tasks that can be interrupted.',
    lesson: `${ORCH}02-amazon-ecs`,
    match: ['Fargate Spot'],
  },
  {
    id: 'cloud-automation',
    term: 'Cloud automation',
    definition: 'Scripting one task so it runs without a person, such as creating a server or taking a backup.',
    lesson: `${ORCH}03-automation-and-orchestration`,
    match: ['cloud automation'],
  },
  {
    id: 'cloud-orchestration',
    term: 'Cloud orchestration',
    definition:
      'Coordinating many automated tasks into one workflow in the right order, with the dependencies between them.',
    lesson: `${ORCH}03-automation-and-orchestration`,
    match: ['cloud orchestration'],
  },
  {
    id: 'infrastructure-as-code',
    term: 'Infrastructure as code',
    definition:
      'Describing servers, networks and services in version-controlled files that a tool applies, instead of setting them up by hand.',
    lesson: `${ORCH}03-automation-and-orchestration`,
    match: ['infrastructure as code'],
  },
  {
    id: 'terraform',
    term: 'Terraform',
    definition:
      "HashiCorp's infrastructure-as-code tool, which plans and applies changes to many providers from HCL files. OpenTofu is its open-source fork.",
    lesson: `${ORCH}03-automation-and-orchestration`,
    match: ['Terraform'],
  },
  {
    id: 'ansible',
    term: 'Ansible',
    definition: 'A Red Hat tool that configures machines over SSH from YAML playbooks, with no agent on the machines.',
    lesson: `${ORCH}03-automation-and-orchestration`,
    match: ['Ansible'],
  },
  {
    id: 'cloudformation',
    term: 'AWS CloudFormation',
    definition:
      "AWS's infrastructure-as-code service: it creates, updates and deletes a stack of resources from a JSON or YAML template.",
    lesson: `${ORCH}03-automation-and-orchestration`,
    match: ['AWS CloudFormation', 'CloudFormation'],
  },
  {
    id: 'mesos',
    term: 'Apache Mesos',
    definition:
      "A cluster manager that offers machines' resources to frameworks (schedulers such as Marathon), which decide what to run. It was retired to the Apache Attic in 2025.",
    lesson: `${ORCH}04-mesos-and-choosing-an-orchestrator`,
    match: ['Apache Mesos', 'Mesos'],
  },
  {
    id: 'resource-offer',
    term: 'Resource offer',
    definition:
      "Mesos's scheduling step: the master offers an agent's free CPU and memory to a framework, which accepts it with tasks or declines it.",
    lesson: `${ORCH}04-mesos-and-choosing-an-orchestrator`,
    match: ['resource offer'],
  },
  {
    id: 'drf',
    term: 'Dominant Resource Fairness (DRF)',
    definition:
      "Mesos's default allocation policy: offer resources next to the framework whose largest share of any one resource (its dominant share) is the smallest.",
    lesson: `${ORCH}04-mesos-and-choosing-an-orchestrator`,
    match: ['Dominant Resource Fairness', 'DRF', 'dominant share'],
  },
  {
    id: 'zookeeper',
    term: 'ZooKeeper',
    definition: 'Apache ZooKeeper, a coordination service that Mesos used to elect its leading master and find it.',
    lesson: `${ORCH}04-mesos-and-choosing-an-orchestrator`,
    match: ['ZooKeeper'],
  },
  {
    id: 'docker-swarm',
    term: 'Docker Swarm',
    definition:
      "Docker Engine's built-in orchestrator (swarm mode), which runs services across a group of Docker hosts.",
    lesson: `${ORCH}04-mesos-and-choosing-an-orchestrator`,
    match: ['Docker Swarm', 'swarm mode'],
  },
  {
    id: 'multi-tenancy',
    term: 'Multi-tenancy',
    definition:
      'Several teams or customers sharing one platform while kept apart from each other’s workloads, data and costs.',
    lesson: `${ORCH}04-mesos-and-choosing-an-orchestrator`,
    match: ['multi-tenancy'],
  },
];
