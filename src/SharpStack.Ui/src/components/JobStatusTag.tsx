import { CheckCircleOutlined, CloseCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** jobstatus 0 running, 1 succeeded, 2 failed. */
export function JobStatusTag({ status }: { status: number }) {
  const { t } = useTranslation();
  if (status === 0)
    return (
      <Tag icon={<SyncOutlined spin />} color="processing">
        {t('jobs.pending')}
      </Tag>
    );
  if (status === 1)
    return (
      <Tag icon={<CheckCircleOutlined />} color="success">
        {t('jobs.succeeded')}
      </Tag>
    );
  return (
    <Tag icon={<CloseCircleOutlined />} color="error">
      {t('jobs.failed')}
    </Tag>
  );
}
