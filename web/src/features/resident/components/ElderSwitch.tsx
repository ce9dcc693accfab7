import { elderMode } from '../elder';

/** Turns 长辈版 on and off: a button with the switch role; label it with `<label htmlFor={id}>`. */
export function ElderSwitch({ id }: { id: string }) {
  const elder = elderMode.use();
  return (
    <button
      type="button"
      role="switch"
      id={id}
      className="lp-switch"
      aria-checked={elder}
      onClick={() => elderMode.set(!elder)}
      data-testid="elder-toggle"
    />
  );
}
