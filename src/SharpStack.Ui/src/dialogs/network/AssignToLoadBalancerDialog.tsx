import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { LoadBalancerRule, VirtualMachine } from '../../api/types';
import { useRequest } from '../../hooks/useRequest';
import { FormDialog } from '../FormDialog';

const LIMIT = 200;

/** assignToLoadBalancerRule: instances of the rule's network that are not behind it yet (listLoadBalancerRuleInstances applied=false). */
export function AssignToLoadBalancerDialog({ rule, onClose }: { rule: LoadBalancerRule; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { data, loading } = useRequest(
    (signal) => api.list<VirtualMachine>('listLoadBalancerRuleInstances', { id: rule.id, applied: false, page: 1, pagesize: LIMIT }, signal).then((r) => r.items),
    [api, rule.id],
  );
  const vmName = (vm: VirtualMachine) => {
    const ip = vm.nic?.find((n) => n.networkid === rule.networkid)?.ipaddress;
    return [vm.displayname || vm.name, ip].filter(Boolean).join(' – ');
  };
  return (
    <FormDialog<{ virtualmachineids: string[] }>
      title={t('loadBalancers.assignTitle', { name: rule.name })}
      okText={t('loadBalancers.assign')}
      label={(v) => t('loadBalancers.assignAction', { count: v.virtualmachineids.length, name: rule.name })}
      command="assignToLoadBalancerRule"
      toParams={(v) => ({ id: rule.id, virtualmachineids: v.virtualmachineids })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <Form.Item name="virtualmachineids" label={t('loadBalancers.instances')} rules={[{ required: true, message: t('common.required') }]} extra={t('loadBalancers.assignHelp')}>
          <Select mode="multiple" loading={loading} optionFilterProp="label" aria-label={t('loadBalancers.instances')} options={(data ?? []).map((vm) => ({ value: vm.id, label: vmName(vm) }))} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
