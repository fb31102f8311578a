import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Descriptions, Space, Spin, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { LbHealthCheckPolicies, LbHealthCheckPolicy, LbStickinessPolicies, LbStickinessPolicy, LoadBalancerRule } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { HealthCheckPolicyDialog } from '../../dialogs/network/HealthCheckPolicyDialog';
import { StickinessPolicyDialog } from '../../dialogs/network/StickinessPolicyDialog';
import { useRequest } from '../../hooks/useRequest';
import { useRowActions } from '../../hooks/useRowActions';

type Kind = 'stickiness' | 'healthCheck';

const COMMANDS: Record<Kind, { list: string; create: string; remove: string }> = {
  stickiness: { list: 'listLBStickinessPolicies', create: 'createLBStickinessPolicy', remove: 'deleteLBStickinessPolicy' },
  healthCheck: { list: 'listLBHealthCheckPolicies', create: 'createLBHealthCheckPolicy', remove: 'deleteLBHealthCheckPolicy' },
};

/** The active policy of a rule: the list commands answer one object per rule with the policies inside. */
function usePolicy<P extends { id: string; state?: string }>(kind: Kind, rule: LoadBalancerRule) {
  const api = useApi();
  return useRequest(
    (signal) =>
      api.list<LbStickinessPolicies & LbHealthCheckPolicies>(COMMANDS[kind].list, { lbruleid: rule.id }, signal).then((r) => {
        const policies = (kind === 'stickiness' ? r.items[0]?.stickinesspolicy : r.items[0]?.healthcheckpolicy) ?? [];
        return ((policies as unknown as P[]).find((p) => p.state !== 'Revoke') ?? null) as P | null;
      }),
    [api, kind, rule.id],
  );
}

/** One policy of a rule (stickiness or health check): what it is with delete, or add when there is none. */
function Policy<P extends { id: string; state?: string }>({ kind, rule, describe }: { kind: Kind; rule: LoadBalancerRule; describe: (p: P) => { label: string; children: ReactNode }[] }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const commands = COMMANDS[kind];
  const { data, loading, reload } = usePolicy<P>(kind, rule);
  const { busyId, act, confirm } = useRowActions(reload);
  const [adding, setAdding] = useState(false);
  const title = t(`loadBalancers.${kind}`);
  const closed = (changed: boolean) => {
    setAdding(false);
    if (changed) reload();
  };
  if (loading && data === undefined) return <Spin size="small" />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>{title}</Typography.Text>
      {data ? (
        <>
          <Descriptions bordered size="small" column={1} items={describe(data)} />
          {can(commands.remove) && (
            <Button
              danger
              size="small"
              icon={<DeleteOutlined />}
              loading={busyId === data.id}
              onClick={() => confirm(t('loadBalancers.deletePolicyConfirm', { policy: title, name: rule.name }), true, () => act(data.id, t('loadBalancers.deletePolicyAction', { policy: title, name: rule.name }), commands.remove))}
            >
              {t('loadBalancers.deletePolicy', { policy: title })}
            </Button>
          )}
        </>
      ) : (
        <>
          <Typography.Text type="secondary">{t('loadBalancers.noPolicy')}</Typography.Text>
          {can(commands.create) && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('loadBalancers.addPolicy', { policy: title })}
            </Button>
          )}
        </>
      )}
      {adding && (kind === 'stickiness' ? <StickinessPolicyDialog rule={rule} onClose={closed} /> : <HealthCheckPolicyDialog rule={rule} onClose={closed} />)}
    </Space>
  );
}

export function StickinessPolicy({ rule }: { rule: LoadBalancerRule }) {
  const { t } = useTranslation();
  return (
    <Policy<LbStickinessPolicy>
      kind="stickiness"
      rule={rule}
      describe={(p) => [
        { label: t('common.name'), children: p.name },
        { label: t('loadBalancers.method'), children: p.methodname },
        ...Object.entries(p.params ?? {}).map(([name, value]) => ({ label: name, children: value })),
      ]}
    />
  );
}

export function HealthCheckPolicy({ rule }: { rule: LoadBalancerRule }) {
  const { t } = useTranslation();
  return (
    <Policy<LbHealthCheckPolicy>
      kind="healthCheck"
      rule={rule}
      describe={(p) => [
        { label: t('loadBalancers.pingpath'), children: p.pingpath },
        { label: t('loadBalancers.responsetimeout'), children: p.responsetime },
        { label: t('loadBalancers.intervaltime'), children: p.healthcheckinterval },
        { label: t('loadBalancers.healthythreshold'), children: p.healthcheckthresshold },
        { label: t('loadBalancers.unhealthythreshold'), children: p.unhealthcheckthresshold },
      ]}
    />
  );
}
