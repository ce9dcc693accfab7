import HomeOutlined from '@ant-design/icons-svg/es/asn/HomeOutlined';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/auth';
import type { OrgKind } from '../../../api/model';
import { Card } from '../../../shared/plain/Card';
import { Icon } from '../../../shared/plain/Icon';
import { Tag } from '../../../shared/plain/Tag';

const HOME_KINDS: readonly OrgKind[] = ['compound', 'building', 'unit'];

/** Where the resident lives: compound › building › unit, with the community they belong to. */
export function MyHomeCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const homes = user.roles.filter(
    (grant) => grant.role === 'resident' && HOME_KINDS.includes(grant.nodeKind),
  );
  return (
    <Card title={t('resident.myHome')} icon={<Icon icon={HomeOutlined} />}>
      {homes.length === 0 ? (
        <p className="lp-muted" style={{ margin: 0, textAlign: 'center' }}>
          {t('resident.noHome')}
        </p>
      ) : (
        <ul className="lp-stack lp-stack--tight" style={{ margin: 0, padding: 0, listStyle: 'none' }}>
          {homes.map((grant) => (
            <li key={grant.nodeId} className="lp-stack lp-stack--tight" style={{ gap: 4 }}>
              <span className="lp-strong">
                {grant.nodePath
                  .filter((step) => HOME_KINDS.includes(step.kind))
                  .map((step) => step.name)
                  .join(' · ')}
              </span>
              <span>
                {grant.nodePath
                  .filter((step) => step.kind === 'community')
                  .map((step) => (
                    <Tag key={step.id} color="blue">
                      {step.name}
                    </Tag>
                  ))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
