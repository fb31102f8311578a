import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Params } from '../../api/params';
import type { PortForwardingRule, PublicIpAddress } from '../../api/types';
import { cidrList, cidrListRule, FORWARDING_PROTOCOLS, portRange } from '../../pages/network/ruleInputs';
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

/** createPortForwardingRule on an IP, or updatePortForwardingRule of `rule` (its private ports, instance and source CIDRs). */
export function portForwardingParams(v: Values, ip: PublicIpAddress, rule?: PortForwardingRule): Params {
  const target = { privateport: v.privateport, privateendport: v.privateendport ?? v.privateport, virtualmachineid: v.virtualmachineid, cidrlist: cidrList(v.cidrlist) };
  if (rule) return { id: rule.id, ...target };
  return { ipaddressid: ip.id, protocol: v.protocol, publicport: v.publicport, publicendport: v.publicendport ?? v.publicport, ...target, openfirewall: v.openfirewall ?? false };
}

/** Public port(s) of an IP to the same number of ports of an instance of its network: a new rule, or an edit of `rule`. */
export function PortForwardingDialog({ ip, rule, onClose }: { ip: PublicIpAddress; rule?: PortForwardingRule; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const pick = [{ required: true, message: t('common.required') }];
  const publicPorts = rule ? portRange(rule.publicport, rule.publicendport) : '';
  const asNumber = (v?: string) => (v === undefined || v === '' ? undefined : Number(v));
  return (
    <FormDialog<Values>
      title={rule ? t('forwarding.editTitle', { port: publicPorts, ip: ip.ipaddress }) : t('forwarding.addTitle', { ip: ip.ipaddress })}
      okText={rule ? t('common.save') : t('firewall.add')}
      label={(v) => (rule ? t('forwarding.editAction', { port: publicPorts, ip: ip.ipaddress }) : t('forwarding.addAction', { port: v.publicport, ip: ip.ipaddress }))}
      command={rule ? 'updatePortForwardingRule' : 'createPortForwardingRule'}
      toParams={(v) => portForwardingParams(v, ip, rule)}
      initialValues={
        rule
          ? { privateport: asNumber(rule.privateport), privateendport: asNumber(rule.privateendport), virtualmachineid: rule.virtualmachineid, cidrlist: rule.cidrlist }
          : { protocol: 'TCP', openfirewall: true }
      }
      width={560}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          {!rule && (
            <>
              <Form.Item name="protocol" label={t('firewall.protocol')}>
                <Select aria-label={t('firewall.protocol')} options={FORWARDING_PROTOCOLS.map((p) => ({ value: p, label: p }))} />
              </Form.Item>
              <PortRangeFields start="publicport" end="publicendport" startLabel={t('forwarding.publicPort')} endLabel={t('forwarding.publicEndPort')} />
            </>
          )}
          <PortRangeFields start="privateport" end="privateendport" startLabel={t('forwarding.privatePort')} endLabel={t('forwarding.privateEndPort')} />
          <Form.Item name="virtualmachineid" label={t('forwarding.instance')} rules={pick}>
            <InstancePicker networkId={ip.associatednetworkid ?? ''} label={t('forwarding.instance')} />
          </Form.Item>
          <Form.Item name="cidrlist" label={t('firewall.cidrList')} tooltip={t('firewall.cidrHelp')} rules={[cidrListRule(t)]}>
            <Input placeholder="0.0.0.0/0" />
          </Form.Item>
          {!rule && (
            <Form.Item name="openfirewall" valuePropName="checked" tooltip={t('forwarding.openFirewallHelp')}>
              <Checkbox>{t('forwarding.openFirewall')}</Checkbox>
            </Form.Item>
          )}
        </>
      )}
    </FormDialog>
  );
}
