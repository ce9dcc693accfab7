import { ClockCircleOutlined, CloseCircleOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyBindingRequest } from '../../../api/auth';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { formatDateTime } from '../../../shared/format';
import { useMyBindingRequests } from '../queries';

/** Approved requests are the homes shown above; what is still open or was refused is listed here. */
const shown = (request: MyBindingRequest) => request.status !== 'approved';

/**
 * "我的绑定申请": the resident's requests that staff have yet to approve, or refused (with their reason),
 * so a pending binding is still visible after the page is reloaded. Nothing is shown when there is none.
 */
export function MyBindingRequestsCard() {
  const { t } = useTranslation();
  const list = useMyBindingRequests();
  const requests = list.items.filter(shown);
  if (!requests.length) return null;
  return (
    <Card
      title={
        <>
          <FileSearchOutlined /> {t('resident.requests.title')}
        </>
      }
      data-testid="my-binding-requests"
    >
      <Flex vertical gap="middle">
        {requests.map((request) => (
          <Flex key={request.id} vertical gap={4} data-testid="my-binding-request">
            <Flex justify="space-between" align="center" gap="small" wrap>
              <Typography.Text strong>{request.houseLabel}</Typography.Text>
              {request.status === 'pending' ? (
                <Tag icon={<ClockCircleOutlined />} color="processing">
                  {t('resident.requests.pending')}
                </Tag>
              ) : (
                <Tag icon={<CloseCircleOutlined />} color="error">
                  {t('resident.requests.rejected')}
                </Tag>
              )}
            </Flex>
            <Typography.Text type="secondary">
              {t('resident.requests.sentAt', { at: formatDateTime(request.createdAt) })}
            </Typography.Text>
            {request.status === 'rejected' ? (
              <Typography.Text type="secondary">
                {request.reason
                  ? t('resident.requests.reason', { reason: request.reason })
                  : t('resident.requests.noReason')}
              </Typography.Text>
            ) : null}
          </Flex>
        ))}
        {list.hasNextPage ? <LoadMore list={list} /> : null}
      </Flex>
    </Card>
  );
}
