import { Box } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { messages } from './messages';
import { SiteBuildPanel } from './SiteBuildPanel';

/** The "Site build" page of the admin's main menu. */
export default function SiteBuildPage() {
  const { formatMessage } = useIntl();
  const title = formatMessage(messages.title);
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={formatMessage(messages.subtitle)} />
      <Layouts.Content>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <SiteBuildPanel />
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
}
