import { Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Params } from '../../api/params';
import type { Cluster, Pod, Zone } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { useAction } from '../../hooks/useAction';

const idOf = (x: { id: string }) => x.id;
const nameOf = (x: { name: string }) => x.name;
const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** A create dialog: a form whose values become one API call. */
function CreateDialog<V extends object>({
  title,
  label,
  command,
  toParams,
  onClose,
  children,
}: {
  title: string;
  label: (v: V) => string;
  command: string;
  toParams: (v: V) => Params;
  onClose: (created: boolean) => void;
  children: (form: ReturnType<typeof Form.useForm<V>>[0]) => ReactNode;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: V) => {
    setBusy(true);
    try {
      if (await run(label(v), () => api.execute(command, toParams(v)))) onClose(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={title} okText={t('common.create')} cancelText={t('common.cancel')} confirmLoading={busy} onCancel={() => onClose(false)} onOk={() => form.submit()} destroyOnHidden>
      <Form<V> form={form} layout="vertical" onFinish={submit}>
        {children(form)}
      </Form>
    </Modal>
  );
}

function useRules() {
  const { t } = useTranslation();
  const req = [{ required: true, whitespace: true, message: t('common.required') }];
  return { req, ip: [...req, { pattern: IPV4, message: t('wizard.badIp') }], pick: [{ required: true, message: t('common.required') }] };
}

interface PodValues {
  zoneid: string;
  name: string;
  gateway: string;
  netmask: string;
  startip: string;
  endip: string;
}

export function AddPodDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const { req, ip, pick } = useRules();
  return (
    <CreateDialog<PodValues> title={t('pods.add')} label={(v) => t('pods.addAction', { name: v.name })} command="createPod" toParams={(v) => ({ ...v, name: v.name.trim() })} onClose={onClose}>
      {() => (
        <>
          <Form.Item name="zoneid" label={t('infra.zone')} rules={pick}>
            <EntitySelect<Zone> command="listZones" valueOf={idOf} labelOf={nameOf} aria-label={t('infra.zone')} />
          </Form.Item>
          <Form.Item name="name" label={t('common.name')} rules={req}>
            <Input />
          </Form.Item>
          <Form.Item name="gateway" label={t('infra.gateway')} rules={ip}>
            <Input placeholder="172.16.10.1" />
          </Form.Item>
          <Form.Item name="netmask" label={t('infra.netmask')} rules={ip}>
            <Input placeholder="255.255.255.0" />
          </Form.Item>
          <Form.Item name="startip" label={t('wizard.startIp')} rules={ip}>
            <Input />
          </Form.Item>
          <Form.Item name="endip" label={t('wizard.endIp')} rules={ip}>
            <Input />
          </Form.Item>
        </>
      )}
    </CreateDialog>
  );
}

interface ClusterValues {
  zoneid: string;
  podid: string;
  clustername: string;
  hypervisor: string;
}

export function AddClusterDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const { req, pick } = useRules();
  return (
    <CreateDialog<ClusterValues>
      title={t('clusters.add')}
      label={(v) => t('clusters.addAction', { name: v.clustername })}
      command="addCluster"
      toParams={(v) => ({ ...v, clustername: v.clustername.trim(), clustertype: 'CloudManaged' })}
      onClose={onClose}
    >
      {(form) => <ClusterFields form={form} req={req} pick={pick} />}
    </CreateDialog>
  );
}

function ClusterFields({ form, req, pick }: { form: ReturnType<typeof Form.useForm<ClusterValues>>[0]; req: object[]; pick: object[] }) {
  const { t } = useTranslation();
  const zoneid = Form.useWatch('zoneid', form);
  return (
    <>
      <Form.Item name="zoneid" label={t('infra.zone')} rules={pick}>
        <EntitySelect<Zone> command="listZones" valueOf={idOf} labelOf={nameOf} aria-label={t('infra.zone')} onChange={() => form.setFieldsValue({ podid: undefined })} />
      </Form.Item>
      <Form.Item name="podid" label={t('infra.pod')} rules={pick}>
        <EntitySelect<Pod> command="listPods" params={{ zoneid }} valueOf={idOf} labelOf={nameOf} aria-label={t('infra.pod')} />
      </Form.Item>
      <Form.Item name="clustername" label={t('common.name')} rules={req}>
        <Input />
      </Form.Item>
      <Form.Item name="hypervisor" label={t('infra.hypervisor')} initialValue="Simulator" rules={pick}>
        <Select options={['Simulator', 'KVM'].map((h) => ({ value: h, label: h }))} />
      </Form.Item>
    </>
  );
}

interface PoolValues {
  scope: 'cluster' | 'zone';
  zoneid: string;
  podid?: string;
  clusterid?: string;
  hypervisor?: string;
  name: string;
  url: string;
  tags?: string;
  capacitygb?: number;
}

export function AddPrimaryStorageDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const { req, pick } = useRules();
  return (
    <CreateDialog<PoolValues>
      title={t('primary.add')}
      label={(v) => t('primary.addAction', { name: v.name })}
      command="createStoragePool"
      toParams={(v) => ({
        scope: v.scope,
        zoneid: v.zoneid,
        podid: v.scope === 'cluster' ? v.podid : undefined,
        clusterid: v.scope === 'cluster' ? v.clusterid : undefined,
        hypervisor: v.scope === 'zone' ? v.hypervisor : undefined,
        name: v.name.trim(),
        url: v.url.trim(),
        tags: v.tags,
        capacitybytes: v.capacitygb ? Math.round(v.capacitygb * 1024 ** 3) : undefined,
      })}
      onClose={onClose}
    >
      {(form) => <PoolFields form={form} req={req} pick={pick} />}
    </CreateDialog>
  );
}

function PoolFields({ form, req, pick }: { form: ReturnType<typeof Form.useForm<PoolValues>>[0]; req: object[]; pick: object[] }) {
  const { t } = useTranslation();
  const scope = Form.useWatch('scope', form) ?? 'cluster';
  const zoneid = Form.useWatch('zoneid', form);
  const podid = Form.useWatch('podid', form);
  return (
    <>
      <Form.Item name="scope" label={t('primary.scope')} initialValue="cluster">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'cluster', label: t('wizard.scopeCluster') },
            { value: 'zone', label: t('wizard.scopeZone') },
          ]}
        />
      </Form.Item>
      <Form.Item name="zoneid" label={t('infra.zone')} rules={pick}>
        <EntitySelect<Zone> command="listZones" valueOf={idOf} labelOf={nameOf} aria-label={t('infra.zone')} onChange={() => form.setFieldsValue({ podid: undefined, clusterid: undefined })} />
      </Form.Item>
      {scope === 'cluster' ? (
        <>
          <Form.Item name="podid" label={t('infra.pod')} rules={pick}>
            <EntitySelect<Pod> command="listPods" params={{ zoneid }} valueOf={idOf} labelOf={nameOf} aria-label={t('infra.pod')} onChange={() => form.setFieldsValue({ clusterid: undefined })} />
          </Form.Item>
          <Form.Item name="clusterid" label={t('infra.cluster')} rules={pick}>
            <EntitySelect<Cluster> command="listClusters" params={{ zoneid, podid }} valueOf={idOf} labelOf={nameOf} aria-label={t('infra.cluster')} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="hypervisor" label={t('infra.hypervisor')} initialValue="Simulator" rules={pick}>
          <Select options={['Simulator', 'KVM'].map((h) => ({ value: h, label: h }))} />
        </Form.Item>
      )}
      <Form.Item name="name" label={t('common.name')} rules={req}>
        <Input />
      </Form.Item>
      <Form.Item name="url" label={t('infra.url')} tooltip={t('wizard.primaryUrlHelp')} rules={req}>
        <Input placeholder="nfs://192.0.2.10/export/primary" />
      </Form.Item>
      <Form.Item name="tags" label={t('primary.tags')}>
        <Input placeholder="ssd" />
      </Form.Item>
      <Form.Item name="capacitygb" label={t('primary.capacityGb')}>
        <InputNumber min={1} style={{ width: '100%' }} />
      </Form.Item>
    </>
  );
}

