import dayjs from 'dayjs';
import { lazy, type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BigScreenSnapshot } from '../../../api/bigscreen';
import { ApiError } from '../../../api/errors';
import { LanguageSwitch } from '../../../i18n/LanguageSwitch';
import NodeMap from '../../maps/components/NodeMap';
import { useCategoryBook } from '../../events/queries';
import { useStatsNode } from '../../events/useStatsNode';
import { countText, rateText, tone } from '../model';
import type { StreamStatus } from '../../../shared/hooks/useServerEvents';
import { useBigScreen, useBigScreenStream } from '../queries';
import '../bigscreen.css';

const BigScreenChart = lazy(() => import('../components/BigScreenChart'));

function Tile({
  label,
  value,
  hint,
  toneOf = 'ok',
  testId,
}: {
  label: string;
  value: string;
  hint?: string | undefined;
  toneOf?: 'ok' | 'warn' | 'alarm';
  testId: string;
}) {
  return (
    <dl className="linli-screen-tile" data-tone={toneOf} data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
      {hint ? <small>{hint}</small> : null}
    </dl>
  );
}

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="linli-screen-panel" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Clock() {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return <span>{now.format('YYYY-MM-DD HH:mm:ss')}</span>;
}

function Screen({ s, status }: { s: BigScreenSnapshot; status: StreamStatus }) {
  const { t, i18n } = useTranslation();
  const book = useCategoryBook();
  const locale = i18n.language;
  const chart = (kind: 'categories' | 'trend', title: string) => (
    <Panel title={title} testId={`bigscreen-${kind}`}>
      <div className="linli-screen-fill">
        <Suspense fallback={null}>
          <BigScreenChart kind={kind} snapshot={s} label={title} />
        </Suspense>
      </div>
    </Panel>
  );
  const alerts = s.alerts;
  return (
    <main className="linli-screen" data-testid="bigscreen">
      <header className="linli-screen-header">
        <h1>{t('bigscreen.title', { name: s.node.name })}</h1>
        <div className="linli-screen-meta">
          <span data-testid="bigscreen-status" data-status={status}>
            <span className="linli-screen-dot" data-status={status} />
            {t(`bigscreen.status.${status}`)}
          </span>
          <span>{t('bigscreen.period', { from: s.from, to: s.to })}</span>
          <Clock />
          <LanguageSwitch size="small" />
        </div>
      </header>

      <div className="linli-screen-tiles">
        <Tile
          testId="bigscreen-today"
          label={t('bigscreen.today')}
          value={countText(s.today.reported, locale)}
        />
        <Tile testId="bigscreen-open" label={t('bigscreen.open')} value={countText(s.open, locale)} />
        <Tile
          testId="bigscreen-overdue-count"
          label={t('bigscreen.overdue')}
          value={countText(s.overdue, locale)}
          toneOf={tone('alarm', s.overdue)}
        />
        <Tile
          testId="bigscreen-handling"
          label={t('bigscreen.handlingRate')}
          value={rateText(s.handlingRate)}
          toneOf={tone('rate', s.handlingRate)}
          hint={t('bigscreen.ofReported', { n: countText(s.reported, locale) })}
        />
        <Tile
          testId="bigscreen-ontime"
          label={t('bigscreen.onTimeRate')}
          value={rateText(s.onTimeRate)}
          toneOf={tone('rate', s.onTimeRate)}
        />
        <Tile
          testId="bigscreen-alert-count"
          label={t('bigscreen.alerts')}
          value={countText(alerts?.active, locale)}
          toneOf={tone('alarm', alerts?.active ?? null)}
        />
        <Tile
          testId="bigscreen-volunteers"
          label={t('bigscreen.volunteerHours')}
          value={countText(s.volunteers?.hours, locale)}
          hint={
            s.volunteers
              ? t('bigscreen.personTimes', { n: countText(s.volunteers.personTimes, locale) })
              : undefined
          }
        />
        <Tile
          testId="bigscreen-leaders"
          label={t('bigscreen.buildingLeaders')}
          value={rateText(s.buildingLeaders?.rate)}
          hint={
            s.buildingLeaders
              ? t('bigscreen.covered', { covered: s.buildingLeaders.covered, total: s.buildingLeaders.total })
              : undefined
          }
        />
      </div>

      <div className="linli-screen-body">
        <div className="linli-screen-column">
          {chart('categories', t('bigscreen.categories'))}
          {chart('trend', t('bigscreen.trend'))}
        </div>

        <Panel title={t('bigscreen.map')}>
          <div className="linli-screen-map" data-testid="bigscreen-map" data-node-id={s.node.id}>
            <NodeMap nodeId={s.node.id} layers={{ heat: true }} height="100%" />
          </div>
        </Panel>

        <div className="linli-screen-column">
          <Panel title={t('bigscreen.alertList')} testId="bigscreen-alerts">
            {!alerts ? (
              <div className="linli-screen-empty">{t('bigscreen.notYours')}</div>
            ) : alerts.items.length === 0 ? (
              <div className="linli-screen-empty">{t('bigscreen.noAlerts')}</div>
            ) : (
              <ul className="linli-screen-list">
                {alerts.items.map((a) => (
                  <li key={a.id} data-alert-id={a.id}>
                    <span className="linli-screen-sev" data-severity={a.severity}>
                      {t(`devices.severity.${a.severity}`)}
                    </span>
                    <span className="linli-screen-grow">
                      {a.deviceName} · {t(`devices.conditions.${a.condition}`)}
                    </span>
                    <span className="linli-screen-dim">{dayjs(a.openedAt).format('MM-DD HH:mm')}</span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
          <Panel title={t('bigscreen.overdueList')} testId="bigscreen-overdue">
            {s.overdueList.length === 0 ? (
              <div className="linli-screen-empty">{t('bigscreen.noOverdue')}</div>
            ) : (
              <ul className="linli-screen-list">
                {s.overdueList.map((e) => (
                  <li key={e.id} data-event-id={e.id}>
                    <span className="linli-screen-grow">
                      {book.label(e.categoryCode)} · {e.placeName}
                    </span>
                    <span className="linli-screen-dim">
                      {e.deadline ? t('bigscreen.due', { at: dayjs(e.deadline).format('MM-DD HH:mm') }) : ''}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
      </div>
    </main>
  );
}

/**
 * The big screen (大屏): a full-screen page without the console's menu, for a street's or district's wall display
 * (1920×1080). `?node=` picks the node, else the user's own. Live: the stream refetches the snapshot on each change.
 */
export default function BigScreenPage() {
  const { t } = useTranslation();
  const [nodeId] = useStatsNode();
  const snapshot = useBigScreen(nodeId);
  const status = useBigScreenStream(nodeId);
  useEffect(() => {
    const previous = document.title;
    if (snapshot.data) document.title = t('bigscreen.title', { name: snapshot.data.node.name });
    return () => {
      document.title = previous;
    };
  }, [snapshot.data, t]);

  if (snapshot.data) return <Screen s={snapshot.data} status={status} />;
  const error = snapshot.error;
  const message =
    nodeId === undefined
      ? t('bigscreen.noNode')
      : error instanceof ApiError && (error.status === 404 || error.status === 403)
        ? t('bigscreen.notYours')
        : error
          ? t('bigscreen.failed')
          : t('bigscreen.loading');
  return (
    <div className="linli-screen-message" role="status">
      {message}
    </div>
  );
}
