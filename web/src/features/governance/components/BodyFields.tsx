import { DatePicker, Form, type FormInstance, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BodyKind, GovernanceBody, OfficerDetails, PropertyDetails } from '../../../api/governance';
import { DEFAULT_COMMITTEE_RULES } from '../../../../../domain/governance/owners-committee';
import { phoneRule } from '../../registry/rules';

const NAME_MAX_LENGTH = 100;
/** Kinds elected for a term: an owners' committee (filed with the street) and its supervisory committee. */
const ELECTED: readonly BodyKind[] = ['owners_committee', 'supervisory_committee'];
const DETAIL_FIELDS = ['company', 'contractStart', 'contractEnd', 'contactPhone', 'agency'] as const;

/** The facts of a body that can be written when it is created and changed later. */
export interface BodyFactValues {
  name: string;
  electedOn?: Dayjs | null;
  termEndsOn?: Dayjs | null;
  filedOn?: Dayjs | null;
  company?: string;
  contract?: [Dayjs, Dayjs] | null;
  contactPhone?: string;
  /** A compound officer's agency. */
  agency?: string;
}

/** What a body's form writes; `Empty` stands for a date left empty. */
interface BodyFacts<Empty> {
  name: string;
  electedOn?: string | Empty;
  termEndsOn?: string | Empty;
  filedOn?: string | Empty;
  details?: PropertyDetails & OfficerDetails;
}

const text = (value: string | undefined) => value?.trim() || undefined;

/** The string details of a body (a property company's contract, a compound officer's agency). */
export function detailsOf(body: GovernanceBody): PropertyDetails & OfficerDetails {
  const details: PropertyDetails & OfficerDetails = {};
  for (const key of DETAIL_FIELDS) {
    const value = body.details[key];
    if (typeof value === 'string') details[key] = value;
  }
  return details;
}

/**
 * The request fields for a body of this kind; a date left empty is `empty` (left out when creating, null
 * to clear it when editing). Fields the kind does not have are not sent.
 */
export function bodyFacts<Empty extends null | undefined>(
  kind: BodyKind,
  values: BodyFactValues,
  empty: Empty,
): BodyFacts<Empty> {
  const day = (value: Dayjs | null | undefined): string | Empty =>
    value ? value.format('YYYY-MM-DD') : empty;
  return {
    name: values.name.trim(),
    ...(ELECTED.includes(kind)
      ? { electedOn: day(values.electedOn), termEndsOn: day(values.termEndsOn) }
      : {}),
    ...(kind === 'owners_committee' ? { filedOn: day(values.filedOn) } : {}),
    ...(kind === 'property_company'
      ? {
          details: {
            company: text(values.company),
            contractStart: values.contract?.[0]?.format('YYYY-MM-DD'),
            contractEnd: values.contract?.[1]?.format('YYYY-MM-DD'),
            contactPhone: text(values.contactPhone),
          },
        }
      : {}),
    ...(kind === 'compound_officer'
      ? { details: { agency: text(values.agency), contactPhone: text(values.contactPhone) } }
      : {}),
  };
}

/** A stored body as form values, for editing it. */
export function bodyFactValues(body: GovernanceBody): BodyFactValues {
  const details = detailsOf(body);
  const date = (value: string | null | undefined) => (value ? dayjs(value) : null);
  return {
    name: body.name,
    electedOn: date(body.electedOn),
    termEndsOn: date(body.termEndsOn),
    filedOn: date(body.filedOn),
    company: details.company,
    contract:
      details.contractStart && details.contractEnd
        ? [dayjs(details.contractStart), dayjs(details.contractEnd)]
        : null,
    contactPhone: details.contactPhone,
    agency: details.agency,
  };
}

interface BodyFieldsProps<Values extends BodyFactValues> {
  kind: BodyKind;
  form: FormInstance<Values>;
}

/** Name, then what a body of this kind records: its term and filing, a property company's contract, an officer's agency. */
export function BodyFields<Values extends BodyFactValues>({ kind, form }: BodyFieldsProps<Values>) {
  const { t } = useTranslation();
  const electedOn = Form.useWatch<Dayjs | null | undefined>('electedOn', form);
  const notInFuture = (date: Dayjs) => date.isAfter(dayjs(), 'day');
  return (
    <>
      <Form.Item
        name="name"
        label={t(kind === 'compound_officer' ? 'governance.bodies.officerName' : 'governance.bodies.name')}
        rules={[{ required: true, whitespace: true, max: NAME_MAX_LENGTH }]}
      >
        <Input data-testid="body-form-name" />
      </Form.Item>
      {ELECTED.includes(kind) ? (
        <>
          <Form.Item name="electedOn" label={t('governance.bodies.electedOn')}>
            <DatePicker disabledDate={notInFuture} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="termEndsOn"
            label={t('governance.bodies.termEndsOn')}
            dependencies={['electedOn']}
            extra={t('governance.bodies.termHint', { years: DEFAULT_COMMITTEE_RULES.maxTermYears })}
            rules={[
              {
                validator: async (_, value?: Dayjs | null) => {
                  if (value && electedOn && !value.isAfter(electedOn, 'day'))
                    throw new Error(t('governance.bodies.termAfterElection'));
                },
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="body-form-term-ends" />
          </Form.Item>
        </>
      ) : null}
      {kind === 'owners_committee' ? (
        <Form.Item
          name="filedOn"
          label={t('governance.bodies.filedOn')}
          extra={t('governance.bodies.filingHint', { days: DEFAULT_COMMITTEE_RULES.filingWithinDays })}
        >
          <DatePicker disabledDate={notInFuture} style={{ width: '100%' }} />
        </Form.Item>
      ) : null}
      {kind === 'property_company' ? (
        <>
          <Form.Item name="company" label={t('governance.bodies.company')} rules={[{ max: NAME_MAX_LENGTH }]}>
            <Input />
          </Form.Item>
          <Form.Item name="contract" label={t('governance.bodies.contract')}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      ) : null}
      {kind === 'compound_officer' ? (
        <Form.Item name="agency" label={t('governance.bodies.agency')} rules={[{ max: NAME_MAX_LENGTH }]}>
          <Input data-testid="body-form-agency" />
        </Form.Item>
      ) : null}
      {kind === 'property_company' || kind === 'compound_officer' ? (
        <Form.Item name="contactPhone" label={t('governance.bodies.contactPhone')} rules={[phoneRule(t)]}>
          <Input inputMode="tel" />
        </Form.Item>
      ) : null}
    </>
  );
}
