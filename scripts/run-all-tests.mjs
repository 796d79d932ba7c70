// The whole test suite, in order, with the wall time of each step and of the whole run.
import { spawnSync } from 'node:child_process';

const steps = ['lint', 'typecheck', 'check:api-docs', 'build', 'typecheck:examples', 'size', 'test:browser', 'test:node', 'build:demo', 'build:examples', 'test:e2e', 'test:engines'];
const started = Date.now();
for (const step of steps) {
  const stepStart = Date.now();
  console.log(`\n=== npm run ${step}`);
  const { status } = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  console.log(`=== ${step}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - stepStart) / 1000).toFixed(1)} s`);
  if (status !== 0) process.exit(status ?? 1);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
