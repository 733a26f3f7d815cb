import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useRBAC } from '@strapi/strapi/admin';
import { REBUILD_PERMISSION, type BuildRecord, type BuildState, type SiteBuildStatus } from './types';
import { useSiteBuild } from './useSiteBuild';

const STATE_LABEL: Record<BuildState, string> = { queued: 'Queued', running: 'Running', succeeded: 'Succeeded', failed: 'Failed' };
const STATE_COLOUR: Record<BuildState, { backgroundColor: string; textColor: string }> = {
  queued: { backgroundColor: 'neutral150', textColor: 'neutral700' },
  running: { backgroundColor: 'primary100', textColor: 'primary700' },
  succeeded: { backgroundColor: 'success100', textColor: 'success700' },
  failed: { backgroundColor: 'danger100', textColor: 'danger700' },
};

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'medium' }) : '—';

function BuildLine({ label, record }: { label: string; record: BuildRecord }) {
  const seconds = record.durationMs === null ? null : (record.durationMs / 1000).toFixed(1);
  return (
    <Box paddingTop={2} data-testid={`site-build-${label.toLowerCase()}`}>
      <Flex gap={2} alignItems="center">
        <Typography variant="omega" fontWeight="bold">{label}</Typography>
        <Badge {...STATE_COLOUR[record.state]}>{STATE_LABEL[record.state]}</Badge>
        <Typography variant="pi" textColor="neutral600">
          {record.reason}, {record.changes.length} change(s), started {when(record.startedAt ?? record.queuedAt)}
          {seconds ? `, ${seconds} s` : ''}
        </Typography>
      </Flex>
      {record.error ? (
        <Typography variant="pi" textColor="danger600" tag="p">{record.error.split('\n')[0]}</Typography>
      ) : null}
    </Box>
  );
}

function Builds({ status }: { status: SiteBuildStatus }) {
  const { builder } = status;
  if (status.target === 'none') return <Typography>Automatic rebuilds are off (REBUILD_TARGET=none).</Typography>;
  if (builder === null) {
    const delivery = status.lastDelivery;
    return (
      <Typography>
        Changes go to {status.target}.{' '}
        {delivery ? `Last trigger ${when(delivery.at)}: ${delivery.ok ? 'delivered' : `not delivered (${delivery.error ?? 'unknown error'})`}.` : 'No trigger sent yet.'}
      </Typography>
    );
  }
  if ('error' in builder) return <Typography textColor="danger600">{builder.error}</Typography>;
  const nothing = !builder.current && !builder.waiting && !builder.last;
  return (
    <Box>
      {builder.current ? <BuildLine label="Current" record={builder.current} /> : null}
      {builder.waiting ? <BuildLine label="Waiting" record={builder.waiting} /> : null}
      {builder.last ? <BuildLine label="Last" record={builder.last} /> : null}
      {nothing ? <Typography>No build yet.</Typography> : null}
    </Box>
  );
}

/** The site's build status and, for editors with the permission, "Rebuild now". */
export function SiteBuildPanel() {
  const { status, error, requesting, rebuild } = useSiteBuild();
  const { allowedActions } = useRBAC(REBUILD_PERMISSION);
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {error ? <Typography textColor="danger600">The build status cannot be read: {error}</Typography> : null}
      {status ? (
        <>
          {status.pending.changes > 0 ? (
            <Typography data-testid="site-build-pending">
              {status.pending.changes} change(s) will be sent in a few seconds.
            </Typography>
          ) : null}
          <Builds status={status} />
        </>
      ) : (
        <Typography>Loading…</Typography>
      )}
      {allowedActions.canRebuild && status?.target !== 'none' ? (
        <Box>
          <Button startIcon={<ArrowClockwise />} loading={requesting} onClick={() => void rebuild()}>
            Rebuild now
          </Button>
        </Box>
      ) : null}
    </Flex>
  );
}
