import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Domain, Zone } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { EntitySelect } from '../../components/EntitySelect';

const idOf = (x: { id: string }) => x.id;
const domainLabel = (d: Domain) => d.path;
const zoneLabel = (z: Zone) => z.name;

/**
 * The domainid and zoneid an offering is limited to. Root admins may leave the domain empty (a
 * public offering); a domain admin's offering must name one of its domains, as the server requires.
 */
export function OfferingScopeFields() {
  const { t } = useTranslation();
  const { can, session } = useAuth();
  const rootAdmin = session?.type === '1';
  return (
    <>
      {can('listDomains') && (
        <Form.Item
          name="domainid"
          label={t('common.domain')}
          tooltip={rootAdmin ? t('offerings.domainHelp') : t('offerings.domainAdminHelp')}
          rules={[{ required: !rootAdmin, message: t('common.required') }]}
        >
          <EntitySelect<Domain> command="listDomains" params={{ listall: true }} valueOf={idOf} labelOf={domainLabel} allowClear={rootAdmin} aria-label={t('common.domain')} />
        </Form.Item>
      )}
      <Form.Item name="zoneid" label={t('infra.zone')} tooltip={t('offerings.zoneHelp')}>
        <EntitySelect<Zone> command="listZones" valueOf={idOf} labelOf={zoneLabel} allowClear aria-label={t('infra.zone')} />
      </Form.Item>
    </>
  );
}

/** The initial domain: none (public) for root admins, their own domain for domain admins. */
export function useDefaultOfferingDomain(): string | undefined {
  const { session } = useAuth();
  return session?.type === '1' ? undefined : session?.domainid;
}
