import { Permission, Scope } from './permissions';
import { forbidden } from '../errors';

/** One effective grant: a permission, its scope, and for UNIT_SUBTREE the anchor unit's path. */
export interface Grant {
  permission: Permission;
  scope: Scope;
  /** Materialised path of the anchor unit (`/id1/id2/`), for UNIT_SUBTREE grants. */
  unitPath?: string;
}

/**
 * What the acting user or API key may do, and where. Built once per request from the access
 * token (or the API key row), so checking a right costs no query.
 */
export class Access {
  private readonly byPermission = new Map<Permission, Grant[]>();
  /** Access objects are immutable and shared by a token's requests, so reaches are kept. */
  private readonly reachCache = new Map<Permission, Reach>();

  constructor(
    readonly grants: Grant[],
    /** The employee the actor is, for OWN-scoped grants. */
    readonly employeeId: string | null,
  ) {
    for (const g of grants) {
      const list = this.byPermission.get(g.permission) ?? [];
      list.push(g);
      this.byPermission.set(g.permission, list);
    }
  }

  has(permission: Permission): boolean {
    return this.byPermission.has(permission);
  }

  /**
   * The reach of a permission: `all`, a set of unit subtrees (by path prefix), and/or the
   * actor's own records. Widest grant wins; subtrees from several roles add up.
   */
  reach(permission: Permission): Reach {
    let reach = this.reachCache.get(permission);
    if (!reach) this.reachCache.set(permission, (reach = this.computeReach(permission)));
    return reach;
  }

  private computeReach(permission: Permission): Reach {
    const grants = this.byPermission.get(permission) ?? [];
    let all = false;
    let own = false;
    const paths: string[] = [];
    for (const g of grants) {
      if (g.scope === Scope.ALL) all = true;
      else if (g.scope === Scope.UNIT_SUBTREE && g.unitPath) paths.push(g.unitPath);
      else if (g.scope === Scope.OWN) own = true;
    }
    return { all, own: own && this.employeeId !== null, employeeId: this.employeeId, unitPaths: minimalPrefixes(paths) };
  }

  /** True when a record located at `unitPath` (and owned by `ownerEmployeeId`) is within reach. */
  reaches(permission: Permission, unitPath: string | null, ownerEmployeeId?: string | null): boolean {
    const r = this.reach(permission);
    if (r.all) return true;
    if (unitPath && r.unitPaths.some((p) => unitPath.startsWith(p))) return true;
    if (r.own && ownerEmployeeId && ownerEmployeeId === r.employeeId) return true;
    return false;
  }

  assertReaches(permission: Permission, unitPath: string | null, ownerEmployeeId?: string | null, what = 'this record'): void {
    if (!this.reaches(permission, unitPath, ownerEmployeeId)) {
      throw forbidden(`Your ${permission} right does not reach ${what}.`, [permission], 'OUT_OF_SCOPE');
    }
  }
}

export interface Reach {
  readonly all: boolean;
  readonly own: boolean;
  readonly employeeId: string | null;
  readonly unitPaths: readonly string[];
}

/** Drops paths already covered by a shorter one, so SQL filters stay small. */
function minimalPrefixes(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const p of sorted) if (!out.some((q) => p.startsWith(q))) out.push(p);
  return out;
}

export const noAccess = new Access([], null);
