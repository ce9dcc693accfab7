import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Form, Popconfirm, Select, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgNode } from '../../../api/org';
import { type BindingRequest, RELATIONS, type Relation } from '../../../api/registry';
import { FormModal } from '../../../shared/components/FormModal';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
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
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const canManage = hasPermission(useCurrentUser(), 'registry.manage');
  const list = useBindingRequests(place.id);
  const reject = useRejectBinding();
  const [approving, setApproving] = useState<BindingRequest | null>(null);

  const columns: TableColumnsType<BindingRequest> = [
    { key: 'house', title: t('registry.house'), dataIndex: 'houseLabel' },
    { key: 'displayName', title: t('registry.bindingRequests.applicant'), dataIndex: 'displayName' },
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
                <Popconfirm
                  title={t('registry.bindingRequests.rejectConfirm', { name: item.displayName })}
                  onConfirm={() =>
                    reject.mutate(item.id, {
                      onSuccess: () => void message.success(t('registry.bindingRequests.rejected')),
                      onError: notifyError,
                    })
                  }
                >
                  <Button
                    size="small"
                    danger
                    icon={<CloseOutlined />}
                    loading={reject.isPending && reject.variables === item.id}
                    data-testid="binding-reject"
                  >
                    {t('registry.bindingRequests.reject')}
                  </Button>
                </Popconfirm>
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
    </>
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
