import type { answeredWhen } from '../../responses-view';

/** The company's date of a form, then the time it was answered (see `answeredWhen`). */
export function AnsweredWhen({ when }: { when: ReturnType<typeof answeredWhen> }) {
  return (
    <span data-testid="answered-when">
      <span data-testid="answered-on">{when.date}</span> <span style={{ whiteSpace: 'nowrap' }}>{when.time}</span>
    </span>
  );
}
