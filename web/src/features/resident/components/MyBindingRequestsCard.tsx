import ClockCircleOutlined from '@ant-design/icons-svg/es/asn/ClockCircleOutlined';
import CloseCircleOutlined from '@ant-design/icons-svg/es/asn/CloseCircleOutlined';
import FileSearchOutlined from '@ant-design/icons-svg/es/asn/FileSearchOutlined';
import { useTranslation } from 'react-i18next';
import type { MyBindingRequest } from '../../../api/auth';
import { formatDateTime } from '../../../shared/format';
import { Card } from '../../../shared/plain/Card';
import { Icon } from '../../../shared/plain/Icon';
import { MoreButton } from '../../../shared/plain/MoreButton';
import { Tag } from '../../../shared/plain/Tag';
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
      title={t('resident.requests.title')}
      icon={<Icon icon={FileSearchOutlined} />}
      testId="my-binding-requests"
    >
      <div className="lp-stack">
        <ul className="lp-stack" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {requests.map((request) => (
            <li
              key={request.id}
              className="lp-stack lp-stack--tight"
              style={{ gap: 4 }}
              data-testid="my-binding-request"
            >
              <div className="lp-row">
                <span className="lp-strong">{request.houseLabel}</span>
                {request.status === 'pending' ? (
                  <Tag color="blue" icon={<Icon icon={ClockCircleOutlined} />}>
                    {t('resident.requests.pending')}
                  </Tag>
                ) : (
                  <Tag color="red" icon={<Icon icon={CloseCircleOutlined} />}>
                    {t('resident.requests.rejected')}
                  </Tag>
                )}
              </div>
              <span className="lp-muted">
                {t('resident.requests.sentAt', { at: formatDateTime(request.createdAt) })}
              </span>
              {request.status === 'rejected' ? (
                <span className="lp-muted">
                  {request.reason
                    ? t('resident.requests.reason', { reason: request.reason })
                    : t('resident.requests.noReason')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        <MoreButton list={list} label={t('common.loadMore')} />
      </div>
    </Card>
  );
}
