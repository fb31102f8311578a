import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Zone } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { useAction } from '../../hooks/useAction';

interface Values {
  zoneid: string;
  name: string;
  url: string;
}

const idOf = (x: { id: string }) => x.id;
const nameOf = (x: { name: string }) => x.name;

/** addImageStore with the NFS provider (nfs://server/path or file:///path). */
export function AddImageStoreDialog({ onClose }: { onClose: (added: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const done = await run(t('secondary.addAction', { name: v.name }), () =>
        api.execute('addImageStore', { provider: 'NFS', zoneid: v.zoneid, name: v.name.trim(), url: v.url.trim() }),
      );
      if (done) onClose(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('secondary.add')} okText={t('common.create')} cancelText={t('common.cancel')} confirmLoading={busy} onCancel={() => onClose(false)} onOk={() => form.submit()} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="zoneid" label={t('infra.zone')} rules={[{ required: true, message: t('common.required') }]}>
          <EntitySelect<Zone> command="listZones" valueOf={idOf} labelOf={nameOf} aria-label={t('infra.zone')} />
        </Form.Item>
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="url" label={t('infra.url')} tooltip={t('secondary.urlHelp')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input placeholder="nfs://192.0.2.10/export/secondary" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
