import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Flex, Form, Input, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Assignee } from '../../../api/deliberation';
import { CategoryTreeSelect } from '../../events/components/CategoryTreeSelect';

const MAX_FOLLOW_UPS = 20;

/**
 * The follow-up work of a resolution (`followUps` of the form): each either an event for the closed loop (a
 * category and what to do) or a task with an owner and a due date.
 */
export function FollowUpFields({ assignees }: { assignees: Assignee[] | undefined }) {
  const { t } = useTranslation();
  return (
    <Form.List name="followUps">
      {(fields, { add, remove }) => (
        <Flex vertical gap="small">
          {fields.map((field) => (
            <Card
              key={field.key}
              size="small"
              data-testid="follow-up-row"
              title={t('deliberation.followUps.item', { n: field.name + 1 })}
              extra={
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={(['task', 'event'] as const).map((k) => ({
                    value: k,
                    label: t(`deliberation.followUps.kinds.${k}`),
                  }))}
                />
              </Form.Item>
              <Form.Item noStyle dependencies={[['followUps', field.name, 'kind']]}>
                {({ getFieldValue }) =>
                  getFieldValue(['followUps', field.name, 'kind']) === 'event' ? (
                    <>
                      <Form.Item
                        name={[field.name, 'categoryCode']}
                        label={t('deliberation.followUps.category')}
                        rules={[{ required: true, message: t('deliberation.followUps.categoryRequired') }]}
                      >
                        <CategoryTreeSelect style={{ width: '100%' }} />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'description']}
                        label={t('deliberation.followUps.description')}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            message: t('deliberation.followUps.descriptionRequired'),
                          },
                          { max: 2000 },
                        ]}
                      >
                        <Input.TextArea rows={2} maxLength={2000} />
                      </Form.Item>
                    </>
                  ) : (
                    <>
                      <Form.Item
                        name={[field.name, 'title']}
                        label={t('deliberation.followUps.title')}
                        rules={[
                          {
                            required: true,
                            whitespace: true,
                            message: t('deliberation.followUps.titleRequired'),
                          },
                          { max: 200 },
                        ]}
                      >
                        <Input maxLength={200} data-testid="follow-up-title" />
                      </Form.Item>
                      <Flex gap="middle" wrap>
                        <Form.Item
                          name={[field.name, 'ownerAccountId']}
                          label={t('deliberation.followUps.owner')}
                          rules={[{ required: true, message: t('deliberation.followUps.ownerRequired') }]}
                          style={{ flex: '1 1 200px' }}
                        >
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            loading={!assignees}
                            data-testid="follow-up-owner"
                            options={(assignees ?? []).map((a) => ({
                              value: a.accountId,
                              label: a.displayName,
                            }))}
                          />
                        </Form.Item>
                        <Form.Item
                          name={[field.name, 'dueOn']}
                          label={t('deliberation.followUps.dueOn')}
                          rules={[{ required: true, message: t('deliberation.followUps.dueOnRequired') }]}
                          style={{ flex: '1 1 160px' }}
                        >
                          <DatePicker
                            style={{ width: '100%' }}
                            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
                            data-testid="follow-up-due"
                          />
                        </Form.Item>
                      </Flex>
                    </>
                  )
                }
              </Form.Item>
            </Card>
          ))}
          {fields.length < MAX_FOLLOW_UPS ? (
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'task' })}
              data-testid="follow-up-add"
            >
              {t('deliberation.followUps.add')}
            </Button>
          ) : null}
        </Flex>
      )}
    </Form.List>
  );
}
