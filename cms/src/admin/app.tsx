import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';

/**
 * Admin customisation: Vietnamese first, and the site's build status where editors look (a menu page
 * and a widget on the home page).
 */
export default {
  config: {
    locales: ['vi'],
  },
  register(app: StrapiApp) {
    app.addMenuLink({
      to: 'site-build',
      icon: Earth,
      intlLabel: { id: 'site-build.menu', defaultMessage: 'Site build' },
      Component: () => import('./site-build/SiteBuildPage'),
      permissions: [],
    });
    app.widgets.register({
      id: 'site-build',
      icon: Earth,
      title: { id: 'site-build.widget', defaultMessage: 'Public site build' },
      component: () => import('./site-build/SiteBuildPanel').then((module) => module.SiteBuildPanel),
      link: { label: { id: 'site-build.widget.link', defaultMessage: 'Open' }, href: '/site-build' },
    });
  },
};
