import { Button, DatePicker, Flex, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { archivePartner, type Partner, recordFulfilment } from '../../../api/projects';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { CreateButton } from '../../../shared/components/CreateButton';
import { FormModal } from '../../../shared/components/FormModal';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { placeLabel } from '../../votes/model';
import { AgreementModal } from '../components/AgreementModal';
import { PartnerFormModal } from '../components/PartnerFormModal';
import { usePartners, useProjectMutation } from '../queries';

const StatusTag = ({ status }: { status: 'met' | 'behind' | null }) => {
  const { t } = useTranslation();
  if (!status) return <>—</>;
  return <Tag color={status === 'met' ? 'green' : 'orange'}>{t(`projects.partners.status.${status}`)}</Tag>;
};

/**
 * A partner's agreements: each commitment with its periods met or behind, the button to record one done, and for
 * those who run the unit, signing another agreement, correcting the unit or archiving it.
 */
function Agreements({
  partner,
  onFulfil,
  onSign,
  onEdit,
}: {
  partner: Partner;
  onFulfil: (commitmentId: number) => void;
  onSign: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const archive = useProjectMutation(() => archivePartner(partner.id));
  const manage = partner.actions.includes('manage');
  return (
    <Flex vertical gap="small">
      {partner.agreements.map((a) => (
        <div key={a.id}>
          <Typography.Text strong>{`${a.startsOn} – ${a.endsOn}`}</Typography.Text>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={a.commitments}
            columns={[
              {
                title: t('projects.partners.commitment'),
                render: (_, c) => c.title ?? t(`projects.partners.kinds.${c.kind}`),
              },
              {
                title: t('projects.partners.target'),
                render: (_, c) => t(`projects.partners.per.${c.period}`, { count: c.target }),
              },
              {
                title: t('projects.partners.periods'),
                render: (_, c) => (
                  <Space wrap size={4}>
                    {c.periods.map((p) => (
                      <Tag key={p.from} color={p.status === 'met' ? 'green' : p.current ? 'blue' : 'orange'}>
                        {`${p.from}: ${p.done}/${p.target}`}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
              { title: t('projects.fields.status'), render: (_, c) => <StatusTag status={c.status} /> },
              ...(manage
                ? [
                    {
                      title: '',
                      render: (_: unknown, c: { id: number }) => (
                        <Button size="small" onClick={() => onFulfil(c.id)}>
                          {t('projects.partners.fulfil')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      ))}
      {manage ? (
        <Space wrap>
          <Button type="primary" onClick={onSign} data-testid="agreement-sign">
            {t('projects.partners.sign')}
          </Button>
          <Button onClick={onEdit} data-testid="partner-edit">
            {t('common.edit')}
          </Button>
          <ConfirmButton
            danger
            confirm={t('projects.partners.archiveConfirm')}
            onConfirm={() => archive.mutateAsync(undefined)}
            loading={archive.isPending}
            data-testid="partner-archive"
          >
            {t('projects.partners.archive')}
          </ConfirmButton>
        </Space>
      ) : null}
    </Flex>
  );
}

interface FulfilValues {
  doneOn: Dayjs;
  note: string;
}

/** `/console/projects/partners`: partner units (共建单位), their agreements and how each commitment stands. */
export default function PartnersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const list = usePartners();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Partner | null>(null);
  const [signing, setSigning] = useState<number | null>(null);
  const [fulfilling, setFulfilling] = useState<{ partnerId: number; commitmentId: number } | null>(null);
  const [fulfilForm] = Form.useForm<FulfilValues>();
  const fulfil = useProjectMutation((v: FulfilValues) =>
    recordFulfilment(fulfilling!.partnerId, {
      commitmentId: fulfilling!.commitmentId,
      doneOn: v.doneOn.format('YYYY-MM-DD'),
      note: v.note,
    }),
  );
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <CreateButton
          allowed={hasPermission(user, 'project.manage')}
          onClick={() => setAdding(true)}
          testId="partner-add"
        >
          {t('projects.partners.add')}
        </CreateButton>
      </Flex>
      <CursorTable<Partner>
        list={list}
        testId="partners-table"
        expandable={{
          expandedRowRender: (p) => (
            <Agreements
              partner={p}
              onFulfil={(commitmentId) => setFulfilling({ partnerId: p.id, commitmentId })}
              onSign={() => setSigning(p.id)}
              onEdit={() => setEditing(p)}
            />
          ),
        }}
        columns={[
          { title: t('projects.fields.title'), dataIndex: 'name' },
          { title: t('projects.fields.kind'), render: (_, p) => t(`projects.partners.types.${p.kind}`) },
          { title: t('projects.fields.where'), render: (_, p) => placeLabel(p.path) },
          {
            title: t('projects.fields.status'),
            render: (_, p) =>
              p.archivedAt ? <Tag>{t('projects.archived')}</Tag> : <StatusTag status={p.status} />,
          },
        ]}
      />
      <PartnerFormModal
        open={adding || editing !== null}
        partner={editing ?? undefined}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <AgreementModal partnerId={signing} onClose={() => setSigning(null)} />
      <FormModal<FulfilValues>
        open={fulfilling !== null}
        title={t('projects.partners.fulfil')}
        form={fulfilForm}
        onSubmit={async (v) => {
          await fulfil.mutateAsync(v);
          setFulfilling(null);
        }}
        onCancel={() => setFulfilling(null)}
      >
        <Form.Item name="doneOn" label={t('projects.partners.doneOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('projects.fields.note')} rules={[{ required: true, max: 2000 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </FormModal>
    </>
  );
}
