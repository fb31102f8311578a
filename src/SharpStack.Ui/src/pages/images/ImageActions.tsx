import { CopyOutlined, DeleteOutlined, DownloadOutlined, TeamOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { CopyTemplateDialog } from '../../dialogs/images/CopyTemplateDialog';
import { DownloadLinkDialog } from '../../dialogs/images/DownloadLinkDialog';
import { TemplatePermissionsDialog } from '../../dialogs/images/TemplatePermissionsDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { canExtract, canManageImage, extractedUrl, IMAGE_APIS, imageTexts, type ImageKind } from './imageAccess';

/**
 * The actions of one zone copy of a template or ISO: a download link (extract), sharing and
 * copying to another zone (templates), and deleting the copy of that zone.
 */
export function ImageActions({ kind, image, onChanged }: { kind: ImageKind; image: Template; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const { busyId, act, confirm } = useRowActions(onChanged);
  const [dialog, setDialog] = useState<'copy' | 'permissions' | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const apis = IMAGE_APIS[kind];
  const ns = imageTexts(kind);
  const busy = busyId === image.id;
  const manage = canManageImage(session, image);
  const template = kind === 'template';

  const extract = async () => {
    const result = await act(image.id, t(`${ns}.extractAction`, { name: image.name }), apis.extract, { mode: 'HTTP_DOWNLOAD', zoneid: image.zoneid });
    const url = extractedUrl(result);
    if (url) setLink(url);
  };

  return (
    <>
      <Space size={0}>
        {can(apis.extract) && canExtract(session, image) && <ActionButton title={t('templates.extract')} icon={<DownloadOutlined />} loading={busy} onClick={() => void extract()} />}
        {template && manage && can(apis.permissions) && <ActionButton title={t('templates.permissions')} icon={<TeamOutlined />} onClick={() => setDialog('permissions')} />}
        {template && manage && image.isready && can(apis.copy) && <ActionButton title={t('templates.copy')} icon={<CopyOutlined />} onClick={() => setDialog('copy')} />}
        {manage && can(apis.delete) && (
          <ActionButton
            title={t('common.delete')}
            danger
            icon={<DeleteOutlined />}
            loading={busy}
            onClick={() =>
              confirm(
                t(`${ns}.deleteConfirm`, { name: image.name, zone: image.zonename ?? '' }),
                true,
                () => act(image.id, t(`${ns}.deleteAction`, { name: image.name }), apis.delete, { zoneid: image.zoneid }),
                t(`${ns}.deleteHelp`),
              )
            }
          />
        )}
      </Space>
      {link && <DownloadLinkDialog name={image.name} url={link} onClose={() => setLink(null)} />}
      {dialog === 'permissions' && (
        <TemplatePermissionsDialog
          template={image}
          onClose={(changed) => {
            setDialog(null);
            if (changed) onChanged();
          }}
        />
      )}
      {dialog === 'copy' && (
        <CopyTemplateDialog
          template={image}
          onClose={(copied) => {
            setDialog(null);
            if (copied) onChanged();
          }}
        />
      )}
    </>
  );
}
