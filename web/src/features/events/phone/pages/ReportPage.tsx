import { ArrowLeftOutlined, ArrowRightOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Result, Space, Typography } from 'antd';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { EventDetail, ResidentReport } from '../../../../api/eventsPhone';
import { ApiError } from '../../../../api/errors';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { ErrorAlert } from '../../../../shared/errors/ErrorAlert';
import { isFieldError } from '../../../../shared/errors/fieldPath';
import { useNotifyError } from '../../../../shared/errors/useNotifyError';
import { useCurrentUser } from '../../../auth/currentUser';
import { elderMode } from '../../../resident/elder';
import { type Attempt, attemptFor } from '../attempt';
import { type CategoryTile, categoryName, categoryTiles, findTile, localizedName } from '../categories';
import { CategoryIcon } from '../components/CategoryIcon';
import { CategoryTiles } from '../components/CategoryTiles';
import { PhoneHeader } from '../components/PhoneHeader';
import { PhotoPicker } from '../components/PhotoPicker';
import { PlacePicker } from '../components/PlacePicker';
import { ButtonLink } from '../components/ButtonLink';
import { StatusTag } from '../components/StatusTag';
import { WizardSteps } from '../components/WizardSteps';
import { defaultPlace, type PlaceChoice, placeFields, placeOptions } from '../place';
import { statusHint } from '../status';
import { useCategories, useSubmitReport } from '../queries';
import { MAX_PHOTOS, usePhotoUploads } from '../usePhotoUploads';

const WIZARD = ['category', 'describe', 'photos', 'place'] as const;
type WizardStep = (typeof WIZARD)[number];
type Step = WizardStep | 'done';

const DESCRIPTION_MAX_LENGTH = 2000;

function parseStep(raw: string | null): Step {
  return raw === 'done' || (WIZARD as readonly string[]).includes(raw ?? '') ? (raw as Step) : 'category';
}

/**
 * `/m/report`: report a problem in four screens (what, the words, photos, where) and a confirmation with the
 * report's number. Each screen is a history entry (`?step=`), so the phone's back button goes one screen back
 * without losing what was written. The report is sent with an `Idempotency-Key` kept across retries.
 */
export default function ReportPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const user = useCurrentUser();
  const elder = elderMode.use();
  const navigate = useNavigate();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const step = parseStep(params.get('step'));
  const group = params.get('group');

  const categories = useCategories();
  const tiles = useMemo(() => categoryTiles(categories.data ?? []), [categories.data]);
  const options = useMemo(() => placeOptions(user.roles), [user.roles]);

  const [category, setCategory] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [descriptionMissing, setDescriptionMissing] = useState(false);
  const [place, setPlace] = useState<PlaceChoice | null>(() => defaultPlace(options));
  const [address, setAddress] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [unsure, setUnsure] = useState(false);
  const [created, setCreated] = useState<EventDetail | null>(null);
  const attempt = useRef<Attempt | null>(null);
  const uploads = usePhotoUploads();
  const submit = useSubmitReport();
  const heading = useRef<HTMLElement | null>(null);
  const headingRef = (element: HTMLElement | null) => {
    heading.current = element;
  };

  // A new screen starts at its top, and keyboard and screen-reader users start at its question.
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [step, group]);

  const inWizard = (location.state as { wizard?: boolean } | null)?.wizard === true;

  function go(next: WizardStep | 'done', extra: Record<string, string> = {}, replace = false) {
    setParams(next === 'category' && !extra.group ? {} : { step: next, ...extra }, {
      replace,
      state: { wizard: true },
    });
  }

  function back() {
    if (inWizard) {
      void navigate(-1);
      return;
    }
    const index = WIZARD.indexOf(step as WizardStep);
    go(WIZARD[Math.max(0, index - 1)]!, {}, true);
  }

  function restart() {
    setCategory(null);
    setDescription('');
    setDescriptionMissing(false);
    setPlace(defaultPlace(options));
    setAddress('');
    setNotice(null);
    setUnsure(false);
    setCreated(null);
    attempt.current = null;
    uploads.clear();
    submit.reset();
    go('category');
  }

  function pickCategory(tile: CategoryTile) {
    if (tile.children.length > 0 && tile.code !== group) {
      go('category', { group: tile.code });
      return;
    }
    setCategory(tile.code);
    go('describe');
  }

  function describeNext() {
    if (!description.trim()) {
      setDescriptionMissing(true);
      document.getElementById('report-description')?.focus();
      return;
    }
    go('photos');
  }

  function send() {
    if (!category || !place) return;
    if (uploads.busy) {
      void message.info(t('residentEvents.report.photosBusy'));
      return;
    }
    if (uploads.failed) {
      void message.error(t('residentEvents.report.photosFailed'));
      return;
    }
    const body: ResidentReport = {
      categoryCode: category,
      description: description.trim(),
      ...placeFields(place, address),
      ...(uploads.attachmentIds.length ? { attachmentIds: uploads.attachmentIds } : {}),
    };
    const current = attemptFor(attempt.current, body);
    attempt.current = current;
    setUnsure(false);
    submit.mutate(
      { body, key: current.key },
      {
        onSuccess: (event) => {
          setCreated(event);
          go('done', {}, true);
        },
        onError: (error) => {
          if (error instanceof ApiError && (error.status === 0 || error.status >= 500)) {
            // The report may have arrived: the same key is sent again on retry.
            setUnsure(true);
          } else if (isFieldError(error, 'lat') || isFieldError(error, 'lng')) {
            const compound = options.compounds[0];
            if (compound) setPlace({ kind: 'compound', nodeId: compound.nodeId });
            setNotice(t('residentEvents.report.locationFar'));
          } else {
            notifyError(error);
          }
        },
      },
    );
  }

  const title = <PhoneHeader title={t('residentEvents.report.title')} back="/m" />;

  if (options.compounds.length === 0) {
    return (
      <Flex vertical gap="middle">
        {title}
        <Result
          status="info"
          title={t('residentEvents.report.noHome')}
          extra={
            <ButtonLink to="/m" type="primary" size="large">
              {t('residentEvents.report.toHome')}
            </ButtonLink>
          }
        />
      </Flex>
    );
  }
  if (step === 'done' && !created) return <Navigate to="/m/report" replace />;
  if (step !== 'category' && step !== 'done' && !category) return <Navigate to="/m/report" replace />;

  const question = (text: string, id?: string) => (
    <Typography.Title level={4} id={id} ref={headingRef} tabIndex={-1} style={{ margin: 0, outline: 'none' }}>
      {text}
    </Typography.Title>
  );

  const nav = (next: ReactNode) => (
    <Flex gap="small" style={{ marginTop: 8 }}>
      <Button
        size="large"
        icon={<ArrowLeftOutlined />}
        onClick={back}
        style={{ flex: 1, minHeight: 52 }}
        data-testid="report-prev"
      >
        {t('residentEvents.report.prev')}
      </Button>
      {next}
    </Flex>
  );

  const chosen = category ? findTile(tiles, category) : null;
  const chosenName = category ? categoryName(categories.data, category, i18n.language) : '';

  if (step === 'done' && created) {
    return (
      <Flex vertical gap="middle" data-testid="report-done">
        {title}
        <Card>
          <Result
            status="success"
            title={
              <span ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
                {t('residentEvents.report.doneTitle')}
              </span>
            }
            subTitle={
              <Flex vertical gap="small" align="center">
                <Typography.Text strong style={{ fontSize: '1.2em' }} data-testid="report-number">
                  {t('residentEvents.report.doneNumber', { id: created.id })}
                </Typography.Text>
                <StatusTag status={created.status} large />
                <Typography.Text>{t(`residentEvents.statusHint.${statusHint(created)}`)}</Typography.Text>
                {created.assignee ? (
                  <Typography.Text type="secondary">
                    {t('residentEvents.report.doneAssignee', { name: created.assignee.name })}
                  </Typography.Text>
                ) : null}
              </Flex>
            }
            extra={
              <Flex vertical gap="small">
                <ButtonLink
                  to={`/m/reports/${created.id}`}
                  type="primary"
                  size="large"
                  block
                  style={{ minHeight: 52 }}
                  data-testid="report-view"
                >
                  {t('residentEvents.report.viewProgress')}
                </ButtonLink>
                <Button
                  size="large"
                  block
                  onClick={restart}
                  style={{ minHeight: 52 }}
                  data-testid="report-another"
                >
                  {t('residentEvents.report.reportAnother')}
                </Button>
                <Link to="/m">{t('residentEvents.report.toHome')}</Link>
              </Flex>
            }
          />
        </Card>
      </Flex>
    );
  }

  const stepNumber = WIZARD.indexOf(step as WizardStep) + 1;
  const groupTile = step === 'category' && group ? tiles.find((tile) => tile.code === group) : undefined;

  return (
    <Flex vertical gap="middle" data-testid={`report-step-${step}`}>
      {title}
      <WizardSteps step={stepNumber} total={WIZARD.length} />

      {step === 'category' ? (
        <>
          {question(
            t(groupTile ? 'residentEvents.report.subQuestion' : 'residentEvents.report.categoryQuestion'),
          )}
          {categories.isPending ? (
            <PageSpinner />
          ) : categories.isError ? (
            <ErrorAlert error={categories.error} onRetry={() => void categories.refetch()} />
          ) : (
            <CategoryTiles
              elder={elder}
              onPick={pickCategory}
              choices={
                groupTile
                  ? [
                      ...groupTile.children.map((tile) => ({ tile })),
                      {
                        tile: groupTile,
                        label: t('residentEvents.report.otherOf', {
                          name: localizedName(groupTile.name, i18n.language),
                        }),
                      },
                    ]
                  : tiles.map((tile) => ({ tile }))
              }
            />
          )}
          {groupTile ? (
            <Button
              size="large"
              icon={<ArrowLeftOutlined />}
              onClick={back}
              style={{ minHeight: 52 }}
              data-testid="report-prev"
            >
              {t('residentEvents.report.changeCategory')}
            </Button>
          ) : null}
        </>
      ) : null}

      {step === 'describe' ? (
        <>
          <ChosenCategory
            icon={chosen?.tile.icon}
            name={chosenName}
            onChange={() => go('category')}
            changeLabel={t('residentEvents.report.changeCategory')}
          />
          {question(t('residentEvents.report.describeQuestion'), 'report-description-question')}
          <Input.TextArea
            id="report-description"
            value={description}
            onChange={(event) => {
              setDescription(event.target.value);
              if (event.target.value.trim()) setDescriptionMissing(false);
            }}
            autoSize={{ minRows: elder ? 6 : 5, maxRows: 14 }}
            maxLength={DESCRIPTION_MAX_LENGTH}
            showCount
            status={descriptionMissing ? 'error' : undefined}
            aria-invalid={descriptionMissing}
            aria-labelledby="report-description-question"
            aria-describedby="report-description-hint"
            placeholder={t('residentEvents.report.describePlaceholder')}
            style={{ fontSize: elder ? 22 : 17 }}
            data-testid="report-description"
          />
          {descriptionMissing ? (
            <Typography.Text type="danger" role="alert">
              {t('residentEvents.report.describeRequired')}
            </Typography.Text>
          ) : null}
          <Typography.Text type="secondary" id="report-description-hint">
            {t('residentEvents.report.voiceHint')}
          </Typography.Text>
          {nav(
            <Button
              type="primary"
              size="large"
              onClick={describeNext}
              style={{ flex: 2, minHeight: 52 }}
              data-testid="report-next"
            >
              {t('residentEvents.report.next')} <ArrowRightOutlined />
            </Button>,
          )}
        </>
      ) : null}

      {step === 'photos' ? (
        <>
          {question(t('residentEvents.report.photosQuestion'))}
          <Typography.Text type="secondary">
            {t('residentEvents.report.photosHint', { count: MAX_PHOTOS })}
          </Typography.Text>
          <PhotoPicker uploads={uploads} elder={elder} />
          {nav(
            <Button
              type="primary"
              size="large"
              onClick={() => go('place')}
              style={{ flex: 2, minHeight: 52 }}
              data-testid="report-next"
            >
              {uploads.photos.length
                ? t('residentEvents.report.next')
                : t('residentEvents.report.skipPhotos')}{' '}
              <ArrowRightOutlined />
            </Button>,
          )}
        </>
      ) : null}

      {step === 'place' ? (
        <>
          {question(t('residentEvents.report.placeQuestion'))}
          <PlacePicker
            options={options}
            value={place}
            onChange={setPlace}
            address={address}
            onAddressChange={setAddress}
            notice={notice}
            onNotice={setNotice}
          />
          <Card size="small" title={t('residentEvents.report.summary')} data-testid="report-summary">
            <Flex vertical gap="small">
              <Space size="small" align="center">
                {chosen ? <CategoryIcon icon={chosen.tile.icon} size={28} /> : null}
                <Typography.Text strong>{chosenName}</Typography.Text>
              </Space>
              <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: 0 }}>
                {description.trim()}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                {uploads.photos.length
                  ? t('residentEvents.report.photoCount', { count: uploads.photos.length })
                  : t('residentEvents.report.noPhotos')}
              </Typography.Text>
            </Flex>
          </Card>
          {unsure ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={t('residentEvents.report.networkRetry')}
              data-testid="report-unsure"
            />
          ) : null}
          {nav(
            <Button
              type="primary"
              size="large"
              icon={<SendOutlined />}
              onClick={send}
              loading={submit.isPending}
              disabled={!place}
              style={{ flex: 2, minHeight: 52 }}
              data-testid="report-submit"
            >
              {unsure ? t('residentEvents.report.retrySubmit') : t('residentEvents.report.submit')}
            </Button>,
          )}
        </>
      ) : null}
    </Flex>
  );
}

function ChosenCategory({
  icon,
  name,
  onChange,
  changeLabel,
}: {
  icon: CategoryTile['icon'] | undefined;
  name: string;
  onChange: () => void;
  changeLabel: string;
}) {
  return (
    <Flex align="center" gap="small" justify="space-between" wrap>
      <Space size="small" align="center">
        {icon ? <CategoryIcon icon={icon} size={36} /> : null}
        <Typography.Text strong data-testid="report-chosen-category">
          {name}
        </Typography.Text>
      </Space>
      <Button type="link" onClick={onChange} style={{ minHeight: 44, paddingInline: 4 }}>
        {changeLabel}
      </Button>
    </Flex>
  );
}
