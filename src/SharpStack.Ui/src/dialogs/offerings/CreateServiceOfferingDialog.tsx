import { Checkbox, Form, Input, InputNumber, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../FormDialog';
import { NameFields } from '../NameFields';
import { OfferingScopeFields, useDefaultOfferingDomain } from './OfferingScopeFields';

interface Values {
  name: string;
  displaytext?: string;
  customized?: boolean;
  cpunumber?: number;
  cpuspeed?: number;
  memory?: number;
  storagetype: 'shared' | 'local';
  hosttags?: string;
  tags?: string;
  offerha?: boolean;
  limitcpuuse?: boolean;
  domainid?: string;
  zoneid?: string;
}

/** createServiceOffering: a fixed size (CPU cores, speed, memory) or customized (chosen at deployment). */
export function CreateServiceOfferingDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const domainid = useDefaultOfferingDomain();
  const pick = [{ required: true, message: t('common.required') }];
  return (
    <FormDialog<Values>
      title={t('computeOfferings.createTitle')}
      label={(v) => t('computeOfferings.createAction', { name: v.name.trim() })}
      command="createServiceOffering"
      toParams={(v) => ({
        name: v.name.trim(),
        displaytext: v.displaytext?.trim(),
        customized: v.customized ?? false,
        cpunumber: v.customized ? undefined : v.cpunumber,
        cpuspeed: v.customized ? undefined : v.cpuspeed,
        memory: v.customized ? undefined : v.memory,
        storagetype: v.storagetype,
        hosttags: v.hosttags?.trim(),
        tags: v.tags?.trim(),
        offerha: v.offerha ?? false,
        limitcpuuse: v.limitcpuuse ?? false,
        domainid: v.domainid ?? domainid,
        zoneid: v.zoneid,
      })}
      initialValues={{ storagetype: 'shared', customized: false, domainid }}
      width={560}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <NameFields />
          <Form.Item name="customized" valuePropName="checked">
            <Checkbox>{t('computeOfferings.customized')}</Checkbox>
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.customized !== b.customized}>
            {({ getFieldValue }) =>
              !getFieldValue('customized') && (
                <Space size="middle" wrap>
                  <Form.Item name="cpunumber" label={t('computeOfferings.cpuNumber')} rules={pick}>
                    <InputNumber min={1} precision={0} aria-label={t('computeOfferings.cpuNumber')} />
                  </Form.Item>
                  <Form.Item name="cpuspeed" label={t('computeOfferings.cpuSpeed')} rules={pick}>
                    <InputNumber min={1} precision={0} aria-label={t('computeOfferings.cpuSpeed')} />
                  </Form.Item>
                  <Form.Item name="memory" label={t('computeOfferings.memory')} rules={pick}>
                    <InputNumber min={32} precision={0} aria-label={t('computeOfferings.memory')} />
                  </Form.Item>
                </Space>
              )
            }
          </Form.Item>
          <Form.Item name="storagetype" label={t('offerings.storageType')}>
            <Radio.Group
              options={[
                { value: 'shared', label: t('offerings.shared') },
                { value: 'local', label: t('offerings.local') },
              ]}
            />
          </Form.Item>
          <Form.Item name="hosttags" label={t('computeOfferings.hostTags')} tooltip={t('offerings.tagsHelp')}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="tags" label={t('offerings.storageTags')} tooltip={t('offerings.tagsHelp')}>
            <Input maxLength={255} />
          </Form.Item>
          <Space size="large">
            <Form.Item name="offerha" valuePropName="checked">
              <Checkbox>{t('computeOfferings.offerHa')}</Checkbox>
            </Form.Item>
            <Form.Item name="limitcpuuse" valuePropName="checked">
              <Checkbox>{t('computeOfferings.limitCpuUse')}</Checkbox>
            </Form.Item>
          </Space>
          <OfferingScopeFields />
        </>
      )}
    </FormDialog>
  );
}
