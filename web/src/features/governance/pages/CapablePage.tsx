import { Checkbox, Form, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { CAPABLE_POWERS, type CapablePower } from '../../../api/governance';
import { CompoundRoster } from '../components/CompoundRoster';

const EXPERTISE_MAX_LENGTH = 200;

const isPower = (power: string): power is CapablePower =>
  (CAPABLE_POWERS as readonly string[]).includes(power);

interface CapableValues {
  personId: number;
  powers: CapablePower[];
  expertise?: string;
}

/** `/console/governance/capable?placeId=`: capable persons (贤达能人) of a compound and their powers. */
export default function CapablePage() {
  const { t } = useTranslation();
  return (
    <CompoundRoster<'capable', CapableValues>
      section="capable"
      testId="capable"
      columns={[
        {
          key: 'powers',
          title: t('governance.capable.powers'),
          render: (_, item) => (
            <Space size={[0, 4]} wrap>
              {item.powers.map((power) => (
                <Tag key={power} color="blue">
                  {isPower(power) ? t(`governance.capable.powerNames.${power}`) : power}
                </Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'expertise',
          title: t('governance.capable.expertise'),
          render: (_, item) => item.expertise || '—',
        },
      ]}
      initialValues={{ powers: [...CAPABLE_POWERS] }}
      toBody={(values, compoundId) => {
        const expertise = values.expertise?.trim();
        return {
          personId: values.personId,
          compoundId,
          powers: values.powers,
          ...(expertise ? { expertise } : {}),
        };
      }}
      fields={
        <>
          <Form.Item
            name="powers"
            label={t('governance.capable.powers')}
            rules={[
              { required: true, type: 'array', min: 1, message: t('governance.capable.powersRequired') },
            ]}
          >
            <Checkbox.Group
              options={CAPABLE_POWERS.map((value) => ({
                value,
                label: t(`governance.capable.powerNames.${value}`),
              }))}
              data-testid="capable-powers"
            />
          </Form.Item>
          <Form.Item
            name="expertise"
            label={t('governance.capable.expertise')}
            rules={[{ max: EXPERTISE_MAX_LENGTH }]}
          >
            <Input
              placeholder={t('governance.capable.expertisePlaceholder')}
              data-testid="capable-expertise"
            />
          </Form.Item>
        </>
      }
    />
  );
}
