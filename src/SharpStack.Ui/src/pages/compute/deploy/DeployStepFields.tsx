import { Col, Form, Input, InputNumber, Row, Switch, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DiskOffering, ServiceOffering, SshKeyPair, Template, Zone } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { AffinityGroupSelect } from '../../../components/AffinityGroupSelect';
import { EntitySelect } from '../../../components/EntitySelect';
import { formatBytes } from '../../../utils/format';
import { vmSize } from '../vmActions';
import { hasSecurityGroups, HOST_NAME, openSizes, type DeployPicks } from './deployParams';
import { SecurityGroupSelect } from './SecurityGroupSelect';
import { PickTable } from './PickTable';

export type DeployStep = 'zone' | 'template' | 'offering' | 'disks' | 'details' | 'review';
export const DEPLOY_STEPS: DeployStep[] = ['zone', 'template', 'offering', 'disks', 'details', 'review'];

const keyName = (k: SshKeyPair) => k.name;
const idOf = (x: { id: string }) => x.id;

interface Props {
  step: Exclude<DeployStep, 'review'>;
  zoneid?: string;
  picks: DeployPicks;
  onPick: (picks: Partial<DeployPicks>) => void;
}

/** The fields of one step of the deploy wizard (the form around them keeps every step's values). */
export function DeployStepFields({ step, zoneid, picks, onPick }: Props) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const pickRule = [{ required: true, message: t('deploy.pickOne') }];
  const number = [{ required: true, message: t('common.required') }];
  const custom = t('offerings.custom');
  const diskLabel = (d: DiskOffering) => `${d.name} (${d.iscustomized ? custom : `${d.disksize ?? '?'} GB`})`;

  switch (step) {
    case 'zone': {
      const columns: TableColumnsType<Zone> = [
        { title: t('common.name'), dataIndex: 'name' },
        { title: t('zones.networkType'), dataIndex: 'networktype' },
      ];
      return (
        <Form.Item name="zoneid" rules={pickRule}>
          <PickTable<Zone> command="listZones" params={{ available: true }} columns={columns} aria-label={t('infra.zone')} onPick={(zone) => onPick({ zone })} />
        </Form.Item>
      );
    }
    case 'template': {
      const columns: TableColumnsType<Template> = [
        { title: t('common.name'), dataIndex: 'name' },
        { title: t('templates.osType'), dataIndex: 'ostypename' },
        { title: t('infra.hypervisor'), dataIndex: 'hypervisor' },
        { title: t('templates.size'), dataIndex: 'size', render: (v?: number) => formatBytes(v) },
      ];
      return (
        <Form.Item name="templateid" rules={pickRule}>
          <PickTable<Template>
            command="listTemplates"
            params={{ templatefilter: 'executable', zoneid }}
            columns={columns}
            aria-label={t('instances.template')}
            onPick={(template) => onPick({ template })}
          />
        </Form.Item>
      );
    }
    case 'offering': {
      const columns: TableColumnsType<ServiceOffering> = [
        { title: t('common.name'), dataIndex: 'name' },
        { title: t('common.description'), dataIndex: 'displaytext' },
        { title: t('deploy.size'), key: 'size', render: (_, o) => (o.iscustomized && openSizes(o).length > 0 ? <Tag>{custom}</Tag> : vmSize(o)) },
      ];
      const open = openSizes(picks.offering);
      return (
        <>
          <Form.Item name="serviceofferingid" rules={pickRule}>
            <PickTable<ServiceOffering>
              command="listServiceOfferings"
              params={{ zoneid }}
              columns={columns}
              aria-label={t('instances.offering')}
              onPick={(offering) => onPick({ offering })}
            />
          </Form.Item>
          {open.length > 0 && (
            <>
              <Typography.Paragraph type="secondary">{t('deploy.customHelp')}</Typography.Paragraph>
              <Row gutter={16}>
                {open.includes('cpuNumber') && (
                  <Col span={8}>
                    <Form.Item name="cpuNumber" label={t('computeOfferings.cpuNumber')} rules={number}>
                      <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                )}
                {open.includes('cpuSpeed') && (
                  <Col span={8}>
                    <Form.Item name="cpuSpeed" label={t('computeOfferings.cpuSpeed')} rules={number}>
                      <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                )}
                {open.includes('memory') && (
                  <Col span={8}>
                    <Form.Item name="memory" label={t('computeOfferings.memory')} rules={number}>
                      <InputNumber min={32} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </>
          )}
        </>
      );
    }
    case 'disks':
      return (
        <>
          <Form.Item name="diskofferingid" label={t('deploy.dataDisk')} tooltip={t('deploy.dataDiskHelp')}>
            <EntitySelect<DiskOffering>
              command="listDiskOfferings"
              params={{ zoneid }}
              valueOf={idOf}
              labelOf={diskLabel}
              allowClear
              placeholder={t('deploy.noDataDisk')}
              onChange={(_, diskOffering) => onPick({ diskOffering })}
            />
          </Form.Item>
          {picks.diskOffering?.iscustomized && (
            <Form.Item name="size" label={t('deploy.dataDiskSize')} rules={number}>
              <InputNumber min={1} precision={0} style={{ width: 200 }} />
            </Form.Item>
          )}
          <Form.Item
            name="rootdisksize"
            label={t('deploy.rootDiskSize')}
            extra={picks.template?.size ? t('deploy.templateSize', { size: formatBytes(picks.template.size) }) : undefined}
            tooltip={t('deploy.rootDiskSizeHelp')}
          >
            <InputNumber min={1} precision={0} style={{ width: 200 }} />
          </Form.Item>
        </>
      );
    case 'details':
      return (
        <>
          <Form.Item name="name" label={t('common.name')} tooltip={t('deploy.nameHelp')} rules={[{ pattern: HOST_NAME, message: t('deploy.badName') }]}>
            <Input maxLength={63} autoComplete="off" />
          </Form.Item>
          <Form.Item name="displayname" label={t('instances.displayName')}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="keypair" label={t('deploy.keyPair')}>
            <EntitySelect<SshKeyPair> command="listSSHKeyPairs" valueOf={keyName} labelOf={keyName} allowClear placeholder={t('deploy.noKeyPair')} />
          </Form.Item>
          <Form.Item name="userdata" label={t('deploy.userData')} tooltip={t('deploy.userDataHelp')}>
            <Input.TextArea rows={5} placeholder="#cloud-config" style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          {can('listAffinityGroups') && (
            <Form.Item name="affinitygroupids" label={t('affinity.title')} tooltip={t('deploy.affinityHelp')}>
              <AffinityGroupSelect aria-label={t('affinity.title')} placeholder={t('affinity.none')} onChange={(_, affinityGroups) => onPick({ affinityGroups })} />
            </Form.Item>
          )}
          {picks.zone && hasSecurityGroups(picks.zone) && can('listSecurityGroups') && (
            <Form.Item name="securitygroupids" label={t('securityGroups.title')} tooltip={t('deploy.securityGroupsHelp')}>
              <SecurityGroupSelect aria-label={t('securityGroups.title')} placeholder={t('deploy.defaultSecurityGroup')} />
            </Form.Item>
          )}
          <Form.Item name="startvm" label={t('deploy.startVm')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      );
  }
}
