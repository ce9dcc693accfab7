import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Form, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrgNode } from '../../../api/org';
import { FormModal } from '../../../shared/components/FormModal';
import { PageTitle } from '../../../shared/components/PageTitle';
import { CursorTable } from '../../../shared/cursor/CursorTable';
import { hasPermission } from '../../auth/access';
import { useCurrentUser } from '../../auth/currentUser';
import { useNode } from '../../org/queries';
import { usePlaceParam } from '../../org/usePlaceParam';
import { PersonField, usePersonCreator } from '../../registry/components/PersonField';
import {
  type RosterBody,
  type RosterItem,
  type RosterSection,
  useCreateRosterEntry,
  useRosterList,
} from '../queries';
import { CompoundChoices, PlacePicker } from './PlacePicker';

const ROSTER_PLACES = ['compound'];

export interface CompoundRosterProps<S extends RosterSection, Values extends { personId: number }> {
  /** Whose messages (`governance.<section>.title`, `intro`, `add`, `addTitle`, `added`, `none`) and list. */
  section: S;
  /** Prefix of the test ids: `<testId>-add`, `<testId>-table`, `<testId>-submit`. */
  testId: string;
  /** The columns after the person and the compound. */
  columns: TableColumnsType<RosterItem<S>>;
  /** The form fields after the person. */
  fields: ReactNode;
  initialValues: Partial<Values>;
  toBody: (values: Values, compoundId: number) => RosterBody<S>;
}

/**
 * A roster of a compound (party members' check-ins, capable persons): the compound picked on the page, its
 * people in a table, and a form to add one. Each page states only its own columns and fields.
 */
export function CompoundRoster<S extends RosterSection, Values extends { personId: number }>(
  props: CompoundRosterProps<S, Values>,
) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const place = usePlaceParam(ROSTER_PLACES);
  const node = useNode(place.id);
  const canManage = hasPermission(user, 'governance.manage');
  const [adding, setAdding] = useState(false);
  const { testId } = props;
  const section: RosterSection = props.section;

  return (
    <>
      <PageTitle
        title={t(`governance.${section}.title`)}
        extra={
          canManage && node.data ? (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setAdding(true)}
              data-testid={`${testId}-add`}
            >
              {t(`governance.${section}.add`)}
            </Button>
          ) : null
        }
      />
      <Typography.Paragraph type="secondary">{t(`governance.${section}.intro`)}</Typography.Paragraph>
      <PlacePicker kinds={ROSTER_PLACES} place={place} placeholder={t('governance.pickCompound')} />
      {place.id === undefined ? (
        <CompoundChoices place={place} hint={t('governance.pickCompound')} />
      ) : (
        <RosterTable {...props} placeId={place.id} />
      )}
      {adding && node.data ? (
        <RosterModal {...props} compound={node.data} onClose={() => setAdding(false)} />
      ) : null}
    </>
  );
}

function RosterTable<S extends RosterSection, Values extends { personId: number }>({
  section,
  testId,
  columns,
  placeId,
}: CompoundRosterProps<S, Values> & { placeId: number }) {
  const { t } = useTranslation();
  const list = useRosterList(section, placeId);
  const messages: RosterSection = section;
  return (
    <CursorTable<RosterItem<S>>
      list={list}
      columns={[
        {
          key: 'person',
          title: t('registry.person'),
          render: (_, item) => <Link to={`/console/registry/people/${item.personId}`}>{item.name}</Link>,
        },
        { key: 'compound', title: t('kinds.compound'), dataIndex: 'compoundLabel' },
        ...columns,
      ]}
      testId={`${testId}-table`}
      locale={{ emptyText: t(`governance.${messages}.none`) }}
    />
  );
}

function RosterModal<S extends RosterSection, Values extends { personId: number }>({
  section,
  testId,
  fields,
  initialValues,
  toBody,
  compound,
  onClose,
}: CompoundRosterProps<S, Values> & { compound: OrgNode; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const communityId = compound.communityId ?? 0;
  const creator = usePersonCreator(communityId, (personId) =>
    form.setFieldsValue({ personId } as Parameters<typeof form.setFieldsValue>[0]),
  );
  const create = useCreateRosterEntry(section);
  const messages: RosterSection = section;

  async function submit(values: Values): Promise<void> {
    await create.mutateAsync(toBody(values, compound.id));
    void message.success(t(`governance.${messages}.added`));
    onClose();
  }

  return (
    <>
      <FormModal<Values>
        open
        form={form}
        title={t(`governance.${messages}.addTitle`, { place: compound.name })}
        initialValues={initialValues}
        onSubmit={submit}
        onCancel={onClose}
        submitTestId={`${testId}-submit`}
      >
        <PersonField communityId={communityId} onCreate={creator.open} />
        {fields}
      </FormModal>
      {creator.modal}
    </>
  );
}
