import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../FormDialog';
import { NameFields } from '../NameFields';

interface Values {
  name: string;
  displaytext?: string;
  sortkey?: number | null;
}

export type OfferingKind = 'compute' | 'disk';

const COMMANDS: Record<OfferingKind, string> = { compute: 'updateServiceOffering', disk: 'updateDiskOffering' };
const TEXTS: Record<OfferingKind, string> = { compute: 'computeOfferings', disk: 'diskOfferings' };

/** updateServiceOffering / updateDiskOffering: name, description and sort key. */
export function EditOfferingDialog({
  kind,
  offering,
  onClose,
}: {
  kind: OfferingKind;
  offering: { id: string; name: string; displaytext?: string };
  onClose: (changed: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog<Values>
      title={t('offerings.editTitle', { name: offering.name })}
      okText={t('common.save')}
      label={(v) => t(`${TEXTS[kind]}.updateAction`, { name: v.name.trim() })}
      command={COMMANDS[kind]}
      toParams={(v) => ({ id: offering.id, name: v.name.trim(), displaytext: v.displaytext?.trim(), sortkey: v.sortkey })}
      initialValues={{ name: offering.name, displaytext: offering.displaytext }}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <NameFields />
          <Form.Item name="sortkey" label={t('offerings.sortKey')} tooltip={t('offerings.sortKeyHelp')}>
            <InputNumber precision={0} aria-label={t('offerings.sortKey')} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
