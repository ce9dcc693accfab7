import { eventsBench } from './events';
import { mqttBench } from './mqtt';
import { orgNodeBench } from './org-node';
import { registryImportBench } from './registry-import';
import { tallyBench } from './tally';

/** `npm run bench` (`-- --quick` for a short run). Each benchmark prints one JSON line. */
export async function runBenchmarks(opts: { quick: boolean }): Promise<void> {
  const seconds = opts.quick ? 3 : 10;
  tallyBench(opts.quick);
  await orgNodeBench(seconds);
  await registryImportBench(opts.quick);
  await eventsBench(opts.quick);
  await mqttBench(opts.quick);
}
