import { ProjectOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/ApiContext';
import type { Project } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { useRequest } from '../hooks/useRequest';

const DEFAULT = '';

/** The chosen project, re-read when the switcher changes it. */
export function useCurrentProject() {
  const api = useApi();
  return useSyncExternalStore(
    (listener) => api.project?.subscribe(listener) ?? (() => undefined),
    () => api.project?.get() ?? null,
  );
}

/** The header's project switcher: the default view (the caller's own resources) or one of its projects. */
export function ProjectSwitcher() {
  const { t } = useTranslation();
  const api = useApi();
  const { can } = useAuth();
  const current = useCurrentProject();
  const enabled = !!api.project && can('listProjects');
  const projects = useRequest(
    (signal) => (enabled ? api.list<Project>('listProjects', { state: 'Active', pagesize: 100 }, signal) : Promise.resolve(null)),
    [api, enabled, current?.id],
  );
  if (!enabled) return null;
  const options = [
    { value: DEFAULT, label: t('projects.defaultView') },
    ...(projects.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
  ];
  if (current && !options.some((o) => o.value === current.id)) options.push({ value: current.id, label: current.name });
  return (
    <Select
      aria-label={t('projects.switcher')}
      prefix={<ProjectOutlined />}
      style={{ minWidth: 200 }}
      value={current?.id ?? DEFAULT}
      options={options}
      // Projects joined or created since the page loaded show up when the list opens.
      onOpenChange={(open) => open && projects.reload()}
      onChange={(id: string) => api.project?.set(id === DEFAULT ? null : { id, name: options.find((o) => o.value === id)?.label ?? id })}
    />
  );
}
