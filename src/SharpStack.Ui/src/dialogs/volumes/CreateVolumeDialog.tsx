import { Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiskOffering, Zone } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { FormDialog } from '../FormDialog';

interface Values {
  name: string;
  zoneid: string;
  diskofferingid: string;
  size?: number;
}

const idOf = (x: { id: string }) => x.id;
const zoneName = (z: Zone) => z.name;

/** createVolume from a disk offering: a detached data disk, created on the pool of the instance it is first attached to. */
export function CreateVolumeDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const [offering, setOffering] = useState<DiskOffering | undefined>();
  const custom = t('offerings.custom');
  const diskLabel = (d: DiskOffering) => `${d.name} (${d.iscustomized ? custom : `${d.disksize ?? '?'} GB`})`;
  return (
    <FormDialog<Values>
      title={t('volumes.createTitle')}
      label={(v) => t('volumes.createAction', { name: v.name.trim() })}
      command="createVolume"
      toParams={(v) => ({ name: v.name.trim(), zoneid: v.zoneid, diskofferingid: v.diskofferingid, size: offering?.iscustomized ? v.size : undefined })}
      onClose={(result) => onClose(result !== null)}
    >
      {(form) => (
        <>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="zoneid" label={t('infra.zone')} rules={[{ required: true, message: t('common.required') }]}>
            <EntitySelect<Zone>
              command="listZones"
              valueOf={idOf}
              labelOf={zoneName}
              aria-label={t('infra.zone')}
              onChange={() => {
                form.setFieldsValue({ diskofferingid: undefined, size: undefined });
                setOffering(undefined);
              }}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['zoneid']}>
            {() => (
              <Form.Item name="diskofferingid" label={t('volumes.diskOffering')} rules={[{ required: true, message: t('common.required') }]}>
                <EntitySelect<DiskOffering>
                  command="listDiskOfferings"
                  params={{ zoneid: form.getFieldValue('zoneid') as string | undefined }}
                  valueOf={idOf}
                  labelOf={diskLabel}
                  aria-label={t('volumes.diskOffering')}
                  onChange={(_, item) => setOffering(item)}
                />
              </Form.Item>
            )}
          </Form.Item>
          {offering?.iscustomized && (
            <Form.Item name="size" label={t('volumes.sizeGb')} rules={[{ required: true, message: t('common.required') }]}>
              <InputNumber min={1} precision={0} style={{ width: 200 }} />
            </Form.Item>
          )}
        </>
      )}
    </FormDialog>
  );
}
