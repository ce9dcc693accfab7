import { type ReactNode, Suspense } from 'react';
import { PageSpinner } from '../shared/components/PageSpinner';

/** Suspense around a lazily loaded page. */
export function Lazy({ page }: { page: ReactNode }) {
  return <Suspense fallback={<PageSpinner />}>{page}</Suspense>;
}
