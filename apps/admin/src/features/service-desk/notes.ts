/*
 * Steps the API records as notes carry a stable code before a colon, so the timeline can
 * name them in the reader's language: the API's own triage (R-SVC-4) and escalation
 * (R-SVC-6) notes, and the console's technical steps (R-SVC-7), which the API has no
 * action of their own for.
 */

/** Written by the console: technical diagnosis, fix, verification, and a resolution's improvement proposal. */
export const CONSOLE_TAGS = ['DIAGNOSIS', 'FIX', 'VERIFICATION', 'IMPROVEMENT'] as const;
/** Written by the API: how a complaint was triaged, and where it was escalated. */
export const API_TAGS = ['NOT_OURS', 'SOLVED_BY_SERVICE', 'NEEDS_OTHER_UNITS', 'JOINT_REVIEW', 'GENERAL_MANAGER'] as const;

export type NoteTag = (typeof CONSOLE_TAGS)[number] | (typeof API_TAGS)[number];

const KNOWN: ReadonlySet<string> = new Set<string>([...CONSOLE_TAGS, ...API_TAGS]);

export function tagged(tag: NoteTag, text: string): string {
  return `${tag}: ${text.trim()}`;
}

export interface NoteLine {
  tag: NoteTag | null;
  text: string;
}

/** A note's lines, each with the step code it starts with, if it is one this console knows. */
export function noteLines(text: string | null | undefined): NoteLine[] {
  if (!text) return [];
  return text.split('\n').flatMap((line): NoteLine[] => {
    if (!line.trim()) return [];
    const m = /^([A-Z_]+): ?(.*)$/.exec(line);
    return m && KNOWN.has(m[1]!) ? [{ tag: m[1] as NoteTag, text: m[2]!.trim() }] : [{ tag: null, text: line }];
  });
}

/** The step code a note starts with, if any. */
export function noteTag(text: string | null | undefined): NoteTag | null {
  return noteLines(text)[0]?.tag ?? null;
}
