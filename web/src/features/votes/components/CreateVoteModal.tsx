import { Checkbox, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../api/votes';
import { FormModal } from '../../../shared/components/FormModal';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useChildNodes } from '../../org/queries';
import { useCreateVote } from '../queries';

interface Values {
  compoundId: number;
  buildingId?: number;
  unitId?: number;
  matter: number;
  title: string;
  description?: string;
  opensAt?: Dayjs;
  closesAt?: Dayjs;
  allowChange?: boolean;
  absentCountsAsAgree?: boolean;
}

const MATTERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
const ruleOf = (matter: number) => (matter >= 6 && matter <= 8 ? 'three_quarters' : 'majority');

/** Drafts a vote: its scope (compound, building or unit), the matter that fixes its rule, dates and options. */
export function CreateVoteModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (v: Vote) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateVote();
  const compoundId = Form.useWatch('compoundId', form);
  const buildingId = Form.useWatch('buildingId', form);
  const matter = Form.useWatch('matter', form);
  const buildings = useChildNodes(compoundId ?? 0, 'building', !!compoundId);
  const units = useChildNodes(buildingId ?? 0, 'unit', !!buildingId);

  async function submit(v: Values) {
    const created = await create.mutateAsync({
      nodeId: v.unitId ?? v.buildingId ?? v.compoundId,
      matter: v.matter,
      title: v.title,
      ...(v.description ? { description: v.description } : {}),
      ...(v.opensAt ? { opensAt: v.opensAt.toISOString() } : {}),
      ...(v.closesAt ? { closesAt: v.closesAt.toISOString() } : {}),
      allowChange: v.allowChange ?? false,
      absentCountsAsAgree: v.absentCountsAsAgree ?? false,
    });
    onCreated(created);
  }

  return (
    <FormModal<Values>
      open={open}
      title={t('votes.create')}
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      initialValues={{ matter: 7 }}
      submitText={t('common.create')}
      submitTestId="vote-create-submit"
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('votes.fields.scopeHint')}</Typography.Paragraph>
      <Form.Item name="compoundId" label={t('votes.fields.compound')} rules={[{ required: true }]}>
        <NodeSelect
          kinds={['compound']}
          onChange={() => form.setFieldsValue({ buildingId: undefined, unitId: undefined })}
        />
      </Form.Item>
      <Form.Item name="buildingId" label={t('votes.fields.building')}>
        <Select
          allowClear
          disabled={!compoundId}
          data-testid="vote-building"
          options={(buildings.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
          onChange={() => form.setFieldsValue({ unitId: undefined })}
        />
      </Form.Item>
      <Form.Item name="unitId" label={t('votes.fields.unit')}>
        <Select
          allowClear
          disabled={!buildingId}
          data-testid="vote-unit"
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item
        name="matter"
        label={t('votes.fields.matter')}
        rules={[{ required: true }]}
        extra={
          matter ? (
            <>
              {t(`votes.rules.${ruleOf(matter)}`)}；{t('votes.quorumRule')}
            </>
          ) : null
        }
      >
        <Select
          data-testid="vote-matter"
          options={MATTERS.map((n) => ({
            value: n,
            label: t('votes.matterLabel', { n, name: t(`votes.matters.${n}`) }),
          }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('votes.fields.title')} rules={[{ required: true, max: 200 }]}>
        <Input data-testid="vote-title" />
      </Form.Item>
      <Form.Item name="description" label={t('votes.fields.description')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="opensAt" label={t('votes.fields.opensAt')}>
        <DatePicker showTime style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="closesAt" label={t('votes.fields.closesAt')}>
        <DatePicker showTime style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="allowChange" valuePropName="checked">
        <Checkbox>{t('votes.fields.allowChange')}</Checkbox>
      </Form.Item>
      <Form.Item name="absentCountsAsAgree" valuePropName="checked" extra={t('votes.fields.absentHint')}>
        <Checkbox>{t('votes.fields.absentCountsAsAgree')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
