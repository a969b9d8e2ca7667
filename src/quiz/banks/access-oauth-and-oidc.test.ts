import { describe, expect, it } from 'vitest';
import { bank } from './access-oauth-and-oidc';
import { createRng } from '../seed';

describe('the ID token claim question', () => {
  const template = bank.questions.find((q) => q.id === 'id-token-claim');
  const variants = Array.from({ length: 60 }, (_, i) => template?.build(createRng(i)));

  it('says OIDC Core leaves the acceptable iat range to the client, not that every client rejects it', () => {
    const iat = variants.find((q) => q?.kind === 'single' && q.answer === 'iat');
    expect(iat?.explanation).toContain('leaves the acceptable range to the client');
    expect(iat?.explanation).toContain('60 s in the future');
    expect(iat?.explanation).not.toContain('A client that validates the token rejects it');
  });

  it('keeps the MUST checks (iss, aud, exp) as rejections', () => {
    const exp = variants.find((q) => q?.kind === 'single' && q.answer === 'exp');
    expect(exp?.explanation).toContain('A client that validates the token rejects it when this claim is wrong');
  });
});
