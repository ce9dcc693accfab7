import {
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Image,
  InputNumber,
  List,
  Result,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { contribute, type LedgerEntry, yuan } from '../../../api/projects';
import { QueryResult } from '../../../shared/components/QueryResult';
import { useFormErrorHandler } from '../../../shared/errors/formErrors';
import { formatDateTime } from '../../../shared/format';
import { PhoneHeader } from '../../events/phone/components/PhoneHeader';
import { ProjectStatusTag } from '../components/ProjectStatusTag';
import { useLedger, useProject, useProjectMutation } from '../queries';

/** `/m/projects/:id`: a project of the resident's compound, its money, their contributions with receipts, and giving. */
export default function PhoneProjectPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const project = useProject(id);
  const ledger = useLedger(id);
  const [form] = Form.useForm<{ amountYuan: number }>();
  const showError = useFormErrorHandler(form);
  const [receipt, setReceipt] = useState<LedgerEntry | null>(null);
  const give = useProjectMutation((amountYuan: number) =>
    contribute(id, { amount: Math.round(amountYuan * 100) }),
  );
  const mine = ledger.items.filter((e) => e.mine);
  return (
    <Flex vertical gap="middle" data-testid="phone-project">
      <PhoneHeader title={t('projects.phone.title')} back="/m/projects" />
      <QueryResult query={project}>
        {(p) => (
          <>
            <Card title={p.title} extra={<ProjectStatusTag status={p.status} />}>
              {p.description ? <Typography.Paragraph>{p.description}</Typography.Paragraph> : null}
              <Descriptions
                column={1}
                size="small"
                items={[
                  { label: t('projects.fields.budget'), children: yuan(p.budget) },
                  { label: t('projects.fields.income'), children: yuan(p.income) },
                  { label: t('projects.fields.expense'), children: yuan(p.expense) },
                  { label: t('projects.fields.balance'), children: yuan(p.balance) },
                ]}
              />
              {p.photos.length ? (
                <Space wrap>
                  {p.photos.map((ph) => (
                    <Image key={ph.id} src={ph.url} width={96} />
                  ))}
                </Space>
              ) : null}
            </Card>
            {receipt ? (
              <Result
                status="success"
                title={t('projects.phone.thanks')}
                subTitle={
                  <span data-testid="receipt-no">
                    {t('projects.phone.receipt', { no: receipt.receiptNo, amount: yuan(receipt.amount) })}
                  </span>
                }
              />
            ) : null}
            {p.actions.includes('contribute') ? (
              <Card title={t('projects.phone.contribute')}>
                <Form
                  form={form}
                  layout="vertical"
                  onFinish={(v) =>
                    void give.mutateAsync(v.amountYuan).then((e) => {
                      setReceipt(e);
                      form.resetFields();
                    }, showError)
                  }
                >
                  <Form.Item
                    name="amountYuan"
                    label={t('projects.fields.amount')}
                    rules={[{ required: true }]}
                  >
                    <InputNumber
                      min={0.01}
                      precision={2}
                      style={{ width: '100%' }}
                      size="large"
                      data-testid="contribute-amount"
                    />
                  </Form.Item>
                  <Button
                    type="primary"
                    htmlType="submit"
                    size="large"
                    block
                    loading={give.isPending}
                    data-testid="contribute-submit"
                  >
                    {t('projects.phone.contribute')}
                  </Button>
                </Form>
              </Card>
            ) : null}
            {mine.length ? (
              <Card size="small" title={t('projects.phone.mine')}>
                <List
                  size="small"
                  dataSource={mine}
                  renderItem={(e) => (
                    <List.Item extra={yuan(e.amount)} data-testid="my-contribution">
                      <List.Item.Meta title={e.receiptNo} description={formatDateTime(e.createdAt)} />
                    </List.Item>
                  )}
                />
              </Card>
            ) : null}
          </>
        )}
      </QueryResult>
    </Flex>
  );
}
