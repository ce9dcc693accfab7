import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { JOINT_MEETING_MIN_BODIES } from '../../../../../domain/deliberation/meetings';
import type { MeetingKind } from '../../../api/deliberation';
import { useBodyList } from '../../governance/queries';
import { needsBodies } from '../model';

export interface MeetingFieldValues {
  title: string;
  startsAt: Dayjs;
  location: string;
  bodyIds?: number[];
}

const TITLE_MAX = 100;
const LOCATION_MAX = 200;

/**
 * The fields a meeting is created and edited with: title, time, place and the bodies invited (those serving
 * `placeId`). A joint meeting needs at least two bodies, checked here before the server says so.
 */
export function MeetingFields({
  placeId,
  kind,
}: {
  placeId: number | undefined;
  kind: MeetingKind | undefined;
}) {
  const { t } = useTranslation();
  const bodies = useBodyList(placeId ?? 0, undefined, !!placeId);
  return (
    <>
      <Form.Item
        name="title"
        label={t('deliberation.fields.meetingTitle')}
        rules={[
          { required: true, whitespace: true, message: t('deliberation.fields.titleRequired') },
          { max: TITLE_MAX },
        ]}
      >
        <Input maxLength={TITLE_MAX} data-testid="meeting-title" />
      </Form.Item>
      <Form.Item
        name="startsAt"
        label={t('deliberation.fields.startsAt')}
        rules={[{ required: true, message: t('deliberation.fields.startsAtRequired') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
          data-testid="meeting-starts"
        />
      </Form.Item>
      <Form.Item
        name="location"
        label={t('deliberation.fields.location')}
        rules={[
          { required: true, whitespace: true, message: t('deliberation.fields.locationRequired') },
          { max: LOCATION_MAX },
        ]}
      >
        <Input maxLength={LOCATION_MAX} data-testid="meeting-location" />
      </Form.Item>
      <Form.Item
        name="bodyIds"
        label={t('deliberation.fields.bodies')}
        extra={
          needsBodies(kind) ? t('deliberation.fields.bodiesHint', { count: JOINT_MEETING_MIN_BODIES }) : null
        }
        rules={[
          {
            validator: async (_, ids?: number[]) => {
              if (needsBodies(kind) && (ids?.length ?? 0) < JOINT_MEETING_MIN_BODIES)
                throw new Error(t('deliberation.fields.bodiesTooFew', { count: JOINT_MEETING_MIN_BODIES }));
            },
          },
        ]}
      >
        <Select
          mode="multiple"
          disabled={!placeId}
          loading={bodies.isLoading}
          placeholder={placeId ? undefined : t('deliberation.fields.pickPlaceFirst')}
          notFoundContent={t('deliberation.fields.noBodies')}
          data-testid="meeting-bodies"
          options={bodies.items.map((b) => ({
            value: b.id,
            label: `${b.name} · ${t(`governance.bodies.kinds.${b.kind}`)}`,
          }))}
        />
      </Form.Item>
    </>
  );
}
