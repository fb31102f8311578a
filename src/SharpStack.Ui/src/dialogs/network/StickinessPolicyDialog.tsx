import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Params } from '../../api/params';
import type { LoadBalancerRule } from '../../api/types';
import { FormDialog } from '../FormDialog';

/** The stickiness methods of the virtual router and the parameters each takes; the flags are on/off. */
export const STICKINESS_METHODS: Record<string, { text: string[]; flags: string[] }> = {
  LbCookie: { text: ['cookie-name', 'mode', 'domain'], flags: ['nocache', 'indirect', 'postonly'] },
  AppCookie: { text: ['cookie-name', 'length', 'holdtime', 'mode'], flags: ['request-learn', 'prefix'] },
  SourceBased: { text: ['tablesize', 'expire'], flags: [] },
};

interface Values {
  name: string;
  description?: string;
  methodname: string;
  param?: Record<string, string | boolean | undefined>;
}

/** createLBStickinessPolicy parameters: the method's filled-in values as param[i].name / param[i].value. */
export function stickinessParams(rule: LoadBalancerRule, v: Values): Params {
  const method = STICKINESS_METHODS[v.methodname];
  const params: Params = { lbruleid: rule.id, name: v.name.trim(), description: v.description?.trim(), methodname: v.methodname };
  const given = [...method.text.map((n) => [n, typeof v.param?.[n] === 'string' ? (v.param[n] as string).trim() : '']), ...method.flags.map((n) => [n, v.param?.[n] === true ? 'true' : ''])].filter(
    ([, value]) => value !== '',
  );
  given.forEach(([name, value], i) => {
    params[`param[${i}].name`] = name;
    params[`param[${i}].value`] = value;
  });
  return params;
}

export function StickinessPolicyDialog({ rule, onClose }: { rule: LoadBalancerRule; onClose: (changed: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog<Values>
      title={t('loadBalancers.stickinessTitle', { name: rule.name })}
      label={(v) => t('loadBalancers.stickinessAction', { method: v.methodname, name: rule.name })}
      command="createLBStickinessPolicy"
      toParams={(v) => stickinessParams(rule, v)}
      initialValues={{ methodname: 'LbCookie' }}
      width={520}
      onClose={(result) => onClose(result !== null)}
    >
      {() => (
        <>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={255} autoComplete="off" />
          </Form.Item>
          <Form.Item name="description" label={t('common.description')}>
            <Input />
          </Form.Item>
          <Form.Item name="methodname" label={t('loadBalancers.method')}>
            <Select aria-label={t('loadBalancers.method')} options={Object.keys(STICKINESS_METHODS).map((m) => ({ value: m, label: m }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.methodname !== b.methodname}>
            {({ getFieldValue }) => {
              const method = STICKINESS_METHODS[getFieldValue('methodname') as string] ?? { text: [], flags: [] };
              return (
                <>
                  {method.text.map((name) => (
                    <Form.Item key={name} name={['param', name]} label={name}>
                      <Input />
                    </Form.Item>
                  ))}
                  {method.flags.map((name) => (
                    <Form.Item key={name} name={['param', name]} valuePropName="checked" noStyle>
                      <Checkbox style={{ marginRight: 16 }}>{name}</Checkbox>
                    </Form.Item>
                  ))}
                </>
              );
            }}
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
