import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-pem-file' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.pem`;
  a.click();
  URL.revokeObjectURL(url);
}

/** The private key of a new key pair, shown once: the server does not keep it and the UI forgets it on close. */
export function PrivateKeyDialog({ name, privateKey, onClose }: { name: string; privateKey: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('sshKeys.privateKeyTitle', { name })}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={680}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('sshKeys.privateKeyOnce')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: privateKey, tooltips: [t('common.copy'), t('common.copy')] }} style={{ marginBottom: 8 }}>
        <pre aria-label={t('sshKeys.privateKeyTitle', { name })} style={{ maxHeight: 300, overflow: 'auto', fontSize: 12, margin: 0 }}>
          {privateKey}
        </pre>
      </Typography.Paragraph>
      <Button icon={<DownloadOutlined />} onClick={() => download(name, privateKey)}>
        {t('sshKeys.download')}
      </Button>
    </Modal>
  );
}
