import { Col, Row, Tag, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useCurrentUser } from '../../auth/currentUser';
import { consoleMenu } from '../menu';

/**
 * The console's first page: who is signed in, where their roles are granted, the pages they can open. The entries
 * are plain link tiles rather than antd Cards: Card brings Tabs with it (about 14 KB gzip), and this page is in the
 * console's first load (bench `bundle-console`, goal ≤ 400 KB).
 */
export default function ConsoleHomePage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
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
            <Link
              to={entry.path}
              className="linli-entry-tile"
              style={{
                gap: token.marginSM,
                padding: token.paddingLG,
                border: `1px solid ${token.colorBorderSecondary}`,
                borderRadius: token.borderRadiusLG,
                background: token.colorBgContainer,
                color: token.colorText,
              }}
            >
              <span style={{ fontSize: token.fontSizeHeading4, color: token.colorPrimary }}>
                {entry.icon}
              </span>
              <span>
                <Typography.Text strong>{entry.label}</Typography.Text>
                <br />
                <Typography.Text type="secondary">{entry.description}</Typography.Text>
              </span>
            </Link>
          </Col>
        ))}
      </Row>
    </>
  );
}
