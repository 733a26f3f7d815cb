export * from './slug.ts';
export * from './dates.ts';
export * from './validation.ts';
export * from './model.ts';
export * from './richtext.ts';
export * as documents from './graphql/documents.ts';
export * from './credit.ts';
export * from './rebuild-protocol.ts';
