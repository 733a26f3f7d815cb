export * from './slug.ts';
export * from './dates.ts';
export * from './validation.ts';
export * from './model.ts';
export * from './richtext.ts';
export * from './credit.ts';
export * from './rebuild-protocol.ts';
export * as queries from './graphql/queries.ts';
export type * as gql from './graphql/generated/graphql.ts';
