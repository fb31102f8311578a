import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { cidrList, cidrListRule } from '../../pages/network/ruleInputs';
import { FormDialog } from '../FormDialog';
import { ProtocolFields, protocolParams, type ProtocolValues } from './ProtocolFields';

interface Values extends ProtocolValues {
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
      toParams={(v) => ({
        [egress ? 'networkid' : 'ipaddressid']: targetId,
        ...protocolParams(v),
        cidrlist: cidrList(v.cidrlist),
        destcidrlist: egress ? cidrList(v.destcidrlist) : undefined,
      })}
      initialValues={{ protocol: 'TCP', cidrlist: egress ? '' : '0.0.0.0/0' }}
      width={520}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <ProtocolFields />
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
