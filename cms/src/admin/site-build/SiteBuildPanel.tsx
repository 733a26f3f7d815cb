import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useAuth, useRBAC } from '@strapi/strapi/admin';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { formatDateTime } from '@atlas/shared/dates';
import { messages } from './messages';
import { SkippedEntries } from './SkippedEntries';
import { REBUILD_PERMISSION, type BuildRecord, type BuildState, type SiteBuildStatus } from './types';
import { useSiteBuild } from './useSiteBuild';

const STATE_LABEL: Record<BuildState, MessageDescriptor> = {
  queued: messages.stateQueued,
  running: messages.stateRunning,
  succeeded: messages.stateSucceeded,
  failed: messages.stateFailed,
};
const STATE_COLOUR: Record<BuildState, { backgroundColor: string; textColor: string }> = {
  queued: { backgroundColor: 'neutral150', textColor: 'neutral700' },
  running: { backgroundColor: 'primary100', textColor: 'primary700' },
  succeeded: { backgroundColor: 'success100', textColor: 'success700' },
  failed: { backgroundColor: 'danger100', textColor: 'danger700' },
};
const REASON_LABEL: Partial<Record<string, MessageDescriptor>> = {
  content: messages.reasonContent,
  manual: messages.reasonManual,
  startup: messages.reasonStartup,
};
type LineKind = 'current' | 'waiting' | 'last';
const LINE_LABEL: Record<LineKind, MessageDescriptor> = { current: messages.lineCurrent, waiting: messages.lineWaiting, last: messages.lineLast };

/** Times in Vietnam time, as the newsroom prints them (`14:11 | 18/02/2022 GMT+7`), whatever the browser's zone. */
function useVietnamTime(): (iso: string | null) => string {
  const { locale } = useIntl();
  return (iso) => (iso ? formatDateTime(iso, locale.startsWith('vi') ? 'vi' : 'en') : '—');
}

function BuildLine({ kind, record }: { kind: LineKind; record: BuildRecord }) {
  const { formatMessage } = useIntl();
  const when = useVietnamTime();
  const reason = REASON_LABEL[record.reason];
  // Rounded to a tenth here; the message prints it with the language's decimal mark (2,5 giây / 2.5 s).
  const seconds = record.durationMs === null ? null : Math.round(record.durationMs / 100) / 10;
  return (
    <Box paddingTop={2} data-testid={`site-build-${kind}`}>
      <Flex gap={2} alignItems="center">
        <Typography variant="omega" fontWeight="bold">
          {formatMessage(LINE_LABEL[kind])}
        </Typography>
        <Badge {...STATE_COLOUR[record.state]}>{formatMessage(STATE_LABEL[record.state])}</Badge>
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(messages.lineDetails, {
            reason: reason ? formatMessage(reason) : record.reason,
            count: record.changes.length,
            when: when(record.startedAt ?? record.queuedAt),
          })}
          {seconds !== null ? formatMessage(messages.lineDuration, { seconds }) : ''}
        </Typography>
      </Flex>
      {record.error ? (
        <Typography variant="pi" textColor="danger600" tag="p">
          {record.error.split('\n')[0]}
        </Typography>
      ) : null}
      {kind === 'last' ? <SkippedEntries entries={record.skipped ?? []} /> : null}
    </Box>
  );
}

function RemoteDelivery({ status }: { status: SiteBuildStatus }) {
  const { formatMessage } = useIntl();
  const when = useVietnamTime();
  const delivery = status.lastDelivery;
  const outcome = !delivery
    ? formatMessage(messages.remoteNone)
    : delivery.ok
      ? formatMessage(messages.remoteDelivered, { when: when(delivery.at) })
      : formatMessage(messages.remoteNotDelivered, { when: when(delivery.at), error: delivery.error ?? formatMessage(messages.unknownError) });
  return (
    <Typography>
      {formatMessage(messages.remoteTarget, { target: status.target })} {outcome}
    </Typography>
  );
}

function Builds({ status }: { status: SiteBuildStatus }) {
  const { formatMessage } = useIntl();
  const { builder } = status;
  if (status.target === 'none') return <Typography>{formatMessage(messages.off)}</Typography>;
  if (builder === null) return <RemoteDelivery status={status} />;
  if ('error' in builder) return <Typography textColor="danger600">{builder.error}</Typography>;
  const nothing = !builder.current && !builder.waiting && !builder.last;
  return (
    <Box>
      {builder.current ? <BuildLine kind="current" record={builder.current} /> : null}
      {builder.waiting ? <BuildLine kind="waiting" record={builder.waiting} /> : null}
      {builder.last ? <BuildLine kind="last" record={builder.last} /> : null}
      {nothing ? <Typography>{formatMessage(messages.noBuild)}</Typography> : null}
    </Box>
  );
}

/**
 * "Rebuild now", for editors with the permission. Strapi's useRBAC checks once, with the permissions
 * known when it mounts, and does not check again when they arrive: mounted on a page opened directly
 * (a bookmark, a reload) before the user's permissions loaded, it would hide the button for good. So
 * this is mounted only once they are in.
 */
function RebuildButton({ requesting, onRebuild }: { requesting: boolean; onRebuild: () => void }) {
  const { formatMessage } = useIntl();
  const { allowedActions } = useRBAC(REBUILD_PERMISSION);
  if (!allowedActions.canRebuild) return null;
  return (
    <Box>
      <Button startIcon={<ArrowClockwise />} loading={requesting} onClick={onRebuild}>
        {formatMessage(messages.rebuildNow)}
      </Button>
    </Box>
  );
}

/** The site's build status and, for editors with the permission, "Rebuild now". */
export function SiteBuildPanel() {
  const { formatMessage } = useIntl();
  const { status, error, requesting, rebuild } = useSiteBuild();
  const permissionsLoading = useAuth('SiteBuildPanel', (state) => state.isLoading);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {error ? <Typography textColor="danger600">{formatMessage(messages.statusError, { error })}</Typography> : null}
      {status ? (
        <>
          {status.pending.changes > 0 ? (
            <Typography data-testid="site-build-pending">{formatMessage(messages.pending, { count: status.pending.changes })}</Typography>
          ) : null}
          <Builds status={status} />
        </>
      ) : (
        <Typography>{formatMessage(messages.loading)}</Typography>
      )}
      {!permissionsLoading && status?.target !== 'none' ? <RebuildButton requesting={requesting} onRebuild={() => void rebuild()} /> : null}
    </Flex>
  );
}
