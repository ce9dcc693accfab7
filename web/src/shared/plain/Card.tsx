import type { ReactNode } from 'react';
import './plain.css';

/** A titled section of a phone page: a white card with its title as a heading. */
export function Card({
  title,
  icon,
  testId,
  children,
}: {
  title: ReactNode;
  icon?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section className="lp-card" data-testid={testId}>
      <h2 className="lp-card__title">
        {icon}
        {title}
      </h2>
      <div className="lp-card__body">{children}</div>
    </section>
  );
}
