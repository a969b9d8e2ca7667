/**
 * The IAM door: policies (parse, evaluate with a trace, decide fast), conditions, wildcards and
 * IP ranges. No bank data, no SAS, no OAuth: an island that only evaluates policies imports this.
 */
export type {
  AccessRequest,
  ConditionScalar,
  ConditionTrace,
  Decision,
  DecidingStatement,
  MatchResult,
  Policy,
  Statement,
  TraceEntry,
} from '../types.ts';
export { evaluate } from '../policy-eval.ts';
export { VARIABLES_VERSION } from '../policy-shape.ts';
export { decide, type Verdict } from '../policy-compile.ts';
export { parsePolicy } from '../policy-parse.ts';
export { PolicyError, type PolicyErrorDetails } from '../policy-error.ts';
export { explainDecision, isTraceEntry, traceEntries } from '../trace.ts';
export { OPERATOR_NAMES, lookupOperator, type OperatorFamily, type OperatorSpec } from '../condition-operators.ts';
export { wildcardMatch } from '../wildcard.ts';
export { iamGrammarPreset, iamGrammarPresets, type IamGrammarPreset } from '../iam-presets.ts';
export {
  cidrContains,
  ipInRange,
  parseCidr,
  parseIp,
  parseIpRange,
  type Cidr,
  type IpRange,
  type ParsedIp,
} from '../ip.ts';
