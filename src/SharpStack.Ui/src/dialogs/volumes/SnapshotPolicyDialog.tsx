import { DeleteOutlined } from '@ant-design/icons';
import { Alert, Divider, Modal, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../api/errors';
import type { SnapshotPolicy, Volume } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { useRequest } from '../../hooks/useRequest';
import { useRowActions } from '../../hooks/useRowActions';
import { intervalName, parseSchedule } from '../../pages/storage/snapshotSchedule';
import { SnapshotPolicyForm } from './SnapshotPolicyForm';

const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/** A volume's snapshot schedules (listSnapshotPolicies volumeid=...): add one, or delete one. */
export function SnapshotPolicyDialog({ volume, onClose }: { volume: Volume; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { can } = useAuth();
  const { data, loading, error, reload } = useRequest((signal) => api.list<SnapshotPolicy>('listSnapshotPolicies', { volumeid: volume.id }, signal), [api, volume.id]);
  const { busyId, perform, confirm } = useRowActions(reload);

  const intervalLabel = (p: SnapshotPolicy) => {
    const name = intervalName(p.intervaltype);
    return name ? t(`snapshotPolicy.intervals.${name}`) : String(p.intervaltype);
  };
  const describe = (p: SnapshotPolicy) => {
    const name = intervalName(p.intervaltype);
    const parts = name && parseSchedule(name, p.schedule);
    if (!name || !parts) return p.schedule;
    const time = `${two(parts.hour)}:${two(parts.minute)}`;
    const day = name === 'WEEKLY' ? t(`snapshotPolicy.days.${parts.day}`, { defaultValue: String(parts.day) }) : String(parts.day);
    return t(`snapshotPolicy.describe.${name}`, { minute: two(parts.minute), time, day });
  };

  const columns: TableColumnsType<SnapshotPolicy> = [
    { title: t('snapshotPolicy.interval'), key: 'interval', render: (_, p) => intervalLabel(p) },
    { title: t('snapshotPolicy.schedule'), key: 'schedule', render: (_, p) => <span title={p.schedule}>{describe(p)}</span> },
    { title: t('snapshotPolicy.timezone'), dataIndex: 'timezone' },
    { title: t('snapshotPolicy.maxSnaps'), dataIndex: 'maxsnaps' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) =>
        can('deleteSnapshotPolicies') && (
          <ActionButton
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busyId === p.id}
            onClick={() =>
              confirm(
                t('snapshotPolicy.deleteConfirm', { interval: intervalLabel(p), name: volume.name }),
                true,
                () => perform(p.id, t('snapshotPolicy.deleteAction', { interval: intervalLabel(p), name: volume.name }), 'deleteSnapshotPolicies', { id: p.id }),
                t('snapshotPolicy.deleteHelp'),
              )
            }
          />
        ),
    },
  ];

  return (
    <Modal open title={t('snapshotPolicy.title', { name: volume.name })} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      {error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} style={{ marginBottom: 16 }} /> : null}
      <Table<SnapshotPolicy>
        aria-label={t('snapshotPolicy.existing')}
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        pagination={false}
        locale={{ emptyText: t('snapshotPolicy.none') }}
      />
      {can('createSnapshotPolicy') && (
        <>
          <Divider titlePlacement="start">{t('snapshotPolicy.add')}</Divider>
          <Typography.Paragraph type="secondary">{t('snapshotPolicy.replaceHelp')}</Typography.Paragraph>
          <SnapshotPolicyForm volume={volume} onAdded={reload} />
        </>
      )}
    </Modal>
  );
}
