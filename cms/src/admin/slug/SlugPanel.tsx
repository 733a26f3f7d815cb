import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { kindOfUid } from '@atlas/shared/content-types';
import { isAutomaticSlug, slugFromTitle } from '@atlas/shared/slug';
import { useIntl } from 'react-intl';

/**
 * The edit view's "address on the site" panel. While an entry's slug still follows its title (not typed
 * by hand, never published: the same rule the CMS applies on save, shared/src/slug.ts), typing the
 * title updates the slug field at once, so the editor sees the address the page will have; the panel
 * shows that address and whether it still follows the title. Typing in the slug field stops it.
 */
type Values = Record<string, unknown>;

interface SlugPanelProps {
  model: string;
  published: boolean;
}

/** Content types whose entries have pages: the slug field and the field it is made from. */
const SOURCE_FIELD: Record<string, string> = {
  articles: 'title',
  partnerships: 'title',
  delegations: 'title',
  periods: 'name',
  fields: 'name',
  categories: 'name',
  tags: 'name',
};

function SlugFollower({ model, published }: SlugPanelProps) {
  const { formatMessage } = useIntl();
  const kind = kindOfUid(model) ?? '';
  const source = SOURCE_FIELD[kind] ?? 'title';
  const values = useForm('SlugFollower', (state) => state.values as Values);
  const initial = useForm('SlugFollower', (state) => state.initialValues as Values);
  const onChange = useForm('SlugFollower', (state) => state.onChange);
  const placeholder = model.split('.').pop() ?? '';
  // Follows until published, or until the slug differs from the last one this panel (or the CMS) made.
  const [following, setFollowing] = React.useState(() => !published && isAutomaticSlug(initial.slug, initial[source], placeholder));
  const lastMade = React.useRef<unknown>(initial.slug);

  React.useEffect(() => {
    if (!following) return;
    if (values.slug !== lastMade.current && !isAutomaticSlug(values.slug, values[source], placeholder)) {
      setFollowing(false);
      return;
    }
    const title = typeof values[source] === 'string' ? values[source] : '';
    const made = slugFromTitle(title);
    if (made && made !== values.slug) {
      lastMade.current = made;
      onChange('slug', made);
    }
  }, [following, values, source, placeholder, onChange]);

  const slug = typeof values.slug === 'string' && values.slug ? values.slug : '…';
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="omega" fontWeight="semiBold" data-testid="slug-panel-address">{`/${kind}/${slug}/`}</Typography>
      <Typography variant="pi" textColor="neutral600" data-testid="slug-panel-mode">
        {following
          ? formatMessage({ id: 'atlas.slug.following', defaultMessage: 'Follows the title until you type an address or publish.' })
          : formatMessage({ id: 'atlas.slug.fixed', defaultMessage: 'Fixed. Earlier addresses keep leading here after a change.' })}
      </Typography>
    </Flex>
  );
}

interface PanelContext {
  model: string;
  document?: { publishedAt?: string | null } | null;
  meta?: { availableStatus?: Array<{ publishedAt?: string | null }> } | null;
}

/**
 * Registered with the content manager's edit view (app.tsx), which renders it as a component (hooks
 * allowed); nothing for types without pages.
 */
export function SlugPanel({ model, document, meta }: PanelContext) {
  const { formatMessage } = useIntl();
  if (!SOURCE_FIELD[kindOfUid(model) ?? '']) return null;
  const published = Boolean(document?.publishedAt) || Boolean(meta?.availableStatus?.some((version) => version.publishedAt));
  return {
    title: formatMessage({ id: 'atlas.slug.panel', defaultMessage: 'Address on the site' }),
    content: <SlugFollower model={model} published={published} />,
  };
}
