import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { childKind, type OrgKind } from '../../../api/model';
import type { OrgNode } from '../../../api/org';
import { FormModal } from '../../../shared/components/FormModal';
import { type AttributeValues, pickAttributes } from '../attributes';
import { nodeCodeRule } from '../codeRules';
import { useCreateNode, useUpdateNode } from '../queries';
import { AttributeFields } from './AttributeFields';

export type NodeFormTarget = { mode: 'create'; parent: OrgNode } | { mode: 'edit'; node: OrgNode };

interface NodeFormValues {
  name: string;
  code?: string;
  attributes?: AttributeValues;
}

interface NodeFormModalProps {
  target: NodeFormTarget | null;
  onClose: () => void;
  onSaved: (node: OrgNode, target: NodeFormTarget) => void;
}

/** Create a child under a node, or edit a node: name, optional code, the attributes of its kind. */
export function NodeFormModal({ target, ...props }: NodeFormModalProps) {
  if (!target) return null;
  const kind = target.mode === 'create' ? childKind(target.parent.kind) : target.node.kind;
  return kind ? <NodeForm target={target} kind={kind} {...props} /> : null;
}

function NodeForm({
  target,
  kind,
  onClose,
  onSaved,
}: NodeFormModalProps & { target: NodeFormTarget; kind: OrgKind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NodeFormValues>();
  const createNode = useCreateNode();
  const updateNode = useUpdateNode();

  async function save(values: NodeFormValues): Promise<OrgNode> {
    const name = values.name.trim();
    const code = values.code?.trim() || undefined;
    const attributes = pickAttributes(kind, values.attributes);
    if (target.mode === 'create') {
      return createNode.mutateAsync({ parentId: target.parent.id, kind, name, code, attributes });
    }
    const changedCode = code === target.node.code ? undefined : code;
    return updateNode.mutateAsync({ id: target.node.id, patch: { name, code: changedCode, attributes } });
  }

  async function submit(values: NodeFormValues): Promise<void> {
    const saved = await save(values);
    void message.success(t('common.saved'));
    onSaved(saved, target);
  }

  const initialValues: NodeFormValues =
    target.mode === 'edit'
      ? { name: target.node.name, code: target.node.code, attributes: target.node.attributes }
      : { name: '' };

  return (
    <FormModal<NodeFormValues>
      open
      form={form}
      title={
        target.mode === 'create'
          ? t('org.createChildTitle', { kind: t(`kinds.${kind}`), parent: target.parent.name })
          : t('org.editTitle', { name: target.node.name })
      }
      initialValues={initialValues}
      onSubmit={submit}
      onCancel={onClose}
      submitTestId="node-form-submit"
    >
      <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true, max: 100 }]}>
        <Input data-testid="node-form-name" autoFocus />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('org.code')}
        extra={t('org.codeHint')}
        rules={[nodeCodeRule(t, kind, target.mode === 'create' ? target.parent.code : null)]}
      >
        <Input data-testid="node-form-code" />
      </Form.Item>
      <AttributeFields kind={kind} />
    </FormModal>
  );
}
