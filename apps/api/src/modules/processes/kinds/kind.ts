import type { Ctx } from '../../../context';
import type { FieldIssue } from '../../../common/errors';
import type { ProcessDocument } from '../document.entity';

/**
 * What a document kind adds to the generic engine: a number prefix, a title, checks the
 * field definitions cannot express, facts for step conditions, and effects of approval.
 */
export interface DocumentKind {
  kind: string;
  /** Number prefix, e.g. EXP for EXP-2026-000042. */
  prefix: string;
  title(data: Record<string, unknown>): string;
  validate?(data: Record<string, unknown>, issues: FieldIssue[]): void;
  /** Computed at submission and kept on the document (over budget, percent over reference). */
  facts?(ctx: Ctx, doc: ProcessDocument): Promise<Record<string, unknown>>;
  /** Why a document no step applies to is approved without anyone (freight within the reference price). */
  autoApproval?(doc: ProcessDocument): string | null;
  onApproved?(ctx: Ctx, doc: ProcessDocument): Promise<void>;
  /** Undoes onApproved when a document is un-approved (棄審). */
  onUnapproved?(ctx: Ctx, doc: ProcessDocument): Promise<void>;
}
