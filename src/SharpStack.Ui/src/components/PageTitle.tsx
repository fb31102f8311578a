import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 16 }}>
      {children}
    </Typography.Title>
  );
}
