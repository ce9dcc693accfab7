import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  addOrgMember,
  addSupport,
  linkOrgActivity,
  type SelfOrg,
  SUPPORT_KINDS,
} from '../../../api/selforgs';
import { FormModal } from '../../../shared/components/FormModal';
import { SearchSelect } from '../../../shared/components/SearchSelect';
import { PersonSelect } from '../../registry/components/PersonSelect';
import { useActivityOptions, useSelfOrgMutation } from '../queries';

/** Which of an organisation's forms is open. */
export type OrgForm = 'member' | 'support' | 'activity';

interface Props {
  org: SelfOrg;
  form: OrgForm | null;
  onClose: () => void;
}

/** A resident of the organisation's community joins it. */
export function MemberModal({ org, form: which, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ personId: number }>();
  const add = useSelfOrgMutation((personId: number) => addOrgMember(org.id, personId));
  return (
    <FormModal<{ personId: number }>
      open={which === 'member'}
      title={t('selforgs.addMember')}
      form={form}
      onSubmit={async (v) => {
        await add.mutateAsync(v.personId);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="member-submit"
    >
      <Form.Item name="personId" label={t('selforgs.resident')} rules={[{ required: true }]}>
        <PersonSelect communityId={org.communityId} />
      </Form.Item>
    </FormModal>
  );
}

interface SupportValues {
  kind: (typeof SUPPORT_KINDS)[number];
  provider: string;
  amount?: number;
  receivedOn: Dayjs;
  note?: string;
}

/** Support the organisation received: a venue, funds (with the amount in yuan), training or materials. */
export function SupportModal({ org, form: which, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SupportValues>();
  const record = useSelfOrgMutation(({ receivedOn, amount, note, ...v }: SupportValues) =>
    addSupport(org.id, {
      ...v,
      receivedOn: receivedOn.format('YYYY-MM-DD'),
      ...(amount !== undefined && amount !== null ? { amount } : {}),
      ...(note ? { note } : {}),
    }),
  );
  return (
    <FormModal<SupportValues>
      open={which === 'support'}
      title={t('selforgs.recordSupport')}
      form={form}
      initialValues={{ kind: 'funds', receivedOn: dayjs() }}
      onSubmit={async (v) => {
        await record.mutateAsync(v);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="support-submit"
    >
      <Form.Item name="kind" label={t('selforgs.kind')} rules={[{ required: true }]}>
        <Select options={SUPPORT_KINDS.map((k) => ({ value: k, label: t(`selforgs.supportKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="provider"
        label={t('selforgs.provider')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input data-testid="support-provider" />
      </Form.Item>
      <Form.Item name="amount" label={t('selforgs.amount')}>
        <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="support-amount" />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('selforgs.receivedOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('selforgs.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** A volunteer activity at the organisation's place counted as run by it. */
export function ActivityModal({ org, form: which, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ activityId: number }>();
  const link = useSelfOrgMutation((activityId: number) => linkOrgActivity(org.id, activityId));
  return (
    <FormModal<{ activityId: number }>
      open={which === 'activity'}
      title={t('selforgs.linkActivity')}
      form={form}
      onSubmit={async (v) => {
        await link.mutateAsync(v.activityId);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="activity-link-submit"
    >
      <Form.Item
        name="activityId"
        label={t('selforgs.activity')}
        extra={t('selforgs.activityHint')}
        rules={[{ required: true }]}
      >
        <SearchSelect
          useOptions={useActivityOptions}
          within={org.nodeId}
          placeholder={t('selforgs.activityPlaceholder')}
          data-testid="activity-select"
        />
      </Form.Item>
    </FormModal>
  );
}
