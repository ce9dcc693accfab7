import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  BODY_KINDS,
  type BodyKind,
  type GovernanceBody,
  PARTY_LEVELS,
  type PartyLevel,
} from '../../../api/governance';
import type { OrgNode } from '../../../api/org';
import { DEFAULT_COMMITTEE_RULES } from '../../../../../domain/governance/owners-committee';
import { FormModal } from '../../../shared/components/FormModal';
import { useChildNodes } from '../../org/queries';
import { phoneRule } from '../../registry/rules';
import { useBodyList, useCreateBody } from '../queries';

const NAME_MAX_LENGTH = 100;
/** Kinds elected for a term: an owners' committee (filed with the street) and its supervisory committee. */
const ELECTED: readonly BodyKind[] = ['owners_committee', 'supervisory_committee'];

interface BodyFormValues {
  kind: BodyKind;
  name: string;
  partyLevel?: PartyLevel;
  /** A building party group's building. */
  buildingId?: number;
  parentBodyId?: number;
  electedOn?: Dayjs | null;
  termEndsOn?: Dayjs | null;
  filedOn?: Dayjs | null;
  company?: string;
  contract?: [Dayjs, Dayjs] | null;
  contactPhone?: string;
  /** A compound officer's agency. */
  agency?: string;
}

const day = (value: Dayjs | null | undefined) => value?.format('YYYY-MM-DD');
const text = (value: string | undefined) => value?.trim() || undefined;

interface CreateBodyModalProps {
  compound: OrgNode;
  onClose: () => void;
  onCreated: (body: GovernanceBody) => void;
}

/**
 * A new body of a compound: a party organisation at one of three levels (a building group on one of its
 * buildings), an owners' or supervisory committee with its term, the property company, a residents' group.
 */
export function CreateBodyModal({ compound, onClose, onCreated }: CreateBodyModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BodyFormValues>();
  const create = useCreateBody();
  const kind = Form.useWatch('kind', form) ?? 'owners_committee';
  const partyLevel = Form.useWatch('partyLevel', form);
  const electedOn = Form.useWatch('electedOn', form);
  const isParty = kind === 'party_org';
  const buildings = useChildNodes(compound.id, 'building', isParty && partyLevel === 'building_group');
  const parents = useBodyList(compound.id, 'party_org', isParty);

  async function submit(values: BodyFormValues): Promise<void> {
    const elected = ELECTED.includes(values.kind);
    const party = values.kind === 'party_org';
    const created = await create.mutateAsync({
      placeId: party && values.partyLevel === 'building_group' ? (values.buildingId ?? 0) : compound.id,
      kind: values.kind,
      name: values.name.trim(),
      ...(party ? { partyLevel: values.partyLevel, parentBodyId: values.parentBodyId } : {}),
      ...(elected ? { electedOn: day(values.electedOn), termEndsOn: day(values.termEndsOn) } : {}),
      ...(values.kind === 'owners_committee' ? { filedOn: day(values.filedOn) } : {}),
      ...(values.kind === 'property_company'
        ? {
            details: {
              company: text(values.company),
              contractStart: day(values.contract?.[0]),
              contractEnd: day(values.contract?.[1]),
              contactPhone: text(values.contactPhone),
            },
          }
        : {}),
      ...(values.kind === 'compound_officer'
        ? { details: { agency: text(values.agency), contactPhone: text(values.contactPhone) } }
        : {}),
    });
    void message.success(t('governance.bodies.created', { name: created.name }));
    onCreated(created);
  }

  function changeKind(next: BodyKind): void {
    if (next === 'compound_officer') {
      // The body is named after the officer, so there is nothing to propose.
      form.setFieldValue('name', '');
    } else if (!form.isFieldTouched('name')) {
      form.setFieldValue('name', t(`governance.bodies.defaultNames.${next}`, { place: compound.name }));
    }
  }

  return (
    <FormModal<BodyFormValues>
      open
      form={form}
      title={t('governance.bodies.createTitle', { place: compound.name })}
      initialValues={{
        kind: 'owners_committee',
        name: t('governance.bodies.defaultNames.owners_committee', { place: compound.name }),
      }}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="body-form-submit"
    >
      <Form.Item name="kind" label={t('governance.bodies.kind')} rules={[{ required: true }]}>
        <Select
          options={BODY_KINDS.map((value) => ({ value, label: t(`governance.bodies.kinds.${value}`) }))}
          onChange={changeKind}
          data-testid="body-form-kind"
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t(kind === 'compound_officer' ? 'governance.bodies.officerName' : 'governance.bodies.name')}
        rules={[{ required: true, whitespace: true, max: NAME_MAX_LENGTH }]}
      >
        <Input data-testid="body-form-name" />
      </Form.Item>
      {isParty ? (
        <>
          <Form.Item
            name="partyLevel"
            label={t('governance.bodies.partyLevel')}
            rules={[{ required: true, message: t('governance.bodies.partyLevelRequired') }]}
          >
            <Select
              options={PARTY_LEVELS.map((value) => ({
                value,
                label: t(`governance.bodies.partyLevels.${value}`),
              }))}
              data-testid="body-form-party-level"
            />
          </Form.Item>
          {partyLevel === 'building_group' ? (
            <Form.Item
              name="buildingId"
              label={t('kinds.building')}
              rules={[{ required: true, message: t('governance.leaders.buildingRequired') }]}
            >
              <Select
                loading={buildings.isLoading}
                options={buildings.data?.map((building) => ({ value: building.id, label: building.name }))}
              />
            </Form.Item>
          ) : null}
          <Form.Item name="parentBodyId" label={t('governance.bodies.parent')}>
            <Select
              allowClear
              loading={parents.isLoading}
              options={parents.items.map((body) => ({ value: body.id, label: body.name }))}
            />
          </Form.Item>
        </>
      ) : null}
      {ELECTED.includes(kind) ? (
        <>
          <Form.Item name="electedOn" label={t('governance.bodies.electedOn')}>
            <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
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
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </>
      ) : null}
      {kind === 'owners_committee' ? (
        <Form.Item
          name="filedOn"
          label={t('governance.bodies.filedOn')}
          extra={t('governance.bodies.filingHint', { days: DEFAULT_COMMITTEE_RULES.filingWithinDays })}
        >
          <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
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
          <Form.Item name="contactPhone" label={t('governance.bodies.contactPhone')} rules={[phoneRule(t)]}>
            <Input inputMode="tel" />
          </Form.Item>
        </>
      ) : null}
      {kind === 'compound_officer' ? (
        <>
          <Form.Item name="agency" label={t('governance.bodies.agency')} rules={[{ max: NAME_MAX_LENGTH }]}>
            <Input data-testid="body-form-agency" />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('governance.bodies.contactPhone')} rules={[phoneRule(t)]}>
            <Input inputMode="tel" />
          </Form.Item>
        </>
      ) : null}
    </FormModal>
  );
}
