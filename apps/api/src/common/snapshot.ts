/**
 * A plain copy of chosen fields for an audit diff (R-ACL-5); relations become their ids.
 * Callers choose the fields, so secrets and contact data stay out unless meant.
 */
export function snapshot<T extends object>(entity: T, fields: (keyof T & string)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (entity as Record<string, unknown>)[f];
    if (v && typeof v === 'object' && 'id' in v) out[f] = (v as { id: unknown }).id;
    else if (v instanceof Date) out[f] = v.toISOString();
    else out[f] = v ?? null;
  }
  return out;
}
