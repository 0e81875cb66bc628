import { useCallback, useEffect, useRef } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';
import { Modal } from 'antd';
import { useI18n } from '../../../../shared/i18n';

/**
 * Asks before a draft is lost: leaving for another page of the console asks in a dialog,
 * closing or reloading the tab asks the browser's own question. `release()` lets the next
 * navigation through, for the move that follows a successful publish.
 */
export function useLeaveGuard(dirty: boolean) {
  const { t } = useI18n();
  const released = useRef(false);
  useEffect(() => {
    released.current = false;
  }, [dirty]);

  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => dirty && !released.current && currentLocation.pathname !== nextLocation.pathname,
    [dirty],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (released.current) return;
      e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const release = useCallback(() => {
    released.current = true;
  }, []);

  const dialog = (
    <Modal
      open={blocker.state === 'blocked'}
      title={t('surveyTpl.leaveTitle')}
      okText={t('surveyTpl.leave')}
      cancelText={t('surveyTpl.stay')}
      okButtonProps={{ danger: true }}
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      data-testid="tpl-leave-dialog"
    >
      {t('surveyTpl.leaveText')}
    </Modal>
  );

  return { release, dialog };
}
