import { Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useCurrentUser } from '../../auth/currentUser';
import { consoleMenu } from '../menu';

/** The console's first page: who is signed in, where their roles are granted, the pages they can open. */
export default function ConsoleHomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const entries = consoleMenu(user, t).filter((entry) => entry.path !== '/console');

  return (
    <>
      <PageTitle title={t('shell.welcome', { name: user.displayName })} />
      <Typography.Paragraph>
        <Typography.Text type="secondary">{t('shell.myRoles')}</Typography.Text>{' '}
        {user.roles.map((grant) => (
          <Tag key={`${grant.role}-${grant.nodeId}`}>
            {t(`roles.${grant.role}`)} · {grant.nodeName}
          </Tag>
        ))}
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {entries.map((entry) => (
          <Col key={entry.path} xs={24} sm={12} lg={8}>
            <Link to={entry.path}>
              <Card hoverable>
                <Card.Meta avatar={entry.icon} title={entry.label} description={entry.description} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
