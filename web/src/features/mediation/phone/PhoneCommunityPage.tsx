import { Card, Empty, Flex, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryResult } from '../../../shared/components/QueryResult';
import { formatDateTime } from '../../../shared/format';
import { PhoneHeader } from '../../events/phone/components/PhoneHeader';
import { useOrgsNear } from '../../selforgs/queries';
import { useMyCases } from '../queries';

/** `/m/community`: the resident's own mediation cases and the self-organisations near home they could join. */
export default function PhoneCommunityPage() {
  const { t } = useTranslation();
  const cases = useMyCases();
  const orgs = useOrgsNear();
  return (
    <Flex vertical gap="middle" data-testid="phone-community">
      <PhoneHeader title={t('selforgs.phone.title')} back="/m" />
      <Card size="small" title={t('selforgs.phone.orgs')}>
        <QueryResult query={orgs}>
          {(d) =>
            d.items.length ? (
              <List
                size="small"
                dataSource={d.items}
                renderItem={(o) => (
                  <List.Item extra={<Tag>{t(`selforgs.stages.${o.stage}`)}</Tag>}>
                    <List.Item.Meta
                      title={o.name}
                      description={`${t(`selforgs.kinds.${o.kind}`)} · ${t('selforgs.phone.members', { n: o.members })}`}
                    />
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={t('selforgs.phone.none')} />
            )
          }
        </QueryResult>
      </Card>
      <Card size="small" title={t('mediation.phone.mine')}>
        <QueryResult query={cases}>
          {(d) =>
            d.items.length ? (
              <List
                size="small"
                dataSource={d.items}
                renderItem={(c) => (
                  <List.Item extra={<Tag>{t(`mediation.states.${c.status}`)}</Tag>}>
                    <List.Item.Meta title={c.title} description={formatDateTime(c.openedAt)} />
                  </List.Item>
                )}
              />
            ) : (
              <Empty description={t('mediation.phone.none')} />
            )
          }
        </QueryResult>
      </Card>
    </Flex>
  );
}
