import type { ProcessDocument } from './document.entity';

/** A document reached its end: approved, or rejected. Modules whose documents they are act on it (a return exception lets the return go ahead). */
export class DocumentDecided {
  constructor(
    readonly document: ProcessDocument,
    readonly approved: boolean,
  ) {}
}
