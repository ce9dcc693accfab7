import { Skeleton } from 'antd';
import { Navigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useHouse } from '../queries';

/** `/console/registry/houses/:houseId`: opens the building view at the house (lists that know only its id). */
export default function HouseRedirect() {
  const { houseId } = useParams();
  const house = useHouse(Number(houseId) || 0);
  if (house.isPending) return <Skeleton active />;
  if (house.isError) return <ErrorAlert error={house.error} onRetry={() => void house.refetch()} />;
  return <Navigate replace to={`/console/registry/places/${house.data.placeId}?house=${house.data.id}`} />;
}
