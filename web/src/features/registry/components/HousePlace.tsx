import { Breadcrumb, Result, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { OrgNode, PathItem } from '../../../api/org';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useNode } from '../../org/queries';

/** The places houses lie in: a building, or one of its units. */
const HOUSE_PLACES = ['building', 'unit'];

/** Building and unit crumbs stay in the registry; the places above open the org tree. */
function placeLink(item: PathItem): string {
  return HOUSE_PLACES.includes(item.kind)
    ? `/console/registry/places/${item.id}`
    : `/console/org?node=${item.id}`;
}

/**
 * The building or unit of the route's `:placeId`, loaded, for the pages about its houses; any other
 * kind of node is refused with a hint.
 */
export function HousePlace({ render }: { render: (place: OrgNode) => ReactNode }) {
  const { t } = useTranslation();
  const { placeId } = useParams();
  const node = useNode(Number(placeId) || undefined);
  if (node.isPending) return <Skeleton active />;
  if (node.isError) return <ErrorAlert error={node.error} onRetry={() => void node.refetch()} />;
  if (!HOUSE_PLACES.includes(node.data.kind)) {
    return <Result status="info" title={t('registry.notAHousePlace')} />;
  }
  return render(node.data);
}

/** From the district down to the place; with `current`, the place links back to its houses. */
export function PlaceBreadcrumb({ place, current }: { place: OrgNode; current?: ReactNode }) {
  return (
    <Breadcrumb
      className="linli-no-print"
      style={{ marginBottom: 8 }}
      items={[
        ...place.path.map((item) =>
          item.id === place.id && current === undefined
            ? { title: item.name }
            : { title: <Link to={placeLink(item)}>{item.name}</Link> },
        ),
        ...(current === undefined ? [] : [{ title: current }]),
      ]}
    />
  );
}
