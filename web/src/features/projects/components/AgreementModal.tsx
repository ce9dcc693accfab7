import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { signAgreement } from '../../../api/projects';
import { FormModal } from '../../../shared/components/FormModal';
import { useProjectMutation } from '../queries';

interface Values {
  year?: Dayjs;
  startsOn: Dayjs;
  endsOn: Dayjs;
  note?: string;
}

const wholeYear = (year: Dayjs) => ({ startsOn: year.startOf('year'), endsOn: year.endOf('year') });

/**
 * A co-building agreement with seed 001's three commitments, for a calendar year (the usual case, this year by
 * default) or any period: picking a year fills its first and last day, which may then be changed.
 */
export function AgreementModal({ partnerId, onClose }: { partnerId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const sign = useProjectMutation((v: Values) =>
    signAgreement(partnerId!, {
      startsOn: v.startsOn.format('YYYY-MM-DD'),
      endsOn: v.endsOn.format('YYYY-MM-DD'),
      ...(v.note ? { note: v.note } : {}),
    }),
  );
  const thisYear = dayjs();
  return (
    <FormModal<Values>
      open={partnerId !== null}
      title={t('projects.partners.sign')}
      form={form}
      initialValues={{ year: thisYear, ...wholeYear(thisYear) }}
      onSubmit={async (v) => {
        await sign.mutateAsync(v);
        onClose();
      }}
      onCancel={onClose}
      submitTestId="agreement-submit"
    >
      <Form.Item name="year" label={t('projects.partners.year')} extra={t('projects.partners.yearHint')}>
        <DatePicker
          picker="year"
          style={{ width: '100%' }}
          onChange={(year: Dayjs | null) => {
            if (year) form.setFieldsValue(wholeYear(year));
          }}
          data-testid="agreement-year"
        />
      </Form.Item>
      <Form.Item name="startsOn" label={t('projects.partners.startsOn')} rules={[{ required: true }]}>
        <DatePicker style={{ width: '100%' }} data-testid="agreement-starts" />
      </Form.Item>
      <Form.Item
        name="endsOn"
        label={t('projects.partners.endsOn')}
        dependencies={['startsOn']}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_, end?: Dayjs) => {
              const start = getFieldValue('startsOn') as Dayjs | undefined;
              return !end || !start || !end.isBefore(start, 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('projects.partners.endsBeforeStart')));
            },
          }),
        ]}
      >
        <DatePicker style={{ width: '100%' }} data-testid="agreement-ends" />
      </Form.Item>
      <Form.Item name="note" label={t('projects.fields.note')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
