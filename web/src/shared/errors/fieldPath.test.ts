import { describe, expect, it } from 'vitest';
import { fieldNamePath } from './fieldPath';

describe('fieldNamePath', () => {
  it('turns the server path of a body field into the form name path', () => {
    expect(fieldNamePath('body.name')).toEqual(['name']);
    expect(fieldNamePath('body.roles.0.nodeId')).toEqual(['roles', 0, 'nodeId']);
    expect(fieldNamePath(['attributes', 'floors'])).toEqual(['attributes', 'floors']);
    expect(fieldNamePath('querystring.cursor')).toEqual(['querystring', 'cursor']);
  });
});
