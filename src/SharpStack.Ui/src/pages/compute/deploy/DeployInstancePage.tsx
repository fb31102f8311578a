import { Alert, Button, Card, Flex, Form, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../../api/ApiContext';
import { errorText } from '../../../api/errors';
import type { VirtualMachine } from '../../../api/types';
import { PageTitle } from '../../../components/PageTitle';
import { DeployedVmDialog } from '../../../dialogs/instances/DeployedVmDialog';
import { useAction } from '../../../hooks/useAction';
import { deployParams, type DeployPicks, type DeployValues } from './deployParams';
import { DeployReview } from './DeployReview';
import { DEPLOY_STEPS, DeployStepFields } from './DeployStepFields';

/** The deploy wizard: zone → template → compute offering → disks → details → review, then the job. */
export default function DeployInstancePage() {
  const { t } = useTranslation();
  const api = useApi();
  const run = useAction();
  const navigate = useNavigate();
  const [form] = Form.useForm<DeployValues>();
  const zoneid = Form.useWatch('zoneid', { form, preserve: true }) as string | undefined;
  const [current, setCurrent] = useState(0);
  const [picks, setPicks] = useState<DeployPicks>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [deployed, setDeployed] = useState<VirtualMachine | null>(null);
  const step = DEPLOY_STEPS[current];

  const pick = (changes: Partial<DeployPicks>) => {
    // A new zone changes what can be deployed in it: the later choices start again.
    if (changes.zone && changes.zone.id !== picks.zone?.id) {
      form.setFieldsValue({ templateid: undefined, serviceofferingid: undefined, diskofferingid: undefined, size: undefined });
      setPicks({ zone: changes.zone });
      return;
    }
    setPicks((p) => ({ ...p, ...changes }));
  };

  const next = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setCurrent((c) => c + 1);
  };

  const submit = async () => {
    const values = form.getFieldsValue(true) as DeployValues;
    const label = t('deploy.deployAction', { name: values.displayname?.trim() || values.name?.trim() || picks.template?.name || '' });
    setBusy(true);
    setFailure(null);
    try {
      const result = await run(label, async () => {
        try {
          return await api.execute('deployVirtualMachine', deployParams(values, picks));
        } catch (e) {
          setFailure(e);
          throw e;
        }
      });
      const vm = result?.virtualmachine as VirtualMachine | undefined;
      if (vm) setDeployed(vm);
      else if (result) navigate('/compute/instances');
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('deploy.title')}</PageTitle>
      <Card>
        <Steps size="small" current={current} items={DEPLOY_STEPS.map((s) => ({ title: t(`deploy.steps.${s}`) }))} style={{ marginBottom: 24 }} />
        <Form<DeployValues> form={form} layout="vertical" initialValues={{ startvm: true }} style={{ maxWidth: 900 }}>
          {step === 'review' ? (
            <DeployReview values={form.getFieldsValue(true) as DeployValues} picks={picks} />
          ) : (
            <DeployStepFields step={step} zoneid={zoneid} picks={picks} onPick={pick} />
          )}
          {failure ? <Alert type="error" showIcon title={t('deploy.failed')} description={errorText(failure)} style={{ marginBottom: 16 }} /> : null}
          <Flex gap={8}>
            {current > 0 && (
              <Button
                disabled={busy}
                onClick={() => {
                  setFailure(null);
                  setCurrent((c) => c - 1);
                }}
              >
                {t('wizard.back')}
              </Button>
            )}
            {step !== 'review' ? (
              <Button type="primary" onClick={() => void next()}>
                {t('wizard.next')}
              </Button>
            ) : (
              <Button type="primary" loading={busy} onClick={() => void submit()}>
                {t('deploy.deploy')}
              </Button>
            )}
            <Button type="link" onClick={() => navigate('/compute/instances')}>
              {t('common.cancel')}
            </Button>
          </Flex>
        </Form>
      </Card>
      {deployed && <DeployedVmDialog vm={deployed} onClose={() => navigate('/compute/instances')} />}
    </>
  );
}
