import { Tree } from 'antd';
import { useNotifyError } from '../../../shared/errors/useNotifyError';
import type { OrgTree, OrgTreeNode } from '../useOrgTree';

interface OrgTreeViewProps {
  tree: OrgTree;
  selectedId: number | undefined;
  onSelect: (nodeId: number) => void;
}

/** The org tree; a node's children load when it is opened. */
export function OrgTreeView({ tree, selectedId, onSelect }: OrgTreeViewProps) {
  const notifyError = useNotifyError();

  async function loadData(node: OrgTreeNode): Promise<void> {
    try {
      await tree.loadChildren(Number(node.key));
    } catch (error) {
      notifyError(error);
    }
  }

  function handleSelect(node: OrgTreeNode): void {
    if (node.moreOf === undefined) onSelect(Number(node.key));
    else tree.loadMore(node.moreOf).catch(notifyError);
  }

  return (
    <div data-testid="org-tree">
      <Tree<OrgTreeNode>
        blockNode
        showLine
        treeData={tree.treeData}
        loadData={loadData}
        expandedKeys={tree.expandedKeys}
        onExpand={(keys) => tree.setExpandedKeys(keys.map(String))}
        selectedKeys={selectedId === undefined ? [] : [String(selectedId)]}
        onSelect={(_keys, { node }) => handleSelect(node)}
      />
    </div>
  );
}
