import { Form, Input, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoadBalancerRule } from '../../api/types';
import { FormDialog } from '../FormDialog';

interface Values {
  pingpath: string;
  description?: string;
  responsetimeout: number;
  intervaltime: number;
  healthythreshold: number;
  unhealthythreshold: number;
}

/** createLBHealthCheckPolicy: the path the router asks each instance for, how often, and after how many answers it counts. */
export function HealthCheckPolicyDialog({ rule, onClose }: { rule: LoadBalancerRule; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('common.required') }];
  const number = (name: keyof Values, min: number, max: number) => (
    <Form.Item name={name} label={t(`loadBalancers.${name}`)} rules={required}>
      <InputNumber min={min} max={max} precision={0} aria-label={t(`loadBalancers.${name}`)} />
    </Form.Item>
  );
  return (
    <FormDialog<Values>
      title={t('loadBalancers.healthCheckTitle', { name: rule.name })}
      label={() => t('loadBalancers.healthCheckAction', { name: rule.name })}
      command="createLBHealthCheckPolicy"
      toParams={(v) => ({ lbruleid: rule.id, pingpath: v.pingpath.trim(), description: v.description?.trim(), responsetimeout: v.responsetimeout, intervaltime: v.intervaltime, healthythreshold: v.healthythreshold, unhealthythreshold: v.unhealthythreshold })}
      initialValues={{ pingpath: '/', responsetimeout: 2, intervaltime: 5, healthythreshold: 2, unhealthythreshold: 10 }}
      width={560}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item
            name="pingpath"
            label={t('loadBalancers.pingpath')}
            rules={[...required, { pattern: /^\/\S*$/, message: t('loadBalancers.badPingPath') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('common.description')}>
            <Input />
          </Form.Item>
          <Space size="middle" wrap>
            {number('responsetimeout', 2, 60)}
            {number('intervaltime', 5, 600)}
          </Space>
          <Space size="middle" wrap>
            {number('healthythreshold', 1, 10)}
            {number('unhealthythreshold', 1, 10)}
          </Space>
        </>
      )}
    </FormDialog>
  );
}
