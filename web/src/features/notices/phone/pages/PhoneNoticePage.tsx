import { App, Button, Card, Flex, Form, Input, List, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { useFormErrorHandler } from '../../../../shared/errors/formErrors';
import { PhoneHeader } from '../../../events/phone/components/PhoneHeader';
import { NoticeBody, NoticePhaseTag } from '../../components/NoticeBody';
import { ObjectionStatusTag } from '../../components/ObjectionsCard';
import { useFileObjection, useMarkRead, useObjections } from '../../queries';

/** `/m/notices/:id`: opening the notice is the resident's read receipt; they may object while it runs. */
export default function PhoneNoticePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const read = useMarkRead();
  const { mutate } = read;
  useEffect(() => mutate(id), [id, mutate]);
  const n = read.data;
  return (
    <Flex vertical gap="middle">
      <PhoneHeader title={t('notices.phone.title')} back="/m/notices" />
      {read.isPending ? <PageSpinner /> : null}
      {read.isError ? <ErrorAlert error={read.error} onRetry={() => mutate(id)} /> : null}
      {n ? (
        <>
          <Card size="small">
            <Flex vertical gap="small">
              <Flex justify="space-between" gap="small" align="start">
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {n.title}
                </Typography.Title>
                <NoticePhaseTag notice={n} />
              </Flex>
              <NoticeBody notice={n} />
            </Flex>
          </Card>
          <MyObjections noticeId={n.id} canObject={n.actions.includes('object')} />
        </>
      ) : null}
    </Flex>
  );
}

function MyObjections({ noticeId, canObject }: { noticeId: number; canObject: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mine = useObjections(noticeId);
  const file = useFileObjection(noticeId);
  const [form] = Form.useForm<{ text: string }>();
  const showError = useFormErrorHandler(form);
  return (
    <>
      {mine.data?.length ? (
        <Card size="small" title={t('notices.phone.mine')}>
          <List
            dataSource={mine.data}
            renderItem={(o) => (
              <List.Item key={o.id}>
                <Flex vertical gap={4}>
                  <Typography.Text>{o.text}</Typography.Text>
                  <ObjectionStatusTag status={o.status} />
                  {o.reply ? (
                    <Typography.Text type="secondary">
                      {t('notices.phone.reply')}：{o.reply}
                    </Typography.Text>
                  ) : null}
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
      {canObject ? (
        <Card size="small" title={t('notices.phone.object')}>
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) =>
              void file.mutateAsync(v.text).then(() => {
                form.resetFields();
                void message.success(t('notices.phone.submitted'));
              }, showError)
            }
          >
            <Form.Item
              name="text"
              label={t('notices.phone.objectionText')}
              rules={[{ required: true, max: 2000 }]}
            >
              <Input.TextArea rows={4} data-testid="objection-text" />
            </Form.Item>
            <Button
              type="primary"
              size="large"
              block
              htmlType="submit"
              loading={file.isPending}
              data-testid="objection-submit"
            >
              {t('notices.phone.submit')}
            </Button>
          </Form>
        </Card>
      ) : null}
    </>
  );
}
