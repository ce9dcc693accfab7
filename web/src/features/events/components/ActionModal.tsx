import { App, Form, Input, Rate, Select, type UploadFile } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type EventAction,
  type EventDetail,
  type EventParty,
  REJECT_REASONS,
  type RejectReason,
  type UploadedAttachment,
} from '../../../api/events';
import { ApiError } from '../../../api/errors';
import { FormModal } from '../../../shared/components/FormModal';
import { ACTION_FORMS, actionBody, defaultPartyId } from '../model';
import { useCategoryBook, useEventAction, useEventParties } from '../queries';
import { PhotoUpload, photosReady, uploadedIds } from './PhotoUpload';

interface ActionValues {
  text?: string;
  partyId?: string;
  rejectReason?: RejectReason;
  score?: number;
  photos?: UploadFile<UploadedAttachment>[];
}

interface ActionModalProps {
  event: EventDetail;
  action: EventAction;
  onClose: () => void;
}

/** A party as a dispatcher reads it: its name, its kind, the department of a street or district. */
export function partyLabel(party: EventParty, t: TFunction): string {
  const name = party.name && party.name !== party.department ? party.name : null;
  return [name, t(`events.partyKinds.${party.kind}`), party.department].filter(Boolean).join(' · ');
}

/** One action on an event, with the fields its body takes (dispatch picks a party, reject a reason …). */
export function ActionModal({ event, action, onClose }: ActionModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionValues>();
  const act = useEventAction(event.id);
  const spec = ACTION_FORMS[action];
  const parties = useEventParties(event.id, spec.party === true);

  // Start from the party the list of matters makes responsible for the category (else the first offered).
  const book = useCategoryBook();
  const initialParty = defaultPartyId(parties.data ?? [], book.byCode.get(event.categoryCode));
  useEffect(() => {
    if (initialParty && !form.getFieldValue('partyId')) form.setFieldValue('partyId', initialParty);
  }, [initialParty, form]);

  async function submit(values: ActionValues): Promise<void> {
    const body = actionBody(action, {
      text: values.text,
      partyId: values.partyId,
      rejectReason: values.rejectReason,
      score: values.score,
      attachmentIds: uploadedIds(values.photos),
    });
    try {
      await act.mutateAsync({ action, body });
    } catch (error) {
      // Someone moved the event on first: the page has been refreshed, so this form is moot.
      if (error instanceof ApiError && error.code === 'invalid_transition') onClose();
      throw error;
    }
    void message.success(t('events.detail.done', { action: t(`events.actions.${action}`) }));
    onClose();
  }

  const textName = spec.text?.name;
  return (
    <FormModal<ActionValues>
      open
      form={form}
      title={t('events.detail.actionTitle', { action: t(`events.actions.${action}`), id: event.id })}
      onSubmit={submit}
      onCancel={onClose}
      submitText={t(`events.actions.${action}`)}
      submitTestId="action-submit"
    >
      {spec.party ? (
        <Form.Item
          name="partyId"
          label={t('events.form.party')}
          extra={t('events.form.partyHint')}
          rules={[{ required: true, message: t('events.form.partyRequired') }]}
        >
          <Select
            loading={parties.isLoading}
            options={parties.data?.map((party) => ({ value: party.partyId, label: partyLabel(party, t) }))}
            notFoundContent={parties.isLoading ? t('common.loading') : t('events.form.noParties')}
            data-testid="action-party"
          />
        </Form.Item>
      ) : null}
      {spec.rejectReason ? (
        <Form.Item
          name="rejectReason"
          label={t('events.form.rejectReason')}
          rules={[{ required: true, message: t('events.form.rejectReasonRequired') }]}
        >
          <Select
            options={REJECT_REASONS.map((value) => ({ value, label: t(`events.rejectReasons.${value}`) }))}
            data-testid="action-reject-reason"
          />
        </Form.Item>
      ) : null}
      {spec.score ? (
        <Form.Item
          name="score"
          label={t('events.form.score')}
          rules={[{ required: true, message: t('events.form.scoreRequired') }]}
        >
          <Rate />
        </Form.Item>
      ) : null}
      {spec.text && textName ? (
        <Form.Item
          name="text"
          label={t(`events.form.${textName}`)}
          rules={
            spec.text.required
              ? [{ required: true, whitespace: true, message: t(`events.form.${textName}Required`) }]
              : []
          }
        >
          <Input.TextArea
            rows={3}
            maxLength={action === 'handle' || action === 'comment' ? 2000 : 1000}
            showCount
            autoFocus={!spec.party && !spec.rejectReason && !spec.score}
            placeholder={t(`events.form.placeholders.${action}`)}
            data-testid="action-text"
          />
        </Form.Item>
      ) : null}
      {spec.photos ? (
        <Form.Item
          name="photos"
          label={t('events.photos.label')}
          valuePropName="fileList"
          rules={[
            {
              validator: (_, files?: UploadFile<UploadedAttachment>[]) =>
                photosReady(files)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('events.photos.notReady'))),
            },
          ]}
        >
          <PhotoUpload />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
