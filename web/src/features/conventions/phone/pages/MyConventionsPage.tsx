import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DecisionCardList } from '../../../votes/phone/DecisionCardList';
import { ConventionStatusTag } from '../../components/ConventionStatusTag';
import { useConventions } from '../../queries';

/** `/m/conventions`: the conventions of the resident's compound and building; adopted ones wait for a signature. */
export default function MyConventionsPage() {
  const { t } = useTranslation();
  return (
    <DecisionCardList
      title={t('conventions.phone.title')}
      empty={t('conventions.phone.none')}
      list={useConventions({})}
      href={(c) => `/m/conventions/${c.id}`}
      status={(c) => <ConventionStatusTag status={c.status} />}
      extra={(c) =>
        c.status === 'adopted' ? (
          <div>
            <Tag color="blue">{t('conventions.phone.toSign')}</Tag>
          </div>
        ) : null
      }
      testId="my-convention"
    />
  );
}
