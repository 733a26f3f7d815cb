import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  // Refuses writes through the admin's content API that name a field the type does not have.
  'global::known-fields',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
