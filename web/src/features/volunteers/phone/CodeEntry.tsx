import { Button, Flex, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkByCode, type CheckAction, type Signup } from '../../../api/volunteers';
import { useVolunteerMutation } from '../queries';

/** Six digits typed from the organiser's phone, for a volunteer whose camera cannot scan the QR code. */
export function CodeEntry({
  activityId,
  action,
  onDone,
  onError,
}: {
  activityId: number;
  action: CheckAction;
  onDone: (s: Signup) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const check = useVolunteerMutation(checkByCode);
  return (
    <Flex gap="small">
      <Input
        inputMode="numeric"
        maxLength={6}
        placeholder={t('volunteers.phone.code')}
        value={code}
        onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
        size="large"
        data-testid="code-input"
      />
      <Button
        type="primary"
        size="large"
        disabled={code.length !== 6}
        loading={check.isPending}
        onClick={() => check.mutate({ activityId, action, code }, { onSuccess: onDone, onError })}
        data-testid="code-submit"
      >
        {t('volunteers.phone.submit')}
      </Button>
    </Flex>
  );
}
