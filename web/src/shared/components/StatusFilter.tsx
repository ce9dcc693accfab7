import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

const ALL = 'all';

interface StatusFilterProps<S extends string> {
  states: readonly S[];
  /** undefined: every state. */
  value: S | undefined;
  onChange: (state: S | undefined) => void;
  label: (state: S) => string;
  'aria-label'?: string;
  testId?: string;
}

/** "All" and one choice per state, for list pages filtered by a status; the list reads `undefined` as all. */
export function StatusFilter<S extends string>({
  states,
  value,
  onChange,
  label,
  'aria-label': ariaLabel,
  testId,
}: StatusFilterProps<S>) {
  const { t } = useTranslation();
  return (
    <Segmented<string>
      value={value ?? ALL}
      onChange={(v) => onChange(v === ALL ? undefined : states.find((s) => s === v))}
      options={[
        { value: ALL, label: t('common.all') },
        ...states.map((s) => ({ value: s, label: label(s) })),
      ]}
      aria-label={ariaLabel}
      data-testid={testId}
      style={{ maxWidth: '100%', overflowX: 'auto' }}
    />
  );
}
