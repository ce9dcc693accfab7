import ClockCircleOutlined from '@ant-design/icons-svg/es/asn/ClockCircleOutlined';
import KeyOutlined from '@ant-design/icons-svg/es/asn/KeyOutlined';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BindResult } from '../../../api/auth';
import { isFieldError } from '../../../shared/errors/fieldPath';
import { useErrorText } from '../../../shared/errors/useErrorText';
import { Button } from '../../../shared/plain/Button';
import { Card } from '../../../shared/plain/Card';
import { Icon } from '../../../shared/plain/Icon';
import { Notice } from '../../../shared/plain/Notice';
import { useBindHouse } from '../../auth/queries';
import { useRefreshMyBindingRequests } from '../queries';

const CODE_MAX_LENGTH = 40;

interface BindHouseCardProps {
  /** The answer to the last code entered here, kept by the page so it outlives a refreshed user. */
  result: BindResult | null;
  onResult: (result: BindResult) => void;
}

/**
 * "绑定我的房屋": the invitation code from the notice in the building binds the account to the house, at once
 * when the registry has the resident's phone there, otherwise once community staff approve.
 */
export function BindHouseCard({ result, onResult }: BindHouseCardProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const bind = useBindHouse();
  const refreshRequests = useRefreshMyBindingRequests();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setFailure(null);
    if (!code.trim()) {
      setCodeError(t('resident.bind.codeRequired'));
      return;
    }
    setCodeError(null);
    bind.mutate(code.trim().toUpperCase(), {
      onSuccess: (answer) => {
        setCode('');
        onResult(answer);
        void refreshRequests();
      },
      onError: (error) =>
        isFieldError(error, 'invitationCode')
          ? setCodeError(t('resident.bind.codeUnknown'))
          : setFailure(errorText(error)),
    });
  }

  return (
    <Card title={t('resident.bind.title')} icon={<Icon icon={KeyOutlined} />} testId="bind-card">
      <div className="lp-stack">
        {result ? (
          <Notice
            kind={result.status === 'bound' ? 'success' : 'info'}
            icon={result.status === 'bound' ? undefined : ClockCircleOutlined}
            title={
              result.status === 'bound'
                ? t('resident.bind.bound', { house: result.houseLabel })
                : t('resident.bind.pending')
            }
            description={result.status === 'pending' ? result.houseLabel : undefined}
            testId="bind-result"
          />
        ) : (
          <p className="lp-muted" style={{ margin: 0 }}>
            {t('resident.bind.intro')}
          </p>
        )}
        {result?.status === 'bound' ? null : (
          <form className="lp-stack" onSubmit={submit} noValidate>
            <div className="lp-field">
              <label htmlFor="bind-code">{t('resident.bind.code')}</label>
              <input
                id="bind-code"
                className="lp-input"
                value={code}
                onChange={(event) => setCode(event.target.value)}
                autoCapitalize="characters"
                autoComplete="off"
                spellCheck={false}
                maxLength={CODE_MAX_LENGTH}
                placeholder="1A-BCDEFG"
                aria-invalid={codeError ? true : undefined}
                aria-describedby={codeError ? 'bind-code-error' : undefined}
                style={{ fontFamily: 'monospace', letterSpacing: 1 }}
                data-testid="bind-code"
              />
              {codeError ? (
                <span id="bind-code-error" className="lp-field__error" role="alert">
                  {codeError}
                </span>
              ) : null}
            </div>
            {failure ? <Notice kind="error" title={failure} /> : null}
            <Button type="submit" primary block loading={bind.isPending} data-testid="bind-submit">
              {t('resident.bind.submit')}
            </Button>
          </form>
        )}
      </div>
    </Card>
  );
}
