import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::cooperation-field.cooperation-field');
