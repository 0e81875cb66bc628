import { useEffect, useMemo, useState, type Key } from 'react';
import { Badge, Space, Tree, Typography } from 'antd';
import { ToneTag } from '../../../shared/components';
import type { DataNode } from 'antd/es/tree';
import { useI18n } from '../../../shared/i18n';
import { nestUnits, type ChartNode, type UnitTreeNode } from '../tree';

interface Props {
  nodes: readonly ChartNode[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function OrgTree({ nodes, selectedId, onSelect }: Props) {
  const { t, pick } = useI18n();

  const treeData = useMemo(() => {
    const toData = (item: UnitTreeNode): DataNode => ({
      key: item.node.id,
      title: (
        <Space size={4} wrap={false} data-testid={`unit-${item.node.code}`}>
          <Typography.Text strong={item.node.depth < 2}>{pick(item.node.name, item.node.nameEn)}</Typography.Text>
          <ToneTag tone="info" title={t('org.headcount')}>
            {item.node.headcount}
          </ToneTag>
          {item.node.vacancies > 0 ? (
            <Badge count={item.node.vacancies} color="#ad4e00" title={t('org.vacancies')} overflowCount={999} />
          ) : null}
        </Space>
      ),
      children: item.children.map(toData),
    });
    return nestUnits(nodes).map(toData);
  }, [nodes, pick, t]);

  const [expanded, setExpanded] = useState<Key[]>(() => nodes.filter((n) => n.depth < 2).map((n) => n.id));

  // A unit selected from elsewhere (a link, a unit just created) must be visible in the tree.
  useEffect(() => {
    if (!selectedId) return;
    const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
    const chain: string[] = [];
    for (let id = parentOf.get(selectedId); id; id = parentOf.get(id)) chain.push(id);
    setExpanded((keys) => (chain.every((id) => keys.includes(id)) ? keys : [...new Set([...keys, ...chain])]));
  }, [selectedId, nodes]);

  return (
    <Tree
      aria-label={t('org.tree')}
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={expanded}
      onExpand={setExpanded}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => keys[0] !== undefined && onSelect(String(keys[0]))}
    />
  );
}
