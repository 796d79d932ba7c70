// Script-tag entry: defines the global `DigitalRiver` and registers the elements.
import { DigitalRiver } from './core/digital-river.js';
import { defineElements } from './elements/define.js';

declare global {
  interface Window {
    DigitalRiver: typeof DigitalRiver;
  }
}

defineElements();
window.DigitalRiver = DigitalRiver;
