import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/client';
import { ProjectScope } from './api/projectScope';
import { sessionStore } from './auth/sessionStore';
import App from './App';
import './i18n';
import './styles.css';

const client = new ApiClient({ sessionKey: () => sessionStore.load()?.sessionkey, project: new ProjectScope() });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
