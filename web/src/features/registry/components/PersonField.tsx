import { UserAddOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/currentUser';
import { canCreatePeople } from '../access';
import { PersonFormModal } from './PersonFormModal';
import { PersonSelect } from './PersonSelect';

interface PersonCreator {
  open: () => void;
  /** Render beside (never inside) the form's modal: a form nested in another submits both. */
  modal: ReactNode;
}

/** A "new person" form; the new person's id goes to `onCreated` (to fill a form's `personId`). */
export function usePersonCreator(communityId: number, onCreated: (personId: number) => void): PersonCreator {
  const [creating, setCreating] = useState(false);
  return {
    open: () => setCreating(true),
    modal: (
      <PersonFormModal
        target={creating ? { mode: 'create', communityId } : null}
        onClose={() => setCreating(false)}
        onSaved={(person) => onCreated(person.id)}
      />
    ),
  };
}

/** `personId`: a person of the community, found by name or ID number, or registered on the spot. */
export function PersonField({ communityId, onCreate }: { communityId: number; onCreate: () => void }) {
  const { t } = useTranslation();
  const canCreate = canCreatePeople(useCurrentUser());
  return (
    <Form.Item label={t('registry.person')} required>
      <Form.Item name="personId" noStyle rules={[{ required: true, message: t('registry.personRequired') }]}>
        <PersonSelect communityId={communityId} />
      </Form.Item>
      {canCreate ? (
        <Button
          type="link"
          size="small"
          icon={<UserAddOutlined />}
          onClick={onCreate}
          style={{ paddingInline: 0 }}
        >
          {t('registry.notFoundCreate')}
        </Button>
      ) : null}
    </Form.Item>
  );
}
