import { Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIREWALL_PROTOCOLS } from '../../pages/network/ruleInputs';
import { PortRangeFields } from './PortRangeFields';

export type RuleProtocol = (typeof FIREWALL_PROTOCOLS)[number];

/** The protocol part of a rule form: ports for TCP and UDP, ICMP type and code, nothing for all. */
export interface ProtocolValues {
  protocol: RuleProtocol;
  startport?: number;
  endport?: number;
  icmptype?: number;
  icmpcode?: number;
}

/** The API parameters of the protocol fields (firewall and security group rules take the same ones). */
export function protocolParams(v: ProtocolValues) {
  const ports = v.protocol === 'TCP' || v.protocol === 'UDP';
  const icmp = v.protocol === 'ICMP';
  return {
    protocol: v.protocol,
    startport: ports ? v.startport : undefined,
    endport: ports ? (v.endport ?? v.startport) : undefined,
    icmptype: icmp ? (v.icmptype ?? -1) : undefined,
    icmpcode: icmp ? (v.icmpcode ?? -1) : undefined,
  };
}

/** A protocol select and, by protocol, a port range or an ICMP type and code. */
export function ProtocolFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="protocol" label={t('firewall.protocol')}>
        <Select aria-label={t('firewall.protocol')} options={FIREWALL_PROTOCOLS.map((p) => ({ value: p, label: t(`firewall.protocols.${p}`) }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: ProtocolValues, b: ProtocolValues) => a.protocol !== b.protocol}>
        {({ getFieldValue }) => {
          const protocol = getFieldValue('protocol') as RuleProtocol;
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
    </>
  );
}
