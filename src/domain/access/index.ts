/**
 * The whole access-control domain in one door, for lessons, quizzes and checks that use several
 * subjects: IAM policies, the bank HR case study, shared keys and SAS, OAuth 2.0 with PKCE and
 * OpenID Connect. Islands import the narrow door of the subject they show instead
 * (doors/iam.ts, bank.ts, sas.ts, oauth.ts, encoding.ts; see README.md), so a page downloads
 * only what it uses: only doors/oauth.ts brings jose.
 */
export * from './doors/iam.ts';
export * from './doors/bank.ts';
export * from './doors/sas.ts';
export * from './doors/oauth.ts';
export * from './doors/encoding.ts';
