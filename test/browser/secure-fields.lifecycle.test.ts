// DigitalRiver.js element lifecycle with the card data on the frame origin: unmount() then mount() keeps what the
// shopper typed (the controller frame holds it, never the page or its storage), moving a placed element keeps it too,
// and destroy() erases it.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DigitalRiver } from '../../src/core/digital-river.js';
import type { DrCardFieldElement } from '../../src/elements/card-field/card-field.component.js';
import { namedGroup } from '../../src/secure-fields/page/index.js';
import { frameUrl, sandboxForTests, typeInto } from './secure-fields.fixtures.js';

const PAN = '4444222233331111';
let apiBaseUrl: string;
before(async () => {
  apiBaseUrl = (await sandboxForTests()).url;
});

/** Loads a genuine field frame at `src` and connects to it as the page does; resolves with the states it reports. */
async function openFrame(src: string): Promise<{ states: { complete?: boolean; empty?: boolean }[]; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const states: { complete?: boolean; empty?: boolean }[] = [];
  const channel = new MessageChannel();
  let ready = false;
  channel.port1.onmessage = (event) => {
    if (event.data.event === 'ready') ready = true;
    if (event.data.event === 'state') states.push(event.data.state);
  };
  frame.contentWindow!.postMessage({ type: 'dr-field-connect', kind: 'cardnumber' }, new URL(src).origin, [channel.port2]);
  await waitUntil(() => ready && states.length > 0, 'the frame connected and reported its state');
  return { states, frame };
}

describe('element lifecycle', () => {
  it('unmount() and mount() keep the value on the frame origin, not in the page; destroy() erases it', async () => {
    await fixture(html`<div><div id="n"></div><div id="n2"></div></div>`);
    const dr = new DigitalRiver('pk_test_lifecycle', { apiBaseUrl, frameUrl: frameUrl() });
    const [number, other] = [dr.createElement('cardnumber')!, dr.createElement('cardnumber')!];
    const mounted = (element: typeof number, id: string) => new Promise((resolve) => (element.on('ready', resolve), element.mount(id)));
    await mounted(number, 'n');
    await typeInto(number, PAN);
    await waitUntil(() => number.fieldElement.state.complete, 'typed');
    const src = number.fieldElement.shadowRoot!.querySelector('iframe')!.src;
    // The controller frame starts once the fields are ready (they come first), and holds the value from then on; a
    // field unmounted before it is up (within about 0.1 s of ready) comes back empty. Typing takes longer than that;
    // a test's typing does not, so it waits until the controller has the value.
    const group = number.fieldElement.fieldGroup!;
    await waitUntil(async () => !(await group.version()).startsWith('-'), 'the controller holds the number');

    number.unmount();
    expect(document.body.innerHTML + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.contain(PAN);
    await mounted(number, 'n');
    await waitUntil(() => number.fieldElement.state.complete && number.fieldElement.state.brand === 'visa', 'the value is back after mount()');

    // A second field, kept, as the control: a frame loaded with its id gets its value back.
    await mounted(other, 'n2');
    await typeInto(other, PAN);
    await waitUntil(() => other.fieldElement.state.complete, 'typed');
    const otherSrc = other.fieldElement.shadowRoot!.querySelector('iframe')!.src;

    number.destroy();
    expect(number.mount('n')?.errors[0]!.code).to.equal('element_destroyed');
    // Frames that load with a field's id, as a remount does: the destroyed one's comes back empty, the kept one's full.
    const erased = await openFrame(src);
    const kept = await openFrame(otherSrc);
    await waitUntil(() => kept.states.some((state) => state.complete), 'the kept field came back');
    expect(erased.states.every((state) => state.empty)).to.equal(true);
    erased.frame.remove();
    kept.frame.remove();
  });

  it('a placed element moved elsewhere in the page keeps its value', async () => {
    const group = `moved-${Math.random()}`;
    const wrapper = await fixture<HTMLElement>(html`<div><section id="a"><dr-card-number group=${group} frame-url=${frameUrl()}></dr-card-number></section><section id="b"></section></div>`);
    const field = wrapper.querySelector<DrCardFieldElement>('dr-card-number')!;
    await waitUntil(() => field.shadowRoot?.querySelector('iframe'), 'rendered');
    await new Promise((resolve) => field.addEventListener('dr-ready', resolve, { once: true }));
    await typeInto(field, PAN);
    await waitUntil(() => field.state.complete, 'typed');
    await waitUntil(async () => !(await namedGroup(group).version()).startsWith('-'), 'the controller holds the number');
    const readyAgain = new Promise((resolve) => field.addEventListener('dr-ready', resolve, { once: true }));
    wrapper.querySelector('#b')!.append(field);
    await readyAgain;
    await waitUntil(() => field.state.complete, 'the value is back after the move');
  });
});
