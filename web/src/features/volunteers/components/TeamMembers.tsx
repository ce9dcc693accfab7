import { Button, Flex, List, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMember, removeMember, type Team } from '../../../api/volunteers';
import { LoadMore } from '../../../shared/cursor/LoadMore';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import { PersonSelect } from '../../registry/components/PersonSelect';
import { useMembers, useVolunteerMutation } from '../queries';

/** A team's members, and for its organisers adding a person of the community or removing one. */
export function TeamMembers({ team }: { team: Team }) {
  const { t } = useTranslation();
  const notify = useNotifyError();
  const list = useMembers(team.id);
  const [personId, setPersonId] = useState<number>();
  const [role, setRole] = useState<'leader' | 'member'>('member');
  const add = useVolunteerMutation((p: number) => addMember(team.id, p, role));
  const remove = useVolunteerMutation((p: number) => removeMember(team.id, p));
  const manage = team.actions.includes('manage');
  return (
    <Flex vertical gap="small">
      {manage ? (
        <Flex gap="small" wrap>
          <div style={{ minWidth: 320 }}>
            <PersonSelect communityId={team.communityId} value={personId} onChange={setPersonId} />
          </div>
          <Select
            value={role}
            onChange={setRole}
            options={[
              { value: 'member', label: t('volunteers.teams.member') },
              { value: 'leader', label: t('volunteers.teams.leader') },
            ]}
          />
          <Button
            disabled={!personId}
            onClick={() =>
              personId && add.mutate(personId, { onSuccess: () => setPersonId(undefined), onError: notify })
            }
          >
            {t('volunteers.teams.addMember')}
          </Button>
        </Flex>
      ) : null}
      <List
        size="small"
        dataSource={list.items}
        renderItem={(m) => (
          <List.Item
            actions={
              manage
                ? [
                    <Button
                      key="remove"
                      size="small"
                      type="link"
                      danger
                      onClick={() => remove.mutate(m.personId, { onError: notify })}
                    >
                      {t('common.remove')}
                    </Button>,
                  ]
                : []
            }
          >
            {m.name} {m.role === 'leader' ? <Tag color="gold">{t('volunteers.teams.leader')}</Tag> : null}
          </List.Item>
        )}
      />
      <LoadMore list={list} />
    </Flex>
  );
}
