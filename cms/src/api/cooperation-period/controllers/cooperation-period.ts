import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::cooperation-period.cooperation-period');
