import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../api/errors';
import type { VirtualMachine } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DateTime } from '../../components/DateTime';
import { PageTitle } from '../../components/PageTitle';
import { StateTag } from '../../components/StateTag';
import { useRequest } from '../../hooks/useRequest';
import { affinityTypeLabel } from './affinityTypes';
import { InstanceMoreActions } from './InstanceMoreActions';
import { InstanceNics } from './InstanceNics';
import { InstanceVolumes } from './InstanceVolumes';
import { isTransitional, vmLabel, vmSize } from './vmActions';
import { VmActions } from './VmActions';

const REFRESH_MS = 5000;

/** One instance: its fields, nics and volumes, with the actions of the list and InstanceMoreActions. */
export default function InstanceDetailPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { can } = useAuth();
  const { id = '' } = useParams();
  const { data, loading, error, reload } = useRequest(
    (signal) => api.list<VirtualMachine>('listVirtualMachines', { id, listall: true }, signal).then((r) => r.items[0] ?? null),
    [api, id],
  );
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => {
    reload();
    setVersion((v) => v + 1);
  }, [reload]);
  const moving = !!data && isTransitional(data);

  useEffect(() => {
    if (!moving || loading) return;
    const timer = setTimeout(reload, REFRESH_MS);
    return () => clearTimeout(timer);
  }, [moving, loading, reload]);

  const back = (
    <Link to="/compute/instances">
      <Button icon={<ArrowLeftOutlined />}>{t('instances.back')}</Button>
    </Link>
  );

  if (loading && data === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (error) return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} action={back} />;
  if (!data) return <Result status="404" title={t('instances.notFound')} extra={back} />;

  const vm = data;
  const items = [
    { label: t('common.name'), children: vm.name },
    { label: t('instances.displayName'), children: vm.displayname },
    { label: 'ID', children: vm.id },
    { label: t('common.state'), children: <StateTag value={vm.state} /> },
    { label: t('infra.zone'), children: vm.zonename },
    { label: t('instances.template'), children: vm.templatename },
    { label: t('instances.osType'), children: vm.osdisplayname },
    { label: t('instances.offering'), children: `${vm.serviceofferingname ?? ''} (${vmSize(vm)})` },
    { label: t('infra.hypervisor'), children: vm.hypervisor },
    { label: t('instances.ipAddress'), children: vm.nic?.[0]?.ipaddress },
    { label: t('instances.keyPairs'), children: vm.keypairs },
    { label: t('instances.iso'), children: vm.isoid ? vm.isodisplaytext || vm.isoname : <Typography.Text type="secondary">{t('instances.noIso')}</Typography.Text> },
    {
      label: t('affinity.title'),
      children:
        (vm.affinitygroup ?? []).length > 0 ? (
          (vm.affinitygroup ?? []).map((g) => (
            <Tag key={g.id} title={affinityTypeLabel(t, g.type)}>
              {g.name}
            </Tag>
          ))
        ) : (
          <Typography.Text type="secondary">{t('affinity.none')}</Typography.Text>
        ),
    },
    { label: t('instances.haEnabled'), children: vm.haenable ? <Tag color="success">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag> },
    { label: t('common.account'), children: vm.account },
    { label: t('common.domain'), children: vm.domain },
    ...(vm.hostname !== undefined || vm.instancename !== undefined
      ? [
          { label: t('instances.host'), children: vm.hostname },
          { label: t('instances.instanceName'), children: vm.instancename },
        ]
      : []),
    { label: t('common.created'), children: <DateTime value={vm.created} /> },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          <Space>
            {vmLabel(vm)}
            <StateTag value={vm.state} />
          </Space>
        </PageTitle>
        <Space>
          <VmActions vm={vm} onChanged={changed} />
          {back}
        </Space>
      </Flex>
      <Flex vertical gap={16}>
        <Card
          title={t('common.details')}
          size="small"
          extra={
            can('listVMSnapshot') && (
              <Link to={`/storage/vm-snapshots?virtualmachineid=${vm.id}`}>{t('vmSnapshots.ofInstance')}</Link>
            )
          }
        >
          <div style={{ marginBottom: 12 }}>
            <InstanceMoreActions vm={vm} onChanged={changed} />
          </div>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />
        </Card>
        <Card title={t('instances.nics')} size="small">
          <InstanceNics vmId={vm.id} />
        </Card>
        <Card title={t('volumes.title')} size="small">
          <InstanceVolumes vmId={vm.id} version={version} />
        </Card>
      </Flex>
    </>
  );
}
