import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { User } from '../../api/auth';
import { defaultPeriod, followUpBodies, homeCompounds, monthlySeries, needsBodies } from './model';
import { scopeStatsNode } from '../events/model';

const path = (...kinds: [string, number, string][]) =>
  kinds.map(([kind, id, name]) => ({ kind, id, name })) as User['roles'][number]['nodePath'];
const grant = (role: string, nodePath: User['roles'][number]['nodePath']) =>
  ({
    role,
    nodeId: nodePath.at(-1)!.id,
    nodeName: nodePath.at(-1)!.name,
    nodeKind: nodePath.at(-1)!.kind,
    nodePath,
  }) as User['roles'][number];
const street = ['street', 2, '莲花街道'] as [string, number, string];
const community = ['community', 3, '景华社区'] as [string, number, string];
const yifeng = ['compound', 10, '怡枫园'] as [string, number, string];

describe('follow-up bodies', () => {
  it('keeps only each kind’s own fields, trimmed, the due date as a local date', () => {
    expect(
      followUpBodies([
        {
          kind: 'task',
          title: ' 起草公约补充条款 ',
          ownerAccountId: 7,
          dueOn: dayjs('2026-12-20'),
          description: 'x',
        },
        { kind: 'event', categoryCode: 'facility.light', description: ' 更换路灯 ', title: 'ignored' },
      ]),
    ).toEqual([
      { kind: 'task', title: '起草公约补充条款', ownerAccountId: 7, dueOn: '2026-12-20' },
      { kind: 'event', categoryCode: 'facility.light', description: '更换路灯' },
    ]);
  });
  it('no rows: no follow-ups', () => {
    expect(followUpBodies(undefined)).toEqual([]);
  });
});

describe('monthly series', () => {
  it('has every month of the period, zero where nothing was held', () => {
    const months = monthlySeries({
      from: '2025-11-01',
      to: '2026-02-15',
      byMonth: [{ month: '2025-12', sessions: 3, resolutions: 2, consensus: 1 }],
    });
    expect(months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(months.map((m) => m.sessions)).toEqual([0, 3, 0, 0]);
    expect(months[1]).toEqual({ month: '2025-12', sessions: 3, resolutions: 2, consensus: 1 });
  });
});

describe('home compounds', () => {
  it('the compounds of resident grants, once each, whatever level the home is granted at', () => {
    const user = {
      roles: [
        grant('resident', path(street, community, yifeng, ['building', 11, '1栋'])),
        grant('resident', path(street, community, yifeng, ['building', 12, '2栋'], ['unit', 13, '1单元'])),
        grant('community_worker', path(street, community, ['compound', 20, '深业花园'])),
        grant('resident', path(street, community)),
      ],
    };
    expect(homeCompounds(user)).toEqual([{ id: 10, name: '怡枫园' }]);
  });
});

describe('stats defaults', () => {
  it('opens on a year of whole months up to today', () => {
    expect(defaultPeriod(dayjs('2026-03-09'))).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
  it('opens on the chosen scope’s nearest node the statistics accept, else the first grant’s', () => {
    const user = {
      roles: [
        grant('street_staff', path(street)),
        grant('property_staff', path(street, community, yifeng, ['building', 11, '1栋'])),
      ],
    };
    expect(scopeStatsNode(user, 11)).toBe(10);
    expect(scopeStatsNode(user)).toBe(2);
    expect(scopeStatsNode({ roles: [] })).toBeUndefined();
  });
  it('only a joint meeting must seat bodies', () => {
    expect(needsBodies('joint_meeting')).toBe(true);
    expect(needsBodies('residents_council')).toBe(false);
  });
});
