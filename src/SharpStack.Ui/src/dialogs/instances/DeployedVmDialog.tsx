import { Alert, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VirtualMachine } from '../../api/types';
import { StateTag } from '../../components/StateTag';

/**
 * The instance a deployment made; its generated password (password-enabled templates) is shown
 * this once: the UI does not keep it and the server sends it only in the deploy job's result.
 */
export function DeployedVmDialog({ vm, onClose }: { vm: VirtualMachine; onClose: () => void }) {
  const { t } = useTranslation();
  const name = vm.displayname || vm.name;
  return (
    <Modal
      open
      title={t('deploy.deployedTitle', { name })}
      onCancel={onClose}
      onOk={onClose}
      okText={t('deploy.toInstances')}
      cancelButtonProps={{ style: { display: 'none' } }}
      width={600}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Descriptions
        bordered
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { label: t('common.name'), children: vm.name },
          { label: t('common.state'), children: <StateTag value={vm.state} /> },
          { label: t('instances.ipAddress'), children: vm.nic?.[0]?.ipaddress },
          { label: t('infra.zone'), children: vm.zonename },
        ]}
      />
      {vm.password && (
        <>
          <Alert type="warning" showIcon title={t('deploy.passwordOnce')} style={{ marginBottom: 16 }} />
          <Typography.Paragraph copyable={{ text: vm.password, tooltips: [t('common.copy'), t('common.copy')] }}>
            <Typography.Text code aria-label={t('deploy.password')}>
              {vm.password}
            </Typography.Text>
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
