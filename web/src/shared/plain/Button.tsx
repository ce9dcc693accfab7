import type { ButtonHTMLAttributes, ReactNode } from 'react';
import './plain.css';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  primary?: boolean;
  block?: boolean;
  /** While true the button is disabled and says so to assistive technology. */
  loading?: boolean;
  icon?: ReactNode;
  'data-testid'?: string;
}

/** A real `<button>`, by default `type="button"`, looking like antd's. */
export function Button({ primary, block, loading, icon, className, children, type, ...rest }: ButtonProps) {
  const classes = ['lp-button', primary && 'lp-button--primary', block && 'lp-button--block', className];
  return (
    <button
      {...rest}
      // The default is a submit button only when asked for: most buttons here act, they do not submit.
      type={type === 'submit' ? 'submit' : 'button'}
      className={classes.filter(Boolean).join(' ')}
      disabled={rest.disabled || loading}
      aria-busy={loading || undefined}
    >
      {icon}
      {children}
    </button>
  );
}
