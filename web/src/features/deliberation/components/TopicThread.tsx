import { Button, Empty, Flex, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { ErrorAlert } from '../../../shared/errors/ErrorAlert';
import { useFormErrorHandler } from '../../../shared/errors/formErrors';
import { formatDateTime } from '../../../shared/format';
import { useAddComment, useComments } from '../queries';

const COMMENT_MAX = 2000;

/** A topic's discussion, oldest first, and a reply box for those who may comment (while the topic is live). */
export function TopicThread({ topicId, canReply }: { topicId: number; canReply: boolean }) {
  const { t } = useTranslation();
  const list = useComments(topicId);
  const add = useAddComment(topicId);
  const [form] = Form.useForm<{ body: string }>();
  const showError = useFormErrorHandler(form);
  async function submit(v: { body: string }) {
    try {
      await add.mutateAsync(v.body.trim());
      form.resetFields();
    } catch (error) {
      showError(error);
    }
  }
  return (
    <Flex vertical gap="middle" data-testid="topic-thread">
      {list.error ? <ErrorAlert error={list.error} onRetry={list.refetch} /> : null}
      {!list.isLoading && !list.error && list.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('deliberation.thread.empty')} />
      ) : null}
      {list.items.map((c) => (
        <Flex key={c.id} vertical gap={2} data-testid="topic-comment">
          <Flex gap="small" wrap align="center">
            <Typography.Text strong>{c.authorName}</Typography.Text>
            {c.authorKind === 'staff' ? <Tag color="blue">{t('deliberation.source.staff')}</Tag> : null}
            <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
              {formatDateTime(c.createdAt)}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{c.body}</Typography.Paragraph>
        </Flex>
      ))}
      <LoadMore list={list} />
      {canReply ? (
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
          <Form.Item
            name="body"
            label={t('deliberation.thread.reply')}
            rules={[
              { required: true, whitespace: true, message: t('deliberation.thread.replyRequired') },
              { max: COMMENT_MAX },
            ]}
          >
            <Input.TextArea rows={3} maxLength={COMMENT_MAX} showCount data-testid="comment-body" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="comment-submit">
            {t('deliberation.thread.send')}
          </Button>
        </Form>
      ) : null}
    </Flex>
  );
}
