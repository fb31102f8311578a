import { Checkbox, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Volume } from '../../api/types';
import { formatBytes } from '../../utils/format';
import { FormDialog } from '../FormDialog';

const GIB = 1024 ** 3;

/** resizeVolume to a size in GB; a smaller size needs shrinkok. */
export function ResizeVolumeDialog({ volume, onClose }: { volume: Volume; onClose: (resized: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ size: number; shrinkok?: boolean }>
      title={t('volumes.resizeTitle', { name: volume.name })}
      okText={t('volumes.resize')}
      label={() => t('volumes.resizeAction', { name: volume.name })}
      command="resizeVolume"
      toParams={(v) => ({ id: volume.id, size: v.size, shrinkok: v.shrinkok ? true : undefined })}
      initialValues={{ size: volume.size ? Math.ceil(volume.size / GIB) : undefined }}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          {volume.size ? <Typography.Paragraph type="secondary">{t('volumes.currentSize', { size: formatBytes(volume.size) })}</Typography.Paragraph> : null}
          <Form.Item name="size" label={t('volumes.newSize')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={1} precision={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="shrinkok" valuePropName="checked" extra={t('volumes.shrinkHelp')}>
            <Checkbox>{t('volumes.shrinkOk')}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
