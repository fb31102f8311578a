import { Checkbox, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OsType, Zone } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { EntitySelect } from '../../components/EntitySelect';
import { FormDialog } from '../FormDialog';

/** registerIso's "every zone with an image store": zoneid=-1 (the parameter is required). */
export const ALL_ZONES = '-1';
const HTTP_URL = /^https?:\/\/\S+$/i;

interface Values {
  name: string;
  displaytext?: string;
  url: string;
  zoneid: string;
  ostypeid?: string;
  checksum?: string;
  bootable?: boolean;
  ispublic?: boolean;
  isfeatured?: boolean;
  isextractable?: boolean;
}

const idOf = (x: { id: string }) => x.id;
const zoneLabel = (z: Zone) => z.name;
const osLabel = (o: OsType) => o.description;

/** registerIso from an http(s) URL; a bootable ISO needs an OS type. The server downloads it afterwards. */
export function RegisterIsoDialog({ onClose }: { onClose: (registered: boolean) => void }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const rootAdmin = session?.type === '1';
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormDialog<Values>
      title={t('isos.registerTitle')}
      okText={t('isos.register')}
      label={(v) => t('isos.registerAction', { name: v.name.trim() })}
      command="registerIso"
      toParams={(v) => ({
        name: v.name.trim(),
        displaytext: v.displaytext?.trim(),
        url: v.url.trim(),
        zoneid: v.zoneid,
        ostypeid: v.ostypeid,
        bootable: v.bootable ?? true,
        checksum: v.checksum?.trim(),
        ispublic: v.ispublic ?? false,
        isfeatured: rootAdmin ? (v.isfeatured ?? false) : undefined,
        isextractable: v.isextractable ?? false,
      })}
      initialValues={{ zoneid: ALL_ZONES, bootable: true }}
      width={600}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('common.name')} rules={required}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="displaytext" label={t('common.description')}>
            <Input maxLength={4096} />
          </Form.Item>
          <Form.Item name="url" label={t('templates.url')} tooltip={t('templates.urlHelp')} rules={[...required, { pattern: HTTP_URL, message: t('templates.urlHelp') }]}>
            <Input maxLength={2048} placeholder="https://download.example.org/images/debian-12-netinst.iso" />
          </Form.Item>
          <Form.Item name="zoneid" label={t('infra.zone')} rules={[{ required: true, message: t('common.required') }]}>
            <EntitySelect<Zone>
              command="listZones"
              valueOf={idOf}
              labelOf={zoneLabel}
              extraOptions={[{ value: ALL_ZONES, label: t('templates.allZones') }]}
              aria-label={t('infra.zone')}
            />
          </Form.Item>
          <Form.Item name="bootable" valuePropName="checked">
            <Checkbox>{t('isos.bootable')}</Checkbox>
          </Form.Item>
          <Form.Item
            name="ostypeid"
            label={t('templates.osType')}
            dependencies={['bootable']}
            tooltip={t('isos.osTypeHelp')}
            rules={[({ getFieldValue }) => ({ required: getFieldValue('bootable') !== false, message: t('common.required') })]}
          >
            <EntitySelect<OsType> command="listOsTypes" valueOf={idOf} labelOf={osLabel} allowClear aria-label={t('templates.osType')} />
          </Form.Item>
          <Form.Item name="checksum" label={t('templates.checksum')} tooltip={t('templates.checksumHelp')}>
            <Input maxLength={255} />
          </Form.Item>
          <Flex gap={16} wrap>
            <Form.Item name="ispublic" valuePropName="checked" noStyle>
              <Checkbox>{t('templates.isPublic')}</Checkbox>
            </Form.Item>
            {rootAdmin && (
              <Form.Item name="isfeatured" valuePropName="checked" noStyle>
                <Checkbox>{t('templates.isFeatured')}</Checkbox>
              </Form.Item>
            )}
            <Form.Item name="isextractable" valuePropName="checked" noStyle>
              <Checkbox>{t('templates.isExtractable')}</Checkbox>
            </Form.Item>
          </Flex>
        </>
      )}
    </FormDialog>
  );
}
