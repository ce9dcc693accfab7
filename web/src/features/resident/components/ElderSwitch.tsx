import { Switch } from 'antd';
import { elderMode } from '../elder';

/** Turns 长辈版 on and off; label it with `<label htmlFor={id}>`. */
export function ElderSwitch({ id }: { id: string }) {
  const elder = elderMode.use();
  return <Switch id={id} checked={elder} onChange={elderMode.set} data-testid="elder-toggle" />;
}
