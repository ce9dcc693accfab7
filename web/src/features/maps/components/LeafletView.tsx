import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../../../../domain/maps/gcj02';
import type { TileLayer } from '../../../../../domain/maps/tiles';
import type { AreaFeature, HeatCollection, PointFeature } from '../../../api/maps';

export interface LeafletViewProps {
  tiles: TileLayer | null;
  areas: AreaFeature[];
  bbox: [number, number, number, number] | null;
  points: PointFeature[];
  heat: HeatCollection | null;
  selected: string | null;
  onSelect: ((area: AreaFeature) => void) | undefined;
  draft: [number, number][] | undefined;
  onMapClick: ((lngLat: [number, number]) => void) | undefined;
  label: string;
}

const COLORS = { grid: '#1677ff', compound: '#52c41a', event: '#fa8c16', alert: '#f5222d', draft: '#722ed1' };

/**
 * Draws stored WGS-84 positions on the tiles' datum: a Chinese provider's tiles are drawn in GCJ-02, so positions are
 * shifted for display and clicks shifted back before they are stored.
 */
function datum(tiles: TileLayer | null) {
  const gcj = tiles?.datum === 'gcj02';
  return {
    toMap: ([lng, lat]: readonly [number, number]): L.LatLng => {
      const [x, y] = gcj ? wgs84ToGcj02([lng, lat]) : [lng, lat];
      return L.latLng(y, x);
    },
    fromMap: (ll: L.LatLng): [number, number] => {
      const p: [number, number] = [ll.lng, ll.lat];
      return gcj ? gcj02ToWgs84(p) : p;
    },
  };
}

/** The Leaflet map behind `NodeMap`: one map for the component's life, its layers redrawn when data change. */
export default function LeafletView(props: LeafletViewProps) {
  const { tiles, areas, bbox, points, heat, selected, onSelect, draft, onMapClick, label } = props;
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layers = useRef<{
    areas: L.LayerGroup;
    heat: L.LayerGroup;
    points: L.LayerGroup;
    draft: L.LayerGroup;
  } | null>(null);
  const click = useRef(onMapClick);
  const select = useRef(onSelect);
  useEffect(() => {
    click.current = onMapClick;
    select.current = onSelect;
  });
  const { toMap, fromMap } = datum(tiles);

  useEffect(() => {
    if (!box.current) return;
    const m = L.map(box.current, { zoomSnap: 0.5, keyboard: true, attributionControl: !!tiles });
    if (tiles)
      L.tileLayer(tiles.url, {
        attribution: tiles.attribution,
        subdomains: tiles.subdomains,
        maxZoom: 19,
      }).addTo(m);
    const groups = {
      heat: L.layerGroup().addTo(m),
      areas: L.layerGroup().addTo(m),
      points: L.layerGroup().addTo(m),
      draft: L.layerGroup().addTo(m),
    };
    m.on('click', (e: L.LeafletMouseEvent) => click.current?.(fromMap(e.latlng)));
    m.setView([22.55, 114.05], 14);
    map.current = m;
    layers.current = groups;
    return () => {
      m.remove();
      map.current = null;
      layers.current = null;
    };
    // The map is made once per tile setting; data changes redraw layers below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tiles]);

  useEffect(() => {
    if (map.current && bbox)
      map.current.fitBounds(L.latLngBounds(toMap([bbox[0], bbox[1]]), toMap([bbox[2], bbox[3]])), {
        padding: [16, 16],
      });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bbox?.join(','), tiles]);

  useEffect(() => {
    const g = layers.current?.areas;
    if (!g) return;
    g.clearLayers();
    for (const f of areas) {
      if (!f.geometry) continue;
      const p = f.properties;
      const on = f.id === selected;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const shape = L.polygon(
        (polygons).map((rings) => rings.map((ring) => ring.map(toMap))),
        {
          color: COLORS[p.kind],
          weight: on ? 4 : p.kind === 'grid' ? 2 : 1.5,
          dashArray: p.kind === 'grid' ? '6 4' : undefined,
          fillOpacity: on ? 0.25 : p.kind === 'grid' ? 0.04 : 0.12,
          className: `map-area map-area-${p.kind}`,
        },
      );
      shape.bindTooltip(p.name, { sticky: true });
      shape.on('click', (e) => {
        // A click while drawing is a vertex, not a selection.
        if (click.current) return;
        L.DomEvent.stopPropagation(e);
        select.current?.(f);
      });
      shape.addTo(g);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [areas, selected, tiles]);

  useEffect(() => {
    const g = layers.current?.points;
    if (!g) return;
    g.clearLayers();
    for (const f of points) {
      const p = f.properties;
      L.circleMarker(toMap(f.geometry.coordinates), {
        radius: p.kind === 'alert' ? 7 : 5,
        color: COLORS[p.kind],
        weight: 1,
        fillOpacity: 0.8,
        className: `map-point map-point-${p.kind}`,
      })
        .bindTooltip(`${p.label} · ${p.status}`)
        .addTo(g);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [points, tiles]);

  useEffect(() => {
    const g = layers.current?.heat;
    if (!g) return;
    g.clearLayers();
    if (!heat || heat.max === 0) return;
    for (const f of heat.features) {
      const [sw, , ne] = f.geometry.coordinates[0]!;
      const share = f.properties.count / heat.max;
      L.rectangle(L.latLngBounds(toMap(sw!), toMap(ne!)), {
        stroke: false,
        fillColor: `hsl(${Math.round(50 - 50 * share)}, 100%, 50%)`,
        fillOpacity: 0.25 + 0.5 * share,
        className: 'map-heat-cell',
        interactive: true,
      })
        .bindTooltip(
          Object.entries(f.properties.byCategory)
            .sort((a, b) => b[1] - a[1])
            .map(([c, n]) => `${c}: ${n}`)
            .join('<br>'),
        )
        .addTo(g);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [heat, tiles]);

  useEffect(() => {
    const g = layers.current?.draft;
    if (!g) return;
    g.clearLayers();
    if (!draft?.length) return;
    const ll = draft.map(toMap);
    if (ll.length >= 3) L.polygon(ll, { color: COLORS.draft, weight: 2, className: 'map-draft' }).addTo(g);
    else L.polyline(ll, { color: COLORS.draft, weight: 2, className: 'map-draft' }).addTo(g);
    for (const p of ll)
      L.circleMarker(p, { radius: 4, color: COLORS.draft, className: 'map-draft-vertex' }).addTo(g);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, tiles]);

  return (
    <div
      ref={box}
      role="application"
      aria-label={label}
      style={{
        position: 'absolute',
        inset: 0,
        background: '#f5f5f0',
        cursor: onMapClick ? 'crosshair' : undefined,
      }}
    />
  );
}
