import { Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Params } from '../../api/params';
import type { LoadBalancerRule, PublicIpAddress } from '../../api/types';
import { cidrList, cidrListRule } from '../../pages/network/ruleInputs';
import { FormDialog } from '../FormDialog';

export const LB_ALGORITHMS = ['roundrobin', 'leastconn', 'source'] as const;

interface Values {
  name: string;
  description?: string;
  publicport?: number;
  privateport?: number;
  algorithm: string;
  cidrlist?: string;
  openfirewall?: boolean;
}

/** createLoadBalancerRule on an IP, or updateLoadBalancerRule of `rule` (name, description, algorithm, source CIDRs; the ports stay). */
export function loadBalancerParams(v: Values, ip: PublicIpAddress, rule?: LoadBalancerRule): Params {
  const common = { name: v.name.trim(), description: v.description?.trim(), algorithm: v.algorithm, cidrlist: cidrList(v.cidrlist) };
  if (rule) return { id: rule.id, ...common };
  return { publicipid: ip.id, ...common, publicport: v.publicport, privateport: v.privateport, openfirewall: v.openfirewall ?? false };
}

export function LoadBalancerRuleDialog({ ip, rule, onClose }: { ip: PublicIpAddress; rule?: LoadBalancerRule; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <FormDialog<Values>
      title={rule ? t('loadBalancers.editTitle', { name: rule.name }) : t('loadBalancers.addTitle', { ip: ip.ipaddress })}
      okText={rule ? t('common.save') : t('firewall.add')}
      label={(v) => (rule ? t('loadBalancers.editAction', { name: v.name.trim() }) : t('loadBalancers.addAction', { name: v.name.trim(), ip: ip.ipaddress }))}
      command={rule ? 'updateLoadBalancerRule' : 'createLoadBalancerRule'}
      toParams={(v) => loadBalancerParams(v, ip, rule)}
      initialValues={rule ? { name: rule.name, description: rule.description, algorithm: rule.algorithm, cidrlist: rule.cidrlist } : { algorithm: 'roundrobin', openfirewall: true }}
      width={540}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="description" label={t('common.description')}>
            <Input maxLength={4096} />
          </Form.Item>
          {!rule && (
            <Space size="middle" wrap>
              <Form.Item name="publicport" label={t('forwarding.publicPort')} rules={required}>
                <InputNumber min={1} max={65535} precision={0} aria-label={t('forwarding.publicPort')} />
              </Form.Item>
              <Form.Item name="privateport" label={t('forwarding.privatePort')} rules={required}>
                <InputNumber min={1} max={65535} precision={0} aria-label={t('forwarding.privatePort')} />
              </Form.Item>
            </Space>
          )}
          <Form.Item name="algorithm" label={t('loadBalancers.algorithm')}>
            <Select aria-label={t('loadBalancers.algorithm')} options={LB_ALGORITHMS.map((a) => ({ value: a, label: t(`loadBalancers.algorithms.${a}`) }))} />
          </Form.Item>
          <Form.Item name="cidrlist" label={t('firewall.cidrList')} tooltip={t('firewall.cidrHelp')} rules={[cidrListRule(t)]}>
            <Input placeholder="0.0.0.0/0" />
          </Form.Item>
          {!rule && (
            <Form.Item name="openfirewall" valuePropName="checked" tooltip={t('loadBalancers.openFirewallHelp')}>
              <Checkbox>{t('forwarding.openFirewall')}</Checkbox>
            </Form.Item>
          )}
        </>
      )}
    </FormDialog>
  );
}
