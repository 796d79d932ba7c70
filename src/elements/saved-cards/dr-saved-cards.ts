// Registers <dr-saved-cards> (and the card fields it uses). Importing the component class alone has no side effects.
import { defineElement, defineElements } from '../define.js';
import { DrSavedCardsElement } from './dr-saved-cards.component.js';

export const SAVED_CARDS_TAG = 'dr-saved-cards';

export function defineSavedCardsElement(): void {
  defineElements();
  defineElement(SAVED_CARDS_TAG, DrSavedCardsElement);
}

defineSavedCardsElement();

declare global {
  interface HTMLElementTagNameMap {
    'dr-saved-cards': DrSavedCardsElement;
  }
}
