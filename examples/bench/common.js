// Shared by the benchmark pages: where the frames come from (the other loopback host name, so they are cross-origin
// like the real card frames) and the two kinds of fields they mount.
const otherHost = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
export const frameOrigin = `${location.protocol}//${otherHost}:${location.port}`;
export const containerIds = ['n', 'e', 'c'];
export const fieldTypes = ['cardnumber', 'cardexpiration', 'cardcvv'];

export const newDigitalRiver = () =>
  new DigitalRiver('pk_test_bench', { frameUrl: `${frameOrigin}/frames/frame.html`, apiBaseUrl: `${location.origin}/sandbox-api/~bench` });

/** The floor: a cross-origin frame holding an <input>, which posts `loaded` to the page once it has loaded. */
export function minimalFrame() {
  const frame = document.createElement('iframe');
  frame.src = `${frameOrigin}/examples/bench/minimal-frame.html`;
  return frame;
}

export const isFloorMessage = (event) => event.origin === frameOrigin && event.data === 'loaded';
