import { Alert, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The link an extract job answered: a signed download that works without a login until it expires. */
export function DownloadLinkDialog({ name, url, onClose }: { name: string; url: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal open title={t('templates.linkTitle', { name })} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} width={640} destroyOnHidden>
      <Alert type="info" showIcon title={t('templates.linkHelp')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: url, tooltips: [t('common.copy'), t('common.copy')] }} style={{ wordBreak: 'break-all' }}>
        <Typography.Link href={url} target="_blank" rel="noopener noreferrer">
          {url}
        </Typography.Link>
      </Typography.Paragraph>
    </Modal>
  );
}
