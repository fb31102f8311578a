import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Result, Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorText } from '../api/errors';
import { PageTitle } from './PageTitle';
import { StateTag } from './StateTag';

interface Props<T> {
  data: T | null | undefined;
  loading: boolean;
  error: unknown;
  /** The list page to go back to, and the label of that button. */
  backTo: string;
  backLabel: string;
  notFound: string;
  /** The page's heading, shown with the item's state tag and the back button. */
  heading: (item: T) => { title: ReactNode; state?: string };
  children: (item: T) => ReactNode;
}

/** A detail page's heading (name, state, back) and its loading, error and not-found states around its content. */
export function DetailFrame<T>({ data, loading, error, backTo, backLabel, notFound, heading, children }: Props<T>) {
  const { t } = useTranslation();
  const back = (
    <Link to={backTo}>
      <Button icon={<ArrowLeftOutlined />}>{backLabel}</Button>
    </Link>
  );
  if (loading && data === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (error) return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} action={back} />;
  if (!data) return <Result status="404" title={notFound} extra={back} />;
  const { title, state } = heading(data);
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          <Space>
            {title}
            <StateTag value={state} />
          </Space>
        </PageTitle>
        {back}
      </Flex>
      {children(data)}
    </>
  );
}
