import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { Params } from '../api/params';
import { useAction } from './useAction';

/**
 * Row actions of a list page: runs a command for one row (waiting for its async job) with the
 * working/done/failed feedback of useAction, marks the row busy, then reloads the list.
 */
export function useRowActions(reload: () => void) {
  const api = useApi();
  const run = useAction();
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const [busyId, setBusyId] = useState<string | null>(null);

  /** Runs a command with exactly the given parameters (for commands that name the row otherwise than id). */
  const perform = useCallback(
    async (busyKey: string, label: string, command: string, params: Params) => {
      setBusyId(busyKey);
      try {
        return await run(label, () => api.execute(command, params));
      } finally {
        setBusyId(null);
        reload();
      }
    },
    [api, run, reload],
  );

  const act = useCallback(
    (id: string, label: string, command: string, params: Params = {}) => perform(id, label, command, { id, ...params }),
    [perform],
  );

  const confirm = useCallback(
    (title: string, danger: boolean, onOk: () => Promise<unknown>, content?: string) =>
      modal.confirm({
        title,
        content,
        okButtonProps: { danger },
        okText: t('common.yes'),
        cancelText: t('common.cancel'),
        onOk: () => void onOk(),
      }),
    [modal, t],
  );

  return { busyId, act, perform, confirm };
}
