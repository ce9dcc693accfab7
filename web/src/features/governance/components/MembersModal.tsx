import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type GovernanceBody, MEMBER_ROLES, type MemberRole } from '../../../api/governance';
import { DEFAULT_COMMITTEE_RULES } from '../../../../../domain/governance/owners-committee';
import { FormModal } from '../../../shared/components/FormModal';
import { PersonSelect } from '../../registry/components/PersonSelect';
import { useSetMembers } from '../queries';

/** Room for a member's person, role and start date on one row. */
const MODAL_WIDTH = 760;

interface MemberRow {
  personId?: number;
  role: MemberRole;
  since?: Dayjs | null;
}

interface MembersFormValues {
  members: MemberRow[];
}

interface MembersModalProps {
  body: GovernanceBody;
  /** The community whose registry the members are found in. */
  communityId: number;
  onClose: () => void;
}

/** Replaces a body's member list: each member a person of the community, with a role and an optional start. */
export function MembersModal({ body, communityId, onClose }: MembersModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MembersFormValues>();
  const setMembers = useSetMembers();
  const rules = DEFAULT_COMMITTEE_RULES;

  async function submit({ members }: MembersFormValues): Promise<void> {
    await setMembers.mutateAsync({
      id: body.id,
      members: members.map((member) => ({
        personId: member.personId ?? 0,
        role: member.role,
        since: member.since?.format('YYYY-MM-DD'),
      })),
    });
    void message.success(t('common.saved'));
    onClose();
  }

  return (
    <FormModal<MembersFormValues>
      open
      form={form}
      title={t('governance.bodies.membersTitle', { name: body.name })}
      initialValues={{
        members: body.members.map(({ personId, role, since }) => ({
          personId,
          role,
          since: since ? dayjs(since) : null,
        })),
      }}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="members-submit"
      width={MODAL_WIDTH}
    >
      {body.kind === 'owners_committee' ? (
        <Typography.Paragraph type="secondary">
          {t('governance.bodies.committeeRule', {
            min: rules.minMembers,
            max: rules.maxMembers,
            smallMin: rules.smallCompound.minMembers,
            households: rules.smallCompound.maxHouseholds,
          })}
        </Typography.Paragraph>
      ) : null}
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <Flex vertical gap="small">
            {fields.map((field, index) => (
              <Flex
                key={field.key}
                gap="small"
                align="start"
                wrap
                style={{ paddingBottom: 8, borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
                data-testid="member-row"
              >
                <Typography.Text type="secondary" style={{ paddingTop: 4, minWidth: 20 }}>
                  {index + 1}.
                </Typography.Text>
                <Form.Item
                  name={[field.name, 'personId']}
                  rules={[{ required: true, message: t('registry.personRequired') }]}
                  style={{ flex: '1 1 260px', marginBottom: 0 }}
                >
                  <PersonSelect communityId={communityId} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'role']}
                  rules={[{ required: true }]}
                  style={{ width: 120, marginBottom: 0 }}
                >
                  <Select
                    aria-label={t('governance.bodies.role')}
                    options={MEMBER_ROLES.map((value) => ({
                      value,
                      label: t(`governance.bodies.roles.${value}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'since']} style={{ width: 150, marginBottom: 0 }}>
                  <DatePicker placeholder={t('governance.bodies.since')} style={{ width: '100%' }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ role: 'member' })}
              data-testid="member-add"
            >
              {t('governance.bodies.addMember')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
