import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type Area,
  createGrid,
  type Grid,
  type GridKind,
  type GridRelation,
  type GridStatus,
  listGrids,
  mergeGrids,
  setGridCompounds,
  updateGrid,
} from '../../api/grids';
import { useCursorList } from '../../shared/cursor/useCursorList';
import { orgKeys } from './queries';

export interface GridFilter {
  communityId: number;
  kind?: GridKind;
  status?: GridStatus;
}

export function useGridList(filter: GridFilter) {
  return useCursorList([...orgKeys.grids, filter], (cursor, signal) =>
    listGrids({ ...filter, cursor }, signal),
  );
}

export interface GridDraft {
  kind: GridKind;
  name: string;
  code?: string;
  polygon: Area;
  supervisionPhone?: string;
  contactPhone?: string;
  compounds: { compoundId: number; relation: GridRelation }[];
}

/** Creates a grid (existing: undefined) or saves one, then sets its compounds when they changed. */
async function saveGrid(communityId: number, existing: Grid | undefined, draft: GridDraft): Promise<Grid> {
  const { compounds, ...fields } = draft;
  const saved = existing
    ? await updateGrid(existing.id, {
        name: fields.name,
        polygon: fields.polygon,
        supervisionPhone: fields.supervisionPhone ?? null,
        contactPhone: fields.contactPhone ?? null,
      })
    : await createGrid({ communityId, ...fields });
  const before = saved.compounds.map(({ compoundId, relation }) => ({ compoundId, relation }));
  return JSON.stringify(before) === JSON.stringify(compounds) ? saved : setGridCompounds(saved.id, compounds);
}

function useInvalidateGrids() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: orgKeys.grids });
}

export function useSaveGrid(communityId: number) {
  const onSuccess = useInvalidateGrids();
  return useMutation({
    mutationFn: ({ existing, draft }: { existing: Grid | undefined; draft: GridDraft }) =>
      saveGrid(communityId, existing, draft),
    onSuccess,
  });
}

export function useMergeGrids() {
  const onSuccess = useInvalidateGrids();
  return useMutation({ mutationFn: mergeGrids, onSuccess });
}
