import type { OrgChartQuery } from '../../gql/graphql';

export type ChartNode = OrgChartQuery['orgChart']['nodes'][number];

export interface UnitTreeNode {
  key: string;
  value: string;
  node: ChartNode;
  children: UnitTreeNode[];
}

/** The chart arrives flat, parents before children; widgets want it nested. */
export function nestUnits(nodes: readonly ChartNode[]): UnitTreeNode[] {
  const byId = new Map<string, UnitTreeNode>();
  const roots: UnitTreeNode[] = [];
  for (const node of nodes) {
    const item: UnitTreeNode = { key: node.id, value: node.id, node, children: [] };
    byId.set(node.id, item);
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(item);
    else roots.push(item);
  }
  return roots;
}

export interface UnitOption {
  value: string;
  title: string;
  /** "Station / Department": every station has a 客戶服務部, so search must see the parent. */
  path: string;
  children: UnitOption[];
}

/** Tree-select options labelled in the current language; search them with `treeNodeFilterProp="path"`. */
export function unitOptions(nodes: readonly ChartNode[], pick: (zh: string, en: string | null | undefined) => string): UnitOption[] {
  const toOption = (t: UnitTreeNode, parentPath: string): UnitOption => {
    const title = pick(t.node.name, t.node.nameEn);
    const path = parentPath ? `${parentPath} / ${title}` : title;
    return { value: t.node.id, title, path, children: t.children.map((c) => toOption(c, path)) };
  };
  return nestUnits(nodes).map((root) => toOption(root, ''));
}
