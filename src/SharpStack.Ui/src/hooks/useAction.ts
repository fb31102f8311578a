import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';

let counter = 0;

/**
 * Runs a change with feedback: a "working" message while it runs (async jobs included), then
 * success or the server's error text. Resolves to the result, or undefined when it failed.
 */
export function useAction() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useCallback(
    async <T,>(label: string, run: () => Promise<T>): Promise<T | undefined> => {
      const key = `action-${++counter}`;
      message.open({ key, type: 'loading', content: t('common.working', { action: label }), duration: 0 });
      try {
        const result = await run();
        message.open({ key, type: 'success', content: t('common.done', { action: label }), duration: 3 });
        return result;
      } catch (e) {
        message.open({ key, type: 'error', content: t('common.failed', { action: label, error: errorText(e) }), duration: 8 });
        return undefined;
      }
    },
    [message, t],
  );
}
