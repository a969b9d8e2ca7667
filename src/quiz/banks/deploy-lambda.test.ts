import { describe, expect, it } from 'vitest';
import { bank } from './deploy-lambda';
import { createRng } from '../seed';
import { LAMBDA } from '../../domain/serverless';

describe('the Lambda bill question', () => {
  it('states the domain’s prices and free tier, never a typed copy (issue 14)', () => {
    const template = bank.questions.find((q) => q.id === 'monthly-bill');
    const q = template?.build(createRng(3));
    const prompt = q && 'prompt' in q ? String(q.prompt) : '';
    expect(prompt).toContain(`$${String(LAMBDA.perGBSecond)} per GB-second`);
    expect(prompt).toContain('$0.20 per million requests');
    expect(prompt).toContain(`the first ${LAMBDA.freeRequests / 1_000_000} million requests`);
    expect(prompt).toContain(`${LAMBDA.freeGBSeconds.toLocaleString('en-GB')} GB-seconds free`);
  });
});
