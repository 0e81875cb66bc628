/*
 * The API writes some steps as notes with a stable code before a colon, so the timeline can
 * name them in the reader's language: how a complaint was triaged (R-SVC-4) and where it was
 * escalated (R-SVC-6). Technical steps (R-SVC-7) are events of their own.
 */

export const API_TAGS = ['NOT_OURS', 'SOLVED_BY_SERVICE', 'NEEDS_OTHER_UNITS', 'JOINT_REVIEW', 'GENERAL_MANAGER'] as const;

export type NoteTag = (typeof API_TAGS)[number];

const KNOWN: ReadonlySet<string> = new Set<string>(API_TAGS);

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
