import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from '../people/id-number';
import {
  AREA_SOURCE_LABELS,
  CARE_GROUP_LABELS,
  DOCUMENT_TYPE_ALIASES,
  DOCUMENT_TYPE_LABELS,
  cleanCell,
  codeForLabel,
} from './import-labels';
import { CARE_GROUPS } from './import-template';

describe('labels', () => {
  it('label area sources and every document type as sheets write them', () => {
    expect(Object.values(AREA_SOURCE_LABELS)).toEqual(['不动产登记', '测绘', '合同']);
    expect(Object.keys(DOCUMENT_TYPE_LABELS).sort()).toEqual([...DOCUMENT_TYPES].sort());
    expect(DOCUMENT_TYPE_LABELS.resident_id).toBe('居民身份证');
    expect(DOCUMENT_TYPE_LABELS.hk_macao_home_return_permit).toBe('港澳居民来往内地通行证');
  });

  it('label every care group', () => {
    expect(Object.keys(CARE_GROUP_LABELS)).toEqual([...CARE_GROUPS]);
  });
});

describe('cleanCell', () => {
  it('folds full-width characters and trims spaces, including the ideographic space', () => {
    expect(cleanCell('\u3000ＡＢ１２３ ')).toBe('AB123');
  });
});

describe('codeForLabel', () => {
  it('finds a code by label, by code ignoring case, or by alias', () => {
    expect(codeForLabel(AREA_SOURCE_LABELS, ' 测绘 ')).toBe('surveyed');
    expect(codeForLabel(AREA_SOURCE_LABELS, 'Registered')).toBe('registered');
    expect(codeForLabel(AREA_SOURCE_LABELS, '估算')).toBeNull();
    expect(codeForLabel(DOCUMENT_TYPE_LABELS, 'constructor', DOCUMENT_TYPE_ALIASES)).toBeNull();
    expect(codeForLabel(DOCUMENT_TYPE_LABELS, '__proto__', DOCUMENT_TYPE_ALIASES)).toBeNull();
    expect(codeForLabel(DOCUMENT_TYPE_LABELS, '身份证', DOCUMENT_TYPE_ALIASES)).toBe('resident_id');
  });
});
