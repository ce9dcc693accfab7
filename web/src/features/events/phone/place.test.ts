import { describe, expect, it } from 'vitest';
import type { RoleGrant } from '../../../api/model';
import { defaultPlace, placeFields, placeOptions } from './place';

const top = [
  { id: 1, kind: 'district', name: '福田区' },
  { id: 2, kind: 'street', name: '莲花街道' },
  { id: 3, kind: 'community', name: '景华社区' },
] as const;

const unitGrant: RoleGrant = {
  role: 'resident',
  nodeId: 6,
  nodeKind: 'unit',
  nodeName: '1单元',
  nodePath: [
    ...top,
    { id: 4, kind: 'compound', name: '怡枫园' },
    { id: 5, kind: 'building', name: '1栋' },
    { id: 6, kind: 'unit', name: '1单元' },
  ],
};

const compoundGrant: RoleGrant = {
  role: 'resident',
  nodeId: 9,
  nodeKind: 'compound',
  nodeName: '景华新村',
  nodePath: [...top, { id: 9, kind: 'compound', name: '景华新村' }],
};

describe('placeOptions', () => {
  it('offers the building of each home and each compound once', () => {
    const sameBuilding = {
      ...unitGrant,
      nodeId: 7,
      nodePath: [...unitGrant.nodePath.slice(0, 5), { id: 7, kind: 'unit' as const, name: '2单元' }],
    };
    expect(placeOptions([unitGrant, sameBuilding, compoundGrant])).toEqual({
      buildings: [{ kind: 'building', nodeId: 5, label: '怡枫园 1栋' }],
      compounds: [
        { kind: 'compound', nodeId: 4, label: '怡枫园' },
        { kind: 'compound', nodeId: 9, label: '景华新村' },
      ],
    });
  });

  it('ignores staff roles and grants above a compound', () => {
    const staff: RoleGrant = { ...unitGrant, role: 'grid_worker' };
    const community: RoleGrant = { ...compoundGrant, nodeId: 3, nodeKind: 'community', nodePath: [...top] };
    expect(placeOptions([staff, community])).toEqual({ buildings: [], compounds: [] });
  });
});

describe('defaultPlace', () => {
  it('is the own building, else the compound, else nothing', () => {
    expect(defaultPlace(placeOptions([unitGrant]))).toEqual({ kind: 'building', nodeId: 5 });
    expect(defaultPlace(placeOptions([compoundGrant]))).toEqual({ kind: 'compound', nodeId: 9 });
    expect(defaultPlace(placeOptions([]))).toBeNull();
  });
});

describe('placeFields', () => {
  it('sends the node, or the point, with the words about where when given', () => {
    expect(placeFields({ kind: 'building', nodeId: 5 }, '  ')).toEqual({ nodeId: 5 });
    expect(placeFields({ kind: 'compound', nodeId: 4 }, ' 东门路灯 ')).toEqual({
      nodeId: 4,
      address: '东门路灯',
    });
    expect(placeFields({ kind: 'location', lat: 22.55, lng: 114.05, accuracy: 20 }, '')).toEqual({
      lat: 22.55,
      lng: 114.05,
    });
  });
});
