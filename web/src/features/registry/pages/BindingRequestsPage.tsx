import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Select, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../api/org';
import { type BindingRequest, RELATIONS, type Relation } from '../../../api/registry';
import { FormModal } from '../../../shared/components/FormModal';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { HousePlace, PlaceBreadcrumb } from '../components/HousePlace';
import { PersonSelect } from '../components/PersonSelect';
import { useApproveBinding, useBindingRequests, useRejectBinding } from '../queries';

/**
 * `/console/registry/places/:placeId/binding-requests`: residents who entered a house's invitation code
 * but whose phone the registry does not know there; staff approve (with the relation) or reject.
 */
export default function BindingRequestsPage() {
  return <HousePlace render={(place) => <BindingRequests key={place.id} place={place} />} />;
}

function BindingRequests({ place }: { place: OrgNode }) {
  const { t } = useTranslation();
  const canManage = hasPermission(useCurrentUser(), 'registry.manage');
  const list = useBindingRequests(place.id);
  const [approving, setApproving] = useState<BindingRequest | null>(null);
  const [rejecting, setRejecting] = useState<BindingRequest | null>(null);

  const columns: TableColumnsType<BindingRequest> = [
    { key: 'house', title: t('registry.house'), dataIndex: 'houseLabel' },
    { key: 'displayName', title: t('registry.bindingRequests.applicant'), dataIndex: 'displayName' },
    {
      key: 'phone',
      title: t('registry.bindingRequests.phone'),
      render: (_, item) => item.phoneMasked ?? '—',
    },
    {
      key: 'createdAt',
      title: t('registry.bindingRequests.createdAt'),
      render: (_, item) => formatDateTime(item.createdAt),
    },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_: unknown, item: BindingRequest) => (
              <Space size="small">
                <Button
                  size="small"
                  type="primary"
                  icon={<CheckOutlined />}
                  onClick={() => setApproving(item)}
                  data-testid="binding-approve"
                >
                  {t('registry.bindingRequests.approve')}
                </Button>
                <Button
                  size="small"
                  danger
                  icon={<CloseOutlined />}
                  onClick={() => setRejecting(item)}
                  data-testid="binding-reject"
                >
                  {t('registry.bindingRequests.reject')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PlaceBreadcrumb place={place} current={t('registry.bindingRequests.button')} />
      <PageTitle title={t('registry.bindingRequests.title', { place: place.name })} />
      <Typography.Paragraph type="secondary">{t('registry.bindingRequests.intro')}</Typography.Paragraph>
      <CursorTable<BindingRequest>
        list={list}
        columns={columns}
        testId="binding-requests"
        locale={{ emptyText: t('registry.bindingRequests.none') }}
      />
      {approving && place.communityId !== null ? (
        <ApproveModal
          request={approving}
          communityId={place.communityId}
          onClose={() => setApproving(null)}
        />
      ) : null}
      {rejecting ? <RejectModal request={rejecting} onClose={() => setRejecting(null)} /> : null}
    </>
  );
}

const REASON_MAX_LENGTH = 200;

/** Refuses a request, with a reason the applicant sees on their phone (optional). */
function RejectModal({ request, onClose }: { request: BindingRequest; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const reject = useRejectBinding();

  async function submit({ reason }: { reason?: string }): Promise<void> {
    await reject.mutateAsync({ id: request.id, reason: reason?.trim() || undefined });
    void message.success(t('registry.bindingRequests.rejected'));
    onClose();
  }

  return (
    <FormModal<{ reason?: string }>
      open
      form={form}
      title={t('registry.bindingRequests.rejectTitle', { name: request.displayName })}
      onSubmit={submit}
      onCancel={onClose}
      submitText={t('registry.bindingRequests.reject')}
      submitTestId="binding-reject-submit"
    >
      <Form.Item
        name="reason"
        label={t('registry.bindingRequests.reason')}
        extra={t('registry.bindingRequests.reasonHint')}
        rules={[{ max: REASON_MAX_LENGTH }]}
      >
        <Input.TextArea rows={3} maxLength={REASON_MAX_LENGTH} data-testid="binding-reject-reason" />
      </Form.Item>
    </FormModal>
  );
}

interface ApproveValues {
  relation: Relation;
  personId?: number;
}

/** The applicant's relation to the house, and the registered person they are, if they are one already. */
function ApproveModal({
  request,
  communityId,
  onClose,
}: {
  request: BindingRequest;
  communityId: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApproveValues>();
  const approve = useApproveBinding();

  async function submit({ relation, personId }: ApproveValues): Promise<void> {
    await approve.mutateAsync({ id: request.id, approval: { relation, personId } });
    void message.success(t('registry.bindingRequests.approved', { name: request.displayName }));
    onClose();
  }

  return (
    <FormModal<ApproveValues>
      open
      form={form}
      title={t('registry.bindingRequests.approveTitle', {
        name: request.displayName,
        house: request.houseLabel,
      })}
      initialValues={{ relation: 'owner' }}
      onSubmit={submit}
      onCancel={onClose}
      submitText={t('registry.bindingRequests.approve')}
      submitTestId="binding-approve-submit"
    >
      <Form.Item name="relation" label={t('registry.relation')} rules={[{ required: true }]}>
        <Select
          options={RELATIONS.map((value) => ({ value, label: t(`registry.relations.${value}`) }))}
          data-testid="binding-relation"
        />
      </Form.Item>
      <Form.Item
        name="personId"
        label={t('registry.bindingRequests.person')}
        extra={t('registry.bindingRequests.personHint')}
      >
        <PersonSelect communityId={communityId} />
      </Form.Item>
    </FormModal>
  );
}
