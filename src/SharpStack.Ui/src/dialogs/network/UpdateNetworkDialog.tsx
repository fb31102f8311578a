import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Network } from '../../api/types';
import { FormDialog } from '../FormDialog';
import { NameFields } from '../NameFields';

interface Values {
  name: string;
  displaytext?: string;
  networkdomain?: string;
}

/** updateNetwork (async): name, description and DNS domain. */
export function UpdateNetworkDialog({ network, onClose }: { network: Network; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<Values>
      title={t('networks.editTitle', { name: network.name })}
      okText={t('common.save')}
      label={(v) => t('networks.editAction', { name: v.name.trim() })}
      command="updateNetwork"
      toParams={(v) => ({
        id: network.id,
        name: v.name.trim(),
        displaytext: v.displaytext?.trim() || v.name.trim(),
        networkdomain: v.networkdomain?.trim() !== network.networkdomain ? v.networkdomain?.trim() : undefined,
      })}
      initialValues={{ name: network.name, displaytext: network.displaytext, networkdomain: network.networkdomain }}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <NameFields />
          {network.type !== 'L2' && (
            <Form.Item name="networkdomain" label={t('networks.networkDomain')}>
              <Input />
            </Form.Item>
          )}
        </>
      )}
    </FormDialog>
  );
}
