import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { validatePhone } from '../../../../domain/common/mask';
import { type DocumentType, validateDocument } from '../../../../domain/people/id-number';
import { AREA_LIMIT, hasAtMostTwoDecimals } from '../../../../domain/registry/house';
import { today } from './dates';

/** An optional document number, checked as the server does for its type (GB 11643 for 18-digit documents). */
export function documentNumberRule(t: TFunction, type: () => DocumentType): FormRule {
  return {
    validator: async (_, value?: string) => {
      if (!value?.trim()) return;
      const check = validateDocument(type(), value, today());
      if (!check.ok) throw new Error(t(`registry.idNumberInvalid.${check.reason}`));
    },
  };
}

/** An optional phone: a mainland mobile or landline, or a Hong Kong number. */
export function phoneRule(t: TFunction): FormRule {
  return {
    validator: async (_, value?: string) => {
      if (value?.trim() && !validatePhone(value).ok) throw new Error(t('registry.phoneInvalid'));
    },
  };
}

/** An exclusive area in m²: positive, below the limit, to the hundredth (RULES.md §1). */
export function areaRule(t: TFunction): FormRule {
  return {
    validator: async (_, value?: number | null) => {
      if (value === undefined || value === null) return;
      if (!(value > 0 && value < AREA_LIMIT)) throw new Error(t('registry.areaRange', { max: AREA_LIMIT }));
      if (!hasAtMostTwoDecimals(value)) throw new Error(t('registry.areaPrecision'));
    },
  };
}
