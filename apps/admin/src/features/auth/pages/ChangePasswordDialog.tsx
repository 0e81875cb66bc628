import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import { useServerErrors } from '../../../shared/hooks';
import { useI18n } from '../../../shared/i18n';
import { useViewer } from '../../../app/session';
import { ChangeMyPasswordDocument } from '../graphql/auth.operations';
import { ChangePasswordForm, type ChangePasswordValues } from '../components/ChangePasswordForm';

/** Opened from the user menu; any signed-in user may change their own password. */
export default function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const viewer = useViewer();
  const serverErrors = useServerErrors();
  const [changeMyPassword, changing] = useMutation(ChangeMyPasswordDocument);

  async function submit(values: ChangePasswordValues) {
    serverErrors.clear();
    try {
      await changeMyPassword({ variables: { input: values } });
      void message.success(t('password.changed'));
      onClose();
    } catch (e) {
      serverErrors.capture(e);
    }
  }

  return (
    <ChangePasswordForm
      open={open}
      email={viewer.user?.email ?? ''}
      errors={serverErrors.errors}
      formError={serverErrors.formError}
      loading={changing.loading}
      onSubmit={(v) => void submit(v)}
      onCancel={() => {
        serverErrors.clear();
        onClose();
      }}
    />
  );
}
