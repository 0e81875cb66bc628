import { useCallback, useState } from 'react';
import { App } from 'antd';
import { useServerErrors } from '../../shared/hooks';
import { useI18n, type MessageKey } from '../../shared/i18n';

/**
 * The dialogs of a page that works one record: which one is open, the last failure (shown
 * under its fields), and `perform`, which runs a change and on success closes the dialog and
 * reads the record again, since the change also wrote to its timeline.
 */
export function useDialogs<Dialog>(refetch: () => unknown) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const serverErrors = useServerErrors();
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const { clear, capture } = serverErrors;
  const open = useCallback(
    (next: Dialog) => {
      clear();
      setDialog(next);
    },
    [clear],
  );

  async function perform(run: () => Promise<unknown>, done: MessageKey = 'sd.done'): Promise<void> {
    clear();
    try {
      await run();
      void message.success(t(done));
      setDialog(null);
      void refetch();
    } catch (e) {
      capture(e);
    }
  }

  /** What every dialog of the page takes: the failure, and the way out. */
  const formState = { errors: serverErrors.errors, formError: serverErrors.formError, onCancel: () => setDialog(null) };
  return { dialog, open, perform, formState };
}
