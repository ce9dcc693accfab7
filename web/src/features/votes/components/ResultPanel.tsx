import { Card, Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoteResult } from '../../../api/votes';
import { percent2, resultBars } from '../model';

/**
 * The tally by area and by headcount together, each against its threshold (RULES.md §1): participation against
 * 2/3 of all owners, agreement against the rule among those who took part.
 */
export function ResultPanel({ result, compact }: { result: VoteResult; compact?: boolean }) {
  const { t } = useTranslation();
  const label = {
    participationArea: `${t('votes.result.participation')} · ${t('votes.result.byArea')}`,
    participationHeads: `${t('votes.result.participation')} · ${t('votes.result.byHeads')}`,
    agreeArea: `${t('votes.result.agree')} · ${t('votes.result.byArea')}（${t('votes.result.ofParticipants')}）`,
    agreeHeads: `${t('votes.result.agree')} · ${t('votes.result.byHeads')}（${t('votes.result.ofParticipants')}）`,
  };
  return (
    <Card
      size={compact ? 'small' : 'default'}
      title={
        <Flex gap="small" align="center" wrap>
          {t('votes.result.title')}
          <Tag color={result.final ? 'blue' : 'processing'}>
            {result.final ? t('votes.result.final') : t('votes.result.live')}
          </Tag>
        </Flex>
      }
      data-testid="vote-result"
    >
      <Flex vertical gap="small">
        <Flex gap="small" wrap>
          <Tag color={result.quorumMet ? 'success' : 'warning'}>
            {result.quorumMet ? t('votes.result.quorumMet') : t('votes.result.quorumNotMet')}
          </Tag>
          <Tag color={result.passed ? 'success' : 'error'} data-testid="vote-passed">
            {result.passed ? t('votes.result.passed') : t('votes.result.failed')}
          </Tag>
          <Tag>{t('votes.result.ballots', { count: result.ballots })}</Tag>
          {result.absentCountsAsAgree ? (
            <Tag color="purple">{t('votes.result.deemed', { count: result.deemedAgreeing })}</Tag>
          ) : null}
        </Flex>
        {resultBars(result).map((bar) => (
          <div key={bar.key} data-testid={`bar-${bar.key}`}>
            <Flex justify="space-between" wrap gap="small">
              <Typography.Text>{label[bar.key]}</Typography.Text>
              <Typography.Text type="secondary">
                {bar.key.endsWith('Area')
                  ? t('votes.result.area', { value: bar.part.toFixed(2), total: bar.whole.toFixed(2) })
                  : t('votes.result.heads', { value: bar.part, total: bar.whole })}
                {' · '}
                {percent2(bar.value)}
              </Typography.Text>
            </Flex>
            <div style={{ position: 'relative' }}>
              <Progress
                percent={Math.floor(bar.value * 10_000) / 100}
                showInfo={false}
                status={bar.met ? 'success' : 'normal'}
                strokeColor={bar.met ? undefined : '#faad14'}
              />
              {/* The threshold, marked where the bar must reach. */}
              <span
                aria-hidden
                style={{
                  position: 'absolute',
                  left: `${bar.threshold * 100}%`,
                  top: 2,
                  bottom: 2,
                  width: 2,
                  background: '#595959',
                }}
              />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: '0.85em' }}>
              {t(`votes.result.thresholds.${bar.key.startsWith('participation') ? 'quorum' : result.rule}`)}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
