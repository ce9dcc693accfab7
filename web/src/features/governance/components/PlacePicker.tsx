import { Button, Empty, Flex } from 'antd';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useChildNodes } from '../../org/queries';
import { useScopeCommunityId } from '../../org/useScopeCommunityId';
import type { PlaceParam } from '../../org/usePlaceParam';

interface PlacePickerProps {
  kinds: readonly string[];
  place: PlaceParam;
  placeholder: string;
}

/** The compound (or building) a page is about, searched by name. */
export function PlacePicker({ kinds, place, placeholder }: PlacePickerProps) {
  return (
    <div style={{ width: 280, maxWidth: '100%', marginBottom: 16 }}>
      <NodeSelect
        kinds={kinds}
        value={place.id}
        onChange={place.set}
        placeholder={placeholder}
        aria-label={placeholder}
      />
    </div>
  );
}

/** Shown until a place is chosen: the compounds of the scope's community, one click each. */
export function CompoundChoices({ place, hint }: { place: PlaceParam; hint: string }) {
  const communityId = useScopeCommunityId();
  const compounds = useChildNodes(communityId ?? 0, 'compound', communityId !== undefined);
  return (
    <Empty description={hint}>
      {compounds.data?.length ? (
        <Flex wrap gap="small" justify="center" data-testid="compound-choices">
          {compounds.data.map((compound) => (
            <Button key={compound.id} onClick={() => place.set(compound.id)}>
              {compound.name}
            </Button>
          ))}
        </Flex>
      ) : null}
    </Empty>
  );
}
