import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Network, PublicIpAddress } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { SubTable } from '../../components/SubTable';
import { useRowActions } from '../../hooks/useRowActions';
import { useSubList } from '../../hooks/useSubList';
import { publicIpColumns } from './publicIps';

/** The public IPs of a network: acquire another one (associateIpAddress networkid=) or release one. */
export function NetworkPublicIps({ network }: { network: Network }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useSubList<PublicIpAddress>('listPublicIpAddresses', { associatednetworkid: network.id, listall: true, allocatedonly: true });
  const rows = useRowActions(list.reload);
  return (
    <SubTable<PublicIpAddress>
      list={list}
      columns={publicIpColumns(t, rows, can('disassociateIpAddress'), { network: false })}
      label={t('publicIps.title')}
      actions={
        can('associateIpAddress') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            loading={rows.busyId === network.id}
            onClick={() => rows.perform(network.id, t('publicIps.acquireAction', { name: network.name }), 'associateIpAddress', { networkid: network.id })}
          >
            {t('publicIps.acquire')}
          </Button>
        )
      }
    />
  );
}
