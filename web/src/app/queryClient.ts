import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/errors';

const MAX_RETRIES = 2;

/** Answers from the server (4xx) are final; network failures and 5xx are retried twice. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
