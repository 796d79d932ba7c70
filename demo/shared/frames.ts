// Where the demo's card-field frames come from: the same dev server reached through the other loopback host name
// (a page on localhost gets frames from 127.0.0.1 and the reverse), so the frames run on an origin of their own,
// as the library's frames do on a storefront.

/** `http://127.0.0.1:5173/frames/frame.html` for a page on `http://localhost:5173/…`, and the reverse. */
export function frameUrlFor(location: Pick<Location, 'protocol' | 'hostname' | 'port'>): string {
  const hostname = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${hostname}${location.port ? `:${location.port}` : ''}/frames/frame.html`;
}
