import { Form, Input, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Params } from '../../api/params';
import type { SecurityGroup } from '../../api/types';
import { cidrList, cidrListRule } from '../../pages/network/ruleInputs';
import { FormDialog } from '../FormDialog';
import { ProtocolFields, protocolParams, type ProtocolValues } from './ProtocolFields';

export type SecurityDirection = 'ingress' | 'egress';

interface Values extends ProtocolValues {
  source: 'cidr' | 'group';
  cidrlist?: string;
  account?: string;
  group?: string;
}

/** authorizeSecurityGroupIngress/Egress parameters: a CIDR list, or usersecuritygrouplist[0] naming another account's group. */
export function securityRuleParams(groupId: string, v: Values): Params {
  const params: Params = { securitygroupid: groupId, ...protocolParams(v) };
  if (v.source === 'group') {
    params['usersecuritygrouplist[0].account'] = v.account?.trim();
    params['usersecuritygrouplist[0].group'] = v.group?.trim();
  } else {
    params.cidrlist = cidrList(v.cidrlist);
  }
  return params;
}

/** A new ingress or egress rule of a security group: protocol and ports, then CIDRs or an account's group. */
export function SecurityGroupRuleDialog({ group, direction, onClose }: { group: SecurityGroup; direction: SecurityDirection; onClose: (added: boolean) => void }) {
  const { t } = useTranslation();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const ingress = direction === 'ingress';
  return (
    <FormDialog<Values>
      title={t(ingress ? 'securityGroups.addIngressTitle' : 'securityGroups.addEgressTitle', { name: group.name })}
      okText={t('firewall.add')}
      label={(v) => t('securityGroups.addRuleAction', { protocol: v.protocol, name: group.name })}
      command={ingress ? 'authorizeSecurityGroupIngress' : 'authorizeSecurityGroupEgress'}
      toParams={(v) => securityRuleParams(group.id, v)}
      initialValues={{ protocol: 'TCP', source: 'cidr', cidrlist: '0.0.0.0/0', account: group.account }}
      width={520}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <ProtocolFields />
          <Form.Item name="source" label={t(ingress ? 'securityGroups.from' : 'securityGroups.to')}>
            <Radio.Group
              options={[
                { value: 'cidr', label: t('securityGroups.byCidr') },
                { value: 'group', label: t('securityGroups.byGroup') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.source !== b.source}>
            {({ getFieldValue }) =>
              getFieldValue('source') === 'group' ? (
                <Space size="middle" wrap>
                  <Form.Item name="account" label={t('common.account')} rules={required} tooltip={t('securityGroups.accountHelp')}>
                    <Input />
                  </Form.Item>
                  <Form.Item name="group" label={t('securityGroups.groupName')} rules={required}>
                    <Input />
                  </Form.Item>
                </Space>
              ) : (
                <Form.Item name="cidrlist" label={t('securityGroups.cidrs')} tooltip={t('firewall.cidrHelp')} rules={[...required, cidrListRule(t)]}>
                  <Input placeholder="0.0.0.0/0" />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
