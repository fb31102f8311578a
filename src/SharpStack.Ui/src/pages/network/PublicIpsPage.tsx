import { useTranslation } from 'react-i18next';
import type { PublicIpAddress } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { QueryTable } from '../../components/QueryTable';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { publicIpColumns } from './publicIps';

/** The public IP addresses acquired by the accounts the caller sees; new ones are acquired on a network's page. */
export default function PublicIpsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const query = useListQuery<PublicIpAddress>('listPublicIpAddresses', { params: { listall: true, allocatedonly: true }, filters: ['associatednetworkid', 'zoneid'] });
  const rows = useRowActions(query.reload);
  return (
    <>
      <PageTitle>{t('publicIps.title')}</PageTitle>
      <ListToolbar query={query} />
      <QueryTable<PublicIpAddress> query={query} columns={publicIpColumns(t, rows, can('disassociateIpAddress'))} />
    </>
  );
}
