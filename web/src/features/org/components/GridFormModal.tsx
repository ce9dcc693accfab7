import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grid } from '../../../api/grids';
import type { OrgNode } from '../../../api/org';
import { FormModal } from '../../../shared/components/FormModal';
import { formatJson } from '../../../shared/format';
import { gridCodeRule } from '../codeRules';
import { parseArea } from '../geojson';
import { type GridDraft, useSaveGrid } from '../gridQueries';
import { GridCompoundsField } from './GridCompoundsField';
import { GridKindSelect } from './GridKindSelect';

export type GridFormTarget = { mode: 'create' } | { mode: 'edit'; grid: Grid };

type GridFormValues = Omit<GridDraft, 'polygon'> & { polygon: string };

const POLYGON_EXAMPLE =
  '{"type": "Polygon", "coordinates": [[[114.05, 22.54], [114.06, 22.54], [114.06, 22.55], [114.05, 22.54]]]}';

function initialValues(target: GridFormTarget): Partial<GridFormValues> {
  if (target.mode === 'create') return { kind: 'basic', compounds: [] };
  const { grid } = target;
  return {
    kind: grid.kind,
    name: grid.name,
    code: grid.code,
    polygon: formatJson(grid.polygon),
    supervisionPhone: grid.supervisionPhone ?? undefined,
    contactPhone: grid.contactPhone ?? undefined,
    compounds: grid.compounds.map(({ compoundId, relation }) => ({ compoundId, relation })),
  };
}

interface GridFormModalProps {
  community: OrgNode;
  target: GridFormTarget | null;
  onClose: () => void;
}

/** Create or edit a grid; the polygon is GeoJSON text, checked here before it is sent. */
export function GridFormModal({ community, target, onClose }: GridFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GridFormValues>();
  const saveGrid = useSaveGrid(community.id);
  if (!target) return null;
  const existing = target.mode === 'edit' ? target.grid : undefined;

  async function submit({
    polygon,
    code,
    supervisionPhone,
    contactPhone,
    ...rest
  }: GridFormValues): Promise<void> {
    const parsed = parseArea(polygon);
    if (!parsed.ok) return;
    await saveGrid.mutateAsync({
      existing,
      draft: {
        ...rest,
        polygon: parsed.area,
        code: code?.trim() || undefined,
        supervisionPhone: supervisionPhone?.trim() || undefined,
        contactPhone: contactPhone?.trim() || undefined,
      },
    });
    void message.success(t('common.saved'));
    onClose();
  }

  return (
    <FormModal<GridFormValues>
      open
      form={form}
      title={existing ? t('grids.editTitle', { name: existing.name }) : t('grids.createTitle')}
      initialValues={initialValues(target)}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="grid-form-submit"
    >
      <Form.Item name="kind" label={t('grids.kind')} rules={[{ required: true }]}>
        <GridKindSelect disabled={!!existing} />
      </Form.Item>
      <Form.Item name="name" label={t('grids.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input data-testid="grid-form-name" />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('grids.code')}
        extra={existing ? undefined : t('org.codeHint')}
        rules={existing ? [] : [gridCodeRule(t, community.code)]}
      >
        <Input disabled={!!existing} />
      </Form.Item>
      <Form.Item
        name="polygon"
        label={t('grids.polygon')}
        extra={t('grids.polygonHint')}
        rules={[
          { required: true, message: t('grids.polygonRequired') },
          {
            validator: async (_, value?: string) => {
              if (!value) return;
              const parsed = parseArea(value);
              if (!parsed.ok)
                throw new Error(
                  t(parsed.reason === 'json' ? 'grids.polygonNotJson' : 'grids.polygonNotPolygon'),
                );
            },
          },
        ]}
      >
        <Input.TextArea
          rows={5}
          placeholder={POLYGON_EXAMPLE}
          style={{ fontFamily: 'monospace' }}
          data-testid="grid-form-polygon"
        />
      </Form.Item>
      <Form.Item name="contactPhone" label={t('grids.contactPhone')} rules={[{ max: 32 }]}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="supervisionPhone" label={t('grids.supervisionPhone')} rules={[{ max: 32 }]}>
        <Input inputMode="tel" />
      </Form.Item>
      <GridCompoundsField />
    </FormModal>
  );
}
