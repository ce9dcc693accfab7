import { Alert, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFeature, MapFilter, MapTarget } from '../../../api/maps';
import { useMapAreas, useMapHeat, useMapPoints, useMapSettings } from '../queries';

// Leaflet and its stylesheet are their own chunk, fetched when a map is first shown.
const LeafletView = lazy(() => import('./LeafletView'));

export interface NodeMapLayers {
  /** Grids and compounds as polygons (on by default). */
  areas?: boolean;
  /** Events and device alerts as points (on by default). */
  points?: boolean;
  /** Events binned into cells, shaded by count (off by default). */
  heat?: boolean;
}

export interface NodeMapProps {
  /** The org node to show (district, street, community, compound …); or `gridId` for one grid. */
  nodeId?: number;
  gridId?: number;
  layers?: NodeMapLayers;
  /** Period and categories of the points and heat; the last 30 days and all categories by default. */
  filter?: MapFilter;
  height?: number | string;
  /** The feature id (`grid-12`, `compound-30`) drawn highlighted. */
  selected?: string | null;
  onSelect?: (area: AreaFeature) => void;
  /** A boundary being drawn, WGS-84 [lng, lat] vertices; with `onMapClick` the map takes clicks as vertices. */
  draft?: [number, number][];
  onMapClick?: (lngLat: [number, number]) => void;
}

/**
 * A self-contained map of an org node or grid: it fetches its own boundaries, points and heat from the maps API and
 * draws them, on the deployment's tile layer if one is configured, on a plain background otherwise.
 */
export default function NodeMap({
  nodeId,
  gridId,
  layers = {},
  filter = {},
  height = 480,
  selected = null,
  onSelect,
  draft,
  onMapClick,
}: NodeMapProps) {
  const { t } = useTranslation();
  const target: MapTarget | null =
    gridId !== undefined ? { gridId } : nodeId !== undefined ? { nodeId } : null;
  const { areas: showAreas = true, points: showPoints = true, heat: showHeat = false } = layers;
  const settings = useMapSettings();
  const areas = useMapAreas(target);
  const points = useMapPoints(target, filter, showPoints);
  const heat = useMapHeat(target, filter, showHeat);
  const failed = [settings, areas, points, heat].find((q) => q.isError);
  if (failed) return <Alert type="error" showIcon title={t('maps.loadFailed')} />;
  const loading = settings.isPending || areas.isPending;
  return (
    <div style={{ position: 'relative', height }} data-testid="node-map">
      {loading ? (
        <Spin style={{ position: 'absolute', inset: 0, margin: 'auto', height: 32 }} />
      ) : (
        <Suspense fallback={<Spin style={{ position: 'absolute', inset: 0, margin: 'auto', height: 32 }} />}>
          <LeafletView
            tiles={settings.data?.tiles ?? null}
            areas={showAreas ? (areas.data?.features ?? []) : []}
            bbox={areas.data?.bbox ?? null}
            points={showPoints ? (points.data?.features ?? []) : []}
            heat={showHeat ? (heat.data ?? null) : null}
            selected={selected}
            onSelect={onSelect}
            draft={draft}
            onMapClick={onMapClick}
            label={t('maps.mapLabel')}
          />
        </Suspense>
      )}
    </div>
  );
}
