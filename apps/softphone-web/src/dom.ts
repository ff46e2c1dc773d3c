/**
 * A tiny view layer: `h()` builds elements, `show()` replaces a container's content. No framework.
 * apps/crm-host uses it too, as `softphone-web/dom`.
 */

export type Child = Node | string | number | false | null | undefined;

/**
 * `h("button", { onclick: accept, "aria-pressed": false }, "Accept")`. `on*` functions become listeners,
 * `value` and `checked` are set as properties, `true` is an empty attribute, `false`/`undefined` none.
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  props: Record<string, unknown> = {},
  ...children: Child[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value as EventListener);
    } else if (name === "value" || name === "checked") {
      Object.assign(element, { [name]: value });
    } else if (value === true) {
      element.setAttribute(name, "");
    } else if (value !== false && value !== undefined && value !== null) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

/** Replaces what `container` shows. */
export function show(container: Element, ...children: Child[]): void {
  container.replaceChildren();
  append(container, children);
}

function append(parent: Element, children: Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.append(typeof child === "number" ? String(child) : child);
  }
}

/**
 * Shows one element per item in `list`, keyed: an item whose `version` did not change keeps its element (so a
 * button under the pointer or a half-typed note survives other updates); changed items are rebuilt in place.
 */
export function keyed<Item>(
  list: Element,
  items: readonly Item[],
  key: (item: Item) => string,
  render: (item: Item) => HTMLElement,
  version: (item: Item) => string = (item) => JSON.stringify(item),
): void {
  const existing = new Map<string, HTMLElement>();
  for (const child of list.children) {
    if (child instanceof HTMLElement && child.dataset.key) existing.set(child.dataset.key, child);
  }
  const next = items.map((item) => {
    const id = key(item);
    const stamp = version(item);
    const current = existing.get(id);
    if (current?.dataset.version === stamp) return current;
    const element = render(item);
    element.dataset.key = id;
    element.dataset.version = stamp;
    current?.replaceWith(element);
    return element;
  });
  // Touch only what changed: moving a node would drop its focus.
  const keep = new Set<Element>(next);
  for (const child of [...list.children]) if (!keep.has(child)) child.remove();
  let cursor = list.firstElementChild;
  for (const element of next) {
    if (element === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(element, cursor);
  }
}
