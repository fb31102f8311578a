import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicIpAddress } from '../../api/types';
import { cidrList, cidrListRule, FORWARDING_PROTOCOLS } from '../../pages/network/ruleInputs';
import { FormDialog } from '../FormDialog';
import { InstancePicker } from './InstancePicker';
import { PortRangeFields } from './PortRangeFields';

interface Values {
  protocol: (typeof FORWARDING_PROTOCOLS)[number];
  publicport: number;
  publicendport?: number;
  privateport: number;
  privateendport?: number;
  virtualmachineid: string;
  cidrlist?: string;
  openfirewall?: boolean;
}

/** createPortForwardingRule: public port(s) of an IP to the same number of ports of an instance of its network. */
export function PortForwardingDialog({ ip, onClose }: { ip: PublicIpAddress; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const pick = [{ required: true, message: t('common.required') }];
  return (
    <FormDialog<Values>
      title={t('forwarding.addTitle', { ip: ip.ipaddress })}
      okText={t('firewall.add')}
      label={(v) => t('forwarding.addAction', { port: v.publicport, ip: ip.ipaddress })}
      command="createPortForwardingRule"
      toParams={(v) => ({
        ipaddressid: ip.id,
        protocol: v.protocol,
        publicport: v.publicport,
        publicendport: v.publicendport ?? v.publicport,
        privateport: v.privateport,
        privateendport: v.privateendport ?? v.privateport,
        virtualmachineid: v.virtualmachineid,
        cidrlist: cidrList(v.cidrlist),
        openfirewall: v.openfirewall ?? false,
      })}
      initialValues={{ protocol: 'TCP', openfirewall: true }}
      width={560}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="protocol" label={t('firewall.protocol')}>
            <Select aria-label={t('firewall.protocol')} options={FORWARDING_PROTOCOLS.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
          <PortRangeFields start="publicport" end="publicendport" startLabel={t('forwarding.publicPort')} endLabel={t('forwarding.publicEndPort')} />
          <PortRangeFields start="privateport" end="privateendport" startLabel={t('forwarding.privatePort')} endLabel={t('forwarding.privateEndPort')} />
          <Form.Item name="virtualmachineid" label={t('forwarding.instance')} rules={pick}>
            <InstancePicker networkId={ip.associatednetworkid ?? ''} label={t('forwarding.instance')} />
          </Form.Item>
          <Form.Item name="cidrlist" label={t('firewall.cidrList')} tooltip={t('firewall.cidrHelp')} rules={[cidrListRule(t)]}>
            <Input placeholder="0.0.0.0/0" />
          </Form.Item>
          <Form.Item name="openfirewall" valuePropName="checked" tooltip={t('forwarding.openFirewallHelp')}>
            <Checkbox>{t('forwarding.openFirewall')}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
