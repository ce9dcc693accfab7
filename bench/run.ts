import { bundleBench } from './bundle';
import { eventsBench } from './events';
import { closeBenchServer } from './harness';
import { loadBench } from './load';
import { mqttBench } from './mqtt';
import { orgNodeBench } from './org-node';
import { registryImportBench } from './registry-import';
import { statsBench } from './stats';
import { tallyBench } from './tally';

/** The groups of benchmarks in running order; `--only` picks some by these names. */
const GROUPS: Record<string, (quick: boolean) => unknown> = {
  bundle: bundleBench,
  tally: tallyBench,
  'org-node': (quick) => orgNodeBench(quick ? 3 : 10),
  import: registryImportBench,
  events: eventsBench,
  mqtt: mqttBench,
  stats: statsBench,
  load: loadBench,
};

/** `npm run bench` (`-- --quick` for a short run, `-- --only stats,load` for some). Each benchmark prints one JSON line. */
export async function runBenchmarks(opts: { quick: boolean; only?: string | undefined }): Promise<void> {
  const only = opts.only?.split(',').filter(Boolean);
  const unknown = only?.filter((g) => !(g in GROUPS));
  if (unknown?.length)
    throw new Error(
      `unknown benchmark group ${unknown.join(', ')}; known: ${Object.keys(GROUPS).join(', ')}`,
    );
  try {
    for (const [name, run] of Object.entries(GROUPS)) {
      if (only && !only.includes(name)) continue;
      const t0 = performance.now();
      await run(opts.quick);
      // On stderr, so stdout stays one JSON line per benchmark: where a run's minutes go.
      process.stderr.write(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
  } finally {
    await closeBenchServer();
  }
}
