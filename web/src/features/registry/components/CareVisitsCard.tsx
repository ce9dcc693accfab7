import { PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  type TableColumnsType,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CategoryTreeSelect } from '../../events/components/CategoryTreeSelect';
import type { CareVisit, Person } from '../../../api/registry';
import { FormModal } from '../../../shared/components/FormModal';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { useLogVisit, useSetVisitPlan, useVisitList, useVisitPlan } from '../queries';

/** The server's bounds on a visit plan's interval. */
const MAX_INTERVAL_DAYS = 365;
const NOTES_MAX_LENGTH = 2000;
const NEEDS_MAX_LENGTH = 1000;

/** Care visits (关怀走访) of a person in a care group: how often, the visits so far, and a new one. */
export function CareVisitsCard({ person }: { person: Person }) {
  const { t } = useTranslation();
  const canManage = person.actions.includes('update');
  const [adding, setAdding] = useState(false);
  const list = useVisitList(person.id);

  const columns: TableColumnsType<CareVisit> = [
    { key: 'visitedOn', title: t('registry.care.visitedOn'), dataIndex: 'visitedOn' },
    { key: 'visitor', title: t('registry.care.visitor'), dataIndex: 'visitorName' },
    {
      key: 'notes',
      title: t('registry.care.notes'),
      render: (_, visit) => (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, maxWidth: 420 }}>
          {visit.notes}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'needs',
      title: t('registry.care.needs'),
      render: (_, visit) =>
        visit.eventId !== null ? (
          <>
            {visit.needs} <Link to={`/console/events/${visit.eventId}`}>#{visit.eventId}</Link>
          </>
        ) : (
          (visit.needs ?? '—')
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={t('registry.care.title')}
      style={{ marginTop: 16 }}
      extra={
        canManage ? (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="care-visit-add"
          >
            {t('registry.care.addVisit')}
          </Button>
        ) : null
      }
    >
      {canManage ? <VisitPlanForm personId={person.id} /> : null}
      <CursorTable<CareVisit>
        list={list}
        columns={columns}
        size="small"
        testId="care-visits"
        locale={{ emptyText: t('registry.care.noVisits') }}
      />
      {adding ? <VisitFormModal person={person} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}

/** The interval between visits; the server keeps it, and the overdue list counts from the last visit. */
function VisitPlanForm({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const setPlan = useSetVisitPlan();
  const current = useVisitPlan(personId).data?.intervalDays ?? null;
  const [intervalDays, setIntervalDays] = useState<number | null>(null);
  const [justSaved, setSaved] = useState<number | null>(null);
  const saved = justSaved ?? current;

  function save(): void {
    if (intervalDays === null) return;
    setPlan.mutate(
      { personId, intervalDays },
      {
        onSuccess: (plan) => {
          setSaved(plan.intervalDays);
          void message.success(t('registry.care.planSaved', { count: plan.intervalDays }));
        },
        onError: notifyError,
      },
    );
  }

  return (
    <Flex wrap gap="small" align="center" style={{ marginBottom: 12 }}>
      <Typography.Text>{t('registry.care.plan')}</Typography.Text>
      <InputNumber<number>
        min={1}
        max={MAX_INTERVAL_DAYS}
        precision={0}
        value={intervalDays}
        onChange={setIntervalDays}
        placeholder={t('registry.care.intervalPlaceholder')}
        aria-label={t('registry.care.intervalDays')}
        addonAfter={t('registry.care.days')}
        style={{ width: 180 }}
        data-testid="care-plan-interval"
      />
      <Button
        onClick={save}
        disabled={intervalDays === null}
        loading={setPlan.isPending}
        data-testid="care-plan-save"
      >
        {t('common.save')}
      </Button>
      {saved === null ? null : (
        <Typography.Text type="secondary">{t('registry.care.planEvery', { count: saved })}</Typography.Text>
      )}
    </Flex>
  );
}

interface VisitValues {
  visitedOn: Dayjs;
  notes: string;
  needs?: string;
  needsCategoryCode?: string;
}

function VisitFormModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const logVisit = useLogVisit();

  async function submit(values: VisitValues): Promise<void> {
    const needs = values.needs?.trim();
    await logVisit.mutateAsync({
      personId: person.id,
      visit: {
        visitedOn: values.visitedOn.format('YYYY-MM-DD'),
        notes: values.notes.trim(),
        ...(needs ? { needs } : {}),
        ...(needs && values.needsCategoryCode ? { needsCategoryCode: values.needsCategoryCode } : {}),
      },
    });
    void message.success(t('registry.care.visitLogged'));
    onClose();
  }

  return (
    <FormModal<VisitValues>
      open
      form={form}
      title={t('registry.care.addVisitTitle', { name: person.name })}
      initialValues={{ visitedOn: dayjs() }}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="care-visit-submit"
    >
      <Form.Item name="visitedOn" label={t('registry.care.visitedOn')} rules={[{ required: true }]}>
        <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="notes"
        label={t('registry.care.notes')}
        rules={[
          { required: true, whitespace: true, message: t('registry.care.notesRequired') },
          { max: NOTES_MAX_LENGTH },
        ]}
      >
        <Input.TextArea rows={4} data-testid="care-visit-notes" />
      </Form.Item>
      <Form.Item
        name="needs"
        label={t('registry.care.needs')}
        extra={t('registry.care.needsHint')}
        rules={[{ max: NEEDS_MAX_LENGTH }]}
      >
        <Input.TextArea rows={2} data-testid="care-visit-needs" />
      </Form.Item>
      <Form.Item
        name="needsCategoryCode"
        label={t('registry.care.fileAsEvent')}
        extra={t('registry.care.fileAsEventHint')}
      >
        <CategoryTreeSelect placeholder={t('registry.care.fileAsEventNone')} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
