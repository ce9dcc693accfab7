import type { ReactNode } from 'react';
import './plain.css';

/** A small label beside a title: a status or a place. */
export function Tag({
  color,
  icon,
  children,
}: {
  color?: 'blue' | 'red';
  icon?: ReactNode;
  children: ReactNode;
}) {
  return (
    <span className={color ? `lp-tag lp-tag--${color}` : 'lp-tag'}>
      {icon}
      {children}
    </span>
  );
}
