import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Cluster, Pod, Zone } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { useAction } from '../../hooks/useAction';

interface Values {
  zoneid: string;
  podid: string;
  clusterid: string;
  url: string;
  username?: string;
  password?: string;
  hosttags?: string;
}

const idOf = (x: { id: string }) => x.id;
const nameOf = (x: { name: string }) => x.name;

/** addHost into a cluster; the hypervisor is the cluster's. */
export function AddHostDialog({ onClose }: { onClose: (added: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [cluster, setCluster] = useState<Cluster>();
  const zoneid = Form.useWatch('zoneid', form);
  const podid = Form.useWatch('podid', form);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const done = await run(t('hosts.addAction', { url: v.url }), () =>
        api.execute('addHost', {
          zoneid: v.zoneid,
          podid: v.podid,
          clusterid: v.clusterid,
          hypervisor: cluster?.hypervisortype ?? 'Simulator',
          url: v.url.trim(),
          username: v.username || 'root',
          password: v.password || 'password',
          hosttags: v.hosttags,
        }),
      );
      if (done) onClose(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('hosts.add')} okText={t('common.create')} cancelText={t('common.cancel')} confirmLoading={busy} onCancel={() => onClose(false)} onOk={() => form.submit()} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="zoneid" label={t('infra.zone')} rules={[{ required: true, message: t('common.required') }]}>
          <EntitySelect<Zone> command="listZones" valueOf={idOf} labelOf={nameOf} aria-label={t('infra.zone')} onChange={() => form.setFieldsValue({ podid: undefined, clusterid: undefined })} />
        </Form.Item>
        <Form.Item name="podid" label={t('infra.pod')} rules={[{ required: true, message: t('common.required') }]}>
          <EntitySelect<Pod> command="listPods" params={{ zoneid }} valueOf={idOf} labelOf={nameOf} aria-label={t('infra.pod')} onChange={() => form.setFieldsValue({ clusterid: undefined })} />
        </Form.Item>
        <Form.Item name="clusterid" label={t('infra.cluster')} rules={[{ required: true, message: t('common.required') }]}>
          <EntitySelect<Cluster>
            command="listClusters"
            params={{ zoneid, podid }}
            valueOf={idOf}
            labelOf={(c) => `${c.name} (${c.hypervisortype ?? ''})`}
            aria-label={t('infra.cluster')}
            onChange={(_, c) => setCluster(c)}
          />
        </Form.Item>
        <Form.Item name="url" label={t('hosts.url')} tooltip={t('hosts.urlHelp')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input placeholder="http://sim/c1/h1" />
        </Form.Item>
        <Form.Item name="username" label={t('hosts.username')}>
          <Input placeholder="root" autoComplete="off" />
        </Form.Item>
        <Form.Item name="password" label={t('hosts.password')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="hosttags" label={t('hosts.tags')}>
          <Input placeholder="ssd,gpu" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
