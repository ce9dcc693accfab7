import CheckCircleOutlined from '@ant-design/icons-svg/es/asn/CheckCircleOutlined';
import CloseCircleOutlined from '@ant-design/icons-svg/es/asn/CloseCircleOutlined';
import InfoCircleOutlined from '@ant-design/icons-svg/es/asn/InfoCircleOutlined';
import type { IconDefinition } from '@ant-design/icons-svg/es/types';
import type { ReactNode } from 'react';
import { Icon } from './Icon';
import './plain.css';

type Kind = 'success' | 'info' | 'error';

const ICONS: Record<Kind, IconDefinition> = {
  success: CheckCircleOutlined,
  info: InfoCircleOutlined,
  error: CloseCircleOutlined,
};

/** A message box; an error is announced at once (`role="alert"`), the others politely (`role="status"`). */
export function Notice({
  kind,
  title,
  description,
  action,
  icon,
  testId,
}: {
  kind: Kind;
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  icon?: IconDefinition;
  testId?: string;
}) {
  return (
    <div
      className={`lp-notice lp-notice--${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <Icon icon={icon ?? ICONS[kind]} />
      <div className="lp-notice__text">
        <span>{title}</span>
        {description ? <span className="lp-muted">{description}</span> : null}
      </div>
      {action}
    </div>
  );
}
