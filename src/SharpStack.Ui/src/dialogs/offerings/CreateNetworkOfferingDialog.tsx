import { Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  defaultServices,
  NETWORK_SERVICES,
  networkOfferingParams,
  SERVICE_PROVIDERS,
  serviceAllowed,
  type GuestIpType,
  type NetworkOfferingValues,
} from '../../pages/offerings/networkOfferingParams';
import { FormDialog } from '../FormDialog';
import { NameFields } from '../NameFields';

const GUEST_TYPES: GuestIpType[] = ['Isolated', 'Shared', 'L2'];

/** createNetworkOffering: guest type, the services it gives with a provider each, and its flags. */
export function CreateNetworkOfferingDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<NetworkOfferingValues>
      title={t('networkOfferings.createTitle')}
      label={(v) => t('networkOfferings.createAction', { name: v.name.trim() })}
      command="createNetworkOffering"
      toParams={networkOfferingParams}
      initialValues={{ guestiptype: 'Isolated', services: defaultServices('Isolated'), egressdefaultpolicy: true, availability: 'Optional', enable: true }}
      width={640}
      onClose={(result) => onClose(result !== null)}
    >
      {(form) => (
        <>
          <NameFields />
          <Form.Item name="guestiptype" label={t('networkOfferings.guestType')}>
            <Radio.Group
              options={GUEST_TYPES.map((g) => ({ value: g, label: t(`networks.types.${g.toLowerCase()}`) }))}
              onChange={(e) => {
                const g = e.target.value as GuestIpType;
                form.setFieldsValue({ services: defaultServices(g), specifyvlan: g === 'Shared' });
              }}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) => {
              const guestType = getFieldValue('guestiptype') as GuestIpType;
              return (
                <>
                  <Typography.Text strong>{t('networkOfferings.services')}</Typography.Text>
                  <Flex vertical gap={4} style={{ margin: '8px 0 16px' }} role="group" aria-label={t('networkOfferings.services')}>
                    {NETWORK_SERVICES.filter((s) => serviceAllowed(guestType, s)).map((s) => (
                      <Flex key={s} align="center" gap={12}>
                        <Form.Item name={['services', s, 'on']} valuePropName="checked" noStyle>
                          <Checkbox style={{ width: 180 }}>{t(`networkOfferings.serviceNames.${s}`)}</Checkbox>
                        </Form.Item>
                        <Form.Item name={['services', s, 'provider']} noStyle>
                          <Select
                            size="small"
                            style={{ width: 200 }}
                            disabled={!getFieldValue(['services', s, 'on']) || (guestType === 'L2' ? false : SERVICE_PROVIDERS[s].length < 2)}
                            aria-label={t('networkOfferings.providerOf', { service: s })}
                            options={(guestType === 'L2' ? ['ConfigDrive'] : SERVICE_PROVIDERS[s]).map((p) => ({ value: p, label: p }))}
                          />
                        </Form.Item>
                      </Flex>
                    ))}
                  </Flex>
                  <Space size="large" wrap>
                    <Form.Item name="specifyvlan" valuePropName="checked" tooltip={t('networkOfferings.specifyVlanHelp')}>
                      <Checkbox>{t('networkOfferings.specifyVlan')}</Checkbox>
                    </Form.Item>
                    {guestType !== 'Shared' && (
                      <Form.Item name="ispersistent" valuePropName="checked" tooltip={t('networkOfferings.persistentHelp')}>
                        <Checkbox>{t('networkOfferings.persistent')}</Checkbox>
                      </Form.Item>
                    )}
                    <Form.Item name="conservemode" valuePropName="checked" tooltip={t('networkOfferings.conserveModeHelp')}>
                      <Checkbox>{t('networkOfferings.conserveMode')}</Checkbox>
                    </Form.Item>
                    {guestType === 'Isolated' && (
                      <Form.Item name="egressdefaultpolicy" valuePropName="checked" tooltip={t('networkOfferings.egressAllowHelp')}>
                        <Checkbox>{t('networkOfferings.egressAllow')}</Checkbox>
                      </Form.Item>
                    )}
                  </Space>
                  {guestType === 'Isolated' && getFieldValue(['services', 'SourceNat', 'on']) && (
                    <Form.Item name="availability" label={t('networkOfferings.availability')} tooltip={t('networkOfferings.availabilityHelp')}>
                      <Radio.Group
                        options={[
                          { value: 'Optional', label: t('networkOfferings.optional') },
                          { value: 'Required', label: t('networkOfferings.required') },
                        ]}
                      />
                    </Form.Item>
                  )}
                </>
              );
            }}
          </Form.Item>
          <Space size="middle" wrap>
            <Form.Item name="networkrate" label={t('networkOfferings.networkRate')}>
              <InputNumber min={1} precision={0} aria-label={t('networkOfferings.networkRate')} />
            </Form.Item>
            <Form.Item name="tags" label={t('networkOfferings.tags')} tooltip={t('networkOfferings.tagsHelp')}>
              <Input maxLength={4096} />
            </Form.Item>
          </Space>
          <Form.Item name="enable" valuePropName="checked">
            <Checkbox>{t('networkOfferings.enableNow')}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
