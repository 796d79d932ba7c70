// Used by scripts/bench-cycles.mjs: a single-page app opening and closing its checkout. Each cycle puts three fields
// on the page, waits for the three to be ready (10 s at most), and takes them off again.
//   floor: three minimal cross-origin frames, created and removed;
//   reuse: the three card elements of one DigitalRiver instance (created at the first cycle), mounted and unmounted;
//   fresh: a new DigitalRiver instance and three new elements every cycle, mounted and unmounted.
import { containerIds, fieldTypes, isFloorMessage, minimalFrame, newDigitalRiver } from './common.js';

const READY_WAIT_MS = 10_000;
let arrive = () => {}; // the current cycle's counter: called once per ready field
addEventListener('message', (event) => isFloorMessage(event) && arrive());
let reused;

function createElements() {
  const dr = newDigitalRiver();
  return fieldTypes.map((type) => {
    const element = dr.createElement(type);
    element.on('ready', () => arrive());
    return element;
  });
}

/** Resolves with the milliseconds from `start` to the third ready field, or undefined after 10 s. */
function threeReady(start) {
  return new Promise((resolve) => {
    let count = 0;
    const timer = setTimeout(resolve, READY_WAIT_MS);
    arrive = () => {
      if (++count < 3) return;
      clearTimeout(timer);
      resolve(performance.now() - start);
    };
  });
}

async function cycle(mode) {
  const start = performance.now();
  const ready = threeReady(start);
  let remove;
  if (mode === 'floor') {
    const frames = containerIds.map((id) => document.getElementById(id).appendChild(minimalFrame()));
    remove = () => frames.forEach((frame) => frame.remove());
  } else {
    const elements = mode === 'reuse' ? (reused ??= createElements()) : createElements();
    elements.forEach((element, i) => element.mount(containerIds[i]));
    remove = () => elements.forEach((element) => element.unmount());
  }
  const ms = await ready;
  remove();
  arrive = () => {}; // a late field of a failed cycle counts for no other
  return ms;
}

/** Runs cycles `from`..`to` (numbered from 1); stops at the first that failed. */
window.cycles = async (mode, from, to) => {
  const times = [];
  for (let i = from; i <= to; i++) {
    const ms = await cycle(mode);
    if (ms === undefined) return { times, failedAt: i };
    times.push(ms);
  }
  return { times };
};

// Without a driver (`bench-cycles.mjs --plain`): `?plain=<mode>&cycles=N&report=<url>` runs the cycles on its own,
// reads the heap after a GC (Chromium started with --expose-gc and --enable-precise-memory-info) at cycle 10 and every
// 100th, and posts the figures to `report`.
const params = new URLSearchParams(location.search);
if (params.has('plain')) {
  const mode = params.get('plain');
  const total = Number(params.get('cycles'));
  const heap = {};
  const times = [];
  let failedAt;
  for (const to of [...new Set([10, ...Array.from({ length: Math.floor(total / 100) }, (_, i) => (i + 1) * 100), total])].filter((n) => n <= total)) {
    const result = await window.cycles(mode, times.length + 1, to);
    times.push(...result.times);
    if (result.failedAt) {
      failedAt = result.failedAt;
      break;
    }
    window.gc();
    heap[to] = performance.memory.usedJSHeapSize;
  }
  await fetch(params.get('report'), { method: 'POST', body: JSON.stringify({ mode, times, heap, failedAt }) });
}
