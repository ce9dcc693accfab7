import { PlusOutlined } from '@ant-design/icons';
import { Alert as Notice, Button, Flex, Form, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createDevice, DEVICE_KINDS, type Device, type DeviceKind } from '../../../api/devices';
import { FormModal } from '../../../shared/components/FormModal';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { placeLabel } from '../../votes/model';
import { useDeviceMutation, useDevices, useReadings } from '../queries';

interface Values {
  nodeId: number;
  kind: DeviceKind;
  code: string;
  name: string;
}

const shown = (v: Record<string, unknown> | null) =>
  v
    ? Object.entries(v)
        .map(([k, x]) => `${k}=${String(x)}`)
        .join(', ')
    : '';

function Readings({ device }: { device: Device }) {
  const { t } = useTranslation();
  const list = useReadings(device.id);
  return (
    <>
      <Typography.Text type="secondary">
        {t('devices.topic')}: <Typography.Text code>{device.topic}</Typography.Text>
      </Typography.Text>
      <CursorTable
        list={list}
        testId="device-readings"
        rowKey="messageKey"
        columns={[
          { title: t('devices.measuredAt'), render: (_, r) => formatDateTime(r.measuredAt) },
          { title: t('devices.values'), render: (_, r) => shown(r.values) },
        ]}
      />
    </>
  );
}

/** `/console/devices`: the devices in scope, registration (its token shown once) and each one's recent readings. */
export default function DevicesPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [creating, setCreating] = useState(false);
  const [token, setToken] = useState<string | null>(null);
  const create = useDeviceMutation(createDevice);
  const list = useDevices();
  async function submit(v: Values) {
    const d = await create.mutateAsync(v);
    setCreating(false);
    setToken(d.token);
  }
  return (
    <>
      {hasPermission(user, 'device.manage') ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('devices.create')}
          </Button>
        </Flex>
      ) : null}
      <CursorTable<Device>
        list={list}
        testId="devices-table"
        expandable={{ expandedRowRender: (d) => <Readings device={d} /> }}
        columns={[
          { title: t('devices.code'), dataIndex: 'code' },
          { title: t('devices.name'), dataIndex: 'name' },
          { title: t('devices.kind'), render: (_, d) => t(`devices.kinds.${d.kind}`) },
          { title: t('devices.where'), render: (_, d) => placeLabel(d.path) },
          {
            title: t('devices.state'),
            render: (_, d) =>
              d.status === 'retired' ? (
                <Tag>{t('devices.retired')}</Tag>
              ) : (
                <Tag color={d.online ? 'green' : 'default'}>
                  {t(d.online ? 'devices.online' : 'devices.offline')}
                </Tag>
              ),
          },
          { title: t('devices.lastSeen'), render: (_, d) => formatDateTime(d.lastSeenAt) },
          { title: t('devices.values'), render: (_, d) => shown(d.lastValues) },
        ]}
      />
      <FormModal<Values>
        open={creating}
        title={t('devices.create')}
        form={form}
        onSubmit={submit}
        onCancel={() => setCreating(false)}
      >
        <Form.Item name="nodeId" label={t('devices.where')} rules={[{ required: true }]}>
          <NodeSelect kinds={['compound', 'building', 'unit']} />
        </Form.Item>
        <Form.Item name="kind" label={t('devices.kind')} rules={[{ required: true }]}>
          <Select options={DEVICE_KINDS.map((k) => ({ value: k, label: t(`devices.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('devices.code')}
          rules={[{ required: true, pattern: /^[A-Za-z0-9_-]{1,64}$/ }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="name" label={t('devices.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
      </FormModal>
      <Modal
        open={token !== null}
        title={t('devices.tokenTitle')}
        onOk={() => setToken(null)}
        onCancel={() => setToken(null)}
      >
        <Notice type="warning" showIcon message={t('devices.tokenOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable code data-testid="device-token">
          {token}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
