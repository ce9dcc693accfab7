import { useEffect, useState } from 'react';

export interface Countdown {
  /** Whole seconds left; 0 when not counting. */
  left: number;
  start: (seconds: number) => void;
}

/** Counts down from `start(seconds)` to 0, once a second, by the clock (a throttled tab stays right). */
export function useCountdown(): Countdown {
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);

  useEffect(() => {
    if (endsAt === null) return;
    const timer = setInterval(() => {
      const time = Date.now();
      setNow(time);
      if (time >= endsAt) setEndsAt(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [endsAt]);

  return {
    left: endsAt === null ? 0 : Math.max(0, Math.ceil((endsAt - now) / 1000)),
    start: (seconds) => {
      const time = Date.now();
      setNow(time);
      setEndsAt(time + seconds * 1000);
    },
  };
}
