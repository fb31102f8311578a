import { CaretRightOutlined, DeleteOutlined, PoweroffOutlined, ReloadOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Router } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ConfirmOptionDialog } from '../../dialogs/ConfirmOptionDialog';
import { useRowActions } from '../../hooks/useRowActions';

export type RouterAction = 'start' | 'stop' | 'reboot' | 'destroy';

export const ROUTER_ACTION_API: Record<RouterAction, string> = { start: 'startRouter', stop: 'stopRouter', reboot: 'rebootRouter', destroy: 'destroyRouter' };

/** What a router's state allows: start when stopped, stop and reboot when running, destroy unless gone or moving. */
export function routerActions(router: Pick<Router, 'state'>): RouterAction[] {
  switch (router.state) {
    case 'Running':
      return ['stop', 'reboot', 'destroy'];
    case 'Stopped':
    case 'Error':
      return ['start', 'destroy'];
    default:
      return [];
  }
}

/** A router's actions for administrators (never for users, whatever their role lists), each with its job feedback. */
export function RouterActions({ router, onChanged }: { router: Router; onChanged: () => void }) {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const admin = session?.type === '1' || session?.type === '2';
  const { busyId, act, confirm } = useRowActions(onChanged);
  const [stopping, setStopping] = useState(false);
  if (!admin) return null;
  const name = router.name;
  const busy = busyId === router.id;
  const button = (action: RouterAction): ReactNode => {
    switch (action) {
      case 'start':
        return <ActionButton key={action} title={t('routers.start')} icon={<CaretRightOutlined />} loading={busy} onClick={() => act(router.id, t('routers.startAction', { name }), 'startRouter')} />;
      case 'stop':
        return <ActionButton key={action} title={t('routers.stop')} icon={<PoweroffOutlined />} loading={busy} onClick={() => setStopping(true)} />;
      case 'reboot':
        return (
          <ActionButton
            key={action}
            title={t('routers.reboot')}
            icon={<ReloadOutlined />}
            loading={busy}
            onClick={() => confirm(t('routers.rebootConfirm', { name }), false, () => act(router.id, t('routers.rebootAction', { name }), 'rebootRouter'))}
          />
        );
      case 'destroy':
        return (
          <ActionButton
            key={action}
            title={t('routers.destroy')}
            danger
            icon={<DeleteOutlined />}
            loading={busy}
            onClick={() => confirm(t('routers.destroyConfirm', { name }), true, () => act(router.id, t('routers.destroyAction', { name }), 'destroyRouter'), t('routers.destroyHelp'))}
          />
        );
    }
  };
  return (
    <>
      <Space size={0}>{routerActions(router).filter((a) => can(ROUTER_ACTION_API[a])).map(button)}</Space>
      {stopping && (
        <ConfirmOptionDialog
          title={t('routers.stopConfirm', { name })}
          option={t('instances.force')}
          optionHelp={t('routers.stopHelp')}
          okText={t('routers.stop')}
          onCancel={() => setStopping(false)}
          onOk={(forced) => {
            setStopping(false);
            void act(router.id, t('routers.stopAction', { name }), 'stopRouter', forced ? { forced: true } : {});
          }}
        />
      )}
    </>
  );
}
