import { Button, Card, Descriptions, Flex, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseAction } from '../../../api/mediation';
import { PageSpinner } from '../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { formatDateTime } from '../../../shared/format';
import { placeLabel } from '../../votes/model';
import { DecisionModal } from '../components/DecisionModal';
import { useCase } from '../queries';

/** `/console/mediation/cases/:id`: the case's file — parties, mediators, sessions, outcome — and its next steps. */
export default function CasePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const q = useCase(id);
  const [action, setAction] = useState<CaseAction | null>(null);
  if (q.isLoading) return <PageSpinner />;
  if (q.error || !q.data) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const c = q.data;
  const dash = (v: string | null) => v ?? '—';
  return (
    <Flex vertical gap="middle">
      <Card
        title={<span data-testid="case-heading">{c.title}</span>}
        extra={
          <Space wrap>
            {c.actions.map((a) => (
              <Button
                key={a}
                type={a === 'agree' ? 'primary' : 'default'}
                onClick={() => setAction(a)}
                data-testid={`case-${a}`}
              >
                {t(`mediation.actions.${a}`)}
              </Button>
            ))}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('mediation.fields.status')}>
            <Tag data-testid="case-status">{t(`mediation.states.${c.status}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.fields.type')}>
            {t(`mediation.types.${c.type}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.fields.where')}>{placeLabel(c.path)}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.fields.eventId')}>
            {c.eventId ? <Link to={`/console/events/${c.eventId}`}>#{c.eventId}</Link> : '—'}
          </Descriptions.Item>
          {c.parties.map((p) => (
            <Descriptions.Item key={p.id} label={t(`mediation.roles.${p.role}`)}>
              {p.name}
            </Descriptions.Item>
          ))}
          <Descriptions.Item label={t('mediation.fields.mediators')}>
            {c.mediators.map((m) => m.name).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.fields.openedAt')}>
            {formatDateTime(c.openedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.fields.summary')} span={2}>
            {c.summary}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.fields.agreement')} span={2}>
            <span data-testid="case-agreement">{dash(c.agreement)}</span>
          </Descriptions.Item>
          {c.failureReason ? (
            <Descriptions.Item label={t('mediation.fields.reason')}>{c.failureReason}</Descriptions.Item>
          ) : null}
          {c.referredTo ? (
            <Descriptions.Item label={t('mediation.fields.referredTo')}>{c.referredTo}</Descriptions.Item>
          ) : null}
          {c.followUpOn ? (
            <Descriptions.Item label={t('mediation.fields.result')}>
              {c.followUpOn} {dash(c.followUpResult)}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={t('mediation.sessions')} size="small">
        <List
          dataSource={c.sessions}
          locale={{ emptyText: t('mediation.noSessions') }}
          data-testid="case-sessions"
          renderItem={(s) => (
            <List.Item>
              <List.Item.Meta
                title={`${formatDateTime(s.heldAt)} · ${s.place}`}
                description={`${s.attendees.join('、')} — ${s.notes}`}
              />
            </List.Item>
          )}
        />
      </Card>
      {action ? <DecisionModal caseId={c.id} action={action} onClose={() => setAction(null)} /> : null}
    </Flex>
  );
}
