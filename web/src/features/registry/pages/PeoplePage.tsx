import { PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { CareGroup } from '../../../api/registry';
import { validatePhone } from '../../../../../domain/common/mask';
import { PageTitle } from '../../../shared/components/PageTitle';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useScopeCommunityId } from '../../org/useScopeCommunityId';
import { hasPermission } from '../../auth/access';
import { canCreatePeople } from '../access';
import { CareGroupSelect } from '../components/CareGroupTags';
import { PeopleTable } from '../components/PeopleTable';
import { PersonFormModal } from '../components/PersonFormModal';
import type { PersonFilter } from '../queries';

/** What the search box matches: a name prefix, or an exact ID or phone number. */
type SearchMode = 'q' | 'idNumber' | 'phone';

const SEARCH_MODES: SearchMode[] = ['q', 'idNumber', 'phone'];

/** `/console/registry/people?community=`: the community's people, searched, filtered, and registered. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const scopeCommunityId = useScopeCommunityId();
  // A scope inside one community fixes it; otherwise (a street, or all scopes) it is chosen here.
  const communityId = scopeCommunityId ?? (Number(params.get('community')) || undefined);
  const [mode, setMode] = useState<SearchMode>('q');
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [careGroup, setCareGroup] = useState<CareGroup>();
  const [creating, setCreating] = useState(false);

  function search(value: string): void {
    const trimmed = value.trim();
    const bad = mode === 'phone' && trimmed !== '' && !validatePhone(trimmed).ok;
    setInvalid(bad);
    if (!bad) setText(trimmed);
  }

  const filter: PersonFilter = { communityId, careGroup, ...(text ? { [mode]: text } : {}) };

  return (
    <>
      <PageTitle
        title={t('registry.peopleTitle')}
        extra={
          <>
            {hasPermission(user, 'registry.manage') ? (
              <Button
                icon={<SwapOutlined />}
                onClick={() =>
                  void navigate(`/console/registry/import${communityId ? `?placeId=${communityId}` : ''}`)
                }
                data-testid="registry-import-open"
              >
                {t('registryImport.button')}
              </Button>
            ) : null}
            {canCreatePeople(user) ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="person-create"
              >
                {t('registry.createPerson')}
              </Button>
            ) : null}
          </>
        }
      />
      <Typography.Paragraph type="secondary">{t('registry.peopleIntro')}</Typography.Paragraph>
      <Flex wrap gap="middle" align="center" style={{ marginBottom: 16 }}>
        {scopeCommunityId === undefined ? (
          <div style={{ width: 240, maxWidth: '100%' }}>
            <NodeSelect
              kinds={['community']}
              value={communityId}
              onChange={(id) => setParams(id ? { community: String(id) } : {})}
              placeholder={t('registry.allCommunities')}
              aria-label={t('kinds.community')}
            />
          </div>
        ) : null}
        <Segmented<SearchMode>
          value={mode}
          onChange={(next) => {
            setMode(next);
            setText('');
            setInvalid(false);
          }}
          options={SEARCH_MODES.map((value) => ({ value, label: t(`registry.searchBy.${value}`) }))}
        />
        <Input.Search
          key={mode}
          allowClear
          status={invalid ? 'error' : undefined}
          placeholder={t(`registry.searchPlaceholder.${mode}`)}
          aria-label={t(`registry.searchPlaceholder.${mode}`)}
          inputMode={mode === 'phone' ? 'tel' : 'text'}
          onSearch={search}
          style={{ width: 280, maxWidth: '100%' }}
          data-testid="person-search"
        />
        <CareGroupSelect
          allowClear
          placeholder={t('registry.allCareGroups')}
          aria-label={t('registry.careGroup')}
          value={careGroup}
          onChange={(value) => setCareGroup(value as CareGroup | undefined)}
          style={{ minWidth: 160 }}
        />
      </Flex>
      {invalid ? (
        <Typography.Paragraph type="danger">{t('registry.phoneInvalid')}</Typography.Paragraph>
      ) : null}
      <PeopleTable filter={filter} />
      <PersonFormModal
        target={creating ? { mode: 'create', communityId } : null}
        onClose={() => setCreating(false)}
        onSaved={(person) => void navigate(`/console/registry/people/${person.id}`)}
      />
    </>
  );
}
