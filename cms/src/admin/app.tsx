import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';
import { TYPE_NAMES_VI } from '../content-manager/type-names';
import { rememberBrowserLanguage } from './admin-language';
import { enumerationLabels } from './enumeration-labels';
import { messages } from './site-build/messages';
import { SlugPanel } from './slug/SlugPanel';
import { withoutLanguageColumn } from './list-columns';
import en from './translations/en.json';
import strapiGapsVi from './translations/strapi-gaps.vi.json';
import vi from './translations/vi.json';

/**
 * Admin customisation: Vietnamese first (and English), the project's own strings and the content types'
 * names in both, and the site's build status where editors look (a menu page and a home-page widget).
 *
 * Translations go through `config.translations`: for the app's own customisations Strapi 5 reads that
 * and calls only `register` and `bootstrap`; `registerTrads` is called on plugins alone
 * (@strapi/admin StrapiApp.loadTrads, render.ts).
 */
export default {
  config: {
    locales: ['vi'],
    // Strapi's own Vietnamese catalogue lacks many strings an editor meets (list and edit views, home
    // page): those are filled in first; then the names of enumeration values; the project's strings last.
    translations: {
      vi: { ...strapiGapsVi, ...enumerationLabels('vi'), ...TYPE_NAMES_VI, ...vi },
      en: { ...enumerationLabels('en'), ...en },
    },
  },
  register(app: StrapiApp) {
    // Before the admin renders: Strapi reads the stored language once, at render time.
    rememberBrowserLanguage(window.localStorage, navigator.languages);
    app.addMenuLink({
      to: 'site-build',
      icon: Earth,
      intlLabel: messages.menu,
      Component: () => import('./site-build/SiteBuildPage'),
      permissions: [],
    });
    app.widgets.register({
      id: 'site-build',
      icon: Earth,
      title: messages.widgetTitle,
      component: () => import('./site-build/SiteBuildPanel').then((module) => module.SiteBuildPanel),
      link: { label: messages.widgetLink, href: '/site-build' },
    });
  },
  bootstrap(app: StrapiApp) {
    // The edit view's "address on the site": the slug follows the title as the editor types it. Strapi
    // types a plugin's `apis` as an open record; the content manager's is this function (5.54).
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: { addEditViewSidePanel: (panels: Array<typeof SlugPanel>) => void } };
    contentManager.apis.addEditViewSidePanel([SlugPanel]);
    // List views show what an editor scans for: title, date, section and the publication status, which
    // Strapi puts last. i18n's "Available in" column (330 px of language names) pushed that status off
    // a 1440 px screen; the language switch above the list and the edit view still tell the languages.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', withoutLanguageColumn);
  },
};
