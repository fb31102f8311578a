/** Shapes of the API replies the UI reads (only the fields it uses; the server may send more). */

export interface LoginResponse {
  username: string;
  userid: string;
  domainid: string;
  timeout?: number;
  account: string;
  firstname?: string;
  lastname?: string;
  /** Account type: "1" root admin, "2" domain admin, "0" user. */
  type: string;
  sessionkey: string;
  timezone?: string;
}

export interface Domain {
  id: string;
  name: string;
  level: number;
  haschild?: boolean;
  path: string;
  parentdomainid?: string;
  parentdomainname?: string;
  state?: string;
  created?: string;
  networkdomain?: string;
}

export interface User {
  id: string;
  username: string;
  firstname?: string;
  lastname?: string;
  email?: string;
  created?: string;
  state: string;
  account: string;
  accounttype: number;
  accountid: string;
  roleid?: string;
  rolename?: string;
  roletype?: string;
  domainid: string;
  domain: string;
  isdefault?: boolean;
  timezone?: string;
}

export interface Account {
  id: string;
  name: string;
  accounttype: number;
  roleid?: string;
  rolename?: string;
  roletype?: string;
  domainid: string;
  domain: string;
  domainpath?: string;
  state: string;
  created?: string;
  isdefault?: boolean;
  user?: User[];
}

export interface Role {
  id: string;
  name: string;
  type: string;
  description?: string;
  isdefault?: boolean;
  ispublic?: boolean;
  state?: string;
}

export interface RolePermission {
  id: string;
  roleid: string;
  rolename?: string;
  rule: string;
  permission: 'allow' | 'deny' | string;
  description?: string;
}

export interface CloudEvent {
  id: string;
  username?: string;
  type: string;
  level: string;
  description?: string;
  account?: string;
  domain?: string;
  domainpath?: string;
  resourcetype?: string;
  resourcename?: string;
  created?: string;
  state?: string;
  archived?: boolean;
}

export interface AsyncJob {
  jobid: string;
  account?: string;
  domainpath?: string;
  userid?: string;
  cmd?: string;
  /** 0 pending, 1 succeeded, 2 failed. */
  jobstatus: number;
  jobresultcode?: number;
  jobresulttype?: string;
  jobresult?: Record<string, unknown>;
  jobinstancetype?: string;
  jobinstanceid?: string;
  created?: string;
  completed?: string;
  managementservername?: string;
}

export interface Configuration {
  name: string;
  value?: string;
  defaultvalue?: string;
  category?: string;
  description?: string;
  scope?: string;
  type?: string;
  isdynamic?: boolean;
  component?: string;
  options?: string;
}

export interface ApiInfo {
  name: string;
  description?: string;
  isasync?: boolean;
}

export interface UserKeys {
  apikey: string;
  secretkey: string;
}
