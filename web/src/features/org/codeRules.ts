import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import {
  type CodeCheck,
  CODE_LENGTHS,
  type OrgKind,
  validateCode,
  validateGridCode,
} from '../../../../domain/org/tree';

const GRID_CODE_LENGTH = CODE_LENGTHS.community + 3;

function codeRule(
  t: TFunction,
  check: (code: string) => CodeCheck,
  length: number,
  prefix: string | null,
): FormRule {
  return {
    validator: async (_, value?: string) => {
      const code = value?.trim();
      if (!code) return;
      const result = check(code);
      if (result.ok) return;
      throw new Error(
        result.reason === 'format'
          ? t('org.codeFormat', { length })
          : t('org.codePrefix', { prefix: prefix ?? '' }),
      );
    },
  };
}

/** An optional node code, checked as the server does (RULES.md §6); `parentCode` null checks the format only. */
export function nodeCodeRule(t: TFunction, kind: OrgKind, parentCode: string | null): FormRule {
  return codeRule(t, (code) => validateCode(kind, code, parentCode), CODE_LENGTHS[kind], parentCode);
}

/** An optional grid code: the community's code and a three-digit sequence. */
export function gridCodeRule(t: TFunction, communityCode: string): FormRule {
  return codeRule(t, (code) => validateGridCode(code, communityCode), GRID_CODE_LENGTH, communityCode);
}
