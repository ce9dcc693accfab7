import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ActionBodies,
  actOnReport,
  type EventDetail,
  getMyGrid,
  getReport,
  listCategories,
  listMyReports,
  type ResidentAction,
  type ResidentReport,
  submitReport,
} from '../../../api/eventsPhone';
import { useCursorList } from '../../../shared/cursor/useCursorList';

export const phoneEventKeys = {
  all: ['resident-events'] as const,
  categories: ['resident-events', 'categories'] as const,
  mine: ['resident-events', 'mine'] as const,
  report: (id: number) => ['resident-events', 'report', id] as const,
  grid: ['resident', 'grid'] as const,
};

/** Reports come ten at a time: a phone screen shows about four. */
const PAGE_SIZE = 10;
/** The categories change only when the street edits its list. */
const CATEGORIES_FRESH_MS = 60 * 60 * 1000;

export function useCategories() {
  return useQuery({
    queryKey: phoneEventKeys.categories,
    queryFn: ({ signal }) => listCategories(signal),
    select: (data) => data.items,
    staleTime: CATEGORIES_FRESH_MS,
  });
}

export function useMyReports() {
  return useCursorList(phoneEventKeys.mine, (cursor, signal) =>
    listMyReports({ cursor, limit: PAGE_SIZE }, signal),
  );
}

export function useReport(id: number) {
  return useQuery({
    queryKey: phoneEventKeys.report(id),
    queryFn: ({ signal }) => getReport(id, signal),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** A changed report replaces its cached detail and makes the list read again. */
function useKeepReport() {
  const queryClient = useQueryClient();
  return (report: EventDetail) => {
    queryClient.setQueryData(phoneEventKeys.report(report.id), report);
    void queryClient.invalidateQueries({ queryKey: phoneEventKeys.mine });
  };
}

export function useSubmitReport() {
  const keep = useKeepReport();
  return useMutation({
    mutationFn: ({ body, key }: { body: ResidentReport; key: string }) => submitReport(body, key),
    onSuccess: keep,
  });
}

export type ActionRequest = {
  [A in ResidentAction]: { action: A; body: ActionBodies[A] };
}[ResidentAction];

export function useReportAction(id: number) {
  const keep = useKeepReport();
  return useMutation({
    mutationFn: (request: ActionRequest) => actOnReport(id, request.action, request.body),
    onSuccess: keep,
  });
}

/** After a refused action (the report moved on meanwhile), the latest state is read again. */
export function useRefreshReport(id: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: phoneEventKeys.report(id) }),
      queryClient.invalidateQueries({ queryKey: phoneEventKeys.mine }),
    ]);
}

export function useMyGrid() {
  return useQuery({ queryKey: phoneEventKeys.grid, queryFn: ({ signal }) => getMyGrid(signal) });
}
