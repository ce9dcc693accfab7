import type { IconDefinition } from '@ant-design/icons-svg/es/types';
import { Link } from 'react-router';
import { Card } from './Card';
import { Icon } from './Icon';
import './plain.css';

export interface Entry {
  to: string;
  icon: IconDefinition;
  title: string;
  hint: string;
  primary?: boolean;
  testId: string;
}

/** One big link of a resident's entry card: a real `<a href>` with an icon, a title and a one-line hint. */
export function EntryLink({ to, icon, title, hint, primary, testId }: Entry) {
  return (
    <Link to={to} className={primary ? 'lp-entry lp-entry--primary' : 'lp-entry'} data-testid={testId}>
      <span className="lp-entry__icon">
        <Icon icon={icon} />
      </span>
      <span className="lp-entry__text">
        <span className="lp-entry__title lp-strong">{title}</span>
        <span className="lp-entry__hint">{hint}</span>
      </span>
    </Link>
  );
}

/** A card of the resident home page: a title over big links, one per entry. */
export function EntryCard({ title, testId, entries }: { title: string; testId: string; entries: Entry[] }) {
  return (
    <Card title={title} testId={testId}>
      <div className="lp-stack lp-stack--tight">
        {entries.map((e) => (
          <EntryLink key={e.to} {...e} />
        ))}
      </div>
    </Card>
  );
}
