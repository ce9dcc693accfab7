import { EditOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Alert, Button, Checkbox, Select, Space, Table, Tag, Upload } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { addDays, localDate } from '../../../../../domain/common/local-date';
import { vertexCount } from '../../../../../domain/maps/geometry';
import type { AreaFeature } from '../../../api/maps';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useErrorText } from '../../../shared/errors/useErrorText';
import { useCurrentUser } from '../../auth/currentUser';
import { useCategoryBook } from '../../events/queries';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useScope } from '../../shell/scope';
import NodeMap, { type NodeMapLayers } from '../components/NodeMap';
import { useMapAreas, useSetArea } from '../queries';

const PERIODS = [7, 30, 90, 365] as const;

/** A closed ring from clicked vertices, as the server wants it. */
const closed = (vertices: [number, number][]) => ({
  type: 'Polygon',
  coordinates: [[...vertices, vertices[0]!]],
});

/** `/console/org/map?node=`: grids and compounds, events and alerts, heat by category; draw or import a boundary. */
export default function MapPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const scopeNode = useScope(useCurrentUser()).current?.nodeId;
  const nodeId = Number(params.get('node')) || scopeNode;
  const [layers, setLayers] = useState<Required<NodeMapLayers>>({ areas: true, points: true, heat: false });
  const [categories, setCategories] = useState<string[]>([]);
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  const [selected, setSelected] = useState<string | null>(null);
  const [drawing, setDrawing] = useState<AreaFeature | null>(null);
  const [draft, setDraft] = useState<[number, number][]>([]);
  const book = useCategoryBook();
  const areas = useMapAreas(nodeId ? { nodeId } : null);
  const save = useSetArea();

  const filter = useMemo(() => {
    const to = localDate(new Date());
    return { from: addDays(to, 1 - days), to, categories };
  }, [days, categories]);

  const send = useCallback(
    (area: AreaFeature, geojson: unknown) =>
      save.mutate(
        { kind: area.properties.kind, id: area.properties.id, geojson },
        {
          onSuccess: () => {
            void message.success(t('maps.saved', { name: area.properties.name }));
            setDrawing(null);
            setDraft([]);
            setSelected(area.id);
          },
          onError: (e) => void message.error(errorText(e)),
        },
      ),
    [save, message, t, errorText],
  );

  // While drawing: Enter saves the outline, Backspace takes back the last vertex, Escape gives up.
  useEffect(() => {
    if (!drawing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.key === 'Escape') {
        setDrawing(null);
        setDraft([]);
      } else if (e.key === 'Backspace') {
        e.preventDefault();
        setDraft((d) => d.slice(0, -1));
      } else if (e.key === 'Enter' && draft.length >= 3) send(drawing, closed(draft));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [drawing, draft, send]);

  const importFile = async (area: AreaFeature, file: File) => {
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      void message.error(t('maps.notJson'));
      return;
    }
    send(area, json);
  };

  const rows = areas.data?.features ?? [];
  return (
    <>
      <PageTitle title={t('maps.title')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <div style={{ width: 240 }}>
          <NodeSelect
            kinds={['street', 'community', 'compound']}
            value={nodeId}
            onChange={(id) => setParams(id ? { node: String(id) } : {})}
          />
        </div>
        <Checkbox.Group
          value={Object.entries(layers).flatMap(([k, on]) => (on ? [k] : []))}
          onChange={(v) =>
            setLayers({ areas: v.includes('areas'), points: v.includes('points'), heat: v.includes('heat') })
          }
          options={(['areas', 'points', 'heat'] as const).map((k) => ({
            value: k,
            label: t(`maps.layers.${k}`),
          }))}
          data-testid="map-layers"
        />
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 240 }}
          placeholder={t('maps.allCategories')}
          value={categories}
          onChange={setCategories}
          options={book.items.map((c) => ({ value: c.code, label: book.label(c.code) }))}
          optionFilterProp="label"
          aria-label={t('maps.category')}
          data-testid="map-categories"
        />
        <Select
          value={days}
          onChange={setDays}
          options={PERIODS.map((d) => ({ value: d, label: t('maps.lastDays', { count: d }) }))}
          aria-label={t('maps.period')}
        />
      </Space>
      {drawing ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('maps.drawing', { name: drawing.properties.name, count: draft.length })}
          description={t('maps.drawHint')}
          action={
            <Space>
              <Button size="small" disabled={!draft.length} onClick={() => setDraft((d) => d.slice(0, -1))}>
                {t('maps.undo')}
              </Button>
              <Button
                size="small"
                type="primary"
                disabled={draft.length < 3}
                loading={save.isPending}
                onClick={() => send(drawing, closed(draft))}
                data-testid="map-draw-save"
              >
                {t('common.save')}
              </Button>
              <Button
                size="small"
                onClick={() => {
                  setDrawing(null);
                  setDraft([]);
                }}
              >
                {t('common.cancel')}
              </Button>
            </Space>
          }
          data-testid="map-drawing"
        />
      ) : null}
      {nodeId ? (
        <NodeMap
          nodeId={nodeId}
          layers={layers}
          filter={filter}
          height={520}
          selected={selected}
          onSelect={(f) => setSelected(f.id)}
          draft={drawing ? draft : undefined}
          onMapClick={drawing ? (p) => setDraft((d) => [...d, p]) : undefined}
        />
      ) : (
        <Alert type="info" showIcon title={t('maps.pickNode')} />
      )}
      <Table<AreaFeature>
        style={{ marginTop: 16 }}
        size="small"
        rowKey="id"
        loading={areas.isLoading}
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        rowClassName={(f) => (f.id === selected ? 'ant-table-row-selected' : '')}
        onRow={(f) => ({ 'data-testid': 'map-area-row', 'data-name': f.properties.name }) as object}
        columns={[
          {
            title: t('maps.name'),
            render: (_, f) => (
              <Button type="link" size="small" onClick={() => setSelected(f.id)}>
                {f.properties.name}
              </Button>
            ),
          },
          {
            title: t('maps.kind'),
            render: (_, f) => <Tag>{t(`maps.kinds.${f.properties.kind}`)}</Tag>,
          },
          { title: t('maps.code'), render: (_, f) => f.properties.code },
          {
            title: t('maps.vertices'),
            render: (_, f) => (
              <span data-testid="map-area-vertices">
                {f.geometry ? vertexCount(f.geometry) : t('maps.noBoundary')}
              </span>
            ),
          },
          {
            title: t('common.actions'),
            render: (_, f) =>
              f.properties.actions.includes('set_area') ? (
                <Space>
                  <Button
                    size="small"
                    icon={<EditOutlined />}
                    disabled={!!drawing}
                    onClick={() => {
                      setDrawing(f);
                      setDraft([]);
                      setSelected(f.id);
                    }}
                    data-testid="map-draw"
                  >
                    {t('maps.draw')}
                  </Button>
                  <Upload
                    accept=".geojson,.json,application/geo+json,application/json"
                    showUploadList={false}
                    beforeUpload={(file) => {
                      void importFile(f, file);
                      return false;
                    }}
                  >
                    <Button size="small" icon={<UploadOutlined />} data-testid="map-import">
                      {t('maps.import')}
                    </Button>
                  </Upload>
                </Space>
              ) : null,
          },
        ]}
      />
    </>
  );
}
