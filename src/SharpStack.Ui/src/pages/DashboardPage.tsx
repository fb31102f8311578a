import { ApartmentOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Card, Col, Empty, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../api/ApiContext';
import type { AsyncJob, CloudAlert, CloudEvent, Zone } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { CapacityBars } from '../components/CapacityBars';
import { DateTime } from '../components/DateTime';
import { JobStatusTag } from '../components/JobStatusTag';
import { StateTag } from '../components/StateTag';
import { useRequest } from '../hooks/useRequest';
import { alertLabel, commandName } from '../utils/format';

const RECENT = 8;

function CountCard({ command, title, icon, to }: { command: string; title: string; icon: ReactNode; to: string }) {
  const api = useApi();
  // pagesize=1: only the total count matters.
  const { data, loading } = useRequest((signal) => api.list(command, { listall: true, page: 1, pagesize: 1 }, signal), [api, command]);
  return (
    <Card>
      <Link to={to}>
        <Statistic title={title} value={data?.count ?? 0} loading={loading} prefix={icon} />
      </Link>
    </Card>
  );
}

/** Counts of accounts, users and domains, the latest events and the latest async jobs. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const api = useApi();
  const events = useRequest(
    (signal) => (can('listEvents') ? api.list<CloudEvent>('listEvents', { listall: true, page: 1, pagesize: RECENT }, signal) : Promise.resolve(null)),
    [api, can],
  );
  const jobs = useRequest(
    (signal) => (can('listAsyncJobs') ? api.list<AsyncJob>('listAsyncJobs', { listall: true, page: 1, pagesize: RECENT }, signal) : Promise.resolve(null)),
    [api, can],
  );
  const rootAdmin = session?.type === '1';
  const zones = useRequest(
    (signal) => (rootAdmin && can('listZones') ? api.list<Zone>('listZones', { showcapacities: true, page: 1, pagesize: 20 }, signal) : Promise.resolve(null)),
    [api, can, rootAdmin],
  );
  const alerts = useRequest(
    (signal) => (rootAdmin && can('listAlerts') ? api.list<CloudAlert>('listAlerts', { page: 1, pagesize: RECENT }, signal) : Promise.resolve(null)),
    [api, can, rootAdmin],
  );
  const counts = [
    { command: 'listAccounts', title: t('dashboard.accounts'), icon: <TeamOutlined />, to: '/accounts' },
    { command: 'listUsers', title: t('dashboard.users'), icon: <UserOutlined />, to: '/users' },
    { command: 'listDomains', title: t('dashboard.domains'), icon: <ApartmentOutlined />, to: '/domains' },
  ].filter((c) => can(c.command));

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('dashboard.title')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {counts.map((c) => (
          <Col key={c.command} xs={24} sm={8}>
            <CountCard {...c} />
          </Col>
        ))}
      </Row>
      {rootAdmin && can('listZones') && (
        <Card title={t('dashboard.capacity')} extra={<Link to="/infra/zones">{t('common.viewAll')}</Link>} loading={zones.loading}>
          {(zones.data?.items ?? []).length === 0 ? (
            <Empty description={t('dashboard.noZones')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Row gutter={[24, 24]}>
              {(zones.data?.items ?? []).map((z) => (
                <Col key={z.id} xs={24} md={12} xl={8}>
                  <Typography.Title level={5} style={{ marginTop: 0 }}>
                    {z.name} <Tag>{z.networktype}</Tag>
                    {z.allocationstate === 'Disabled' && <StateTag value="disabled" />}
                  </Typography.Title>
                  <CapacityBars capacity={z.capacity} />
                </Col>
              ))}
            </Row>
          )}
        </Card>
      )}
      <Row gutter={[16, 16]}>
        {rootAdmin && can('listAlerts') && (
          <Col xs={24} lg={12}>
            <Card title={t('dashboard.recentAlerts')} extra={<Link to="/infra/alerts">{t('common.viewAll')}</Link>}>
              <List
                loading={alerts.loading}
                dataSource={alerts.data?.items ?? []}
                locale={{ emptyText: t('dashboard.noAlerts') }}
                renderItem={(a) => (
                  <List.Item key={a.id}>
                    <List.Item.Meta title={<Tag color="volcano">{alertLabel(a)}</Tag>} description={a.description} />
                    <Typography.Text type="secondary">
                      <DateTime value={a.sent} />
                    </Typography.Text>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
        {can('listEvents') && (
          <Col xs={24} lg={12}>
            <Card title={t('dashboard.recentEvents')} extra={<Link to="/events">{t('common.viewAll')}</Link>}>
              <List
                loading={events.loading}
                dataSource={events.data?.items ?? []}
                locale={{ emptyText: t('dashboard.noEvents') }}
                renderItem={(e) => (
                  <List.Item key={e.id}>
                    <List.Item.Meta
                      title={
                        <Space>
                          <StateTag value={e.level} />
                          <span>{e.type}</span>
                        </Space>
                      }
                      description={e.description}
                    />
                    <Typography.Text type="secondary">
                      <DateTime value={e.created} />
                    </Typography.Text>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
        {can('listAsyncJobs') && (
          <Col xs={24} lg={12}>
            <Card title={t('dashboard.recentJobs')} extra={<Link to="/jobs">{t('common.viewAll')}</Link>}>
              <List
                loading={jobs.loading}
                dataSource={jobs.data?.items ?? []}
                locale={{ emptyText: t('dashboard.noJobs') }}
                renderItem={(j) => (
                  <List.Item key={j.jobid}>
                    <List.Item.Meta
                      title={commandName(j.cmd)}
                      description={[j.account, j.jobinstancetype].filter(Boolean).join(' · ')}
                    />
                    <Space>
                      <JobStatusTag status={j.jobstatus} />
                      <Typography.Text type="secondary">
                        <DateTime value={j.created} />
                      </Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
      </Row>
    </Space>
  );
}
