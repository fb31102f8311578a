import { MoonOutlined, SunOutlined, TranslationOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { useThemeMode } from '../theme/ThemeContext';

/** Language and light/dark switches, in the header and on the login page. */
export function Preferences() {
  const { t, i18n } = useTranslation();
  const { mode, setMode } = useThemeMode();
  const current = LANGUAGES.find((l) => i18n.language?.startsWith(l.code)) ?? LANGUAGES[0];
  return (
    <Space size={4}>
      <Dropdown
        menu={{
          selectable: true,
          selectedKeys: [current.code],
          items: LANGUAGES.map((l) => ({ key: l.code, label: l.label })),
          onClick: ({ key }) => setLanguage(key as Language),
        }}
      >
        <Button type="text" icon={<TranslationOutlined />} aria-label={t('common.language')}>
          {current.label}
        </Button>
      </Dropdown>
      <Tooltip title={`${t('common.theme')}: ${mode === 'dark' ? t('common.dark') : t('common.light')}`}>
        <Button
          type="text"
          aria-label={t('common.theme')}
          icon={mode === 'dark' ? <MoonOutlined /> : <SunOutlined />}
          onClick={() => setMode(mode === 'dark' ? 'light' : 'dark')}
        />
      </Tooltip>
    </Space>
  );
}
