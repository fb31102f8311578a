import { Alert, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserKeys } from '../api/types';

/** Shows freshly generated keys once; they are not kept anywhere in the UI. */
export function UserKeysDialog({ username, keys, onClose }: { username: string; keys: UserKeys; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open title={t('users.keysTitle', { name: username })} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} width={640} destroyOnHidden>
      <Alert type="warning" showIcon title={t('users.keysOnce')} style={{ marginBottom: 16 }} />
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('users.apiKey')}>
          <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
            {keys.apikey}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('users.secretKey')}>
          <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
            {keys.secretkey}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}
