import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { SkippedEntryReport } from '@atlas/shared/build-report';
import { CONTENT_TYPE_UIDS, type EntryKind } from '@atlas/shared/content-types';
import { ruleText } from '@atlas/shared/rules/messages';
import { fieldLabel } from '../../content-manager/field-texts';
import { messages } from './messages';

/**
 * Entries the last build left out because they break the content rules (published before a rule
 * existed, or edited around the CMS): each with what is wrong, said with the admin's field labels, and
 * a link to the entry in the content manager.
 */
export function SkippedEntries({ entries }: { entries: SkippedEntryReport[] }) {
  const { formatMessage, locale } = useIntl();
  const language = locale.startsWith('vi') ? 'vi' : 'en';
  if (entries.length === 0) return null;
  return (
    <Box paddingTop={2} data-testid="site-build-skipped">
      <Typography variant="omega" textColor="warning700" fontWeight="bold">
        {formatMessage(messages.skippedTitle, { count: entries.length })}
      </Typography>
      {entries.map((entry) => {
        const uid = CONTENT_TYPE_UIDS[entry.collection as EntryKind] ?? '';
        const problems = entry.issues.length
          ? entry.issues.map((issue) => `${fieldLabel(uid, issue.field.split('.')[0] ?? issue.field)} ${ruleText(issue.rule, language, issue.params)}`)
          : entry.problems;
        const href = `/admin/content-manager/collection-types/${uid}/${entry.documentId}?plugins[i18n][locale]=${entry.locale}`;
        return (
          <Flex key={`${entry.collection}/${entry.locale}/${entry.documentId}`} gap={2} paddingTop={1} alignItems="baseline" wrap="wrap">
            <Typography variant="pi" fontWeight="semiBold">{`${entry.title} (${entry.locale})`}</Typography>
            <Typography variant="pi" textColor="neutral600">
              {problems.join('; ')}
            </Typography>
            <Link href={href}>{formatMessage(messages.skippedFix)}</Link>
          </Flex>
        );
      })}
    </Box>
  );
}
