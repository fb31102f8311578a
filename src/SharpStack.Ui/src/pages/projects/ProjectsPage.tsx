import { CheckOutlined, CloseOutlined, LoginOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, List, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../api/errors';
import type { Project, ProjectInvitation } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { ActionButton } from '../../components/ActionButton';
import { ListToolbar } from '../../components/ListToolbar';
import { PageTitle } from '../../components/PageTitle';
import { StateTag } from '../../components/StateTag';
import { tablePagination } from '../../components/pagination';
import { AddAccountToProjectDialog } from '../../dialogs/projects/AddAccountToProjectDialog';
import { CreateProjectDialog } from '../../dialogs/projects/CreateProjectDialog';
import { useAction } from '../../hooks/useAction';
import { useListQuery } from '../../hooks/useListQuery';
import { useRequest } from '../../hooks/useRequest';
import { byField } from '../../utils/sort';

/** Projects: the caller's (all in scope for admins), create, add accounts, the invitations to the caller, and the switch into one. */
export default function ProjectsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const { can, session } = useAuth();
  const query = useListQuery<Project>('listProjects', { params: { listall: true } });
  const invitations = useRequest(
    (signal) => api.list<ProjectInvitation>('listProjectInvitations', { state: 'Pending' }, signal),
    [api],
  );
  const [creating, setCreating] = useState(false);
  const [inviting, setInviting] = useState<Project | null>(null);

  const answer = async (invitation: ProjectInvitation, accept: boolean) => {
    const label = t(accept ? 'projects.acceptAction' : 'projects.declineAction', { name: invitation.project });
    await run(label, () => api.execute('updateProjectInvitation', { projectid: invitation.projectid, accept }));
    invitations.reload();
    query.reload();
  };

  const isOwner = (p: Project) => session?.type === '1' || session?.type === '2' || (p.owner ?? []).some((o) => o.account === session?.account);

  const columns: TableColumnsType<Project> = [
    { title: t('common.name'), dataIndex: 'name', sorter: byField('name') },
    { title: t('projects.displayText'), dataIndex: 'displaytext' },
    { title: t('projects.owner'), key: 'owner', render: (_, p) => (p.owner ?? []).map((o) => o.user ?? o.account).join(', ') },
    { title: t('common.domain'), dataIndex: 'domain' },
    { title: t('common.state'), dataIndex: 'state', render: (s: string) => <StateTag value={s} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Space size={0}>
          <ActionButton title={t('projects.use')} icon={<LoginOutlined />} onClick={() => api.project?.set({ id: p.id, name: p.name })} />
          {can('addAccountToProject') && isOwner(p) && <ActionButton title={t('projects.invite')} icon={<UserAddOutlined />} onClick={() => setInviting(p)} />}
        </Space>
      ),
    },
  ];

  const pending = invitations.data?.items ?? [];
  return (
    <>
      <PageTitle>{t('projects.title')}</PageTitle>
      <ListToolbar
        keyword={query.keyword}
        onSearch={(keyword) => query.update({ keyword })}
        onRefresh={query.reload}
        loading={query.loading}
        actions={
          can('createProject') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('projects.create')}
            </Button>
          )
        }
      />
      {query.error ? <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(query.error)} style={{ marginBottom: 16 }} /> : null}
      <Table<Project> rowKey="id" size="middle" columns={columns} dataSource={query.items} loading={query.loading} pagination={tablePagination(query, t)} scroll={{ x: 'max-content' }} />
      {can('listProjectInvitations') && (
        <Card title={t('projects.invitations')} size="small" style={{ marginTop: 16 }}>
          {pending.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.noInvitations')} />
          ) : (
            <List<ProjectInvitation>
              dataSource={pending}
              renderItem={(i) => (
                <List.Item
                  actions={[
                    <Button key="accept" type="primary" size="small" icon={<CheckOutlined />} onClick={() => void answer(i, true)}>
                      {t('projects.accept')}
                    </Button>,
                    <Button key="decline" size="small" icon={<CloseOutlined />} onClick={() => void answer(i, false)}>
                      {t('projects.decline')}
                    </Button>,
                  ]}
                >
                  {i.project}
                </List.Item>
              )}
            />
          )}
        </Card>
      )}
      {creating && (
        <CreateProjectDialog
          onClose={(result) => {
            setCreating(false);
            if (result) query.reload();
          }}
        />
      )}
      {inviting && (
        <AddAccountToProjectDialog
          project={inviting}
          onClose={(result) => {
            setInviting(null);
            if (result) query.reload();
          }}
        />
      )}
    </>
  );
}
