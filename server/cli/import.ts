// `linli import`: the registry import of the console, from the command line, with the authority of the
// community it names (the platform's own administrator keeps no registry, RULES.md §4).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../db/client';
import { orgNode } from '../db/schema';
import type { DataKeys } from '../crypto/personal-data';
import { AppError } from '../http/errors';
import { SYSTEM_ACCOUNT_ID } from '../modules/auth/actor';
import { buildScope, type Caller, type CallerGrant } from '../modules/auth/caller';
import type { ImportReport } from '../modules/registry/import/report';
import {
  IMPORT_KINDS,
  IMPORT_MODES,
  importService,
  type ImportKind,
  type ImportMode,
  type ImportProgress,
} from '../modules/registry/import/service';

export type ImportOptions = { kind: string; file: string; mode: string; community: string };
type Say = (msg: string) => void;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** The named community's keeper, acting as `cli`: what a community worker there may do, nothing more. */
export async function communityKeeper(db: Db, community: string): Promise<Caller> {
  const byId = /^\d+$/.test(community) ? eq(orgNode.id, Number(community)) : undefined;
  const found = await db
    .select({ id: orgNode.id, path: orgNode.path })
    .from(orgNode)
    .where(and(eq(orgNode.kind, 'community'), or(byId, eq(orgNode.name, community))));
  if (found.length !== 1 || !found[0])
    throw new Error(
      found.length ? `several communities are called ${community}: give its id` : `no community ${community}`,
    );
  const grants: CallerGrant[] = [
    {
      role: 'community_worker',
      nodeId: found[0].id,
      path: found[0].path,
      nodeKind: 'community',
      communityId: null,
    },
  ];
  return {
    accountId: SYSTEM_ACCOUNT_ID,
    username: 'cli',
    displayName: 'cli',
    grants,
    scope: await buildScope(db, grants),
    via: 'token',
    csrfToken: null,
    ip: 'local',
  };
}

const printRejected = (say: Say, rejected: ImportReport['rejected']) => {
  for (const e of rejected) say(`  row ${e.row}, ${e.column}: ${e.message}`);
};

/** Progress on stderr, so that stdout carries only the report. */
const progress: ImportProgress = (phase, done, total) => {
  const verb = { read: 'read', check: 'checked', write: 'wrote' }[phase];
  process.stderr.write(`${verb} ${done}${phase === 'check' ? `/${total}` : ''} rows\n`);
};

/** Exit status 1 when an all-or-nothing import was rejected. */
export async function importCommand(
  db: Db,
  keys: DataKeys,
  timeZone: string,
  o: ImportOptions,
  say: Say,
): Promise<number> {
  if (!isOneOf<ImportKind>(IMPORT_KINDS, o.kind))
    throw new Error(`--kind must be ${IMPORT_KINDS.join(' or ')}`);
  if (!isOneOf<ImportMode>(IMPORT_MODES, o.mode))
    throw new Error(`--mode must be ${IMPORT_MODES.join(' or ')}`);
  const caller = await communityKeeper(db, o.community);
  const file = { name: path.basename(o.file), mimeType: '', content: await readFile(o.file) };
  try {
    const report = await importService(db, keys, timeZone).run(
      caller,
      { kind: o.kind, mode: o.mode, file },
      progress,
    );
    say(`imported ${report.imported} rows; ${report.rejected.length} problem(s)`);
    printRejected(say, report.rejected);
    return 0;
  } catch (err) {
    const rejected =
      err instanceof AppError ? (err.details?.rejected as ImportReport['rejected'] | undefined) : undefined;
    if (!rejected) throw err;
    say(`nothing imported: ${rejected.length} problem(s)`);
    printRejected(say, rejected);
    return 1;
  }
}
