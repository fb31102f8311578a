import { useTranslation } from 'react-i18next';
import type { Router } from '../../api/types';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { FilterSelect } from '../../components/FilterSelect';
import { QueryTable } from '../../components/QueryTable';
import { useListQuery } from '../../hooks/useListQuery';
import { routerColumns } from '../network/routerColumns';

const STATES = ['Running', 'Stopped', 'Starting', 'Stopping', 'Error'];

/** Virtual routers of every guest network: state, host, addresses; start, stop, reboot and destroy. */
export default function RoutersPage() {
  const { t } = useTranslation();
  const query = useListQuery<Router>('listRouters', { params: { listall: true }, filters: ['state', 'zoneid', 'networkid'] });
  return (
    <>
      <PageTitle>{t('routers.title')}</PageTitle>
      <ListToolbar
        query={query}
        filters={
          <FilterSelect query={query} name="state" label={t('common.state')} options={STATES.map((s) => ({ value: s, label: t(`states.${s.toLowerCase()}`, { defaultValue: s }) }))} />
        }
      />
      <QueryTable<Router> query={query} columns={routerColumns(t, query.reload)} />
    </>
  );
}
