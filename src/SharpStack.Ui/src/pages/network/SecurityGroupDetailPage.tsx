import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SecurityGroup } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { DetailFrame } from '../../components/DetailFrame';
import { UrlTabs } from '../../components/UrlTabs';
import { useEntity } from '../../hooks/useEntity';
import { useRowActions } from '../../hooks/useRowActions';
import { SecurityGroupRules } from './SecurityGroupRules';

/** One security group: its fields and delete, and tabs for its ingress and egress rules. */
export default function SecurityGroupDetailPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { data, loading, error, reload } = useEntity<SecurityGroup>('listSecurityGroups');
  const { busyId, act, confirm } = useRowActions(reload);
  return (
    <DetailFrame data={data} loading={loading} error={error} backTo="/network/security-groups" backLabel={t('securityGroups.back')} notFound={t('securityGroups.notFound')} heading={(g) => ({ title: g.name })}>
      {(group) => (
        <Flex vertical gap={16}>
          <Card
            title={t('common.details')}
            size="small"
            extra={
              can('deleteSecurityGroup') &&
              group.name !== 'default' && (
                <Button
                  danger
                  icon={<DeleteOutlined />}
                  loading={busyId === group.id}
                  onClick={() =>
                    confirm(
                      t('common.confirmDelete', { name: group.name }),
                      true,
                      async () => {
                        if (await act(group.id, t('securityGroups.deleteAction', { name: group.name }), 'deleteSecurityGroup')) navigate('/network/security-groups');
                      },
                      t('securityGroups.deleteHelp'),
                    )
                  }
                >
                  {t('common.delete')}
                </Button>
              )
            }
          >
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, md: 2 }}
              items={[
                { label: 'ID', children: group.id },
                { label: t('common.description'), children: group.description },
                { label: t('common.account'), children: group.account },
                { label: t('common.domain'), children: group.domain },
                { label: t('securityGroups.instances'), children: group.virtualmachinecount ?? 0 },
              ]}
            />
          </Card>
          <Card size="small">
            <UrlTabs
              items={[
                { key: 'ingress', label: t('securityGroups.ingressRules'), children: <SecurityGroupRules group={group} direction="ingress" onChanged={reload} /> },
                { key: 'egress', label: t('securityGroups.egressRules'), children: <SecurityGroupRules group={group} direction="egress" onChanged={reload} /> },
              ]}
            />
          </Card>
        </Flex>
      )}
    </DetailFrame>
  );
}
