import type { ApproverKind, ConditionOp, FieldType, ProcessDefinitionInput } from '../../gql/graphql';

/** A definition version as the API returns it (the parts the console reads). */
export interface DefinitionLike {
  kind: string;
  version: number;
  effectiveFrom: string;
}

/**
 * Per kind, the version in force at `now`: the highest one already effective. `processDefinitions`
 * also returns versions published to start later, which new documents must not use yet.
 */
export function inForce<D extends DefinitionLike>(definitions: readonly D[], now: Date): D[] {
  const byKind = new Map<string, D>();
  for (const d of definitions) {
    if (Date.parse(d.effectiveFrom) > now.getTime()) continue;
    const best = byKind.get(d.kind);
    if (!best || d.version > best.version) byKind.set(d.kind, d);
  }
  return [...byKind.values()];
}

export const APPROVER_KINDS: readonly ApproverKind[] = ['APPLICANT_UNIT_HEAD', 'UNIT_HEAD', 'UNIT_OF_KIND_HEAD', 'POSITION', 'ROLE'];
export const CONDITION_OPS: readonly ConditionOp[] = ['EQ', 'NEQ', 'GT', 'GTE', 'LT', 'LTE', 'IN'];
export const FIELD_TYPES: readonly FieldType[] = ['TEXT', 'MONEY', 'NUMBER', 'DATE', 'BOOLEAN', 'CHOICE'];
export const UNIT_KINDS = ['COMPANY', 'MANAGEMENT_DEPT', 'BUSINESS_DEPT', 'FIELD_SITE', 'STATION', 'DEPARTMENT'] as const;
export const UNIT_FUNCTIONS = [
  'FINANCE',
  'TECHNICAL_SUPPORT',
  'BACK_OFFICE',
  'CUSTOMER_SERVICE',
  'GENERAL',
  'GOODS_MANAGEMENT',
  'LOGISTICS',
  'PLANNING',
  'QUALITY_CONTROL',
  'SALES',
] as const;

export const OP_SYMBOL: Record<ConditionOp, string> = { EQ: '=', NEQ: '≠', GT: '>', GTE: '≥', LT: '<', LTE: '≤', IN: '∈' };

/** A published version as the API returns it, fully. */
export interface DefinitionSource {
  name: string;
  nameEn?: string | null;
  fields: readonly { key: string; label: string; type: FieldType; required: boolean; immutable: boolean; choices?: readonly string[] | null }[];
  steps: readonly {
    key: string;
    name: string;
    nameEn?: string | null;
    timeLimitHours: number;
    approver: { kind: ApproverKind; code?: string | null; unitKind?: string | null; unitFunction?: string | null };
    conditions: readonly { field: string; op: ConditionOp; value: unknown }[];
  }[];
}

/** The editor's values: condition values and choices as the text a person edits. */
export interface DefinitionFormValues {
  name: string;
  nameEn?: string;
  note?: string;
  fields: { key: string; label: string; type: FieldType; required: boolean; immutable: boolean; choices?: string }[];
  steps: {
    key: string;
    name: string;
    nameEn?: string;
    timeLimitHours: number;
    approver: { kind: ApproverKind; code?: string; unitKind?: string; unitFunction?: string };
    conditions: { field: string; op: ConditionOp; value: string }[];
  }[];
}

/** A condition's value as editable text: JSON, so `true`, `50000` and `"EXPRESS"` stay distinct. */
export function valueToText(value: unknown): string {
  return JSON.stringify(value) ?? '';
}

/** Text back to a value: JSON when it parses, else the text itself (a bare word is meant as a string). */
export function textToValue(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return trimmed;
  }
}

const blank = (s: string | null | undefined) => (s?.trim() ? s.trim() : undefined);

export function definitionToForm(def: DefinitionSource): DefinitionFormValues {
  return {
    name: def.name,
    nameEn: def.nameEn ?? undefined,
    note: undefined,
    fields: def.fields.map((f) => ({ key: f.key, label: f.label, type: f.type, required: f.required, immutable: f.immutable, choices: f.choices?.join(', ') })),
    steps: def.steps.map((s) => ({
      key: s.key,
      name: s.name,
      nameEn: s.nameEn ?? undefined,
      timeLimitHours: s.timeLimitHours,
      approver: { kind: s.approver.kind, code: s.approver.code ?? undefined, unitKind: s.approver.unitKind ?? undefined, unitFunction: s.approver.unitFunction ?? undefined },
      conditions: s.conditions.map((c) => ({ field: c.field, op: c.op, value: valueToText(c.value) })),
    })),
  };
}

/**
 * The editor's values as a new version to publish. Only the approver settings that its kind
 * reads are sent, so a code left over from another kind cannot route a step by mistake.
 */
export function formToDefinitionInput(kind: string, v: DefinitionFormValues): ProcessDefinitionInput {
  return {
    kind,
    name: v.name.trim(),
    nameEn: blank(v.nameEn) ?? null,
    note: blank(v.note) ?? null,
    fields: (v.fields ?? []).map((f) => ({
      key: f.key.trim(),
      label: f.label.trim(),
      type: f.type,
      required: !!f.required,
      immutable: !!f.immutable,
      choices:
        f.type === 'CHOICE'
          ? (f.choices ?? '')
              .split(/[,，、\n]/)
              .map((c) => c.trim())
              .filter(Boolean)
          : null,
    })),
    steps: (v.steps ?? []).map((s) => {
      const kindOf = s.approver.kind;
      return {
        key: s.key.trim(),
        name: s.name.trim(),
        nameEn: blank(s.nameEn) ?? null,
        timeLimitHours: Number(s.timeLimitHours ?? 0),
        approver: {
          kind: kindOf,
          code: kindOf === 'UNIT_HEAD' || kindOf === 'POSITION' || kindOf === 'ROLE' ? (blank(s.approver.code) ?? null) : null,
          unitKind: kindOf === 'UNIT_OF_KIND_HEAD' ? (blank(s.approver.unitKind) ?? null) : null,
          unitFunction: kindOf === 'UNIT_OF_KIND_HEAD' ? (blank(s.approver.unitFunction) ?? null) : null,
        },
        conditions: (s.conditions ?? []).map((c) => ({ field: c.field.trim(), op: c.op, value: textToValue(c.value ?? '') })),
      };
    }),
  };
}
