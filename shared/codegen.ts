import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the site, generated from the committed schema (graphql/schema.graphql)
 * and the queries in src/graphql/queries.ts. `./pnpmw run codegen` regenerates them; a unit test fails
 * when the committed output is stale.
 */
const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  documents: ['src/graphql/queries.ts'],
  ignoreNoDocuments: false,
  // NodeNext resolution: relative imports need their extension.
  emitLegacyCommonJSImports: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: { DateTime: 'string', Date: 'string', Time: 'string', Long: 'string', JSON: 'unknown', I18NLocaleCode: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default config;
