import { useSearchParams } from 'react-router';

/**
 * The page's search parameters and a setter that changes some of them in place (an empty value removes one),
 * replacing the history entry: filters belong in the URL, but each change is not a step back.
 */
export function useSearchParamsPatch(): [
  URLSearchParams,
  (patch: Record<string, string | undefined>) => void,
] {
  const [params, setParams] = useSearchParams();
  const patch = (changes: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return [params, patch];
}
