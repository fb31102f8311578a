import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../utils/format';
import { vmSize } from '../vmActions';
import { openSizes, type DeployPicks, type DeployValues } from './deployParams';

/** What the deployment will ask for, before it is sent. */
export function DeployReview({ values: v, picks }: { values: DeployValues; picks: DeployPicks }) {
  const { t } = useTranslation();
  const o = picks.offering;
  const custom = openSizes(o);
  const size = {
    cpunumber: custom.includes('cpuNumber') ? v.cpuNumber : o?.cpunumber,
    cpuspeed: custom.includes('cpuSpeed') ? v.cpuSpeed : o?.cpuspeed,
    memory: custom.includes('memory') ? v.memory : o?.memory,
  };
  const dataDisk = picks.diskOffering
    ? `${picks.diskOffering.name} (${picks.diskOffering.iscustomized ? `${v.size ?? '?'} GB` : `${picks.diskOffering.disksize ?? '?'} GB`})`
    : t('deploy.noDataDisk');
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  const items = [
    { label: t('infra.zone'), children: picks.zone?.name },
    { label: t('instances.template'), children: picks.template ? `${picks.template.name}${picks.template.ostypename ? ` (${picks.template.ostypename})` : ''}` : null },
    { label: t('instances.offering'), children: `${o?.name ?? ''} (${vmSize(size)})` },
    { label: t('deploy.dataDisk'), children: dataDisk },
    { label: t('deploy.rootDiskSize'), children: v.rootdisksize ? `${v.rootdisksize} GB` : picks.template?.size ? t('deploy.templateSize', { size: formatBytes(picks.template.size) }) : none },
    { label: t('common.name'), children: v.name?.trim() || <Typography.Text type="secondary">{t('deploy.generatedName')}</Typography.Text> },
    { label: t('instances.displayName'), children: v.displayname?.trim() || none },
    { label: t('deploy.keyPair'), children: v.keypair || none },
    { label: t('deploy.userData'), children: v.userdata?.trim() ? t('deploy.userDataBytes', { count: new TextEncoder().encode(v.userdata).length }) : none },
    ...((v.affinitygroupids ?? []).length > 0
      ? [{ label: t('affinity.title'), children: (picks.affinityGroups ?? []).map((g) => g.name).join(', ') || String(v.affinitygroupids?.length) }]
      : []),
    ...((v.securitygroupids ?? []).length > 0 ? [{ label: t('securityGroups.title'), children: t('deploy.securityGroupCount', { count: v.securitygroupids?.length }) }] : []),
    { label: t('deploy.startVm'), children: (v.startvm ?? true) ? t('common.yes') : t('common.no') },
  ];
  return <Descriptions bordered size="small" column={1} items={items} style={{ marginBottom: 24 }} />;
}
