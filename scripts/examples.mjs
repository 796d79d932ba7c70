// The framework examples (examples/react, examples/vue, examples/svelte), as their integrators would check and build
// them, against the built package (dist/, through package.json's exports):
//   node scripts/examples.mjs typecheck   each app with its framework's checker (tsc; vue-tsc with strictTemplates;
//                                         svelte-check), and test/types/{vue,svelte}: what must and must not compile
//   node scripts/examples.mjs build       vite build of each app into examples-dist/<framework>/ (served on 4180 for
//                                         the end-to-end specs by scripts/serve-examples.mjs)
import { spawnSync } from 'node:child_process';

const checks = {
  react: [['tsc', '-p', 'examples/react/tsconfig.json']],
  vue: [
    ['vue-tsc', '-p', 'examples/vue/tsconfig.json'],
    ['vue-tsc', '-p', 'test/types/vue/tsconfig.json'],
  ],
  svelte: [
    ['svelte-check', '--tsconfig', 'examples/svelte/tsconfig.json', '--fail-on-warnings', '--output', 'human'],
    ['svelte-check', '--tsconfig', 'test/types/svelte/tsconfig.json', '--fail-on-warnings', '--output', 'human'],
  ],
};
const builds = Object.fromEntries(Object.keys(checks).map((framework) => [framework, [['vite', 'build', `examples/${framework}`, '--logLevel', 'warn']]]));

const task = process.argv[2];
const commands = { typecheck: checks, build: builds }[task];
if (!commands) {
  console.error('usage: node scripts/examples.mjs typecheck|build');
  process.exit(2);
}
for (const [framework, list] of Object.entries(commands)) {
  const started = Date.now();
  for (const [bin, ...args] of list) {
    const { status } = spawnSync('npx', ['--no-install', bin, ...args], { stdio: 'inherit' });
    if (status !== 0) {
      console.error(`${task} ${framework}: ${bin} ${args.join(' ')} failed`);
      process.exit(status ?? 1);
    }
  }
  console.log(`${task} ${framework}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
