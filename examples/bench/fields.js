// Used by scripts/bench-fields.mjs: mounts three card fields and resolves with the milliseconds from mount() to the
// third `ready`. `plain` mounts three plain inputs instead, as the baseline a page without secure fields pays.
const otherHost = new URLSearchParams(location.search).has('sameOrigin') ? location.hostname : location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const frameUrl = `${location.protocol}//${otherHost}:${location.port}/frames/frame.html`;

window.benchmark = (mode) =>
  new Promise((resolve) => {
    const ids = ['n', 'e', 'c'];
    const start = performance.now();
    if (mode === 'plain') {
      for (const id of ids) {
        const input = document.createElement('input');
        input.autocomplete = 'cc-number';
        document.getElementById(id).append(input);
      }
      requestAnimationFrame(() => resolve(performance.now() - start));
      return;
    }
    const dr = new DigitalRiver('pk_test_bench', { frameUrl, apiBaseUrl: `${location.origin}/sandbox-api/~bench` });
    let ready = 0;
    ['cardnumber', 'cardexpiration', 'cardcvv'].forEach((type, i) => {
      const element = dr.createElement(type);
      element.on('ready', () => ++ready === 3 && resolve(performance.now() - start));
      element.mount(ids[i]);
    });
  });
