import { AimOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, InputNumber, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  ANSWER_RESULTS,
  answerItem,
  checkIn,
  fileEvent,
  finishPatrol,
  type AnswerResult,
  type ChecklistItem,
  type Patrol,
} from '../../../api/patrols';
import { PageTitle } from '../../../shared/components/PageTitle';
import { QueryResult } from '../../../shared/components/QueryResult';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { formatDateTime } from '../../../shared/format';
import { localizedName } from '../../events/phone/categories';
import { usePatrol, usePatrolMutation } from '../queries';

function CheckInCard({ patrol }: { patrol: Patrol }) {
  const { t } = useTranslation();
  const notify = useNotifyError();
  const [code, setCode] = useState('');
  const [manual, setManual] = useState(false);
  const [lat, setLat] = useState<number | null>(null);
  const [lng, setLng] = useState<number | null>(null);
  const [locating, setLocating] = useState(false);
  const mutation = usePatrolMutation(checkIn);
  const send = (body: { pointCode?: string; lat?: number; lng?: number }) =>
    mutation.mutateAsync({ id: patrol.id, ...body }).then(() => setCode(''), notify);
  function locate() {
    // Without a location (no permission, no fix, an insecure page) the worker types coordinates instead.
    if (!('geolocation' in navigator)) return setManual(true);
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        void send({ lat: pos.coords.latitude, lng: pos.coords.longitude });
      },
      () => {
        setLocating(false);
        setManual(true);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  }
  return (
    <Card size="small" title={t('patrols.walk.checkIns')} style={{ marginBottom: 12 }}>
      <List
        size="small"
        dataSource={patrol.checkInList}
        locale={{ emptyText: t('patrols.walk.noCheckIn') }}
        data-testid="check-ins"
        renderItem={(c) => (
          <List.Item data-testid="check-in">
            {formatDateTime(c.at)} · {c.placeName ?? `${c.lat ?? ''}, ${c.lng ?? ''}`}
          </List.Item>
        )}
      />
      {patrol.actions.includes('check_in') ? (
        <Flex vertical gap="small" style={{ marginTop: 8 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              value={code}
              onChange={(e) => setCode(e.target.value)}
              placeholder={t('patrols.walk.pointCode')}
              aria-label={t('patrols.walk.pointCode')}
              data-testid="point-code"
            />
            <Button
              type="primary"
              disabled={!code.trim()}
              loading={mutation.isPending}
              onClick={() => void send({ pointCode: code.trim() })}
              data-testid="check-in-code"
            >
              {t('patrols.walk.checkIn')}
            </Button>
          </Space.Compact>
          <Button icon={<AimOutlined />} loading={locating} onClick={locate} data-testid="check-in-location">
            {t('patrols.walk.useLocation')}
          </Button>
          {manual ? (
            <Flex gap="small" wrap data-testid="manual-location">
              <Typography.Text type="secondary">{t('patrols.walk.noLocation')}</Typography.Text>
              <InputNumber<number>
                min={-90}
                max={90}
                value={lat}
                onChange={setLat}
                placeholder={t('patrols.walk.lat')}
                aria-label={t('patrols.walk.lat')}
              />
              <InputNumber<number>
                min={-180}
                max={180}
                value={lng}
                onChange={setLng}
                placeholder={t('patrols.walk.lng')}
                aria-label={t('patrols.walk.lng')}
              />
              <Button
                disabled={lat === null || lng === null}
                onClick={() => lat !== null && lng !== null && void send({ lat, lng })}
              >
                {t('patrols.walk.checkIn')}
              </Button>
            </Flex>
          ) : (
            <Button type="link" size="small" onClick={() => setManual(true)}>
              {t('patrols.walk.enterCoordinates')}
            </Button>
          )}
        </Flex>
      ) : null}
    </Card>
  );
}

function ItemCard({ patrol, item }: { patrol: Patrol; item: ChecklistItem }) {
  const { t, i18n } = useTranslation();
  const notify = useNotifyError();
  const answer = patrol.answers.find((a) => a.itemCode === item.code);
  const [note, setNote] = useState(answer?.note ?? '');
  const save = usePatrolMutation(answerItem);
  const file = usePatrolMutation(fileEvent);
  const may = patrol.actions.includes('answer') && patrol.checkInList.length > 0;
  const record = (result: AnswerResult) =>
    save.mutateAsync({ id: patrol.id, itemCode: item.code, result, note: note.trim() }).catch(notify);
  return (
    <Card size="small" data-testid={`item-${item.code}`}>
      <Typography.Text strong>{localizedName(item.label, i18n.language)}</Typography.Text>
      <Flex vertical gap="small" style={{ marginTop: 8 }}>
        <Segmented<AnswerResult>
          block
          disabled={!may || save.isPending}
          value={answer?.result}
          onChange={(r) => void record(r)}
          options={ANSWER_RESULTS.map((r) => ({
            value: r,
            label: <span data-testid={`answer-${r}`}>{t(`patrols.results.${r}`)}</span>,
          }))}
        />
        {may ? (
          <Input.TextArea
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => answer && note.trim() !== (answer.note ?? '') && void record(answer.result)}
            placeholder={t('patrols.walk.note')}
            data-testid="item-note"
          />
        ) : answer?.note ? (
          <Typography.Text type="secondary">{answer.note}</Typography.Text>
        ) : null}
        {answer?.eventId != null ? (
          <Link to={`/console/events/${answer.eventId}`} data-testid="filed-event">
            {t('patrols.walk.eventFiled', { id: answer.eventId })}
          </Link>
        ) : answer?.result === 'fail' && item.categoryCode && patrol.actions.includes('file_event') ? (
          <Button
            danger
            type="primary"
            size="large"
            loading={file.isPending}
            onClick={() => void file.mutateAsync({ id: patrol.id, itemCode: item.code }).catch(notify)}
            data-testid="file-event"
          >
            {t('patrols.walk.fileEvent')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}

function Walk({ patrol }: { patrol: Patrol }) {
  const { t } = useTranslation();
  const notify = useNotifyError();
  const finish = usePatrolMutation(finishPatrol);
  const open = patrol.status === 'in_progress';
  return (
    <div style={{ maxWidth: 560 }}>
      <PageTitle
        title={patrol.planName}
        tags={
          <Tag color={open ? 'processing' : 'green'} data-testid="patrol-status">
            {t(`patrols.states.${patrol.status}`)}
          </Tag>
        }
      />
      <Typography.Paragraph type="secondary">
        {t('patrols.fields.startedAt')}: {formatDateTime(patrol.startedAt)}
        {patrol.finishedAt
          ? ` · ${t('patrols.fields.finishedAt')}: ${formatDateTime(patrol.finishedAt)}`
          : ''}
      </Typography.Paragraph>
      <CheckInCard patrol={patrol} />
      {open && patrol.checkInList.length === 0 ? (
        <Typography.Paragraph type="warning">{t('patrols.walk.checkInFirst')}</Typography.Paragraph>
      ) : null}
      <Flex vertical gap="small" style={{ marginBottom: 12 }}>
        {patrol.checklist.map((item) => (
          <ItemCard key={item.code} patrol={patrol} item={item} />
        ))}
      </Flex>
      {patrol.actions.includes('finish') ? (
        <Button
          block
          type="primary"
          size="large"
          disabled={patrol.checkInList.length === 0}
          loading={finish.isPending}
          onClick={() => void finish.mutateAsync(patrol.id).catch(notify)}
          data-testid="finish-patrol"
        >
          {t('patrols.walk.finish')}
        </Button>
      ) : null}
    </div>
  );
}

/** `/console/patrols/walk/:id`: one patrol on the phone: check in, answer the checklist, file events, finish. */
export default function PatrolWalkPage() {
  const id = Number(useParams().id);
  const query = usePatrol(id);
  return <QueryResult query={query}>{(p) => <Walk patrol={p} />}</QueryResult>;
}
