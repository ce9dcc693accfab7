import { request } from './client';
import type { Page, PageParams, Role, RoleGrant } from './model';

export interface Account {
  id: number;
  username: string;
  displayName: string;
  roles: RoleGrant[];
  locked: boolean;
  createdAt: string;
}

export interface RoleAssignment {
  role: Role;
  nodeId: number;
}

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  roles: RoleAssignment[];
}

export function listAccounts(
  query: PageParams & { q?: string },
  signal?: AbortSignal,
): Promise<Page<Account>> {
  return request('GET', '/accounts', { query: { ...query }, signal });
}

export function createAccount(body: NewAccount): Promise<Account> {
  return request('POST', '/accounts', { body });
}

export function addRole(accountId: number, body: RoleAssignment): Promise<Account> {
  return request('POST', `/accounts/${accountId}/roles`, { body });
}

export function removeRole(accountId: number, { role, nodeId }: RoleAssignment): Promise<void> {
  return request('DELETE', `/accounts/${accountId}/roles/${role}/${nodeId}`);
}

export function unlockAccount(accountId: number): Promise<Account> {
  return request('POST', `/accounts/${accountId}/unlock`);
}
