import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import * as api from '../../api/maps';

const key = (...rest: unknown[]) => ['maps', ...rest];

/** Refetches the points and heat of every map shown, after a live stream said events or alerts changed. */
export const refreshMapMarks = (client: QueryClient) =>
  Promise.all(['points', 'heat'].map((layer) => client.invalidateQueries({ queryKey: key(layer) })));

/** The tile layer changes only with the deployment's configuration. */
export const useMapSettings = () =>
  useQuery({
    queryKey: key('settings'),
    queryFn: ({ signal }) => api.getMapSettings(signal),
    staleTime: Infinity,
  });

export const useMapAreas = (target: api.MapTarget | null) =>
  useQuery({
    queryKey: key('areas', target),
    queryFn: ({ signal }) => api.getMapAreas(target!, signal),
    enabled: target !== null,
  });

export const useMapPoints = (target: api.MapTarget | null, filter: api.MapFilter, enabled = true) =>
  useQuery({
    queryKey: key('points', target, filter),
    queryFn: ({ signal }) => api.getMapPoints(target!, filter, signal),
    enabled: enabled && target !== null,
  });

export const useMapHeat = (target: api.MapTarget | null, filter: api.MapFilter, enabled = true) =>
  useQuery({
    queryKey: key('heat', target, filter),
    queryFn: ({ signal }) => api.getMapHeat(target!, filter, signal),
    enabled: enabled && target !== null,
  });

export function useSetArea() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { kind: 'grid' | 'compound'; id: number; geojson: unknown }) =>
      api.setArea(v.kind, v.id, v.geojson),
    onSuccess: () => client.invalidateQueries({ queryKey: key('areas') }),
  });
}
