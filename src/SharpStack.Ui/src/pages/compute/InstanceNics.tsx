import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Nic } from '../../api/types';

/** The nics of an instance, as listVirtualMachines sends them. */
export function InstanceNics({ nics }: { nics: Nic[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Nic> = [
    { title: t('instances.network'), dataIndex: 'networkname' },
    { title: t('instances.ipAddress'), dataIndex: 'ipaddress' },
    { title: t('infra.gateway'), dataIndex: 'gateway' },
    { title: t('infra.netmask'), dataIndex: 'netmask' },
    { title: t('instances.macAddress'), dataIndex: 'macaddress' },
    { title: t('instances.defaultNic'), dataIndex: 'isdefault', render: (v?: boolean) => (v ? <Tag color="blue">{t('common.yes')}</Tag> : null) },
  ];
  return <Table<Nic> rowKey="id" size="small" columns={columns} dataSource={nics} pagination={false} scroll={{ x: 'max-content' }} aria-label={t('instances.nics')} />;
}
