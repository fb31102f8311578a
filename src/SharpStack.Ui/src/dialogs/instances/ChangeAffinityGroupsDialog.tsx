import { Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VirtualMachine } from '../../api/types';
import { AffinityGroupSelect } from '../../components/AffinityGroupSelect';
import { vmLabel } from '../../pages/compute/vmActions';
import { FormDialog } from '../FormDialog';

/** updateVMAffinityGroup of a stopped instance: its owner's groups; none takes it out of every group. */
export function ChangeAffinityGroupsDialog({ vm, onClose }: { vm: VirtualMachine; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const name = vmLabel(vm);
  const owner = vm.account && vm.domainid ? { account: vm.account, domainid: vm.domainid, listall: true } : {};
  return (
    <FormDialog<{ affinitygroupids?: string[] }>
      title={t('affinity.changeTitle', { name })}
      okText={t('common.save')}
      label={() => t('affinity.changeAction', { name })}
      command="updateVMAffinityGroup"
      toParams={(v) => ({ id: vm.id, affinitygroupids: v.affinitygroupids ?? [] })}
      initialValues={{ affinitygroupids: (vm.affinitygroup ?? []).map((g) => g.id) }}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t('affinity.changeHelp')}</Typography.Paragraph>
          <Form.Item name="affinitygroupids" label={t('affinity.title')}>
            <AffinityGroupSelect params={owner} aria-label={t('affinity.title')} placeholder={t('affinity.none')} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
