import { useTranslation } from 'react-i18next';
import { formatDate } from '../utils/format';

export function DateTime({ value }: { value: string | undefined }) {
  const { i18n } = useTranslation();
  if (!value) return null;
  return (
    <span title={value} style={{ whiteSpace: 'nowrap' }}>
      {formatDate(value, i18n.language)}
    </span>
  );
}
