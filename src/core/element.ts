import type { DrError } from '../api/errors.js';
import type { DrCardFieldElement } from '../elements/card-field/card-field.component.js';
import { ELEMENT_TAGS } from '../elements/define.js';
import type { FieldChangeDetail, FieldEventDetail } from '../elements/events.js';
import type { ClassOptions, StyleOptions } from '../elements/style-options.js';
import type { FieldGroup, FieldKind } from '../secure-fields/page/index.js';
import { integrationError, reportIntegrationError } from './errors.js';
import { shown } from './shown.js';
import { asObject, warnUnknownKeys } from './options.js';
import { warnOnce } from './warn.js';

export interface ElementOptions {
  style?: StyleOptions;
  classes?: ClassOptions;
  placeholderText?: string;
  disabled?: boolean;
  /** Accessible name when the page has no `<label for>` pointing at the container. */
  label?: string;
  /** Once a complete card number (or security code) is left, show only its last four digits (none of the code). */
  mask?: boolean;
}
const ELEMENT_OPTION_KEYS = ['style', 'classes', 'placeholderText', 'disabled', 'label', 'mask'] as const;

export interface ElementEventMap {
  ready: FieldEventDetail;
  change: FieldChangeDetail;
  focus: FieldEventDetail;
  blur: FieldEventDetail;
  return: FieldEventDetail;
}
export type ElementEventName = keyof ElementEventMap;
const EVENT_NAMES: readonly ElementEventName[] = ['ready', 'change', 'focus', 'blur', 'return'];

/** The DigitalRiver.js element handle: mounts a `dr-card-*` element into a container of the page. */
export class DigitalRiverElement {
  private readonly element: DrCardFieldElement;
  private container?: HTMLElement;
  private destroyed = false;

  /** @internal Created by {@link DigitalRiver.createElement}. */
  constructor(
    readonly elementType: FieldKind,
    group: FieldGroup,
    options: ElementOptions,
    frameUrl?: string,
  ) {
    this.element = document.createElement(ELEMENT_TAGS[elementType]);
    this.element.fieldGroup = group;
    if (frameUrl) this.element.frameUrl = frameUrl;
    this.update(options);
  }

  /** Places the field inside the element with this id (a leading `#` is tolerated). */
  mount(containerId: string): DrError | undefined {
    if (this.destroyed) return reportIntegrationError(integrationError('element_destroyed', 'This element was destroyed; create a new one.'));
    const id = typeof containerId === 'string' ? containerId.replace(/^#/, '') : '';
    const container = id ? document.getElementById(id) : null;
    if (!container) {
      return reportIntegrationError(
        integrationError('container_not_found', `mount() found no element with id ${shown(containerId)} on the page.`, 'containerId'),
      );
    }
    this.container = container;
    this.element.classTarget = container;
    container.append(this.element);
    return undefined;
  }

  /** Removes the field from the page; mounting again gives back what the shopper typed (kept on the frame origin). */
  unmount(): void {
    this.element.remove();
  }

  /** Removes the field and erases what the shopper typed in it. */
  destroy(): void {
    void this.element.erase();
    this.unmount();
    this.destroyed = true;
  }

  update(options: ElementOptions | undefined): void {
    const given = asObject(options);
    if (!given) return;
    warnUnknownKeys(`createElement('${this.elementType}')`, given, ELEMENT_OPTION_KEYS);
    if ('style' in given) this.element.fieldStyle = asObject(given.style) as StyleOptions | undefined;
    if ('classes' in given) this.element.classes = asObject(given.classes) as ClassOptions | undefined;
    if (typeof given.placeholderText === 'string') this.element.placeholderText = given.placeholderText;
    if (typeof given.label === 'string') this.element.label = given.label;
    if ('disabled' in given) this.element.disabled = Boolean(given.disabled);
    if ('mask' in given) this.element.mask = Boolean(given.mask);
  }

  clear(): void {
    this.element.clear();
  }

  focus(): void {
    this.element.focus();
  }

  blur(): void {
    this.element.blur();
  }

  /** Listens to `ready`, `change`, `focus`, `blur` or `return`; the handler gets the event data, never the value. */
  on<K extends ElementEventName>(event: K, handler: (data: ElementEventMap[K]) => void): void {
    if (!EVENT_NAMES.includes(event) || typeof handler !== 'function') {
      warnOnce('unknown_event', `on() supports ${EVENT_NAMES.join(', ')} with a function; ${shown(event)} was ignored.`);
      return;
    }
    this.element.addEventListener(`dr-${event}`, (e) => handler((e as CustomEvent<ElementEventMap[K]>).detail));
  }

  /** @internal The mounted custom element, for the DigitalRiver object. */
  get fieldElement(): DrCardFieldElement {
    return this.element;
  }

  /** @internal */
  get mountedContainer(): HTMLElement | undefined {
    return this.container;
  }
}
