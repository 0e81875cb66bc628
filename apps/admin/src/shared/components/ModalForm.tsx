import { useEffect, type ReactNode } from 'react';
import { Form, Modal, type FormInstance } from 'antd';
import { useFieldErrors } from '../hooks';
import { useI18n } from '../i18n';
import { FormAlert } from './FormAlert';

/** What a page hands every form it shows in a modal: server errors and state in, events out. */
export interface FormModalProps<Values> {
  open: boolean;
  /** Server messages keyed by field name (from BAD_USER_INPUT issues). */
  errors: Record<string, string>;
  /** A failure that belongs to no single field. */
  formError?: string | null;
  loading: boolean;
  onSubmit: (values: Values) => void;
  onCancel: () => void;
}

const NO_FIELDS: readonly string[] = [];
const NO_ERRORS: Record<string, string> = {};

interface Props<Values> {
  open: boolean;
  title: ReactNode;
  /** antd derives field ids from it (`#employee_email`), which the e2e suite selects. */
  name: string;
  /** Pass one when the caller also watches or sets fields; otherwise the modal makes its own. */
  form?: FormInstance<Values>;
  /** Fields that show their own server message; must be a stable (module-level) array. */
  fields?: readonly string[];
  /**
   * Put into the form each time it opens, after a reset. Keep it referentially stable (state
   * or useMemo): a new object while the modal is open resets what has been typed.
   */
  initialValues?: Partial<Values>;
  errors?: Record<string, string>;
  formError?: string | null;
  /** Shown above the error, for a warning that must stay in view whatever happens. */
  notice?: ReactNode;
  loading: boolean;
  okText?: string;
  width?: number;
  onSubmit: (values: Values) => void;
  onValuesChange?: (changed: Partial<Values>, values: Values) => void;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * A management form in a modal. `forceRender` keeps the form mounted while closed so that the
 * form instance is connected before the first open; it starts afresh on every open, and server
 * errors land under their fields or, when no field claims them, above the form.
 */
export function ModalForm<Values>({
  open,
  title,
  name,
  form: given,
  fields = NO_FIELDS,
  initialValues,
  errors = NO_ERRORS,
  formError,
  notice,
  loading,
  okText,
  width,
  onSubmit,
  onValuesChange,
  onCancel,
  children,
}: Props<Values>) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>(given);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initialValues) form.setFieldsValue(initialValues);
  }, [open, initialValues, form]);

  const unknown = useFieldErrors(form, fields, errors);

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onCancel}
      forceRender
      width={width}
    >
      <Form<Values> form={form} name={name} layout="vertical" onFinish={onSubmit} onValuesChange={onValuesChange}>
        {notice}
        <FormAlert error={formError} unknown={unknown} />
        {children}
      </Form>
    </Modal>
  );
}
