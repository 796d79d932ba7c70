import type { DrError } from '../api/errors.js';
import type { DigitalRiver } from '../core/digital-river.js';
import { integrationError, reportIntegrationError } from '../core/errors.js';
import { DrDropinElement } from '../elements/dropin/dr-dropin.component.js';
import { readConfiguration, type DropinConfiguration, type DropinSettings } from './configuration.js';

export const DROPIN_TAG = 'dr-dropin';

/** Registers `<dr-dropin>`, Drop-in's view; safe to call more than once. */
export function defineDropinElement(): void {
  if (!customElements.get(DROPIN_TAG)) customElements.define(DROPIN_TAG, DrDropinElement);
}

/**
 * Drop-in payments, as `dr.createDropin(configuration)` returns it: `mount(containerId)` shows the payment methods in
 * that container. The shopper's payment reaches the configuration's `onSuccess` as a source; what goes wrong reaches
 * `onError`.
 */
export class Dropin {
  private readonly element: DrDropinElement;

  /** @internal Created by `createDropin`. */
  constructor(dr: DigitalRiver, configuration: DropinConfiguration) {
    defineDropinElement();
    this.element = document.createElement(DROPIN_TAG);
    this.element.dr = dr;
    this.element.settings = readSafely(configuration);
  }

  /** Shows Drop-in inside the element with this id (a leading `#` is tolerated). */
  mount(containerId: string): DrError | undefined {
    const id = typeof containerId === 'string' ? containerId.replace(/^#/, '') : '';
    const container = id ? document.getElementById(id) : null;
    if (!container) {
      // Not String(containerId): an object without a string form throws, and mount() must not.
      const named = typeof containerId === 'string' ? `"${containerId.slice(0, 100)}"` : `of type ${typeof containerId}`;
      return reportIntegrationError(integrationError('container_not_found', `mount() found no element with id ${named} on the page.`, 'containerId'));
    }
    container.append(this.element);
    return undefined;
  }
}

/**
 * The configuration read, or none when reading it throws (a getter or a proxy that throws, an object without a
 * string form): createDropin must not throw, so Drop-in then says why in the console and starts unconfigured.
 */
function readSafely(configuration: DropinConfiguration): DropinSettings {
  try {
    return readConfiguration(configuration);
  } catch {
    reportIntegrationError(integrationError('invalid_configuration', 'createDropin() could not read its configuration; Drop-in starts without it.', 'configuration'));
    return readConfiguration({});
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dr-dropin': DrDropinElement;
  }
}
