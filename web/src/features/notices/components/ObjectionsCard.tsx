import { App, Button, Card, Empty, Flex, Form, Input, List, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Objection } from '../../../api/notices';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useFormErrorHandler } from '../../../shared/errors/formErrors';
import { formatDateTime } from '../../../shared/format';
import { useObjections, useResolveObjection } from '../queries';

const STATUS_COLOR = { pending: 'orange', accepted: 'green', dismissed: 'default' } as const;

export function ObjectionStatusTag({ status }: { status: Objection['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`notices.objectionStatus.${status}`)}</Tag>;
}

/** The written objections to a notice; staff who manage it resolve each pending one with a reply. */
export function ObjectionsCard({ noticeId, canResolve }: { noticeId: number; canResolve: boolean }) {
  const { t } = useTranslation();
  const objections = useObjections(noticeId);
  return (
    <Card title={t('notices.objections')} data-testid="notice-objections">
      {objections.isError ? (
        <ErrorAlert error={objections.error} onRetry={() => void objections.refetch()} />
      ) : null}
      <List
        locale={{ emptyText: <Empty description={t('notices.noObjections')} /> }}
        dataSource={objections.data ?? []}
        renderItem={(o) => (
          <List.Item key={o.id}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex gap="small" align="center" wrap>
                <Typography.Text strong>{o.authorName}</Typography.Text>
                <Typography.Text type="secondary">{formatDateTime(o.createdAt)}</Typography.Text>
                <ObjectionStatusTag status={o.status} />
              </Flex>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {o.text}
              </Typography.Paragraph>
              {o.reply ? (
                <Typography.Text type="secondary">
                  {t('notices.phone.reply')}（{o.resolvedByName}）：{o.reply}
                </Typography.Text>
              ) : null}
              {canResolve && o.status === 'pending' ? (
                <ResolveForm noticeId={noticeId} objectionId={o.id} />
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}

function ResolveForm({ noticeId, objectionId }: { noticeId: number; objectionId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ resolution: 'accepted' | 'dismissed'; reply: string }>();
  const resolve = useResolveObjection(noticeId);
  const showError = useFormErrorHandler(form);
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) =>
        void resolve
          .mutateAsync({ objectionId, ...v })
          .then(() => void message.success(t('common.saved')), showError)
      }
      data-testid="resolve-objection"
    >
      <Form.Item name="resolution" rules={[{ required: true }]} style={{ marginBottom: 8 }}>
        <Radio.Group
          options={(['accepted', 'dismissed'] as const).map((r) => ({
            value: r,
            label: t(`notices.resolve.${r}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="reply" rules={[{ required: true, max: 2000 }]} style={{ marginBottom: 8 }}>
        <Input.TextArea rows={2} placeholder={t('notices.resolve.reply')} />
      </Form.Item>
      <Button htmlType="submit" type="primary" size="small" loading={resolve.isPending}>
        {t('notices.resolve.submit')}
      </Button>
    </Form>
  );
}
