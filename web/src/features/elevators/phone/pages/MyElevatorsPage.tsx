import { useTranslation } from 'react-i18next';
import { DecisionCardList } from '../../../votes/phone/DecisionCardList';
import { ElevatorStatusTag } from '../../components/ElevatorStatusTag';
import { useElevators } from '../../queries';

/** `/m/elevators`: the retrofits of the resident's unit; a tap opens where it stands. */
export default function MyElevatorsPage() {
  const { t } = useTranslation();
  return (
    <DecisionCardList
      title={t('elevators.phone.title')}
      empty={t('elevators.phone.none')}
      list={useElevators({})}
      href={(e) => `/m/elevators/${e.id}`}
      status={(e) => <ElevatorStatusTag status={e.status} />}
      testId="my-elevator"
    />
  );
}
