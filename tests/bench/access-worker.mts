// Measures IAM evaluate() throughput for the access benchmark (tests/bench/access.bench.mjs).
// Both functions are measured: `evaluate` (full per-statement trace) and `decide` (same effect,
// reason and decidingStatement, no trace). Each case names the function it measures.
// Run with: node --experimental-strip-types tests/bench/access-worker.mts [seconds-per-case]
// Prints one JSON object on stdout. The workload is 100 policies of 10 statements, each with
// conditions (string with a policy variable, numeric, IP range, bool, date), generated from a
// seed and validated by parsePolicy, and 64 requests that mix Allow, explicit and implicit Deny.
import {
  createRng,
  decide,
  evaluate,
  parsePolicy,
  type AccessRequest,
  type Policy,
  type Statement,
} from '../../src/domain/access/index.ts';

const SECONDS = Number(process.argv[2] ?? 1.5);
const rng = createRng(20261127);
const pick = <T,>(list: readonly T[]): T => list[rng.uint32() % list.length] as T;
const SERVICES = ['hr', 'payroll', 'recruit', 'audit'];
const VERBS = ['Read', 'Update', 'Delete', 'List', 'Create'];
const THINGS = ['EmployeeRecord', 'Salary', 'Candidate', 'Report'];
const DEPTS = ['retail', 'corporate', 'finance', 'it'];

function statement(p: number, s: number): Statement {
  const service = pick(SERVICES);
  const deny = s === 9; // one guardrail Deny per policy
  return {
    Sid: `P${p}S${s}`,
    Effect: deny ? 'Deny' : 'Allow',
    Action: deny ? `${service}:Delete*` : [`${service}:${pick(VERBS)}${pick(THINGS)}`, `${service}:Read*`],
    Resource: `arn:bank:${service}:::${pick(THINGS).toLowerCase()}/\${hr:Department}/*`,
    Condition: {
      StringEquals: { 'hr:Location': '${hr:ResourceLocation}' },
      NumericGreaterThanEquals: { 'hr:Clearance': 1 + (rng.uint32() % 4) },
      NumericLessThan: { 'bank:LocalHour': 18 },
      // The office's public ranges (documentation addresses): aws:SourceIp is the public address a
      // request comes from; a private 10.x address only appears as aws:VpcSourceIp (see the bank case study).
      IpAddress: { 'aws:SourceIp': ['198.51.100.0/24', '2001:db8:b4e::/48'] },
      Bool: { 'aws:MultiFactorAuthPresent': true },
      DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
    },
  };
}

const policies: Policy[] = Array.from({ length: 100 }, (_, p) =>
  parsePolicy(
    JSON.stringify({ Version: '2012-10-17', Statement: Array.from({ length: 10 }, (_, s) => statement(p, s)) }),
  ),
);

const requests: AccessRequest[] = Array.from({ length: 64 }, (_, i) => {
  const service = pick(SERVICES);
  const dept = pick(DEPTS);
  return {
    action: `${service}:${pick(VERBS)}${pick(THINGS)}`,
    resource: `arn:bank:${service}:::${pick(THINGS).toLowerCase()}/${dept}/E${1000 + i}`,
    context: {
      'hr:Department': dept,
      'hr:Location': 'frankfurt',
      'hr:ResourceLocation': i % 5 === 0 ? 'london' : 'frankfurt',
      'hr:Clearance': 1 + (i % 4),
      'bank:LocalHour': 8 + (i % 12),
      'aws:SourceIp': i % 7 === 0 ? '203.0.113.9' : '198.51.100.23',
      'aws:MultiFactorAuthPresent': i % 6 !== 0,
      'aws:CurrentTime': '2026-11-27T10:00:00Z',
    },
  };
});

interface CaseResult {
  name: string;
  statementsPerDecision: number;
  decisions: number;
  seconds: number;
  perSecond: number;
  /** Process CPU time (user + system) spent in the timed loop, and decisions per CPU second: steadier on a busy machine. */
  cpuSeconds: number;
  perCpuSecond: number;
  outcomes: Record<string, number>;
}

/** Runs `decide(i)` for about SECONDS after a warm-up (2,000 calls or 0.3 s) and counts decisions. */
function measure(name: string, statementsPerDecision: number, decide: (i: number) => string): CaseResult {
  const warm = performance.now();
  for (let i = 0; i < 2000 && performance.now() - warm < 300; i += 1) decide(i);
  const outcomes: Record<string, number> = {};
  let n = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < SECONDS * 1000) {
    for (let k = 0; k < 20; k += 1, n += 1) {
      const r = decide(n);
      outcomes[r] = (outcomes[r] ?? 0) + 1;
    }
    elapsed = performance.now() - t0;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    name,
    statementsPerDecision,
    decisions: n,
    seconds: elapsed / 1000,
    perSecond: n / (elapsed / 1000),
    cpuSeconds,
    perCpuSecond: n / cpuSeconds,
    outcomes,
  };
}

const cases = [
  measure('evaluate (full trace): one policy (10 statements) per decision, cycling through the 100', 10, (i) => {
    const d = evaluate([policies[i % 100] as Policy], requests[i % 64] as AccessRequest);
    return d.reason;
  }),
  measure('evaluate (full trace): all 100 policies (1,000 statements) per decision', 1000, (i) => {
    const d = evaluate(policies, requests[i % 64] as AccessRequest);
    return d.reason;
  }),
  measure('decide (no trace): one policy (10 statements) per decision, cycling through the 100', 10, (i) => {
    const d = decide([policies[i % 100] as Policy], requests[i % 64] as AccessRequest);
    return d.reason;
  }),
  measure('decide (no trace): all 100 policies (1,000 statements) per decision', 1000, (i) => {
    const d = decide(policies, requests[i % 64] as AccessRequest);
    return d.reason;
  }),
];

process.stdout.write(
  `${JSON.stringify({ node: process.version, policies: policies.length, statementsPerPolicy: 10, requests: requests.length, cases })}\n`,
);
