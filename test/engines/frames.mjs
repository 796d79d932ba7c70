/**
 * Runs in the page (or a frame): the element `query` names, looked for through open shadow roots (the card fields'
 * frames sit in their elements' shadow roots, and `<dr-checkout>` renders its form in its own), or null. With `frame`,
 * the first iframe inside that element instead.
 *
 * A query is CSS, searched in tree order through shadow roots, with these additions:
 * - `a >>> b`: `b` inside the element `a` found (in its subtree and its shadow root);
 * - `label=First name`: the control of the label whose text is that (what a shopper reads), and `button=Approve`: the
 *   button whose text contains that;
 * - `dialog=Google Pay (sandbox)`: the open dialog (`<dialog open>` or `role="dialog"`) whose accessible name
 *   (`aria-label`, or the text `aria-labelledby` points to in its own tree) is that, wherever the page put it.
 * Self-contained: the drivers send its source to the page.
 * @param {string} query
 * @param {boolean} [frame]
 */
export function locate(query, frame = false) {
  const inTree = (root) => {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('*')) {
        found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return found;
  };
  const text = (element) => element.textContent.replace(/\s+/g, ' ').trim();
  const accessibleName = (element) => {
    const ids = element.getAttribute('aria-labelledby');
    if (!ids) return (element.getAttribute('aria-label') ?? '').trim();
    const root = element.getRootNode();
    return ids.split(/\s+/).map((id) => root.getElementById(id)).filter(Boolean).map(text).join(' ');
  };
  const isOpenDialog = (element) => (element.localName === 'dialog' ? element.open : element.getAttribute('role') === 'dialog' && !element.hidden);
  const matches = (step) => {
    if (step.startsWith('label=')) return (element) => element.localName === 'label' && text(element) === step.slice(6);
    if (step.startsWith('button=')) return (element) => element.localName === 'button' && text(element).includes(step.slice(7));
    if (step.startsWith('dialog=')) return (element) => isOpenDialog(element) && accessibleName(element) === step.slice(7);
    return (element) => element.matches(step);
  };
  let current = document;
  for (const step of query.split(' >>> ')) {
    current = inTree(current).find(matches(step)) ?? null;
    if (!current) return null;
    if (step.startsWith('label=')) current = current.control;
  }
  if (!frame) return current;
  if (current?.localName === 'iframe') return current;
  return (current && inTree(current).find((element) => element.localName === 'iframe')) ?? null;
}

