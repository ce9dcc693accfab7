import type { bigscreenZhCN } from './zh-CN';

/** English: the big screen and the console's live device alerts; spread into `en-US.ts`. */
export const bigscreenEnUS: typeof bigscreenZhCN = {
  bigscreen: {
    title: '{{name}} operations screen',
    period: 'Period {{from}} to {{to}}',
    status: { live: 'Live', connecting: 'Connecting', down: 'Disconnected' },
    today: 'Reported today',
    open: 'In progress',
    overdue: 'Overdue',
    handlingRate: 'Handling rate',
    onTimeRate: 'On-time rate',
    ofReported: '{{n}} reported in 30 days',
    alerts: 'Device alerts',
    volunteerHours: 'Volunteer hours',
    personTimes: '{{n}} person-times in 30 days',
    buildingLeaders: 'Building leader coverage',
    covered: '{{covered}} of {{total}} buildings',
    categories: 'Events by matter (30 days)',
    trend: '30-day trend',
    reported: 'Reported',
    closed: 'Closed',
    map: 'Map',
    alertList: 'Live alerts',
    noAlerts: 'No device alerts',
    overdueList: 'Overdue events',
    noOverdue: 'No overdue events',
    due: 'Due {{at}}',
    notYours: 'You may not view this area',
    noNode: 'Choose a street or community in the console, then open the screen',
    loading: 'Loading…',
    failed: 'Could not load; retrying shortly',
  },
  liveAlerts: {
    opened: 'New device alert ({{severity}})',
    badge: 'Device alerts: {{count}} active',
  },
};
