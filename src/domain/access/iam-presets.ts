/**
 * Self-contained IAM teaching presets for the grammar the bank case study does not use:
 * NotAction / NotResource, `...IfExists`, and the ForAllValues / ForAnyValue set operators.
 * Each preset carries its own policy, a request and the decision the engine must reach, so the
 * playground and the tests share one source of truth (the bank presets stay as they are).
 *
 * Sources (IAM User Guide, read 2026-12-04):
 * - NotAction with Deny and BoolIfExists aws:MultiFactorAuthPresent "false":
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
 *   and the key's own entry (a request signed with long-term access keys carries no
 *   aws:MultiFactorAuthPresent at all, which is why the guide uses BoolIfExists),
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent
 * - NotResource: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notresource.html
 * - Set operators (ForAllValues is also true when the request carries no value):
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
import type { AccessRequest, Decision, Policy } from './types.ts';

/** One teaching preset: a policy, a request and the decision it must produce. */
export interface IamGrammarPreset {
  id: string;
  title: string;
  description: string;
  /** What the preset teaches: 'NotAction', 'NotResource', 'IfExists' or 'set operators'. */
  teaches: 'NotAction' | 'NotResource' | 'IfExists' | 'set operators';
  /** A stable id and a display name of the policy; presets that share a policy share its id. */
  policyId: string;
  policyName: string;
  policy: Policy;
  request: AccessRequest;
  expected: { effect: Decision['effect']; reason: Decision['reason']; decidingSid?: string };
}

const USER = 'arn:aws:iam::123456789012:user/amelia';

/** Allow everything, but deny every action except IAM's own unless the session used MFA. */
const mfaGuardrail: Policy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowEverything', Effect: 'Allow', Action: '*', Resource: '*' },
    {
      Sid: 'DenyAllUsersNotUsingMFA',
      Effect: 'Deny',
      NotAction: 'iam:*',
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ],
};

/** Allow S3, but deny any S3 action on anything outside the team's bucket. */
const bucketFence: Policy = {
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowS3', Effect: 'Allow', Action: 's3:*', Resource: '*' },
    {
      Sid: 'DenyOutsideTeamBucket',
      Effect: 'Deny',
      Action: 's3:*',
      NotResource: ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'],
    },
  ],
};

/** Tag users only with approved tag keys (ForAllValues), and never with an "owner" tag (ForAnyValue). */
const tagRules: Policy = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'AllowApprovedTagKeys',
      Effect: 'Allow',
      Action: 'iam:TagUser',
      Resource: '*',
      Condition: { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['environment', 'cost-center'] } },
    },
    {
      Sid: 'DenyOwnerTag',
      Effect: 'Deny',
      Action: 'iam:TagUser',
      Resource: '*',
      Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'owner' } },
    },
  ],
};

const tagUser = (tagKeys: string[] | undefined): AccessRequest => ({
  action: 'iam:TagUser',
  resource: USER,
  context: tagKeys === undefined ? {} : { 'aws:TagKeys': tagKeys },
});

const mfaGuardrailNamed = { policyId: 'mfa-guardrail', policyName: 'MFA guardrail', policy: mfaGuardrail };
const bucketFenceNamed = { policyId: 'bucket-fence', policyName: 'Team bucket fence', policy: bucketFence };
const tagRulesNamed = { policyId: 'tag-rules', policyName: 'Tagging rules', policy: tagRules };

/** The presets, in teaching order. */
export const iamGrammarPresets: readonly IamGrammarPreset[] = [
  {
    id: 'notaction-mfa-setup-without-mfa',
    title: 'NotAction: setting up MFA without MFA',
    description:
      'Amelia has not signed in with MFA yet and enables her MFA device. The Deny lists the actions it does NOT cover with NotAction "iam:*", so this IAM action escapes it and the Allow decides.',
    teaches: 'NotAction',
    ...mfaGuardrailNamed,
    request: {
      action: 'iam:EnableMFADevice',
      resource: USER,
      context: { 'aws:MultiFactorAuthPresent': false },
    },
    expected: { effect: 'Allow', reason: 'allowed', decidingSid: 'AllowEverything' },
  },
  {
    id: 'notaction-s3-without-mfa',
    title: 'NotAction: reading S3 without MFA',
    description:
      'The same session reads an S3 object. s3:GetObject is not in NotAction, so the Deny covers it, and with MFA absent its condition holds: explicit Deny.',
    teaches: 'NotAction',
    ...mfaGuardrailNamed,
    request: {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
      context: { 'aws:MultiFactorAuthPresent': false },
    },
    expected: { effect: 'Deny', reason: 'explicit-deny', decidingSid: 'DenyAllUsersNotUsingMFA' },
  },
  {
    id: 'ifexists-access-keys-without-mfa-key',
    title: 'IfExists: long-term access keys carry no MFA key',
    description:
      'A script signs with long-term access keys, so aws:MultiFactorAuthPresent is missing from the request. BoolIfExists treats the missing key as a match, so the Deny still applies; a plain Bool would be false and the script would get in.',
    teaches: 'IfExists',
    ...mfaGuardrailNamed,
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv', context: {} },
    expected: { effect: 'Deny', reason: 'explicit-deny', decidingSid: 'DenyAllUsersNotUsingMFA' },
  },
  {
    id: 'ifexists-with-mfa',
    title: 'IfExists: the key is present and true',
    description:
      'With MFA, aws:MultiFactorAuthPresent is true: the key exists, so BoolIfExists compares it with "false", the Deny does not apply and the Allow decides.',
    teaches: 'IfExists',
    ...mfaGuardrailNamed,
    request: {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket/report.csv',
      context: { 'aws:MultiFactorAuthPresent': true },
    },
    expected: { effect: 'Allow', reason: 'allowed', decidingSid: 'AllowEverything' },
  },
  {
    id: 'notresource-inside-bucket',
    title: 'NotResource: inside the team bucket',
    description:
      'An object in amzn-s3-demo-bucket is listed in the Deny’s NotResource, so the Deny does not cover it and the Allow decides.',
    teaches: 'NotResource',
    ...bucketFenceNamed,
    request: { action: 's3:PutObject', resource: 'arn:aws:s3:::amzn-s3-demo-bucket/notes.txt' },
    expected: { effect: 'Allow', reason: 'allowed', decidingSid: 'AllowS3' },
  },
  {
    id: 'notresource-other-bucket',
    title: 'NotResource: any other bucket',
    description:
      'An object in another bucket is not listed in NotResource, so the Deny covers it: explicit Deny, even though the Allow matches too.',
    teaches: 'NotResource',
    ...bucketFenceNamed,
    request: { action: 's3:PutObject', resource: 'arn:aws:s3:::another-bucket/notes.txt' },
    expected: { effect: 'Deny', reason: 'explicit-deny', decidingSid: 'DenyOutsideTeamBucket' },
  },
  {
    id: 'forallvalues-approved-tags',
    title: 'ForAllValues: only approved tag keys',
    description:
      'The request tags a user with environment and cost-center. Every key is in the approved list, so ForAllValues:StringEquals is true and the Allow decides.',
    teaches: 'set operators',
    ...tagRulesNamed,
    request: tagUser(['environment', 'cost-center']),
    expected: { effect: 'Allow', reason: 'allowed', decidingSid: 'AllowApprovedTagKeys' },
  },
  {
    id: 'forallvalues-unapproved-tag',
    title: 'ForAllValues: one unapproved tag key',
    description:
      'The request adds a project tag. Not every key is approved, so ForAllValues is false, no Allow applies, and the request ends in an implicit deny.',
    teaches: 'set operators',
    ...tagRulesNamed,
    request: tagUser(['environment', 'project']),
    expected: { effect: 'Deny', reason: 'implicit-deny' },
  },
  {
    id: 'forallvalues-no-tags',
    title: 'ForAllValues: no tags at all',
    description:
      'The request carries no aws:TagKeys. ForAllValues is true when there is no value to check, so the Allow applies: the pitfall of ForAllValues in an Allow (add a Null check to close it).',
    teaches: 'set operators',
    ...tagRulesNamed,
    request: tagUser(undefined),
    expected: { effect: 'Allow', reason: 'allowed', decidingSid: 'AllowApprovedTagKeys' },
  },
  {
    id: 'foranyvalue-owner-tag',
    title: 'ForAnyValue: an owner tag among others',
    description:
      'The request tags with environment and owner. One key is owner, so ForAnyValue:StringEquals is true and the explicit Deny decides.',
    teaches: 'set operators',
    ...tagRulesNamed,
    request: tagUser(['environment', 'owner']),
    expected: { effect: 'Deny', reason: 'explicit-deny', decidingSid: 'DenyOwnerTag' },
  },
];

/** A grammar preset by id, or undefined. */
export function iamGrammarPreset(id: string): IamGrammarPreset | undefined {
  return iamGrammarPresets.find((p) => p.id === id);
}
