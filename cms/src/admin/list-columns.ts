/**
 * A content-manager list-view hook (Admin/CM/pages/ListView/inject-column-in-table) that takes out the
 * i18n plugin's "Available in" column (named `locales`); registered after the plugins' own hooks, so it
 * sees the column they added.
 */
interface ListColumns<Header extends { name: string }, Layout> {
  displayedHeaders: Header[];
  layout: Layout;
}

export function withoutLanguageColumn<Header extends { name: string }, Layout>({
  displayedHeaders,
  layout,
}: ListColumns<Header, Layout>): ListColumns<Header, Layout> {
  return { displayedHeaders: displayedHeaders.filter((header) => header.name !== 'locales'), layout };
}
