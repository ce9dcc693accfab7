import { App, DatePicker, Form, Input, Radio, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  type CareGroup,
  DOCUMENT_TYPES,
  type DocumentType,
  type Person,
  type PersonFields,
  SEXES,
  type Sex,
  isCareGroup,
} from '../../../api/registry';
import { validateResidentId } from '../../../../../domain/people/id-number';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useCreatePerson, useUpdatePerson } from '../queries';
import { today } from '../dates';
import { documentNumberRule, phoneRule } from '../rules';
import { CareGroupSelect } from './CareGroupTags';

export type PersonFormTarget = { mode: 'create'; communityId?: number } | { mode: 'edit'; person: Person };

interface PersonFormValues {
  /** Asked for only when the target names no community. */
  communityId?: number;
  name: string;
  idType: DocumentType;
  idNumber?: string;
  sex?: Sex;
  birthDate?: Dayjs | null;
  phone?: string;
  careGroups: CareGroup[];
  partyMember: boolean;
}

/** A resident ID carries the birth date and sex, so they are read from it rather than asked for. */
const SELF_DESCRIBING: DocumentType = 'resident_id';
const NAME_MAX_LENGTH = 50;

interface PersonFormModalProps {
  target: PersonFormTarget | null;
  onClose: () => void;
  onSaved?: (person: Person) => void;
}

function initialValues(target: PersonFormTarget): PersonFormValues {
  if (target.mode === 'create') {
    return {
      name: '',
      idType: 'resident_id',
      careGroups: [],
      partyMember: false,
    };
  }
  const { person } = target;
  return {
    name: person.name,
    idType: person.idType,
    sex: person.sex ?? undefined,
    birthDate: person.birthDate ? dayjs(person.birthDate) : null,
    careGroups: person.careGroups.filter(isCareGroup),
    partyMember: person.partyMember,
  };
}

function fields(values: PersonFormValues): PersonFields {
  const idNumber = values.idNumber?.trim() || undefined;
  const encoded =
    values.idType === SELF_DESCRIBING && idNumber !== undefined
      ? validateResidentId(idNumber, today())
      : null;
  return {
    name: values.name.trim(),
    idType: values.idType,
    idNumber,
    phone: values.phone?.trim() || undefined,
    sex: encoded?.ok ? encoded.sex : values.sex,
    birthDate: encoded?.ok ? encoded.birthDate : values.birthDate?.format('YYYY-MM-DD'),
    careGroups: values.careGroups,
    partyMember: values.partyMember,
  };
}

/** Only what changed; a document number left empty keeps the stored one (which the form never sees). */
function patchOf(person: Person, next: PersonFields): Partial<PersonFields> {
  const patch: Partial<PersonFields> = {};
  if (next.name !== person.name) patch.name = next.name;
  if (next.idNumber !== undefined) Object.assign(patch, { idType: next.idType, idNumber: next.idNumber });
  if (next.phone !== undefined) patch.phone = next.phone;
  if (next.sex !== undefined && next.sex !== person.sex) patch.sex = next.sex;
  if (next.birthDate !== undefined && next.birthDate !== person.birthDate) patch.birthDate = next.birthDate;
  if (JSON.stringify(next.careGroups) !== JSON.stringify(person.careGroups))
    patch.careGroups = next.careGroups;
  if (next.partyMember !== person.partyMember) patch.partyMember = next.partyMember;
  return patch;
}

/** Create a person in a community, or edit one; ID and phone numbers are checked here as the server does. */
export function PersonFormModal({ target, ...props }: PersonFormModalProps) {
  return target ? <PersonForm target={target} {...props} /> : null;
}

function PersonForm({ target, onClose, onSaved }: PersonFormModalProps & { target: PersonFormTarget }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const idType = Form.useWatch('idType', form) ?? 'resident_id';
  const createPerson = useCreatePerson();
  const updatePerson = useUpdatePerson();
  const editing = target.mode === 'edit' ? target.person : undefined;

  async function submit(values: PersonFormValues): Promise<void> {
    const next = fields(values);
    let saved: Person;
    if (editing) {
      const patch = patchOf(editing, next);
      saved =
        Object.keys(patch).length > 0 ? await updatePerson.mutateAsync({ id: editing.id, patch }) : editing;
    } else {
      const communityId = (target.mode === 'create' ? target.communityId : undefined) ?? values.communityId;
      if (communityId === undefined) return;
      saved = await createPerson.mutateAsync({ ...next, communityId });
    }
    void message.success(t('common.saved'));
    onSaved?.(saved);
    onClose();
  }

  const keepHint = editing ? t('registry.keepWhenEmpty') : undefined;

  return (
    <FormModal<PersonFormValues>
      open
      form={form}
      title={editing ? t('registry.editPersonTitle', { name: editing.name }) : t('registry.createPerson')}
      initialValues={initialValues(target)}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="person-form-submit"
    >
      {target.mode === 'create' && target.communityId === undefined ? (
        <Form.Item name="communityId" label={t('kinds.community')} rules={[{ required: true }]}>
          <NodeSelect kinds={['community']} placeholder={t('registry.pickCommunity')} />
        </Form.Item>
      ) : null}
      <Form.Item
        name="name"
        label={t('registry.name')}
        rules={[{ required: true, whitespace: true, max: NAME_MAX_LENGTH }]}
      >
        <Input autoFocus data-testid="person-form-name" />
      </Form.Item>
      <Form.Item name="idType" label={t('registry.idType')} rules={[{ required: true }]}>
        <Select
          options={DOCUMENT_TYPES.map((value) => ({ value, label: t(`registry.documentTypes.${value}`) }))}
          onChange={() => void form.validateFields(['idNumber']).catch(() => undefined)}
        />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('registry.idNumber')}
        extra={editing ? `${editing.idNumberMasked ?? '—'} · ${keepHint}` : undefined}
        dependencies={['idType']}
        rules={[
          documentNumberRule(t, () => form.getFieldValue('idType') as DocumentType),
          {
            required: editing !== undefined && editing.idNumberMasked !== null && idType !== editing.idType,
            message: t('registry.idNumberForNewType'),
          },
        ]}
      >
        <Input autoComplete="off" spellCheck={false} data-testid="person-form-id-number" />
      </Form.Item>
      {idType === SELF_DESCRIBING ? null : (
        <>
          <Form.Item name="sex" label={t('registry.sex')}>
            <Radio.Group options={SEXES.map((value) => ({ value, label: t(`registry.sexes.${value}`) }))} />
          </Form.Item>
          <Form.Item name="birthDate" label={t('registry.birthDate')}>
            <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="phone"
        label={t('registry.phone')}
        extra={editing ? `${editing.phoneMasked ?? '—'} · ${keepHint}` : undefined}
        rules={[phoneRule(t)]}
      >
        <Input inputMode="tel" autoComplete="off" data-testid="person-form-phone" />
      </Form.Item>
      <Form.Item name="careGroups" label={t('registry.careGroup')} extra={t('registry.careGroupHint')}>
        <CareGroupSelect mode="multiple" allowClear />
      </Form.Item>
      <Form.Item name="partyMember" label={t('registry.partyMember')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
