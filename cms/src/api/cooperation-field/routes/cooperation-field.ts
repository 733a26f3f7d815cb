import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::cooperation-field.cooperation-field');
