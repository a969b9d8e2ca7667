import { describe, expect, it } from 'vitest';
import { arnMatches, compileArnPattern, splitArn, splitArnPattern } from './arn.ts';

// ARN condition operators: each of the six colon-delimited parts is matched separately, with * and ?
// inside a part (IAM User Guide, "IAM JSON policy elements: Condition operators", read 2026-12-04).
const match = (pattern: string, arn: string, context: Record<string, string> = {}): boolean => {
  const compiled = compileArnPattern(pattern, (name) => context[name]);
  const parts = splitArn(arn);
  return compiled !== null && compiled !== 'unresolved' && parts !== null && arnMatches(compiled, parts);
};

describe('ARN matching part by part', () => {
  it('matches the User Guide example source ARN with a wildcard account-free topic', () => {
    expect(match('arn:aws:sns:REGION:123456789012:TOPIC-ID', 'arn:aws:sns:REGION:123456789012:TOPIC-ID')).toBe(true);
    expect(match('arn:aws:sns:*:123456789012:*', 'arn:aws:sns:us-east-1:123456789012:alerts')).toBe(true);
  });

  it('never lets a * cross a colon into the next part', () => {
    expect(match('arn:aws:sns:*:topic', 'arn:aws:sns:us-east-1:123456789012:topic')).toBe(false);
    expect(match('arn:aws:s3:::bucket*', 'arn:aws:s3:::bucket/key')).toBe(true);
    expect(match('arn:aws:sns:us-*:1234?6789012:t', 'arn:aws:sns:eu-west-1:123456789012:t')).toBe(false);
  });

  it('keeps colons inside the resource part and inside ${...} variables', () => {
    expect(splitArn('arn:aws:sns:r:1:topic:sub-id')).toEqual(['arn', 'aws', 'sns', 'r', '1', 'topic:sub-id']);
    expect(splitArnPattern('arn:aws:iam::1:user/${aws:username}')).toEqual([
      'arn',
      'aws',
      'iam',
      '',
      '1',
      'user/${aws:username}',
    ]);
    expect(match('arn:aws:iam::1:user/${aws:username}', 'arn:aws:iam::1:user/ana', { 'aws:username': 'ana' })).toBe(
      true,
    );
    expect(compileArnPattern('arn:aws:iam::1:user/${aws:username}', () => undefined)).toBe('unresolved');
  });

  it('is case-sensitive and refuses values that are not six parts', () => {
    expect(match('arn:aws:s3:::Bucket', 'arn:aws:s3:::bucket')).toBe(false);
    expect(splitArnPattern('arn:aws:s3')).toBeNull();
    expect(splitArn('not-an-arn')).toBeNull();
  });
});
