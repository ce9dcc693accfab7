import { Card, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Passbook } from '../../../api/volunteers';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { PersonSelect } from '../../registry/components/PersonSelect';
import { useCommunityChoice } from '../components/useCommunityChoice';
import { usePassbooks } from '../queries';

/** `/console/volunteers/passbooks`: a community's passbooks with their balances, and any person's by name. */
export default function PassbooksPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { communityId, picker } = useCommunityChoice();
  const list = usePassbooks(communityId);
  return (
    <Flex vertical gap="middle">
      <Card size="small">
        <Flex gap="middle" wrap>
          {picker}
          {communityId ? (
            <Form.Item label={t('volunteers.passbook.lookup')} style={{ margin: 0, minWidth: 360 }}>
              <PersonSelect
                communityId={communityId}
                onChange={(id) => id && void navigate(`/console/volunteers/passbooks/${id}`)}
              />
            </Form.Item>
          ) : null}
        </Flex>
      </Card>
      {communityId ? (
        <CursorTable<Passbook>
          list={list}
          rowKey="personId"
          testId="passbooks-table"
          columns={[
            {
              title: t('volunteers.fields.name'),
              render: (_, p) => <Link to={`/console/volunteers/passbooks/${p.personId}`}>{p.name}</Link>,
            },
            { title: t('volunteers.passbook.balance'), dataIndex: 'balance' },
          ]}
        />
      ) : null}
    </Flex>
  );
}
