import fs from 'node:fs';
import { connect } from './server/db/client';
import { coarseStats } from './server/modules/events/stats-coarse';
const ids = JSON.parse(fs.readFileSync('/tmp/sr/ids200.txt', 'utf8').trim().replace('{', '[').replace('}', ']')) as number[];
const { db, close } = connect('postgres://postgres@127.0.0.1:5432/sr_dev', 8);
const times: number[] = [];
let r;
for (let i = 0; i < 40; i++) {
  const t = performance.now();
  r = await coarseStats(db, ids, '2025-12-07', '2026-12-06');
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log('median', times[20]!.toFixed(1), 'p95', times[38]!.toFixed(1), r!.counters.reported, r!.byDay.length, r!.byCategory.length);
await close();
