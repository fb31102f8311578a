import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Radio, Result, Row, Select, Steps, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../api/errors';
import { PageTitle } from '../../components/PageTitle';
import { launchSteps, runLaunch, trafficTypesFor, type LaunchContext, type NetworkType, type StepStatus, type WizardHypervisor, type ZoneSpec } from './zoneWizard';

interface Values {
  name: string;
  networktype: NetworkType;
  dns1: string;
  internaldns1: string;
  guestcidraddress?: string;
  pnName: string;
  vlan?: string;
  isolation: string;
  labels?: { Guest?: string; Management?: string; Public?: string };
  podName: string;
  podGateway: string;
  podNetmask: string;
  podStart: string;
  podEnd: string;
  pubGateway?: string;
  pubNetmask?: string;
  pubVlan?: string;
  pubStart?: string;
  pubEnd?: string;
  clusterName: string;
  hypervisor: WizardHypervisor;
  hostUrl?: string;
  hostUser?: string;
  hostPassword?: string;
  primaryName: string;
  primaryUrl: string;
  primaryScope: 'cluster' | 'zone';
  secondaryName: string;
  secondaryUrl: string;
}

type FormStep = 'zone' | 'network' | 'pod' | 'public' | 'cluster' | 'host' | 'primary' | 'secondary' | 'launch';

const INITIAL: Partial<Values> = {
  networktype: 'Advanced',
  dns1: '8.8.8.8',
  internaldns1: '8.8.8.8',
  guestcidraddress: '10.1.1.0/24',
  pnName: 'physical-1',
  vlan: '100-199',
  isolation: 'VLAN',
  podName: 'pod-1',
  clusterName: 'cluster-1',
  hypervisor: 'Simulator',
  hostUrl: 'http://sim/c1/h1',
  hostUser: 'root',
  primaryName: 'primary-1',
  primaryScope: 'cluster',
  secondaryName: 'secondary-1',
};

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** The form's values → the launch spec. */
export function specFromValues(v: Values): ZoneSpec {
  const advanced = v.networktype === 'Advanced';
  return {
    zone: { name: v.name.trim(), networktype: v.networktype, dns1: v.dns1, internaldns1: v.internaldns1, guestcidraddress: advanced ? v.guestcidraddress : undefined },
    physicalNetwork: { name: v.pnName.trim(), vlan: v.vlan || undefined, isolationmethods: v.isolation },
    traffic: trafficTypesFor(v.networktype).map((type) => ({ type, kvmnetworklabel: v.labels?.[type] || undefined })),
    pod: { name: v.podName.trim(), gateway: v.podGateway, netmask: v.podNetmask, startip: v.podStart, endip: v.podEnd },
    publicRange: advanced ? { gateway: v.pubGateway ?? '', netmask: v.pubNetmask ?? '', vlan: v.pubVlan || undefined, startip: v.pubStart ?? '', endip: v.pubEnd ?? '' } : undefined,
    cluster: { name: v.clusterName.trim(), hypervisor: v.hypervisor },
    host: v.hypervisor === 'Simulator' ? { url: (v.hostUrl ?? '').trim(), username: v.hostUser, password: v.hostPassword } : undefined,
    primary: { name: v.primaryName.trim(), url: v.primaryUrl.trim(), scope: v.primaryScope },
    secondary: { name: v.secondaryName.trim(), url: v.secondaryUrl.trim() },
  };
}

/** The zone wizard: the form in steps, then the launch with per-call progress and retry. */
export default function ZoneWizardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const networktype = (Form.useWatch('networktype', { form, preserve: true }) ?? 'Advanced') as NetworkType;
  const hypervisor = (Form.useWatch('hypervisor', { form, preserve: true }) ?? 'Simulator') as WizardHypervisor;
  const advanced = networktype === 'Advanced';
  const formSteps = useMemo<FormStep[]>(
    () => ['zone', 'network', 'pod', ...(advanced ? (['public'] as const) : []), 'cluster', ...(hypervisor === 'Simulator' ? (['host'] as const) : []), 'primary', 'secondary', 'launch'],
    [advanced, hypervisor],
  );
  const [current, setCurrent] = useState(0);
  const step = formSteps[Math.min(current, formSteps.length - 1)];

  // Launch state: the steps, each one's status, the failure; the context keeps ids for a retry.
  const [plan, setPlan] = useState<ReturnType<typeof launchSteps> | null>(null);
  const [statuses, setStatuses] = useState<StepStatus[]>([]);
  const [failure, setFailure] = useState<{ at: number; error: unknown } | null>(null);
  const [running, setRunning] = useState(false);
  const [finished, setFinished] = useState(false);
  const ctx = useRef<LaunchContext>({});

  const next = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    setCurrent((c) => c + 1);
  };

  const launch = async (from: number, steps = plan) => {
    if (!steps) return;
    setRunning(true);
    setFailure(null);
    const result = await runLaunch(api, steps, ctx.current, from, (i, status) =>
      setStatuses((s) => {
        const copy = [...s];
        copy[i] = status;
        return copy;
      }),
    );
    setRunning(false);
    if (result) setFailure({ at: result.failedAt, error: result.error });
    else setFinished(true);
  };

  const start = () => {
    const steps = launchSteps(specFromValues(form.getFieldsValue(true) as Values));
    ctx.current = {};
    setPlan(steps);
    setStatuses(steps.map(() => 'wait'));
    setFinished(false);
    void launch(0, steps);
  };

  const req = [{ required: true, whitespace: true, message: t('common.required') }];
  const ip = [...req, { pattern: IPV4, message: t('wizard.badIp') }];

  const fields = () => {
    switch (step) {
      case 'zone':
        return (
          <>
            <Form.Item name="networktype" label={t('zones.networkType')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'Advanced', label: t('wizard.advanced') },
                  { value: 'Basic', label: t('wizard.basic') },
                ]}
              />
            </Form.Item>
            <Typography.Paragraph type="secondary">{advanced ? t('wizard.advancedHelp') : t('wizard.basicHelp')}</Typography.Paragraph>
            <Form.Item name="name" label={t('common.name')} rules={req}>
              <Input maxLength={255} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="dns1" label={t('wizard.dns1')} rules={ip}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="internaldns1" label={t('wizard.internalDns1')} rules={ip}>
                  <Input />
                </Form.Item>
              </Col>
            </Row>
            {advanced && (
              <Form.Item name="guestcidraddress" label={t('zones.guestCidr')}>
                <Input placeholder="10.1.1.0/24" />
              </Form.Item>
            )}
          </>
        );
      case 'network':
        return (
          <>
            <Form.Item name="pnName" label={t('wizard.physicalNetworkName')} rules={req}>
              <Input />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="isolation" label={t('wizard.isolation')}>
                  <Select options={[{ value: 'VLAN', label: 'VLAN' }]} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="vlan" label={t('wizard.vlanRange')} tooltip={t('wizard.vlanRangeHelp')}>
                  <Input placeholder="100-199" />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Title level={5}>{t('wizard.trafficTypes')}</Typography.Title>
            <Typography.Paragraph type="secondary">{t('wizard.trafficHelp')}</Typography.Paragraph>
            {trafficTypesFor(networktype).map((type) => (
              <Form.Item key={type} name={['labels', type]} label={t('wizard.kvmLabel', { type: t(`wizard.traffic.${type}`) })}>
                <Input placeholder={type === 'Public' ? 'cloudbr1' : 'cloudbr0'} />
              </Form.Item>
            ))}
          </>
        );
      case 'pod':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('wizard.podHelp')}</Typography.Paragraph>
            <Form.Item name="podName" label={t('common.name')} rules={req}>
              <Input />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="podGateway" label={t('infra.gateway')} rules={ip}>
                  <Input placeholder="172.16.10.1" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="podNetmask" label={t('infra.netmask')} rules={ip}>
                  <Input placeholder="255.255.255.0" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="podStart" label={t('wizard.startIp')} rules={ip}>
                  <Input placeholder="172.16.10.200" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="podEnd" label={t('wizard.endIp')} rules={ip}>
                  <Input placeholder="172.16.10.250" />
                </Form.Item>
              </Col>
            </Row>
          </>
        );
      case 'public':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('wizard.publicHelp')}</Typography.Paragraph>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="pubGateway" label={t('infra.gateway')} rules={ip}>
                  <Input placeholder="203.0.113.1" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="pubNetmask" label={t('infra.netmask')} rules={ip}>
                  <Input placeholder="255.255.255.0" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="pubStart" label={t('wizard.startIp')} rules={ip}>
                  <Input placeholder="203.0.113.10" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="pubEnd" label={t('wizard.endIp')} rules={ip}>
                  <Input placeholder="203.0.113.100" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="pubVlan" label={t('wizard.vlanId')} tooltip={t('wizard.vlanIdHelp')}>
                  <Input placeholder="untagged" />
                </Form.Item>
              </Col>
            </Row>
          </>
        );
      case 'cluster':
        return (
          <>
            <Form.Item name="clusterName" label={t('common.name')} rules={req}>
              <Input />
            </Form.Item>
            <Form.Item name="hypervisor" label={t('infra.hypervisor')}>
              <Radio.Group optionType="button" options={['Simulator', 'KVM'].map((h) => ({ value: h, label: h }))} />
            </Form.Item>
            {hypervisor === 'KVM' && <Alert type="info" showIcon title={t('wizard.kvmNoHost')} />}
          </>
        );
      case 'host':
        return (
          <>
            <Form.Item name="hostUrl" label={t('hosts.url')} tooltip={t('hosts.urlHelp')} rules={req}>
              <Input placeholder="http://sim/c1/h1" />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="hostUser" label={t('hosts.username')}>
                  <Input autoComplete="off" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="hostPassword" label={t('hosts.password')}>
                  <Input.Password autoComplete="new-password" />
                </Form.Item>
              </Col>
            </Row>
          </>
        );
      case 'primary':
        return (
          <>
            <Form.Item name="primaryName" label={t('common.name')} rules={req}>
              <Input />
            </Form.Item>
            <Form.Item name="primaryScope" label={t('primary.scope')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'cluster', label: t('wizard.scopeCluster') },
                  { value: 'zone', label: t('wizard.scopeZone') },
                ]}
              />
            </Form.Item>
            <Form.Item name="primaryUrl" label={t('infra.url')} tooltip={t('wizard.primaryUrlHelp')} rules={req}>
              <Input placeholder="nfs://192.0.2.10/export/primary" />
            </Form.Item>
          </>
        );
      case 'secondary':
        return (
          <>
            <Typography.Paragraph type="secondary">{t('wizard.secondaryHelp')}</Typography.Paragraph>
            <Form.Item name="secondaryName" label={t('common.name')} rules={req}>
              <Input />
            </Form.Item>
            <Form.Item name="secondaryUrl" label={t('infra.url')} tooltip={t('secondary.urlHelp')} rules={req}>
              <Input placeholder="nfs://192.0.2.10/export/secondary" />
            </Form.Item>
          </>
        );
      case 'launch':
        return <Review values={form.getFieldsValue(true) as Values} />;
    }
  };

  const launched = plan !== null;

  return (
    <>
      <PageTitle>{t('wizard.title')}</PageTitle>
      <Card>
        <Steps size="small" current={formSteps.indexOf(step)} items={formSteps.map((s) => ({ title: t(`wizard.steps.${s}`) }))} style={{ marginBottom: 24 }} />
        {!launched ? (
          <Form<Values> form={form} layout="vertical" initialValues={INITIAL} style={{ maxWidth: 720 }}>
            {fields()}
            <Flex gap={8}>
              {current > 0 && <Button onClick={() => setCurrent((c) => c - 1)}>{t('wizard.back')}</Button>}
              {step !== 'launch' ? (
                <Button type="primary" onClick={() => void next()}>
                  {t('wizard.next')}
                </Button>
              ) : (
                <Button type="primary" onClick={start}>
                  {t('wizard.launch')}
                </Button>
              )}
              <Button type="link" onClick={() => navigate('/infra/zones')}>
                {t('common.cancel')}
              </Button>
            </Flex>
          </Form>
        ) : (
          <Flex vertical gap={16} style={{ maxWidth: 720 }}>
            <Steps
              orientation="vertical"
              size="small"
              items={plan.map((s, i) => ({
                title: t(`wizard.launchSteps.${s.key}`, s.params ?? {}),
                status: statuses[i] ?? 'wait',
                description: failure?.at === i ? <Typography.Text type="danger">{errorText(failure.error)}</Typography.Text> : undefined,
              }))}
            />
            {failure && (
              <Alert
                type="error"
                showIcon
                title={t('wizard.launchFailed', { step: t(`wizard.launchSteps.${plan[failure.at].key}`, plan[failure.at].params ?? {}) })}
                description={errorText(failure.error)}
                action={
                  <Flex vertical gap={8}>
                    <Button size="small" type="primary" loading={running} onClick={() => void launch(failure.at)}>
                      {t('wizard.retry')}
                    </Button>
                    {!ctx.current.zoneId && (
                      <Button size="small" onClick={() => setPlan(null)}>
                        {t('wizard.editValues')}
                      </Button>
                    )}
                  </Flex>
                }
              />
            )}
            {finished && (
              <Result
                status="success"
                title={t('wizard.launched')}
                extra={
                  <Link to="/infra/zones">
                    <Button type="primary">{t('wizard.toZones')}</Button>
                  </Link>
                }
              />
            )}
          </Flex>
        )}
      </Card>
    </>
  );
}

function Review({ values: v }: { values: Values }) {
  const { t } = useTranslation();
  const advanced = v.networktype === 'Advanced';
  const items = [
    { label: t('common.name'), children: v.name },
    { label: t('zones.networkType'), children: v.networktype },
    { label: t('wizard.dns1'), children: `${v.dns1} / ${v.internaldns1}` },
    { label: t('wizard.physicalNetworkName'), children: `${v.pnName} (${v.isolation} ${v.vlan ?? ''})` },
    { label: t('wizard.steps.pod'), children: `${v.podName}: ${v.podGateway}/${v.podNetmask} ${v.podStart}–${v.podEnd}` },
    ...(advanced ? [{ label: t('wizard.steps.public'), children: `${v.pubGateway}/${v.pubNetmask} ${v.pubStart}–${v.pubEnd} ${v.pubVlan ?? ''}` }] : []),
    { label: t('wizard.steps.cluster'), children: `${v.clusterName} (${v.hypervisor})` },
    ...(v.hypervisor === 'Simulator' ? [{ label: t('wizard.steps.host'), children: v.hostUrl }] : []),
    { label: t('wizard.steps.primary'), children: `${v.primaryName}: ${v.primaryUrl} (${v.primaryScope})` },
    { label: t('wizard.steps.secondary'), children: `${v.secondaryName}: ${v.secondaryUrl}` },
  ];
  return <Descriptions bordered size="small" column={1} items={items} style={{ marginBottom: 24 }} />;
}
