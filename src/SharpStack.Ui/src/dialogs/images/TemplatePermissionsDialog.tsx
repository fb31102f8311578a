import { Checkbox, Flex, Form, Radio, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Template, TemplatePermissions } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { useRequest } from '../../hooks/useRequest';
import { FormDialog } from '../FormDialog';

interface Values {
  ispublic?: boolean;
  isfeatured?: boolean;
  isextractable?: boolean;
  op: 'add' | 'remove';
  accounts?: string[];
}

/**
 * updateTemplatePermissions: the public and (root admins) featured and extractable flags, and
 * sharing with accounts of the owner's domain (op add/remove with their names).
 */
export function TemplatePermissionsDialog({ template, onClose }: { template: Template; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { can, session } = useAuth();
  const rootAdmin = session?.type === '1';
  const listing = can('listTemplatePermissions');
  const shared = useRequest(
    // The reply is one object, {"templatepermission": {...}}, not a list.
    (signal) =>
      listing
        ? api.execute('listTemplatePermissions', { id: template.id }, { signal }).then((r) => (r.templatepermission as TemplatePermissions | undefined) ?? null)
        : Promise.resolve(null),
    [api, template.id, listing],
  );
  const others = (shared.data?.account ?? []).filter((a) => a !== template.account);
  return (
    <FormDialog<Values>
      title={t('templates.permissionsTitle', { name: template.name })}
      okText={t('common.save')}
      label={() => t('templates.permissionsAction', { name: template.name })}
      command="updateTemplatePermissions"
      toParams={(v) => {
        const accounts = (v.accounts ?? []).map((a) => a.trim()).filter((a) => a !== '');
        return {
          id: template.id,
          ispublic: v.ispublic ?? false,
          // Upstream lets only the root admin change these two of a template.
          isfeatured: rootAdmin ? (v.isfeatured ?? false) : undefined,
          isextractable: rootAdmin ? (v.isextractable ?? false) : undefined,
          op: accounts.length > 0 ? v.op : undefined,
          accounts,
        };
      }}
      initialValues={{ ispublic: !!template.ispublic, isfeatured: !!template.isfeatured, isextractable: !!template.isextractable, op: 'add' }}
      width={560}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Flex gap={16} wrap style={{ marginBottom: 16 }}>
            <Form.Item name="ispublic" valuePropName="checked" noStyle>
              <Checkbox>{t('templates.isPublic')}</Checkbox>
            </Form.Item>
            {rootAdmin && (
              <Form.Item name="isfeatured" valuePropName="checked" noStyle>
                <Checkbox>{t('templates.isFeatured')}</Checkbox>
              </Form.Item>
            )}
            {rootAdmin && (
              <Form.Item name="isextractable" valuePropName="checked" noStyle>
                <Checkbox>{t('templates.isExtractable')}</Checkbox>
              </Form.Item>
            )}
          </Flex>
          {listing && (
            <Typography.Paragraph>
              {t('templates.sharedWith')}:{' '}
              {others.length > 0 ? others.map((a) => <Tag key={a}>{a}</Tag>) : <Typography.Text type="secondary">{t('templates.nobody')}</Typography.Text>}
            </Typography.Paragraph>
          )}
          <Form.Item name="op" label={t('templates.sharing')}>
            <Radio.Group
              options={[
                { value: 'add', label: t('templates.shareAdd') },
                { value: 'remove', label: t('templates.shareRemove') },
              ]}
            />
          </Form.Item>
          <Form.Item name="accounts" label={t('templates.accounts')} tooltip={t('templates.accountsHelp')}>
            <Select mode="tags" open={false} suffixIcon={null} aria-label={t('templates.accounts')} tokenSeparators={[',', ' ']} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
