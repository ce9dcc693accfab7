import { AimOutlined, EnvironmentOutlined, HomeOutlined } from '@ant-design/icons';
import { Alert, Flex, Input, Radio, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlaceChoice, PlaceOption } from '../place';

const ADDRESS_MAX_LENGTH = 200;
const LOCATE_TIMEOUT_MS = 15_000;
/** A position this recent is good enough: the resident has not walked far since. */
const LOCATE_MAX_AGE_MS = 60_000;
const LOCATION = 'location';

const valueOf = (choice: PlaceChoice | null) =>
  choice === null ? undefined : choice.kind === 'location' ? LOCATION : `${choice.kind}:${choice.nodeId}`;

interface PlacePickerProps {
  options: { buildings: PlaceOption[]; compounds: PlaceOption[] };
  value: PlaceChoice | null;
  onChange: (choice: PlaceChoice) => void;
  address: string;
  onAddressChange: (address: string) => void;
  /** Why the choice was changed for the resident (location refused, too far away). */
  notice: string | null;
  onNotice: (notice: string | null) => void;
}

/**
 * Where the problem is: the resident's building (the default), their compound outdoors, or the phone's
 * position. When the position cannot be had (refused, no GPS, a page not served over https) the compound is
 * chosen instead and the resident is told why.
 */
export function PlacePicker({
  options,
  value,
  onChange,
  address,
  onAddressChange,
  notice,
  onNotice,
}: PlacePickerProps) {
  const { t } = useTranslation();
  const [locating, setLocating] = useState(false);
  const compound = options.compounds[0];

  function fallBack(reason: string) {
    setLocating(false);
    onNotice(reason);
    if (compound) onChange({ kind: 'compound', nodeId: compound.nodeId });
  }

  function locate() {
    onNotice(null);
    if (!('geolocation' in navigator) || !window.isSecureContext) {
      fallBack(t('residentEvents.report.locationUnavailable'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        onChange({
          kind: 'location',
          lat: position.coords.latitude,
          lng: position.coords.longitude,
          accuracy: position.coords.accuracy,
        });
      },
      (error) =>
        fallBack(
          t(
            error.code === error.PERMISSION_DENIED
              ? 'residentEvents.report.locationDenied'
              : 'residentEvents.report.locationUnavailable',
          ),
        ),
      { enableHighAccuracy: true, timeout: LOCATE_TIMEOUT_MS, maximumAge: LOCATE_MAX_AGE_MS },
    );
  }

  function pick(picked: string) {
    if (picked === LOCATION) {
      locate();
      return;
    }
    onNotice(null);
    const option = [...options.buildings, ...options.compounds].find(
      (candidate) => `${candidate.kind}:${candidate.nodeId}` === picked,
    );
    if (option) onChange({ kind: option.kind, nodeId: option.nodeId });
  }

  const row = (key: string, icon: ReactNode, title: string, detail: ReactNode, testId: string) => (
    <Radio
      key={key}
      value={key}
      data-testid={testId}
      style={{
        display: 'flex',
        alignItems: 'center',
        width: '100%',
        minHeight: 56,
        padding: '10px 12px',
        margin: 0,
        border: `1px solid ${valueOf(value) === key || (key === LOCATION && locating) ? '#1677ff' : '#d9d9d9'}`,
        borderRadius: 10,
        background: '#fff',
      }}
    >
      <Flex gap="small" align="center">
        <span aria-hidden style={{ fontSize: '1.3em', color: '#1677ff' }}>
          {icon}
        </span>
        <Flex vertical>
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Text type="secondary">{detail}</Typography.Text>
        </Flex>
      </Flex>
    </Radio>
  );

  return (
    <Flex vertical gap="middle">
      <Radio.Group
        value={locating ? LOCATION : valueOf(value)}
        onChange={(event) => pick(String(event.target.value))}
        style={{ display: 'flex', flexDirection: 'column', gap: 10 }}
        aria-label={t('residentEvents.report.placeQuestion')}
      >
        {options.buildings.map((option) =>
          row(
            `building:${option.nodeId}`,
            <HomeOutlined />,
            t('residentEvents.report.placeBuilding'),
            option.label,
            'place-building',
          ),
        )}
        {options.compounds.map((option) =>
          row(
            `compound:${option.nodeId}`,
            <EnvironmentOutlined />,
            t('residentEvents.report.placeCompound'),
            option.label,
            'place-compound',
          ),
        )}
        {row(
          LOCATION,
          <AimOutlined />,
          t('residentEvents.report.placeLocation'),
          locating
            ? t('residentEvents.report.locating')
            : value?.kind === 'location'
              ? t('residentEvents.report.located', { metres: Math.max(1, Math.round(value.accuracy)) })
              : t('residentEvents.report.placeLocationHint'),
          'place-location',
        )}
      </Radio.Group>
      {notice ? (
        <Alert type="warning" showIcon title={notice} role="alert" data-testid="place-notice" />
      ) : null}
      <Flex vertical gap={4}>
        <label htmlFor="report-address">
          <Typography.Text>{t('residentEvents.report.addressLabel')}</Typography.Text>
        </label>
        <Input
          id="report-address"
          size="large"
          value={address}
          maxLength={ADDRESS_MAX_LENGTH}
          placeholder={t('residentEvents.report.addressPlaceholder')}
          onChange={(event) => onAddressChange(event.target.value)}
          data-testid="report-address"
        />
      </Flex>
    </Flex>
  );
}
