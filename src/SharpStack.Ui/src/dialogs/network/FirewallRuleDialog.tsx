import { Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { cidrList, cidrListRule, FIREWALL_PROTOCOLS } from '../../pages/network/ruleInputs';
import { FormDialog } from '../FormDialog';
import { PortRangeFields } from './PortRangeFields';

interface Values {
  protocol: (typeof FIREWALL_PROTOCOLS)[number];
  startport?: number;
  endport?: number;
  icmptype?: number;
  icmpcode?: number;
  cidrlist?: string;
  destcidrlist?: string;
}

export type FirewallDirection = 'ingress' | 'egress';

/**
 * A firewall rule: ingress on a public IP (createFirewallRule ipaddressid=) or egress from a network
 * (createEgressFirewallRule networkid=, with destination CIDRs). Ports for TCP and UDP, type and code for ICMP.
 */
export function FirewallRuleDialog({ direction, targetId, targetName, onClose }: { direction: FirewallDirection; targetId: string; targetName: string; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const egress = direction === 'egress';
  return (
    <FormDialog<Values>
      title={t(egress ? 'firewall.addEgressTitle' : 'firewall.addIngressTitle', { name: targetName })}
      okText={t('firewall.add')}
      label={(v) => t('firewall.addAction', { protocol: v.protocol, name: targetName })}
      command={egress ? 'createEgressFirewallRule' : 'createFirewallRule'}
      toParams={(v) => {
        const ports = v.protocol === 'TCP' || v.protocol === 'UDP';
        return {
          [egress ? 'networkid' : 'ipaddressid']: targetId,
          protocol: v.protocol,
          startport: ports ? v.startport : undefined,
          endport: ports ? (v.endport ?? v.startport) : undefined,
          icmptype: v.protocol === 'ICMP' ? (v.icmptype ?? -1) : undefined,
          icmpcode: v.protocol === 'ICMP' ? (v.icmpcode ?? -1) : undefined,
          cidrlist: cidrList(v.cidrlist),
          destcidrlist: egress ? cidrList(v.destcidrlist) : undefined,
        };
      }}
      initialValues={{ protocol: 'TCP', cidrlist: egress ? '' : '0.0.0.0/0' }}
      width={520}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="protocol" label={t('firewall.protocol')}>
            <Select aria-label={t('firewall.protocol')} options={FIREWALL_PROTOCOLS.map((p) => ({ value: p, label: t(`firewall.protocols.${p}`) }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.protocol !== b.protocol}>
            {({ getFieldValue }) => {
              const protocol = getFieldValue('protocol') as Values['protocol'];
              if (protocol === 'TCP' || protocol === 'UDP') return <PortRangeFields start="startport" end="endport" startLabel={t('firewall.startPort')} endLabel={t('firewall.endPort')} />;
              if (protocol === 'ICMP')
                return (
                  <Space size="middle" wrap>
                    <Form.Item name="icmptype" label={t('firewall.icmpType')} tooltip={t('firewall.icmpHelp')}>
                      <InputNumber min={-1} max={255} precision={0} aria-label={t('firewall.icmpType')} />
                    </Form.Item>
                    <Form.Item name="icmpcode" label={t('firewall.icmpCode')}>
                      <InputNumber min={-1} max={255} precision={0} aria-label={t('firewall.icmpCode')} />
                    </Form.Item>
                  </Space>
                );
              return null;
            }}
          </Form.Item>
          <Form.Item name="cidrlist" label={t(egress ? 'firewall.sourceCidrs' : 'firewall.cidrList')} tooltip={t(egress ? 'firewall.egressCidrHelp' : 'firewall.cidrHelp')} rules={[cidrListRule(t)]}>
            <Input placeholder="0.0.0.0/0" />
          </Form.Item>
          {egress && (
            <Form.Item name="destcidrlist" label={t('firewall.destCidrs')} tooltip={t('firewall.destCidrHelp')} rules={[cidrListRule(t)]}>
              <Input placeholder="0.0.0.0/0" />
            </Form.Item>
          )}
        </>
      )}
    </FormDialog>
  );
}
