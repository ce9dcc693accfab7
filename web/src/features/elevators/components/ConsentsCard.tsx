import { Button, Card, Empty, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Elevator } from '../../../api/elevators';
import { formatDateTime } from '../../../shared/format';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { useGiveConsent } from '../queries';
import { OccupiedHousesModal } from './OccupiedHousesModal';

/**
 * The houses the elevator occupies and their owners' consent (RULES.md §2). Owners consent on the phone; staff enter
 * a signed written consent here, and the caller's own pending houses can be consented to online.
 */
export function ConsentsCard({ elevator: e }: { elevator: Elevator }) {
  const { t } = useTranslation();
  const notify = useNotifyError();
  const consent = useGiveConsent(e.id);
  const may = e.actions.includes('consent');
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={t('elevators.consents.title')}
      data-testid="elevator-consents"
      extra={
        e.actions.includes('set_occupied') ? (
          <Button size="small" onClick={() => setEditing(true)} data-testid="occupied-edit">
            {t('elevators.consents.edit')}
          </Button>
        ) : null
      }
    >
      <OccupiedHousesModal elevator={e} open={editing} onClose={() => setEditing(false)} />
      <Typography.Paragraph type="secondary">{t('elevators.consents.rule')}</Typography.Paragraph>
      <List
        locale={{ emptyText: <Empty description={t('elevators.consents.none')} /> }}
        dataSource={e.occupied}
        renderItem={(o) => {
          const mine = e.myPendingHouseIds.includes(o.houseId);
          return (
            <List.Item
              key={o.houseId}
              data-testid={`consent-${o.houseLabel}`}
              extra={
                !o.consentedAt && may ? (
                  <Button
                    size="small"
                    type={mine ? 'primary' : 'default'}
                    loading={consent.isPending}
                    data-testid="consent-give"
                    onClick={() =>
                      void consent
                        .mutateAsync({ houseId: o.houseId, channel: mine ? 'online' : 'paper' })
                        .catch(notify)
                    }
                  >
                    {mine ? t('elevators.consents.give') : t('elevators.consents.enterPaper')}
                  </Button>
                ) : null
              }
            >
              <Typography.Text strong>{o.houseLabel}</Typography.Text>{' '}
              {o.consentedAt ? (
                <Tag color="success">
                  {t('elevators.consents.given', {
                    channel: t(`votes.channels.${o.channel ?? 'online'}`),
                    at: formatDateTime(o.consentedAt),
                  })}
                </Tag>
              ) : (
                <Tag color="orange">{t('elevators.consents.pending')}</Tag>
              )}
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
