import { MessageOutlined, RedoOutlined, StarOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Modal, Rate, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../api/eventsPhone';
import { ApiError } from '../../../../api/errors';
import { useNotifyError } from '../../../../shared/errors/useNotifyError';
import { type ActionRequest, useRefreshReport, useReportAction } from '../queries';

const NOTE_MAX_LENGTH = 1000;
const COMMENT_MAX_LENGTH = 2000;
const SCORES = [1, 2, 3, 4, 5] as const;

/** The words for a score ("满意"), for the stars' tooltips and the line under them. */
function useScoreWords(): (score: number) => string {
  const { t } = useTranslation();
  return (score) => {
    switch (score) {
      case 1:
        return t('residentEvents.detail.score1');
      case 2:
        return t('residentEvents.detail.score2');
      case 3:
        return t('residentEvents.detail.score3');
      case 4:
        return t('residentEvents.detail.score4');
      default:
        return t('residentEvents.detail.score5');
    }
  };
}

/**
 * What the resident may do to their report now, exactly the server's `actions`: withdraw it while nobody has
 * taken it, rate it once closed, ask for it to be handled again after a low rating, and leave a message.
 * A report that moved on meanwhile (409) is read again and the resident told so.
 */
export function ReportActions({ report, elder }: { report: EventDetail; elder: boolean }) {
  const allowed = new Set(report.actions);
  const act = useReportAction(report.id);
  const refresh = useRefreshReport(report.id);
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();

  function run(request: ActionRequest, done: string, after?: () => void) {
    act.mutate(request, {
      onSuccess: () => {
        void message.success(done);
        after?.();
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          void message.info(t('residentEvents.detail.stale'));
          void refresh();
        } else {
          notifyError(error);
        }
      },
    });
  }

  const busy = act.isPending ? act.variables?.action : undefined;
  return (
    <Flex vertical gap="middle" data-testid="report-actions">
      {allowed.has('rate') ? <RateCard elder={elder} busy={busy === 'rate'} run={run} /> : null}
      {allowed.has('reopen') ? <ReopenCard busy={busy === 'reopen'} run={run} /> : null}
      {allowed.has('comment') ? <CommentCard busy={busy === 'comment'} run={run} /> : null}
      {allowed.has('cancel') ? <CancelButton busy={busy === 'cancel'} run={run} /> : null}
    </Flex>
  );
}

type Run = (request: ActionRequest, done: string, after?: () => void) => void;

function RateCard({ elder, busy, run }: { elder: boolean; busy: boolean; run: Run }) {
  const { t } = useTranslation();
  const words = useScoreWords();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Card
      title={
        <>
          <StarOutlined /> {t('residentEvents.detail.rateTitle')}
        </>
      }
      data-testid="rate-card"
    >
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('residentEvents.detail.rateHint')}</Typography.Text>
        <Flex vertical align="center" gap={4}>
          <Rate
            value={score}
            onChange={(value) => {
              setScore(value);
              setMissing(false);
            }}
            tooltips={SCORES.map(words)}
            aria-label={t('residentEvents.detail.rateLabel')}
            style={{ fontSize: elder ? 48 : 40 }}
            data-testid="rate-stars"
          />
          <Typography.Text strong aria-live="polite" style={{ minHeight: '1.6em' }}>
            {score ? words(score) : ''}
          </Typography.Text>
          {missing ? (
            <Typography.Text type="danger" role="alert">
              {t('residentEvents.detail.rateRequired')}
            </Typography.Text>
          ) : null}
        </Flex>
        <Input.TextArea
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={NOTE_MAX_LENGTH}
          placeholder={t('residentEvents.detail.rateComment')}
          aria-label={t('residentEvents.detail.rateComment')}
          data-testid="rate-comment"
        />
        <Button
          type="primary"
          size="large"
          block
          loading={busy}
          style={{ minHeight: 52 }}
          onClick={() => {
            if (!score) {
              setMissing(true);
              return;
            }
            run(
              { action: 'rate', body: { score, ...(comment.trim() ? { comment: comment.trim() } : {}) } },
              t('residentEvents.detail.rated'),
            );
          }}
          data-testid="rate-submit"
        >
          {t('residentEvents.detail.rateSubmit')}
        </Button>
      </Flex>
    </Card>
  );
}

function ReopenCard({ busy, run }: { busy: boolean; run: Run }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <Card
      title={
        <>
          <RedoOutlined /> {t('residentEvents.detail.reopenTitle')}
        </>
      }
      data-testid="reopen-card"
    >
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{t('residentEvents.detail.reopenHint')}</Typography.Text>
        <Input.TextArea
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={NOTE_MAX_LENGTH}
          placeholder={t('residentEvents.detail.reopenReason')}
          aria-label={t('residentEvents.detail.reopenReason')}
        />
        <Button
          size="large"
          block
          danger
          loading={busy}
          style={{ minHeight: 52 }}
          onClick={() =>
            run(
              { action: 'reopen', body: reason.trim() ? { reason: reason.trim() } : {} },
              t('residentEvents.detail.reopened'),
              () => setReason(''),
            )
          }
          data-testid="reopen-submit"
        >
          {t('residentEvents.detail.reopenSubmit')}
        </Button>
      </Flex>
    </Card>
  );
}

function CommentCard({ busy, run }: { busy: boolean; run: Run }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Card
      title={
        <>
          <MessageOutlined /> {t('residentEvents.detail.commentTitle')}
        </>
      }
      data-testid="comment-card"
    >
      <Flex vertical gap="middle">
        <Input.TextArea
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            if (event.target.value.trim()) setMissing(false);
          }}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={COMMENT_MAX_LENGTH}
          status={missing ? 'error' : undefined}
          placeholder={t('residentEvents.detail.commentPlaceholder')}
          aria-label={t('residentEvents.detail.commentTitle')}
          data-testid="comment-note"
        />
        {missing ? (
          <Typography.Text type="danger" role="alert">
            {t('residentEvents.detail.commentRequired')}
          </Typography.Text>
        ) : null}
        <Button
          size="large"
          block
          loading={busy}
          style={{ minHeight: 52 }}
          onClick={() => {
            if (!note.trim()) {
              setMissing(true);
              return;
            }
            run(
              { action: 'comment', body: { note: note.trim() } },
              t('residentEvents.detail.commented'),
              () => setNote(''),
            );
          }}
          data-testid="comment-submit"
        >
          {t('residentEvents.detail.commentSubmit')}
        </Button>
      </Flex>
    </Card>
  );
}

function CancelButton({ busy, run }: { busy: boolean; run: Run }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  return (
    <>
      <Button
        size="large"
        block
        danger
        icon={<StopOutlined />}
        onClick={() => setOpen(true)}
        style={{ minHeight: 52 }}
        data-testid="cancel-open"
      >
        {t('residentEvents.detail.cancel')}
      </Button>
      <Modal
        open={open}
        title={t('residentEvents.detail.cancelTitle')}
        onCancel={() => setOpen(false)}
        okText={t('residentEvents.detail.cancelConfirm')}
        cancelText={t('residentEvents.detail.cancelKeep')}
        okButtonProps={{ danger: true, loading: busy, size: 'large' }}
        cancelButtonProps={{ size: 'large' }}
        onOk={() =>
          run(
            { action: 'cancel', body: note.trim() ? { note: note.trim() } : {} },
            t('residentEvents.detail.cancelled'),
            () => setOpen(false),
          )
        }
        destroyOnHidden
      >
        <Input.TextArea
          value={note}
          onChange={(event) => setNote(event.target.value)}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={NOTE_MAX_LENGTH}
          placeholder={t('residentEvents.detail.cancelNote')}
          aria-label={t('residentEvents.detail.cancelNote')}
        />
      </Modal>
    </>
  );
}
