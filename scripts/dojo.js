#!/usr/bin/env node
// The `dojo` command for trainers and CI. The domain code is TypeScript; tsx runs it as is.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
