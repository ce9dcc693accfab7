import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkCard } from '../../../../shared/components/LinkCard';
import { ListState } from '../../../../shared/cursor/ListState';
import { LoadMore } from '../../../../shared/cursor/LoadMore';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { RoundStatusTag } from '../../components/RoundStatusTag';
import { useRounds } from '../../queries';

/** `/m/evaluations`: the rounds of the resident's compounds, those waiting for their answer first. */
export default function MyRoundsPage() {
  const { t } = useTranslation();
  const list = useRounds({});
  const waiting = (r: (typeof list.items)[number]) => r.actions.includes('answer');
  const items = [...list.items].sort((a, b) => Number(waiting(b)) - Number(waiting(a)));
  return (
    <Flex vertical gap="middle" data-testid="my-rounds">
      <PhoneHeader title={t('evaluations.phone.title')} back="/m" />
      <ListState list={list} empty={t('evaluations.phone.none')} />
      {items.map((r) => (
        <LinkCard
          key={r.id}
          to={`/m/evaluations/${r.id}`}
          testId="my-round"
          title={r.title}
          tag={<RoundStatusTag status={r.status} />}
        >
          <Typography.Text type="secondary">
            {r.compoundName} · {t(`evaluations.targets.${r.target}`)}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('evaluations.phone.closesOn', { date: r.closesOn })}
          </Typography.Text>
          <div>
            {r.answeredByMe ? (
              <Tag color="green">{t('evaluations.phone.answered')}</Tag>
            ) : waiting(r) ? (
              <Tag color="orange">{t('evaluations.phone.waiting')}</Tag>
            ) : null}
          </div>
        </LinkCard>
      ))}
      <LoadMore list={list} />
    </Flex>
  );
}
