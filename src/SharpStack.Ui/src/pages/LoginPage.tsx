import { ApartmentOutlined, CloudServerOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { errorText } from '../api/errors';
import { useAuth } from '../auth/AuthContext';
import { Preferences } from '../components/Preferences';

interface LoginForm {
  username: string;
  password: string;
  domain: string;
}

/** Session login with user name, password and domain path; the server's refusal is shown as is. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { session, login, endedReason } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (session) return <Navigate to={from} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password, values.domain);
      navigate(from, { replace: true });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}>
      <div style={{ position: 'fixed', top: 12, right: 16 }}>
        <Preferences />
      </div>
      <Card style={{ width: 380, maxWidth: '100%' }}>
        <Flex vertical align="center" gap={4} style={{ marginBottom: 24 }}>
          <CloudServerOutlined style={{ fontSize: 40, color: '#1677ff' }} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('login.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </Flex>
        {endedReason === 'expired' && !error && (
          <Alert type="warning" showIcon title={t('login.expired')} style={{ marginBottom: 16 }} />
        )}
        {endedReason === 'passwordChanged' && !error && <Alert type="success" showIcon title={t('password.changed')} style={{ marginBottom: 16 }} />}
        {error && (
          <Alert type="error" showIcon title={t('login.failed')} description={error} style={{ marginBottom: 16 }} role="alert" />
        )}
        <Form<LoginForm> layout="vertical" initialValues={{ domain: '/' }} onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('common.required') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('common.required') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="domain" label={t('login.domain')} tooltip={t('login.domainHelp')}>
            <Input prefix={<ApartmentOutlined />} placeholder="/" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
