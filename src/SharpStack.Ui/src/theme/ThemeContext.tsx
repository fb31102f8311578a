import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type ThemeMode = 'light' | 'dark';

interface ThemeState {
  mode: ThemeMode;
  setMode: (mode: ThemeMode) => void;
}

const KEY = 'sharpstack.theme';
const ThemeContext = createContext<ThemeState>({ mode: 'light', setMode: () => {} });

function initialMode(): ThemeMode {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // storage unavailable
  }
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** antd's theme algorithm (light or dark) and locale (English or Simplified Chinese) for the whole app. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [mode, setModeState] = useState<ThemeMode>(initialMode);
  const { i18n } = useTranslation();
  const setMode = useCallback((next: ThemeMode) => {
    setModeState(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // storage unavailable
    }
  }, []);
  useEffect(() => {
    document.documentElement.style.colorScheme = mode;
    document.body.style.background = mode === 'dark' ? '#000' : '#f5f5f5';
  }, [mode]);
  const value = useMemo(() => ({ mode, setMode }), [mode, setMode]);
  const locale = i18n.language?.startsWith('zh') ? zhCN : enUS;
  return (
    <ThemeContext.Provider value={value}>
      <ConfigProvider
        locale={locale}
        theme={{ algorithm: mode === 'dark' ? theme.darkAlgorithm : theme.defaultAlgorithm, cssVar: {} }}
      >
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </ThemeContext.Provider>
  );
}

export function useThemeMode(): ThemeState {
  return useContext(ThemeContext);
}
