import type { ComponentType } from 'react';
import type { Permission } from '../../gql/graphql';
import type { CoreMessageKey } from '../i18n';

/**
 * A page a feature contributes. The permission only decides what the menu shows and which
 * pages open; the server checks every request anyway.
 */
export interface FeatureRoute {
  path: string;
  /** Any one of these rights opens the page; `Authenticated`: everyone signed in (their own inbox, their own documents). */
  permission: Permission | readonly Permission[] | 'Authenticated';
  page: () => Promise<{ default: ComponentType }>;
  /** Present when the page has a menu entry. */
  // Core keys only: the menu renders before the feature's own catalogue has loaded.
  menu?: { label: CoreMessageKey; icon: ComponentType; order: number };
}
