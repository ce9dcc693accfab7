import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CompoundRoster } from '../components/CompoundRoster';

const WORK_UNIT_MAX_LENGTH = 100;

interface CheckinValues {
  personId: number;
  workUnit: string;
  checkedInOn: Dayjs;
}

/** `/console/governance/checkins?placeId=`: party members who checked in (双报到) with their compound. */
export default function CheckinsPage() {
  const { t } = useTranslation();
  return (
    <CompoundRoster<'checkins', CheckinValues>
      section="checkins"
      testId="checkin"
      columns={[
        { key: 'workUnit', title: t('governance.checkins.workUnit'), dataIndex: 'workUnit' },
        { key: 'checkedInOn', title: t('governance.checkins.checkedInOn'), dataIndex: 'checkedInOn' },
      ]}
      initialValues={{ checkedInOn: dayjs() }}
      toBody={(values, compoundId) => ({
        personId: values.personId,
        compoundId,
        workUnit: values.workUnit.trim(),
        checkedInOn: values.checkedInOn.format('YYYY-MM-DD'),
      })}
      fields={
        <>
          <Form.Item
            name="workUnit"
            label={t('governance.checkins.workUnit')}
            rules={[
              { required: true, whitespace: true, message: t('governance.checkins.workUnitRequired') },
              { max: WORK_UNIT_MAX_LENGTH },
            ]}
          >
            <Input data-testid="checkin-work-unit" />
          </Form.Item>
          <Form.Item
            name="checkedInOn"
            label={t('governance.checkins.checkedInOn')}
            rules={[{ required: true }]}
          >
            <DatePicker disabledDate={(date) => date.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
        </>
      }
    />
  );
}
