import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { Params } from '../api/params';
import type { Json } from '../api/response';
import { useAction } from '../hooks/useAction';

interface Props<V> {
  title: string;
  /** The button that sends the form; "Create" when omitted. */
  okText?: string;
  /** The action's name in the working/done/failed messages. */
  label: (v: V) => string;
  command: string;
  toParams: (v: V) => Params;
  initialValues?: Partial<V>;
  width?: number;
  /** The reply of the command (its job result when async) after success, or null when cancelled. */
  onClose: (result: Json | null) => void;
  children: (form: FormInstance<V>) => ReactNode;
}

/** A dialog whose form becomes one API call, with the feedback of useAction; it stays open when the call fails. */
export function FormDialog<V extends object>({ title, okText, label, command, toParams, initialValues, width, onClose, children }: Props<V>) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: V) => {
    setBusy(true);
    try {
      const result = await run(label(v), () => api.execute(command, toParams(v)));
      if (result) onClose(result);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={() => onClose(null)}
      onOk={() => form.submit()}
      destroyOnHidden
      width={width}
    >
      <Form<V> form={form} layout="vertical" onFinish={submit} initialValues={initialValues}>
        {children(form)}
      </Form>
    </Modal>
  );
}
