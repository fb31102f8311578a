import { Tabs, type TabsProps } from 'antd';
import { useSearchParams } from 'react-router';

/** Tabs whose open tab is the URL's ?tab= (the first one when missing), so it can be bookmarked. */
export function UrlTabs({ items }: { items: NonNullable<TabsProps['items']> }) {
  const [search, setSearch] = useSearchParams();
  return <Tabs activeKey={search.get('tab') ?? items[0]?.key} onChange={(tab) => setSearch({ tab }, { replace: true })} items={items} />;
}
