import { type GlobalToken, Progress, theme } from 'antd';
import { formatPercent } from '../../../shared/format';

export interface Reference {
  rate: number;
  label: string;
}

/** Green at or above the reference, orange within 20 points of it, red further below; blue without one. */
function rateColor(token: GlobalToken, rate: number, reference: number | undefined): string {
  if (reference === undefined) return token.colorPrimary;
  if (rate >= reference) return token.colorSuccess;
  return rate >= reference - 0.2 ? token.colorWarning : token.colorError;
}

const percentOf = (rate: number) => Math.round(rate * 1000) / 10;

/** A rate in a table cell: bar and percentage, coloured against the reference. */
export function CoverageBar({ rate, reference }: { rate: number; reference?: number }) {
  const { token } = theme.useToken();
  return (
    <Progress
      percent={percentOf(rate)}
      strokeColor={rateColor(token, rate, reference)}
      format={() => formatPercent(rate)}
      style={{ minWidth: 160, margin: 0 }}
    />
  );
}

/** A wide bar without its own text (the figure is shown large beside it), with the reference as a dashed line. */
export function ReferenceBar({ rate, reference }: { rate: number; reference: Reference }) {
  const { token } = theme.useToken();
  const at = `${reference.rate * 100}%`;
  return (
    <div style={{ position: 'relative', paddingTop: 24 }}>
      <span
        style={{
          position: 'absolute',
          top: 0,
          left: at,
          transform: 'translateX(-50%)',
          whiteSpace: 'nowrap',
          fontSize: 12,
          color: token.colorTextSecondary,
        }}
        data-testid="coverage-reference"
      >
        {reference.label}
      </span>
      <div style={{ position: 'relative' }}>
        <Progress
          percent={percentOf(rate)}
          showInfo={false}
          size={['100%', 16]}
          strokeColor={rateColor(token, rate, reference.rate)}
          style={{ margin: 0 }}
        />
        <div
          aria-hidden
          style={{
            position: 'absolute',
            top: -4,
            bottom: -4,
            left: at,
            borderLeft: `2px dashed ${token.colorText}`,
          }}
        />
      </div>
    </div>
  );
}
