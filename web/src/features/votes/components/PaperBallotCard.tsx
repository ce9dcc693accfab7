import { App, Button, Card, Empty, Flex, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice, Elector } from '../../../api/votes';
import { useFormErrorHandler } from '../../../shared/errors/formErrors';
import { useCastBallot, useElectors } from '../queries';

interface Values {
  choice: Choice;
  channel: 'paper' | 'proxy';
  proxyName?: string;
}

/**
 * Staff enter a paper or proxy ballot: find the house by its number in the frozen electorate, then record its
 * owner's answer (and the proxy's name for a proxy).
 */
export function PaperBallotCard({ voteId }: { voteId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [number, setNumber] = useState('');
  const [house, setHouse] = useState<Elector | null>(null);
  const found = useElectors(voteId, number, number !== '');
  const cast = useCastBallot(voteId);
  const [form] = Form.useForm<Values>();
  const showError = useFormErrorHandler(form);
  const channel = Form.useWatch('channel', form);

  async function submit(v: Values) {
    if (!house) return;
    try {
      await cast.mutateAsync({
        houseId: house.houseId,
        choice: v.choice,
        channel: v.channel,
        ...(v.channel === 'proxy' ? { proxyName: v.proxyName ?? '' } : {}),
      });
      void message.success(t('votes.ballot.saved'));
      setHouse(null);
      setNumber('');
      form.resetFields();
    } catch (error) {
      showError(error);
    }
  }

  return (
    <Card title={t('votes.actions.enterBallot')} size="small" data-testid="paper-ballot">
      <Flex vertical gap="small">
        <Input.Search
          placeholder={t('votes.ballot.findHouse')}
          enterButton
          allowClear
          onSearch={(v) => {
            setHouse(null);
            setNumber(v.trim());
          }}
          data-testid="paper-house-number"
          style={{ maxWidth: 320 }}
        />
        {number && !found.isLoading && found.items.length === 0 ? (
          <Empty description={t('votes.ballot.noHouse')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : null}
        <Flex wrap gap="small">
          {(number ? found.items : []).map((e) => (
            <Button
              key={e.houseId}
              type={house?.houseId === e.houseId ? 'primary' : 'default'}
              onClick={() => setHouse(e)}
              data-testid="paper-house"
            >
              {e.houseLabel}
              {e.ballot ? ` · ${t('votes.ballot.alreadyVoted')}` : ''}
            </Button>
          ))}
        </Flex>
        {house ? (
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ channel: 'paper' }}
            onFinish={(v) => void submit(v)}
          >
            <Typography.Paragraph type="secondary">
              {house.ownerNames.join('、') || (house.developerHeld ? t('votes.electorate.developer') : '')} ·{' '}
              {house.area.toFixed(2)} ㎡
            </Typography.Paragraph>
            <Form.Item name="choice" label={t('votes.ballot.choice')} rules={[{ required: true }]}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={(['agree', 'disagree', 'abstain'] as const).map((c) => ({
                  value: c,
                  label: t(`votes.choices.${c}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="channel" label={t('votes.ballot.channel')}>
              <Radio.Group
                options={(['paper', 'proxy'] as const).map((c) => ({
                  value: c,
                  label: t(`votes.channels.${c}`),
                }))}
              />
            </Form.Item>
            {channel === 'proxy' ? (
              <Form.Item
                name="proxyName"
                label={t('votes.ballot.proxyName')}
                rules={[{ required: true, max: 50 }]}
              >
                <Input data-testid="paper-proxy-name" style={{ maxWidth: 240 }} />
              </Form.Item>
            ) : null}
            <Button type="primary" htmlType="submit" loading={cast.isPending} data-testid="paper-submit">
              {t('common.save')}
            </Button>
          </Form>
        ) : null}
      </Flex>
    </Card>
  );
}
