import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/currentUser';
import { useScope } from '../scope';

/** The org node the console starts from: one of the nodes the user's roles are granted at. */
export function ScopeSwitcher() {
  const { t } = useTranslation();
  const scope = useScope(useCurrentUser());
  if (scope.nodes.length === 0) return null;
  return (
    <Select
      data-testid="scope-switcher"
      aria-label={t('shell.scope')}
      value={scope.current?.nodeId}
      placeholder={t('shell.allScopes')}
      allowClear={scope.nodes.length > 1}
      onChange={(nodeId?: number) => scope.choose(nodeId ?? null)}
      options={scope.nodes.map((node) => ({
        value: node.nodeId,
        label: `${node.nodeName} · ${t(`kinds.${node.nodeKind}`)}`,
      }))}
      style={{ minWidth: 140, maxWidth: 260 }}
      popupMatchSelectWidth={false}
    />
  );
}
