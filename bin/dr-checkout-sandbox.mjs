#!/usr/bin/env node
// The payment API sandbox as an HTTP server, with the card frames (trusting it) and the script bundles:
//   npx dr-checkout-sandbox [--port 4010] [--host 127.0.0.1] [--cvc-lifetime-ms 900000] …   (--help lists them)
// It needs msw, an optional peer dependency of dr-checkout-widget: npm install --save-dev msw
try {
  await import('../dist/sandbox-cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  const missing = /Cannot find (?:package|module) '([^']+)'/.exec(error.message)?.[1] ?? '';
  console.error(
    missing === 'msw' || missing.startsWith('msw/')
      ? 'dr-checkout-sandbox needs msw: npm install --save-dev msw'
      : `dr-checkout-sandbox: ${error.message}\n(in a clone of the repository, build the package first: npm run build)`,
  );
  process.exit(1);
}
