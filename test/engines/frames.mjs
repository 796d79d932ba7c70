/**
 * Runs in the page: the first iframe inside the element `selector` finds, through open shadow roots (a card field's
 * frame sits in its element's shadow root), or null.
 * @param {string} selector
 */
export function frameIn(selector) {
  const search = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'iframe') return element;
      const inner = element.shadowRoot && search(element.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const container = document.querySelector(selector);
  return container && search(container);
}
