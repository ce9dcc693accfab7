import { App, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  BODY_KINDS,
  type BodyKind,
  type GovernanceBody,
  PARTY_LEVELS,
  type PartyLevel,
} from '../../../api/governance';
import type { OrgNode } from '../../../api/org';
import { FormModal } from '../../../shared/components/FormModal';
import { useChildNodes } from '../../org/queries';
import { useBodyList, useCreateBody } from '../queries';
import { type BodyFactValues, BodyFields, bodyFacts } from './BodyFields';

interface BodyFormValues extends BodyFactValues {
  kind: BodyKind;
  partyLevel?: PartyLevel;
  /** A building party group's building. */
  buildingId?: number;
  parentBodyId?: number;
}

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
  const isParty = kind === 'party_org';
  const buildings = useChildNodes(compound.id, 'building', isParty && partyLevel === 'building_group');
  const parents = useBodyList(compound.id, 'party_org', isParty);

  async function submit(values: BodyFormValues): Promise<void> {
    const party = values.kind === 'party_org';
    const created = await create.mutateAsync({
      placeId: party && values.partyLevel === 'building_group' ? (values.buildingId ?? 0) : compound.id,
      kind: values.kind,
      ...bodyFacts<undefined>(values.kind, values, undefined),
      ...(party ? { partyLevel: values.partyLevel, parentBodyId: values.parentBodyId } : {}),
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
      <BodyFields kind={kind} form={form} />
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
    </FormModal>
  );
}
