import { Box } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { SiteBuildPanel } from './SiteBuildPanel';

/** The "Site build" page of the admin's main menu. */
export default function SiteBuildPage() {
  return (
    <Page.Main>
      <Page.Title>Site build</Page.Title>
      <Layouts.Header title="Site build" subtitle="The public site is rebuilt a few seconds after you publish, unpublish or delete." />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <SiteBuildPanel />
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}
