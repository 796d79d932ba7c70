// svelte-check reads the compiler options here (the repository's vite.config.ts is the demo's).
export default {};
