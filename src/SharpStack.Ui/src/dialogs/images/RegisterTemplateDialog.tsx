import { Checkbox, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OsType, Zone } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { EntitySelect } from '../../components/EntitySelect';
import { FormDialog } from '../FormDialog';
import { HypervisorSelect } from './HypervisorSelect';

export const TEMPLATE_FORMATS = ['QCOW2', 'RAW', 'VHD', 'VHDX', 'OVA'];
/** The "All zones" choice; it sends no zoneid, and the server registers the template in every zone with an image store. */
const ALL_ZONES = '-1';
const HTTP_URL = /^https?:\/\/\S+$/i;

interface Values {
  name: string;
  displaytext?: string;
  url: string;
  zoneid: string;
  format: string;
  hypervisor: string;
  ostypeid?: string;
  checksum?: string;
  ispublic?: boolean;
  isfeatured?: boolean;
  isextractable?: boolean;
  passwordenabled?: boolean;
}

const idOf = (x: { id: string }) => x.id;
const zoneLabel = (z: Zone) => z.name;
const osLabel = (o: OsType) => o.description;

/** registerTemplate from an http(s) URL; the server downloads it afterwards (see the status column). */
export function RegisterTemplateDialog({ onClose }: { onClose: (registered: boolean) => void }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const rootAdmin = session?.type === '1';
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormDialog<Values>
      title={t('templates.registerTitle')}
      okText={t('templates.register')}
      label={(v) => t('templates.registerAction', { name: v.name.trim() })}
      command="registerTemplate"
      toParams={(v) => ({
        name: v.name.trim(),
        displaytext: v.displaytext?.trim(),
        url: v.url.trim(),
        zoneid: v.zoneid === ALL_ZONES ? undefined : v.zoneid,
        format: v.format,
        hypervisor: v.hypervisor,
        ostypeid: v.ostypeid,
        checksum: v.checksum?.trim(),
        ispublic: v.ispublic ?? false,
        isfeatured: rootAdmin ? (v.isfeatured ?? false) : undefined,
        isextractable: v.isextractable ?? false,
        passwordenabled: v.passwordenabled ?? false,
      })}
      initialValues={{ zoneid: ALL_ZONES, format: 'QCOW2', hypervisor: 'KVM' }}
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
            <Input maxLength={2048} placeholder="https://download.example.org/images/debian-12.qcow2" />
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
          <Flex gap={16} wrap>
            <Form.Item name="format" label={t('templates.format')} style={{ minWidth: 160 }}>
              <Select options={TEMPLATE_FORMATS.map((f) => ({ value: f, label: f }))} aria-label={t('templates.format')} />
            </Form.Item>
            <Form.Item name="hypervisor" label={t('infra.hypervisor')} style={{ minWidth: 160 }}>
              <HypervisorSelect aria-label={t('infra.hypervisor')} />
            </Form.Item>
          </Flex>
          <Form.Item name="ostypeid" label={t('templates.osType')}>
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
            <Form.Item name="passwordenabled" valuePropName="checked" noStyle>
              <Checkbox>{t('templates.passwordEnabled')}</Checkbox>
            </Form.Item>
          </Flex>
        </>
      )}
    </FormDialog>
  );
}
