import { Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMediator, type Mediator, revokeMediator } from '../../../api/mediation';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { CreateButton } from '../../../shared/components/CreateButton';
import { FormModal } from '../../../shared/components/FormModal';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { formatDateTime } from '../../../shared/format';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { NodeSelect } from '../../org/components/NodeSelect';
import { useNode } from '../../org/queries';
import { PersonSelect } from '../../registry/components/PersonSelect';
import { useMediationMutation, useMediators } from '../queries';

interface Values {
  communityId: number;
  personId: number;
}

const CommunityName = ({ id }: { id: number }) => <>{useNode(id).data?.name ?? id}</>;

/** A resident of the community, found by name or ID number, appointed as one of its people's mediators. */
function AppointModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const communityId = Form.useWatch('communityId', form);
  const appoint = useMediationMutation(addMediator);
  return (
    <FormModal<Values>
      open={open}
      title={t('mediation.mediators.appoint')}
      form={form}
      onSubmit={async (v) => {
        await appoint.mutateAsync(v);
        onClose();
      }}
      onCancel={onClose}
      submitText={t('mediation.mediators.appoint')}
      submitTestId="mediator-submit"
    >
      <Form.Item name="communityId" label={t('kinds.community')} rules={[{ required: true }]}>
        <NodeSelect kinds={['community']} />
      </Form.Item>
      <Form.Item
        name="personId"
        label={t('mediation.mediators.resident')}
        extra={t('mediation.mediators.residentHint')}
        rules={[{ required: true }]}
      >
        {communityId ? (
          <PersonSelect communityId={communityId} />
        ) : (
          <span>{t('mediation.mediators.pickCommunity')}</span>
        )}
      </Form.Item>
    </FormModal>
  );
}

/** `/console/mediation/mediators`: the residents serving as mediators, appointed and revoked here. */
export default function MediatorsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const manage = hasPermission(user, 'mediation.manage');
  const [appointing, setAppointing] = useState(false);
  const list = useMediators();
  const revoke = useMediationMutation(revokeMediator);
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <CreateButton allowed={manage} onClick={() => setAppointing(true)} testId="mediator-appoint">
          {t('mediation.mediators.appoint')}
        </CreateButton>
      </Flex>
      <CursorTable<Mediator>
        list={list}
        rowKey={(m) => `${m.communityId}:${m.personId}`}
        testId="mediators-table"
        columns={[
          { title: t('mediation.mediators.name'), dataIndex: 'name' },
          { title: t('kinds.community'), render: (_, m) => <CommunityName id={m.communityId} /> },
          { title: t('mediation.mediators.since'), render: (_, m) => formatDateTime(m.since) },
          { title: t('mediation.mediators.cases'), dataIndex: 'cases' },
          ...(manage
            ? [
                {
                  title: t('common.actions'),
                  render: (_: unknown, m: Mediator) => (
                    <ConfirmButton
                      size="small"
                      danger
                      confirm={t('mediation.mediators.revokeConfirm', { name: m.name })}
                      onConfirm={() =>
                        revoke.mutateAsync({ communityId: m.communityId, personId: m.personId })
                      }
                      data-testid="mediator-revoke"
                    >
                      {t('mediation.mediators.revoke')}
                    </ConfirmButton>
                  ),
                },
              ]
            : []),
        ]}
      />
      <AppointModal open={appointing} onClose={() => setAppointing(false)} />
    </>
  );
}
