import { CheckOutlined, DeleteOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkOffering } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { FilterSelect } from '../../components/FilterSelect';
import { QueryTable } from '../../components/QueryTable';
import { StateTag } from '../../components/StateTag';
import { CreateNetworkOfferingDialog } from '../../dialogs/offerings/CreateNetworkOfferingDialog';
import { useListQuery } from '../../hooks/useListQuery';
import { useRowActions } from '../../hooks/useRowActions';
import { byField } from '../../utils/sort';

const TYPES = ['Isolated', 'Shared', 'L2'];

/** Network offerings (guest traffic): admins create, enable or disable and delete them. */
export default function NetworkOfferingsPage() {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const rootAdmin = session?.type === '1';
  const query = useListQuery<NetworkOffering>('listNetworkOfferings', { params: { traffictype: 'Guest' }, filters: ['guestiptype', 'state'] });
  const { busyId, act, confirm } = useRowActions(query.reload);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<NetworkOffering> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name'), render: (v: string, o) => (o.isdefault ? <Space size={4}>{v}<Tag>{t('common.default')}</Tag></Space> : v) },
    { title: t('common.description'), dataIndex: 'displaytext', sorter: byField('displaytext') },
    { title: t('networkOfferings.guestType'), dataIndex: 'guestiptype', sorter: byField('guestiptype'), render: (v?: string) => (v ? t(`networks.types.${v.toLowerCase()}`, { defaultValue: v }) : null) },
    { title: t('common.state'), dataIndex: 'state', sorter: byField('state'), render: (v: string) => <StateTag value={v} /> },
    { title: t('networkOfferings.availability'), dataIndex: 'availability', sorter: byField('availability') },
    {
      title: t('networkOfferings.services'),
      key: 'services',
      render: (_, o) => (
        <Space size={[0, 4]} wrap style={{ maxWidth: 360 }}>
          {(o.service ?? []).map((s) => (
            <Tag key={s.name} title={s.provider?.map((p) => p.name).join(', ')}>
              {s.name}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, o) =>
        rootAdmin && (
          <Space size={0}>
            {can('updateNetworkOffering') &&
              (o.state === 'Enabled' ? (
                <ActionButton
                  title={t('networkOfferings.disable')}
                  icon={<StopOutlined />}
                  loading={busyId === o.id}
                  onClick={() => confirm(t('networkOfferings.disableConfirm', { name: o.name }), false, () => act(o.id, t('networkOfferings.disableAction', { name: o.name }), 'updateNetworkOffering', { state: 'Disabled' }), t('networkOfferings.disableHelp'))}
                />
              ) : (
                <ActionButton title={t('networkOfferings.enable')} icon={<CheckOutlined />} loading={busyId === o.id} onClick={() => act(o.id, t('networkOfferings.enableAction', { name: o.name }), 'updateNetworkOffering', { state: 'Enabled' })} />
              ))}
            {can('deleteNetworkOffering') && !o.isdefault && (
              <ActionButton
                title={t('common.delete')}
                danger
                icon={<DeleteOutlined />}
                loading={busyId === o.id}
                onClick={() => confirm(t('networkOfferings.deleteConfirm', { name: o.name }), true, () => act(o.id, t('networkOfferings.deleteAction', { name: o.name }), 'deleteNetworkOffering'), t('networkOfferings.deleteHelp'))}
              />
            )}
          </Space>
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('networkOfferings.title')}</PageTitle>
      <ListToolbar
        query={query}
        filters={
          <Space wrap>
            <FilterSelect query={query} name="guestiptype" label={t('networkOfferings.guestType')} width={160} options={TYPES.map((v) => ({ value: v, label: t(`networks.types.${v.toLowerCase()}`) }))} />
            <FilterSelect query={query} name="state" label={t('common.state')} options={['Enabled', 'Disabled'].map((v) => ({ value: v, label: t(`states.${v.toLowerCase()}`) }))} />
          </Space>
        }
        actions={
          rootAdmin &&
          can('createNetworkOffering') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('networkOfferings.create')}
            </Button>
          )
        }
      />
      <QueryTable<NetworkOffering> query={query} columns={columns} />
      {creating && (
        <CreateNetworkOfferingDialog
          onClose={(created) => {
            setCreating(false);
            if (created) query.reload();
          }}
        />
      )}
    </>
  );
}
