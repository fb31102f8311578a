import { Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../FormDialog';
import { NameFields } from '../NameFields';
import { IO_LIMITS, IoLimitFields, type IoLimitValues } from './IoLimitFields';
import { OfferingScopeFields, useDefaultOfferingDomain } from './OfferingScopeFields';

interface Values extends IoLimitValues {
  name: string;
  displaytext?: string;
  customized?: boolean;
  disksize?: number;
  storagetype: 'shared' | 'local';
  tags?: string;
  domainid?: string;
  zoneid?: string;
}

/** createDiskOffering: a size in GB or customized, storage type and tags, optional I/O limits. */
export function CreateDiskOfferingDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const domainid = useDefaultOfferingDomain();
  return (
    <FormDialog<Values>
      title={t('diskOfferings.createTitle')}
      label={(v) => t('diskOfferings.createAction', { name: v.name.trim() })}
      command="createDiskOffering"
      toParams={(v) => ({
        name: v.name.trim(),
        displaytext: v.displaytext?.trim(),
        customized: v.customized ?? false,
        disksize: v.customized ? undefined : v.disksize,
        storagetype: v.storagetype,
        tags: v.tags?.trim(),
        ...Object.fromEntries(IO_LIMITS.map(([name]) => [name, v[name] ?? undefined])),
        domainid: v.domainid ?? domainid,
        zoneid: v.zoneid,
      })}
      initialValues={{ storagetype: 'shared', customized: false, domainid }}
      width={600}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <NameFields descriptionLength={4096} />
          <Form.Item name="customized" valuePropName="checked">
            <Checkbox>{t('diskOfferings.customized')}</Checkbox>
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.customized !== b.customized}>
            {({ getFieldValue }) =>
              !getFieldValue('customized') && (
                <Form.Item name="disksize" label={t('diskOfferings.diskSize')} rules={[{ required: true, message: t('common.required') }]}>
                  <InputNumber min={1} max={1048576} precision={0} aria-label={t('diskOfferings.diskSize')} />
                </Form.Item>
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
          <Form.Item name="tags" label={t('offerings.storageTags')} tooltip={t('offerings.tagsHelp')}>
            <Input maxLength={4096} />
          </Form.Item>
          <IoLimitFields />
          <OfferingScopeFields />
        </>
      )}
    </FormDialog>
  );
}
