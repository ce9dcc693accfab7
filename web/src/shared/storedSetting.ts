import { useSyncExternalStore } from 'react';

export interface StoredSetting<T> {
  set: (value: T) => void;
  /** The value, re-rendering every component that reads it when it changes. */
  use: () => T;
}

/** A value kept in localStorage and shared by every component that reads it. */
export function createStoredSetting<T>(
  key: string,
  parse: (raw: string | null) => T,
  serialize: (value: T) => string,
): StoredSetting<T> {
  const listeners = new Set<() => void>();
  let current = parse(localStorage.getItem(key));

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }

  const get = (): T => current;

  return {
    set: (value) => {
      current = value;
      localStorage.setItem(key, serialize(value));
      for (const listener of listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, get),
  };
}
