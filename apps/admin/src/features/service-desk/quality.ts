import type { CorrectiveActionStatus, Permission } from '../../gql/graphql';

export interface ActionLike {
  status: CorrectiveActionStatus;
  ownerId: string;
}

export interface FormViewer {
  employeeId?: string | null;
  permissions: readonly Permission[];
}

export interface ActionAbilities {
  /** The viewer owns the action. */
  mine: boolean;
  /** Report it done: its owner, or quality control. */
  complete: boolean;
  /** Verify its effect: customer service or quality control, never its owner (R-SVC-5). */
  verify: boolean;
}

/** What a viewer may do with one corrective action on a form that is `formOpen`; the API decides anyway. */
export function actionAbilities(a: ActionLike, viewer: FormViewer, formOpen: boolean): ActionAbilities {
  const mine = !!viewer.employeeId && a.ownerId === viewer.employeeId;
  const quality = viewer.permissions.includes('ManageQuality');
  return {
    mine,
    complete: formOpen && a.status === 'OPEN' && (mine || quality),
    verify: formOpen && a.status === 'DONE' && !mine && (quality || viewer.permissions.includes('ManageTicket')),
  };
}

/**
 * Whether the viewer reads the form as quality control or only as the owner of one of its
 * actions, who is let in by the API without ReadQuality and sees the customer masked (R-ACL-3).
 */
export function readsAsOwner(viewer: FormViewer): boolean {
  return !viewer.permissions.includes('ReadQuality');
}
