import { Form, Input } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { AffinityGroupType } from '../../api/types';
import { EntitySelect } from '../../components/EntitySelect';
import { affinityTypeLabel } from '../../pages/compute/affinityTypes';
import { FormDialog } from '../FormDialog';

interface Values {
  name: string;
  description?: string;
  type: string;
}

const typeOf = (x: AffinityGroupType) => x.type;

/** createAffinityGroup of a type from listAffinityGroupTypes (host affinity, host anti-affinity). */
export function CreateAffinityGroupDialog({ onClose }: { onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const typeLabel = useCallback((x: AffinityGroupType) => affinityTypeLabel(t, x.type), [t]);
  return (
    <FormDialog<Values>
      title={t('affinity.createTitle')}
      label={(v) => t('affinity.createAction', { name: v.name.trim() })}
      command="createAffinityGroup"
      toParams={(v) => ({ name: v.name.trim(), description: v.description?.trim(), type: v.type })}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={255} />
          </Form.Item>
          <Form.Item name="description" label={t('common.description')}>
            <Input maxLength={4096} />
          </Form.Item>
          <Form.Item name="type" label={t('common.type')} tooltip={t('affinity.typeHelp')} rules={[{ required: true, message: t('common.required') }]}>
            <EntitySelect<AffinityGroupType> command="listAffinityGroupTypes" valueOf={typeOf} labelOf={typeLabel} aria-label={t('common.type')} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
