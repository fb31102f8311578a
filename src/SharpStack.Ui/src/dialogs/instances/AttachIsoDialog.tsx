import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Iso, VirtualMachine } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { vmLabel } from '../../pages/compute/vmActions';
import { FormDialog } from '../FormDialog';

const isoId = (i: Iso) => i.id;
const isoName = (i: Iso) => i.name;

/** attachIso: an ISO usable in the instance's zone (listIsos isofilter=executable) into its CD-ROM drive. */
export function AttachIsoDialog({ vm, onClose }: { vm: VirtualMachine; onClose: (attached: boolean) => void }) {
  const { t } = useTranslation();
  const name = vmLabel(vm);
  return (
    <FormDialog<{ id: string }>
      title={t('instances.attachIsoTitle', { name })}
      okText={t('instances.attachIso')}
      label={() => t('instances.attachIsoAction', { name })}
      command="attachIso"
      toParams={(v) => ({ id: v.id, virtualmachineid: vm.id })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <Form.Item name="id" label={t('instances.iso')} rules={[{ required: true, message: t('common.required') }]}>
          <EntitySelect<Iso>
            command="listIsos"
            params={{ isofilter: 'executable', zoneid: vm.zoneid }}
            valueOf={isoId}
            labelOf={isoName}
            placeholder={t('instances.pickIso')}
            aria-label={t('instances.iso')}
          />
        </Form.Item>
      )}
    </FormDialog>
  );
}
