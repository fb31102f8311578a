import { Button, Tooltip } from 'antd';
import type { ReactNode } from 'react';

/** An icon button in a table's actions column, named by its tooltip. */
export function ActionButton({ title, icon, onClick, loading, danger }: { title: string; icon: ReactNode; onClick: () => void; loading?: boolean; danger?: boolean }) {
  return (
    <Tooltip title={title}>
      <Button type="text" danger={danger} icon={icon} aria-label={title} loading={loading} onClick={onClick} />
    </Tooltip>
  );
}
