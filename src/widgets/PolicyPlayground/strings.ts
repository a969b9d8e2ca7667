/**
 * Every sentence the policy playground shows, in one place for a later translation. Reasons
 * and explanations of decisions are NOT here: they come from src/domain/access as is.
 */
import type { OAuthActor, OAuthStep } from '../../domain/access/doors/oauth.ts';
import type { SasFailureReason } from '../../domain/access/doors/sas.ts';
import type { IdTokenBreak } from './id-token-breaks.ts';

/** Shared strings. */
export const S = {
  widgetLabel: 'Policy playground',
  noScript: 'Without JavaScript this playground shows its example only; turn JavaScript on to change it.',
  presetLabel: 'Example',
  dismiss: 'Dismiss',
  copyLink: 'Copy link',
  copied: 'Link copied: it opens this playground as you see it now.',
  copyFailed: 'Copying is not allowed here: select the link below and copy it.',
  linkLabel: 'Link to this state',
  urlNotice: (names: string) =>
    `Some settings in the link could not be used (${names}), so the example's values are shown for them.`,
  urlUnknownPreset: (id: string) => `The link names an unknown example (${id}); the lesson's example is shown instead.`,
  tooLong: (what: string, size: number, max: number) =>
    `The link leaves out ${what}: encoded, it takes ${size} characters and a link keeps at most ${max}.`,
  yes: 'yes',
  no: 'no',
  matched: 'matches',
  notMatched: 'does not match',
} as const;

/** Strings of the IAM mode. */
export const IAM = {
  title: 'IAM policy playground',
  intro:
    'Pick an example, or change the policies and the request, and see how IAM decides: explicit Deny, then Allow, otherwise deny.',
  tabsLabel: 'Playground sections',
  tabPolicies: 'Policies',
  tabRequest: 'Request',
  tabDecision: 'Decision',
  expected: 'Expected in the case study',
  actual: 'Decision now',
  agrees: 'The decision matches the case study.',
  differs: 'The decision differs from the case study: your changes altered it.',
  expectedExample: 'Expected for this example',
  agreesExample: 'The decision matches the example.',
  differsExample: 'The decision differs from the example: your changes altered it.',
  policyPick: 'Policy to view and edit',
  policyEditor: (name: string) => `JSON of the policy "${name}"`,
  editorHint: 'Tab leaves the editor. Errors name the line and the JSON path.',
  noPolicies: (user: string) => `${user} holds no role, so no policy applies to her requests: IAM denies by default.`,
  resetPolicy: 'Restore this policy',
  resetAll: 'Restore all policies',
  goToError: 'Go to the error',
  errorTitle: (line: number, column: number) => `Line ${line}, column ${column}`,
  errorPath: 'JSON path',
  keptGood: 'The decision uses the last valid version of this policy until the text is fixed.',
  edited: '(edited)',
  user: 'User',
  action: 'Action',
  resource: 'Resource',
  contextTitle: 'Context',
  contextHint:
    'Department, location and clearance come from the user; the helpers below set the other keys. Over the internet a request carries its public address (aws:SourceIp); through a VPC endpoint it carries aws:VpcSourceIp and aws:SourceVpce instead.',
  contextHintRoles:
    'The request carries the user’s attributes only: these role policies have no conditions, so only the department in their resources matters.',
  contextHintGrammar:
    'This example has no bank user: the context keys below are the whole request context. Remove a key to see how a missing key is treated.',
  sourceIp: 'Source IP (aws:SourceIp)',
  ipHelpers: 'Where the request comes from',
  officeV4: 'Office IPv4',
  officeV6: 'Office IPv6',
  home: 'Home',
  viaEndpoint: 'Through the bank’s VPC endpoint',
  mfa: 'Signed in with MFA (aws:MultiFactorAuthPresent)',
  time: 'Time of day, UTC (bank:LocalHour and aws:CurrentTime)',
  rowsTitle: 'Context keys',
  rowKey: (n: number) => `Key of row ${n}`,
  rowType: (n: number) => `Type of row ${n}`,
  rowValue: (n: number) => `Value of row ${n}`,
  rowRemove: (n: number, key: string) => `Remove row ${n}${key ? ` (${key})` : ''}`,
  addRow: 'Add a context key',
  typeString: 'string',
  typeNumber: 'number',
  typeBool: 'bool',
  typeList: 'list (comma-separated)',
  rowEmptyKey: 'This row has no key: it is left out of the request.',
  rowBadNumber: 'Not a number: this key is left out of the request until it is fixed.',
  rowDuplicate: 'Another row already has this key (keys ignore letter case): this row is ignored.',
  decisionTitle: 'Decision',
  reasonLabel: 'Reason',
  traceTitle: 'Trace: every statement, in policy order',
  showParts: 'Show how its action, resource and conditions matched',
  hideParts: 'Hide the details',
  decidingLabel: 'Deciding statement',
  applies: 'Applies',
  actionPart: 'Action',
  resourcePart: 'Resource',
  conditionsPart: 'Conditions',
  noConditions: 'No conditions.',
  statement: (n: number, sid: string | undefined) => `Statement ${n}${sid ? ` (${sid})` : ''}`,
  staleNote: 'A policy has an error: the decision uses its last valid version.',
} as const;

/** Labels of the three IAM reasons (the sentences come from explainDecision). */
export const REASON_LABELS = {
  'explicit-deny': 'explicit deny',
  allowed: 'allowed',
  'implicit-deny': 'implicit deny',
} as const;

/** Strings of the SAS mode. */
export const SAS = {
  title: 'Shared Access Signature playground',
  intro:
    'Sign a token for a resource with the demo key, then present it in a request and see whether the storage service accepts it.',
  generateTitle: 'Generate a token',
  resource: 'Resource (canonicalized, e.g. /blob/account/container/blob)',
  permissions: 'Permissions (sp)',
  start: 'Start (st), UTC',
  expiry: 'Expiry (se), UTC',
  ip: 'Allowed IP or range (sip), empty for any',
  protocol: 'Protocol (spr)',
  protocolAny: 'not restricted',
  protocolHttps: 'https only',
  protocolBoth: 'https or http',
  generate: 'Sign a new token',
  demoKey: 'Signed with the course demo key (public: never use a published key for real data).',
  badDate: (what: string) => `${what} is not a date and time (expected YYYY-MM-DDTHH:MM).`,
  tokenTitle: 'The token',
  tokenLabel: 'Token presented with the request (query string)',
  tokenModified: 'The presented token differs from the one just signed.',
  paramsTitle: 'Its parameters',
  malformed: (problem: string) => `This is not a well-formed token: ${problem}.`,
  tamperTitle: 'Try an attack or a mistake',
  tamperSig: 'Tamper with one character of the signature',
  tamperSe: 'Tamper with the expiry (se)',
  tamperSp: 'Add delete to the permissions (sp)',
  pastExpiry: 'Move the clock past expiry',
  askDelete: 'Ask for delete',
  fromHome: 'From home IP',
  overHttp: 'Over http',
  restore: 'Present the signed token again',
  verifyTitle: 'Verification',
  reqResource: 'Requested resource',
  reqPermission: 'Operation (permission letter)',
  reqIp: 'Client IP, empty if unknown',
  reqProtocol: 'Protocol of the request',
  reqProtocolNone: 'not stated',
  clock: 'Clock',
  clockValue: (when: string, days: string) => `${when} (${days} days after the start)`,
  accepted: 'Accepted',
  rejected: 'Rejected',
  expectedPreset: 'Expected in the case study',
  working: 'Checking…',
} as const;

/** What each SAS parameter means. */
export const SAS_PARAM_HELP: Readonly<Record<string, string>> = {
  sv: 'Signed version: the rules used to build and check the signature.',
  sp: 'Signed permissions: what the holder may do (r read, a add, c create, w write, d delete, l list).',
  st: 'Signed start: the token is not valid before this instant (UTC).',
  se: 'Signed expiry: the token stops working at this instant (UTC).',
  sip: 'Signed IP: the only addresses requests may come from.',
  spr: 'Signed protocol: https only, or https and http.',
  sr: 'Signed resource type: c for a container (every blob inside), b for a single blob.',
  cres: 'The canonicalized resource the token was issued for (this course carries it in the token).',
  sig: 'The signature: HMAC-SHA256 of all the fields above with the account key, base64. Change any signed field and it no longer matches.',
};

/** Labels of SAS failure reasons (the sentences come from sasFailureMessage). */
export const SAS_REASON_LABELS: Readonly<Record<SasFailureReason, string>> = {
  malformed: 'malformed',
  'bad-signature': 'bad-signature',
  'not-yet-valid': 'not-yet-valid',
  expired: 'expired',
  'wrong-resource': 'wrong-resource',
  permission: 'permission',
  ip: 'ip',
  protocol: 'protocol',
};

/** Strings of the OAuth mode. */
export const OAUTH = {
  title: 'OAuth 2.0 authorization code flow with PKCE',
  intro: 'Step through the sign-in of the bank’s HR portal, choose a scenario to see where and why a flow fails.',
  scenario: 'Scenario',
  next: 'Next',
  back: 'Back',
  restart: 'Restart',
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  stepsTitle: 'Steps',
  lanesLabel: 'Who talks to whom',
  sends: 'sends',
  receives: 'receives',
  idle: '—',
  request: 'Request',
  response: 'Response',
  headers: 'Headers',
  params: 'Parameters',
  body: 'Body',
  details: 'Values at this step',
  status: 'Status',
  stepOk: 'This step succeeds.',
  stepFailed: (reason: string) => `The flow stops here: ${reason}.`,
  done: 'The flow is complete: the user is signed in.',
  stopped: (step: string, reason: string) => `The flow stopped at “${step}” (${reason}).`,
  stateDone: 'done',
  stateCurrent: 'current',
  stateFailed: 'failed here',
  stateNext: 'not yet',
  stateUnreached: 'not reached',
  loading: 'Running the scenario…',
  idTitle: 'ID token (OpenID Connect)',
  idIntro:
    'Issue an ID token for this login (HS256, demo secret), then break one claim and see what the client’s validation says.',
  issue: 'Issue an ID token',
  breakLabel: 'Break',
  header: 'Header',
  payload: 'Payload (claims; times also shown as UTC dates)',
  changedClaim: 'changed by this scenario',
  signature: 'Signature',
  token: 'Token',
  valid: 'Valid: the client accepts this ID token.',
  invalid: 'Rejected',
  loadingToken: 'Issuing and validating…',
} as const;

/** Display names of the four parties. */
export const ACTOR_NAMES: Readonly<Record<OAuthActor, string>> = {
  client: 'Client (HR portal)',
  browser: 'Browser',
  'authorization-server': 'Authorization server',
  'resource-server': 'Resource server (API)',
};

/** Short names of the steps, for the step list. */
export const STEP_NAMES: Readonly<Record<OAuthStep, string>> = {
  start: 'Client prepares',
  'authorize-request': 'Authorization request',
  'user-consent': 'Login and consent',
  'redirect-with-code': 'Redirect with the code',
  'token-request': 'Token request',
  'token-response': 'Token response',
  'api-call': 'API call',
  done: 'Signed in',
};

/** Labels of the ways to break an ID token. */
export const BREAK_LABELS: Readonly<Record<IdTokenBreak, string>> = {
  none: 'nothing (a valid token)',
  'wrong-iss': 'wrong issuer (iss)',
  'wrong-aud': 'wrong audience (aud)',
  expired: 'expired (exp in the past)',
  'iat-future': 'issued in the future (iat)',
  'wrong-nonce': 'wrong nonce',
  'tampered-signature': 'tampered signature',
};
