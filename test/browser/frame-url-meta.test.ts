// A page's <meta name="dr-frame-url"> (what the Vite plugin writes in dev) is the frame URL of every field and
// DigitalRiver that names none; a frame URL given in code wins, and the meta is refused on the page's own origin.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { frameUrl } from './secure-fields.fixtures.js';
import { frameUrlOf } from '../../src/secure-fields/page/index.js';
import { defineElements } from '../../src/elements/define.js';
import type { DrCardFieldElement } from '../../src/elements/card-field/card-field.component.js';

defineElements();

let meta: HTMLMetaElement | undefined;
function setMeta(content: string): void {
  meta ??= document.head.appendChild(Object.assign(document.createElement('meta'), { name: 'dr-frame-url' }));
  meta.content = content;
}
afterEach(() => {
  meta?.remove();
  meta = undefined;
});

describe('the page\'s dr-frame-url meta', () => {
  it('is the frame URL when none is given', () => {
    setMeta(frameUrl());
    expect(String(frameUrlOf(undefined))).to.equal(frameUrl());
  });

  it('gives way to a frame URL given in code', () => {
    setMeta('http://[::1]:9/frames/frame.html');
    expect(String(frameUrlOf(frameUrl()))).to.equal(frameUrl());
  });

  it('is refused on the page\'s own origin, as a given one is', () => {
    setMeta('/frames/frame.html');
    const refused = frameUrlOf(undefined);
    expect(refused).not.to.be.instanceOf(URL);
    expect((refused as { errors: { code: string }[] }).errors[0]!.code).to.equal('frame_same_origin');
  });

  it('loads a declarative field that names no frame-url, which becomes ready from there', async () => {
    setMeta(frameUrl());
    const wrapper = await fixture<HTMLElement>(html`<div><dr-card-number group="meta-frame-url"></dr-card-number></div>`);
    const el = wrapper.firstElementChild as DrCardFieldElement;
    await oneEvent(el, 'dr-ready');
    expect(el.shadowRoot!.querySelector('iframe')!.src.startsWith(frameUrl())).to.equal(true);
  });
});
