import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => {
  const production = env('NODE_ENV') === 'production';
  return {
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        // Strapi ships these unbounded: set them explicitly. The site's deepest query is 6 levels.
        depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 8),
        defaultLimit: env.int('GRAPHQL_DEFAULT_LIMIT', 25),
        maxLimit: env.int('GRAPHQL_MAX_LIMIT', 100),
        // Production: no landing page at all (Strapi's `false` still serves Apollo's static one).
        landingPage: production ? () => ApolloServerPluginLandingPageDisabled() : true,
        apolloServer: { introspection: !production },
      },
    },
    upload: {
      config: {
        // 20 MB: press photos, not video.
        sizeLimit: 20 * 1024 * 1024,
        // Uploaded files never change under their URL (Strapi names each upload with a fresh hash, a
        // replaced file gets a new one), so they may be cached for a year. The site build's image cache
        // depends on it: with Strapi's default `max-age=0` and no 304 answer, every build would fetch
        // and re-encode every image.
        providerOptions: { localServer: { maxage: env.int('UPLOADS_MAX_AGE_MS', 365 * 24 * 3600 * 1000) } },
        security: {
          allowedTypes: ['image/*', 'application/pdf'],
          deniedTypes: ['image/svg+xml'],
        },
      },
    },
  };
};

export default config;
