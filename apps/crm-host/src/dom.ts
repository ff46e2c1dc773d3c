/** A tiny view layer (the one of apps/softphone-web): `h()` builds elements, `show()` replaces a container's content. No framework. */

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
