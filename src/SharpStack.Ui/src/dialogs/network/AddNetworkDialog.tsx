import { Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Params } from '../../api/params';
import type { Domain, NetworkOffering, Zone } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { EntitySelect } from '../../components/EntitySelect';
import { isIpv4 } from '../../pages/network/ruleInputs';
import { FormDialog } from '../FormDialog';
import { NameFields } from '../NameFields';

export interface AddNetworkValues {
  name: string;
  displaytext?: string;
  zoneid: string;
  networkofferingid: string;
  gateway?: string;
  netmask?: string;
  networkdomain?: string;
  vlan?: string;
  startip?: string;
  endip?: string;
  acltype?: 'Account' | 'Domain';
  domainid?: string;
  account?: string;
}

const trim = (s?: string) => s?.trim() || undefined;

/** The createNetwork parameters of the form for an offering of the given guest type. */
export function addNetworkParams(v: AddNetworkValues, guestType: string | undefined): Params {
  const shared = guestType === 'Shared';
  const l2 = guestType === 'L2';
  return {
    name: v.name.trim(),
    displaytext: trim(v.displaytext) ?? v.name.trim(),
    zoneid: v.zoneid,
    networkofferingid: v.networkofferingid,
    gateway: l2 ? undefined : trim(v.gateway),
    netmask: l2 ? undefined : trim(v.netmask),
    networkdomain: l2 ? undefined : trim(v.networkdomain),
    vlan: shared || l2 ? trim(v.vlan) : undefined,
    startip: shared ? trim(v.startip) : undefined,
    endip: shared ? trim(v.endip) : undefined,
    acltype: shared || l2 ? v.acltype : undefined,
    domainid: (shared || l2) && v.acltype ? v.domainid : undefined,
    account: (shared || l2) && v.acltype === 'Account' ? trim(v.account) : undefined,
  };
}

/**
 * createNetwork: users make isolated networks (an optional gateway and netmask, else the zone's guest
 * CIDR); administrators may also pick shared and L2 offerings, with their VLAN, IP range and owner.
 */
export function AddNetworkDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const admin = session?.type === '1' || session?.type === '2';
  const [offering, setOffering] = useState<NetworkOffering>();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const ip = { validator: (_: unknown, v?: string) => (!v?.trim() || isIpv4(v) ? Promise.resolve() : Promise.reject(new Error(t('networks.badIp')))) };
  const type = offering?.guestiptype;
  return (
    <FormDialog<AddNetworkValues>
      title={t('networks.addTitle')}
      label={(v) => t('networks.addAction', { name: v.name.trim() })}
      command="createNetwork"
      toParams={(v) => addNetworkParams(v, type)}
      initialValues={{ acltype: 'Domain' }}
      width={600}
      onClose={(result) => onClose(result !== null)}
    >
      {(form) => (
        <>
          <NameFields />
          <Form.Item name="zoneid" label={t('infra.zone')} rules={required}>
            <EntitySelect<Zone>
              command="listZones"
              params={{ available: true }}
              valueOf={(z) => z.id}
              labelOf={(z) => z.name}
              aria-label={t('infra.zone')}
              onChange={() => {
                form.setFieldsValue({ networkofferingid: undefined });
                setOffering(undefined);
              }}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: AddNetworkValues, b: AddNetworkValues) => a.zoneid !== b.zoneid}>
            {({ getFieldValue }) => (
              <Form.Item name="networkofferingid" label={t('networks.offering')} rules={required} extra={type ? t(`networks.types.${type.toLowerCase()}`, { defaultValue: type }) : undefined}>
                <EntitySelect<NetworkOffering>
                  command="listNetworkOfferings"
                  params={{ state: 'Enabled', zoneid: getFieldValue('zoneid') as string | undefined, guestiptype: admin ? undefined : 'Isolated', forvpc: false }}
                  valueOf={(o) => o.id}
                  labelOf={(o) => (o.displaytext && o.displaytext !== o.name ? `${o.name} – ${o.displaytext}` : o.name)}
                  aria-label={t('networks.offering')}
                  onChange={(_, item) => setOffering(item)}
                />
              </Form.Item>
            )}
          </Form.Item>
          {type !== 'L2' && (
            <Space size="middle" wrap>
              <Form.Item name="gateway" label={t('infra.gateway')} rules={type === 'Shared' ? [...required, ip] : [ip]} tooltip={type === 'Shared' ? undefined : t('networks.addressingHelp')}>
                <Input placeholder="10.1.1.1" />
              </Form.Item>
              <Form.Item name="netmask" label={t('infra.netmask')} rules={type === 'Shared' ? [...required, ip] : [ip]}>
                <Input placeholder="255.255.255.0" />
              </Form.Item>
            </Space>
          )}
          {type === 'Shared' && (
            <Space size="middle" wrap>
              <Form.Item name="startip" label={t('networks.startIp')} rules={[...required, ip]}>
                <Input />
              </Form.Item>
              <Form.Item name="endip" label={t('networks.endIp')} rules={[...required, ip]}>
                <Input />
              </Form.Item>
            </Space>
          )}
          {(type === 'Shared' || type === 'L2') && (
            <>
              <Form.Item name="vlan" label={t('networks.vlan')} rules={offering?.specifyvlan ? required : []} tooltip={t('networks.vlanHelp')}>
                <Input placeholder="100" />
              </Form.Item>
              <Form.Item name="acltype" label={t('networks.scope')}>
                <Radio.Group
                  options={[
                    { value: 'Domain', label: t('networks.scopeDomain') },
                    { value: 'Account', label: t('networks.scopeAccount') },
                  ]}
                />
              </Form.Item>
              <Form.Item name="domainid" label={t('common.domain')}>
                <EntitySelect<Domain> command="listDomains" params={{ listall: true }} valueOf={(d) => d.id} labelOf={(d) => d.path} allowClear aria-label={t('common.domain')} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a: AddNetworkValues, b: AddNetworkValues) => a.acltype !== b.acltype}>
                {({ getFieldValue }) =>
                  getFieldValue('acltype') === 'Account' && (
                    <Form.Item name="account" label={t('common.account')} rules={required}>
                      <Input />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </>
          )}
          {type !== 'L2' && (
            <Form.Item name="networkdomain" label={t('networks.networkDomain')}>
              <Input placeholder="cloud.internal" />
            </Form.Item>
          )}
        </>
      )}
    </FormDialog>
  );
}
