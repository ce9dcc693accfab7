import { useQuery } from '@tanstack/react-query';
import { getForecast, listWarnings, type ForecastQuery, type WarningsQuery } from '../../api/warnings';
import { useCursorList } from '../../shared/cursor/useCursorList';

export const warningKeys = {
  list: (query: Omit<WarningsQuery, 'cursor'>) => ['warnings', 'list', query] as const,
  forecast: (query: ForecastQuery) => ['forecasts', query] as const,
};

export function useWarnings(query: Omit<WarningsQuery, 'cursor'>) {
  return useCursorList(warningKeys.list(query), (cursor, signal) =>
    listWarnings({ ...query, cursor }, signal),
  );
}

export function useForecast(query: ForecastQuery | undefined) {
  return useQuery({
    queryKey: warningKeys.forecast(query ?? { nodeId: 0 }),
    queryFn: ({ signal }) => getForecast(query!, signal),
    enabled: query !== undefined,
  });
}
