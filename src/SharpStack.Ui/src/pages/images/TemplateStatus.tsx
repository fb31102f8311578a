import { Flex, Progress, Tag, Typography } from 'antd';
import type { Template } from '../../api/types';
import { downloadPercent } from './templateFilters';

/** The status of a template copy: a bar while it downloads, green once ready, red text when it failed. */
export function TemplateStatus({ template }: { template: Pick<Template, 'isready' | 'status'> }) {
  const status = template.status ?? '';
  if (template.isready) return <Tag color="success">{status}</Tag>;
  const percent = downloadPercent(status);
  if (percent !== undefined)
    return (
      <Flex vertical style={{ minWidth: 140 }}>
        <Typography.Text style={{ fontSize: 12 }}>{status}</Typography.Text>
        <Progress percent={percent} size="small" showInfo={false} status="active" aria-label={status} />
      </Flex>
    );
  if (/fail|error|invalid|refused|not found|mismatch/i.test(status)) return <Typography.Text type="danger">{status}</Typography.Text>;
  return <Typography.Text type="secondary">{status}</Typography.Text>;
}
