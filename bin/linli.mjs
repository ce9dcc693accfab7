#!/usr/bin/env node
// The `linli` command: runs the TypeScript CLI through tsx, so there is no separate server build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/main.ts');
