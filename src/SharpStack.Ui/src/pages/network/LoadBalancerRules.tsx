import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Row, Space, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoadBalancerRule, PublicIpAddress } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { StateTag } from '../../components/StateTag';
import { SubTable } from '../../components/SubTable';
import { LoadBalancerRuleDialog } from '../../dialogs/network/LoadBalancerRuleDialog';
import { useRowActions } from '../../hooks/useRowActions';
import { useSubList } from '../../hooks/useSubList';
import { LoadBalancerMembers } from './LoadBalancerMembers';
import { HealthCheckPolicy, StickinessPolicy } from './LoadBalancerPolicies';

/** The load balancer rules of a public IP: add, edit, delete; a row opens to its instances and policies. */
export function LoadBalancerRules({ ip }: { ip: PublicIpAddress }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const list = useSubList<LoadBalancerRule>('listLoadBalancerRules', { publicipid: ip.id, listall: true });
  const { busyId, act, confirm } = useRowActions(list.reload);
  const [dialog, setDialog] = useState<{ rule?: LoadBalancerRule } | null>(null);

  const columns: TableColumnsType<LoadBalancerRule> = [
    { title: t('common.name'), dataIndex: 'name' },
    { title: t('forwarding.publicPort'), dataIndex: 'publicport' },
    { title: t('forwarding.privatePort'), dataIndex: 'privateport' },
    { title: t('loadBalancers.algorithm'), dataIndex: 'algorithm', render: (v: string) => <Tag>{t(`loadBalancers.algorithms.${v}`, { defaultValue: v })}</Tag> },
    { title: t('firewall.cidrList'), dataIndex: 'cidrlist' },
    { title: t('common.state'), dataIndex: 'state', render: (v: string) => <StateTag value={v} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Space size={0}>
          {can('updateLoadBalancerRule') && <ActionButton title={t('common.edit')} icon={<EditOutlined />} onClick={() => setDialog({ rule: r })} />}
          {can('deleteLoadBalancerRule') && (
            <ActionButton
              title={t('common.delete')}
              danger
              icon={<DeleteOutlined />}
              loading={busyId === r.id}
              onClick={() => confirm(t('common.confirmDelete', { name: r.name }), true, () => act(r.id, t('loadBalancers.deleteAction', { name: r.name }), 'deleteLoadBalancerRule'))}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <SubTable<LoadBalancerRule>
        list={list}
        columns={columns}
        label={t('loadBalancers.title')}
        expandable={{
          expandedRowRender: (rule) => (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <LoadBalancerMembers rule={rule} />
              </Col>
              <Col xs={24} md={12} xl={6}>
                <StickinessPolicy rule={rule} />
              </Col>
              <Col xs={24} md={12} xl={6}>
                <HealthCheckPolicy rule={rule} />
              </Col>
            </Row>
          ),
        }}
        actions={
          can('createLoadBalancerRule') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({})}>
              {t('loadBalancers.add')}
            </Button>
          )
        }
      />
      {dialog && (
        <LoadBalancerRuleDialog
          ip={ip}
          rule={dialog.rule}
          onClose={(changed) => {
            setDialog(null);
            if (changed) list.reload();
          }}
        />
      )}
    </>
  );
}
