import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../domain/auth/roles';
import { worksEvents } from '../../../../domain/events/parties';
import type { User } from '../../api/auth';
import { canUse } from '../auth/access';
import { consoleMenu } from '../shell/menu';

const userWith = (...roles: User['roles'][number]['role'][]): User => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  roles: roles.map((role) => ({
    role,
    nodeId: 3,
    nodeName: '景华社区',
    nodeKind: 'community',
    nodePath: [{ id: 3, kind: 'community', name: '景华社区' }],
  })),
});

describe('events console access', () => {
  it('opens to exactly the roles the server lets work events', () => {
    for (const role of ROLES) {
      expect(canUse(userWith(role), 'events'), role).toBe(
        worksEvents([{ role, nodeId: 3, path: '/1/2/3/' }]),
      );
    }
    expect(canUse(userWith('admin'), 'events')).toBe(false);
    expect(canUse(userWith('auditor'), 'events')).toBe(false);
    expect(canUse(userWith('resident'), 'events')).toBe(false);
    expect(canUse(userWith('resident', 'building_leader'), 'events')).toBe(true);
  });

  it('lists the events pages, warnings, forecasts and the big screen included, together in the menu', () => {
    const t = ((key: string) => key) as unknown as Parameters<typeof consoleMenu>[1];
    const events = consoleMenu(userWith('grid_worker'), t).filter((entry) => entry.group === 'events');
    expect(events.map((entry) => entry.path)).toEqual([
      '/console/events',
      '/console/events/inbox',
      '/console/events/stats',
      '/console/events/warnings',
      '/console/events/forecasts',
      '/screen',
    ]);
    expect(consoleMenu(userWith('admin'), t).some((entry) => entry.group === 'events')).toBe(false);
  });
});
