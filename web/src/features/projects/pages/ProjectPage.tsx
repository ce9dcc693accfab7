import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Image, InputNumber, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { actOnProject, ledgerUrl, type ProjectAction, yuan } from '../../../api/projects';
import { QueryResult } from '../../../shared/components/QueryResult';
import { ReasonModal } from '../../../shared/components/ReasonModal';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { placeLabel } from '../../votes/model';
import { AcceptModal } from '../components/AcceptModal';
import { EntryModal } from '../components/EntryModal';
import { LedgerTable } from '../components/LedgerTable';
import { ProjectFormModal } from '../components/ProjectFormModal';
import { ProjectStatusTag } from '../components/ProjectStatusTag';
import { useProject, useProjectMutation } from '../queries';

/** `/console/projects/:id`: the project, its lifecycle steps, its money and the ledger export. */
export default function ProjectPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { modal } = App.useApp();
  const notify = useNotifyError();
  const project = useProject(id);
  const [accepting, setAccepting] = useState(false);
  const [recording, setRecording] = useState(false);
  const [voteId, setVoteId] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const cancel = useProjectMutation((reason: string) => actOnProject(id, 'cancel', { note: reason }));
  const step = useProjectMutation((a: { action: ProjectAction; voteId?: number }) =>
    actOnProject(id, a.action, a.voteId ? { by: 'vote', voteId: a.voteId } : {}),
  );
  const run = (action: ProjectAction, vote?: number) =>
    void modal.confirm({
      title: t(`projects.actions.${action}`),
      content: t(`projects.confirm.${action}`),
      onOk: () => step.mutateAsync(vote ? { action, voteId: vote } : { action }).catch(notify),
    });
  return (
    <QueryResult query={project}>
      {(p) => (
        <Flex vertical gap="middle">
          <Card
            title={<span data-testid="project-heading">{p.title}</span>}
            extra={
              <Space wrap>
                {p.actions.includes('approve') ? (
                  <>
                    <Button type="primary" onClick={() => run('approve')} data-testid="project-approve">
                      {t('projects.actions.approve')}
                    </Button>
                    <InputNumber
                      placeholder={t('projects.voteId')}
                      min={1}
                      value={voteId}
                      onChange={(v) => setVoteId(v)}
                    />
                    <Button disabled={!voteId} onClick={() => voteId && run('approve', voteId)}>
                      {t('projects.approveByVote')}
                    </Button>
                  </>
                ) : null}
                {p.actions.includes('start') ? (
                  <Button type="primary" onClick={() => run('start')} data-testid="project-start">
                    {t('projects.actions.start')}
                  </Button>
                ) : null}
                {p.actions.includes('accept') ? (
                  <Button type="primary" onClick={() => setAccepting(true)} data-testid="project-accept">
                    {t('projects.actions.accept')}
                  </Button>
                ) : null}
                {p.actions.includes('close') ? (
                  <Button onClick={() => run('close')} data-testid="project-close">
                    {t('projects.actions.close')}
                  </Button>
                ) : null}
                {p.actions.includes('edit') ? (
                  <Button onClick={() => setEditing(true)} data-testid="project-edit">
                    {t('common.edit')}
                  </Button>
                ) : null}
                {p.actions.includes('cancel') ? (
                  // The server refuses a cancel while money is held; say so before, not after, the reason is typed.
                  <Tooltip
                    title={p.balance > 0 ? t('projects.refundFirst', { balance: yuan(p.balance) }) : null}
                  >
                    <Button
                      danger
                      disabled={p.balance > 0}
                      onClick={() => setCancelling(true)}
                      data-testid="project-cancel"
                    >
                      {t('projects.actions.cancel')}
                    </Button>
                  </Tooltip>
                ) : null}
              </Space>
            }
          >
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { label: t('projects.fields.status'), children: <ProjectStatusTag status={p.status} /> },
                { label: t('projects.fields.where'), children: placeLabel(p.path) },
                { label: t('projects.fields.budget'), children: yuan(p.budget) },
                {
                  label: t('projects.fields.crowdfunding'),
                  children: p.crowdfunding
                    ? t('projects.crowdfundingYes', { count: p.contributions })
                    : t('common.no'),
                },
                { label: t('projects.fields.income'), children: yuan(p.income) },
                { label: t('projects.fields.expense'), children: yuan(p.expense) },
                {
                  label: t('projects.fields.balance'),
                  children: <span data-testid="project-balance">{yuan(p.balance)}</span>,
                },
                {
                  label: t('projects.fields.approvedBy'),
                  children: p.approvedBy ? t(`projects.approval.${p.approvedBy}`, { id: p.voteId }) : '—',
                },
                {
                  label: t('projects.fields.needs'),
                  children: p.needs.map((n) => n.title).join('、') || '—',
                },
                {
                  label: t('projects.fields.resources'),
                  children: p.resources.map((r) => r.name).join('、') || '—',
                },
                ...(p.description
                  ? [{ label: t('projects.fields.description'), children: p.description }]
                  : []),
                ...(p.acceptanceNote
                  ? [{ label: t('projects.fields.acceptanceNote'), children: p.acceptanceNote }]
                  : []),
              ]}
            />
            {p.photos.length ? (
              <Image.PreviewGroup>
                <Space wrap style={{ marginTop: 12 }}>
                  {p.photos.map((ph) => (
                    <Image key={ph.id} src={ph.url} width={120} />
                  ))}
                </Space>
              </Image.PreviewGroup>
            ) : null}
          </Card>
          <Card
            title={t('projects.ledger')}
            extra={
              <Space>
                {p.actions.includes('record') ? (
                  <Button type="primary" onClick={() => setRecording(true)} data-testid="entry-record">
                    {t('projects.record')}
                  </Button>
                ) : null}
                <Button icon={<DownloadOutlined />} href={ledgerUrl(p.id)} data-testid="ledger-export">
                  {t('projects.export')}
                </Button>
              </Space>
            }
          >
            <LedgerTable projectId={p.id} />
          </Card>
          <AcceptModal id={p.id} open={accepting} onClose={() => setAccepting(false)} />
          <EntryModal project={p} open={recording} onClose={() => setRecording(false)} />
          <ProjectFormModal
            open={editing}
            project={p}
            onClose={() => setEditing(false)}
            onSaved={() => setEditing(false)}
          />
          <ReasonModal
            open={cancelling}
            title={t('projects.actions.cancel')}
            label={t('projects.cancelReason')}
            onSubmit={async (reason) => {
              await cancel.mutateAsync(reason);
              setCancelling(false);
            }}
            onCancel={() => setCancelling(false)}
            submitText={t('projects.actions.cancel')}
            testId="project-cancel"
          />
        </Flex>
      )}
    </QueryResult>
  );
}
