import { Select } from 'antd';
import { useAuth } from '../../auth/AuthContext';
import { EntitySelect } from '../../components/EntitySelect';

/** The hypervisors SharpStack runs templates on, when the server offers no listHypervisors. */
export const DEFAULT_HYPERVISORS = ['KVM', 'Simulator'];

const nameOf = (h: { name: string }) => h.name;

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  'aria-label'?: string;
}

/** The hypervisors of listHypervisors when the role may call it, else the fixed list. */
export function HypervisorSelect({ value, onChange, ...rest }: Props) {
  const { can } = useAuth();
  if (can('listHypervisors'))
    return <EntitySelect<{ name: string }> command="listHypervisors" valueOf={nameOf} labelOf={nameOf} value={value} onChange={(v) => onChange?.(v)} {...rest} />;
  return <Select value={value} onChange={onChange} options={DEFAULT_HYPERVISORS.map((h) => ({ value: h, label: h }))} {...rest} />;
}
