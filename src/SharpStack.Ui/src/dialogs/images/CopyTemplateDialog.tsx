import { Form, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template, Zone } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { FormDialog } from '../FormDialog';

const zoneId = (z: Zone) => z.id;
const zoneName = (z: Zone) => z.name;

/** copyTemplate: the row's copy (sourcezoneid = its zone) to another zone; the job waits for the copy. */
export function CopyTemplateDialog({ template, onClose }: { template: Template; onClose: (copied: boolean) => void }) {
  const { t } = useTranslation();
  const otherZone = useCallback((z: Zone) => z.id !== template.zoneid, [template.zoneid]);
  return (
    <FormDialog<{ destzoneid: string }>
      title={t('templates.copyTitle', { name: template.name, zone: template.zonename ?? '' })}
      okText={t('templates.copy')}
      label={() => t('templates.copyAction', { name: template.name })}
      command="copyTemplate"
      toParams={(v) => ({ id: template.id, sourcezoneid: template.zoneid, destzoneid: v.destzoneid })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t('templates.copyHelp')}</Typography.Paragraph>
          <Form.Item name="destzoneid" label={t('templates.destZone')} rules={[{ required: true, message: t('common.required') }]}>
            <EntitySelect<Zone> command="listZones" valueOf={zoneId} labelOf={zoneName} filter={otherZone} aria-label={t('templates.destZone')} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
