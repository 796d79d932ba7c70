// Used by scripts/bench-fields.mjs: `benchmark(mode)` resolves with the milliseconds until three fields are ready.
//   floor:  three minimal cross-origin frames inserted, to their third `loaded` message;
//   secure: new DigitalRiver, createElement and mount of the three card fields in one task, to the third `ready`;
//   warm:   new DigitalRiver a second earlier (its controller frame loads meanwhile), from mount to the third `ready`.
import { containerIds, fieldTypes, isFloorMessage, minimalFrame, newDigitalRiver } from './common.js';

// Resolves with the time since `start` once `arrive` was called three times.
function third(start) {
  let count = 0;
  let arrive;
  const done = new Promise((resolve) => (arrive = () => ++count === 3 && resolve(performance.now() - start)));
  return { done, arrive };
}

window.benchmark = async (mode) => {
  let start = performance.now();
  if (mode === 'floor') {
    const { done, arrive } = third(start);
    addEventListener('message', (event) => isFloorMessage(event) && arrive());
    for (const id of containerIds) document.getElementById(id).append(minimalFrame());
    return done;
  }
  const dr = newDigitalRiver();
  if (mode === 'warm') {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    start = performance.now();
  }
  const { done, arrive } = third(start);
  fieldTypes.forEach((type, i) => {
    const element = dr.createElement(type);
    element.on('ready', arrive);
    element.mount(containerIds[i]);
  });
  return done;
};
