import { Button, Flex, Result } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { checkByCode } from '../../../../api/volunteers';
import { PageSpinner } from '../../../../shared/components/PageSpinner';
import { useErrorText } from '../../../../shared/errors/useErrorText';
import { useVolunteerMutation } from '../../queries';

/**
 * `/m/volunteers/check?activity=&action=&code=`: where the organiser's QR code leads. The phone's camera opens it
 * (signing in first if need be) and it submits the code once.
 */
export default function PhoneCheckPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const errorText = useErrorText();
  const check = useVolunteerMutation(checkByCode);
  const sent = useRef(false);
  const activityId = Number(params.get('activity'));
  const action = params.get('action') === 'out' ? 'out' : 'in';
  const code = params.get('code') ?? '';
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    check.mutate({ activityId, action, code });
  }, [check, activityId, action, code]);
  const back = (
    <Link to="/m/volunteers">
      <Button type="primary" size="large">
        {t('volunteers.phone.title')}
      </Button>
    </Link>
  );
  if (check.isPending || check.isIdle) return <PageSpinner />;
  return (
    <Flex vertical data-testid="phone-check">
      {check.data ? (
        <Result
          status="success"
          title={
            check.data.checkedOutAt
              ? t('volunteers.phone.checkedOut', {
                  hours: check.data.hours ?? 0,
                  points: check.data.points ?? 0,
                })
              : t('volunteers.phone.checkedIn')
          }
          extra={back}
        />
      ) : (
        <Result status="error" title={errorText(check.error)} extra={back} />
      )}
    </Flex>
  );
}
