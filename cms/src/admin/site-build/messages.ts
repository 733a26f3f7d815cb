import { defineMessages } from 'react-intl';

/**
 * Every string of the Site build page and widget, with its English default. The Vietnamese and English
 * texts live in ../translations/{vi,en}.json (a unit test keeps the ids and English texts in step).
 */
export const messages = defineMessages({
  menu: { id: 'site-build.menu', defaultMessage: 'Site build' },
  widgetTitle: { id: 'site-build.widget', defaultMessage: 'Public site build' },
  widgetLink: { id: 'site-build.widget.link', defaultMessage: 'Open' },
  title: { id: 'site-build.title', defaultMessage: 'Site build' },
  subtitle: { id: 'site-build.subtitle', defaultMessage: 'The public site is rebuilt a few seconds after you publish, unpublish or delete.' },
  rebuildNow: { id: 'site-build.rebuild-now', defaultMessage: 'Rebuild now' },
  loading: { id: 'site-build.loading', defaultMessage: 'Loading…' },
  statusError: { id: 'site-build.status-error', defaultMessage: 'The build status cannot be read: {error}' },
  pending: { id: 'site-build.pending', defaultMessage: '{count, plural, one {# change} other {# changes}} will be sent in a few seconds.' },
  off: { id: 'site-build.off', defaultMessage: 'Automatic rebuilds are off (REBUILD_TARGET=none).' },
  remoteTarget: { id: 'site-build.remote.target', defaultMessage: 'Changes go to {target}.' },
  remoteDelivered: { id: 'site-build.remote.delivered', defaultMessage: 'Last trigger {when}: delivered.' },
  remoteNotDelivered: { id: 'site-build.remote.not-delivered', defaultMessage: 'Last trigger {when}: not delivered ({error}).' },
  remoteNone: { id: 'site-build.remote.none', defaultMessage: 'No trigger sent yet.' },
  unknownError: { id: 'site-build.unknown-error', defaultMessage: 'unknown error' },
  noBuild: { id: 'site-build.no-build', defaultMessage: 'No build yet.' },
  lineCurrent: { id: 'site-build.line.current', defaultMessage: 'Current' },
  lineWaiting: { id: 'site-build.line.waiting', defaultMessage: 'Waiting' },
  lineLast: { id: 'site-build.line.last', defaultMessage: 'Last' },
  lineDetails: { id: 'site-build.line.details', defaultMessage: '{reason}, {count, plural, one {# change} other {# changes}}, started {when}' },
  lineDuration: { id: 'site-build.line.duration', defaultMessage: ', {seconds, number} s' },
  stateQueued: { id: 'site-build.state.queued', defaultMessage: 'Queued' },
  stateRunning: { id: 'site-build.state.running', defaultMessage: 'Running' },
  stateSucceeded: { id: 'site-build.state.succeeded', defaultMessage: 'Succeeded' },
  stateFailed: { id: 'site-build.state.failed', defaultMessage: 'Failed' },
  reasonContent: { id: 'site-build.reason.content', defaultMessage: 'content changed' },
  reasonManual: { id: 'site-build.reason.manual', defaultMessage: 'asked by hand' },
  reasonStartup: { id: 'site-build.reason.startup', defaultMessage: 'builder started' },
  skippedTitle: {
    id: 'site-build.skipped.title',
    defaultMessage: '{count, plural, one {# entry is} other {# entries are}} left out of the site until fixed:',
  },
  skippedFix: { id: 'site-build.skipped.fix', defaultMessage: 'Fix it' },
});
