/**
 * Safe HTML building. Every page is assembled with the `html` tag, which escapes whatever it
 * interpolates unless it is already `SafeHtml`; so spec text can never inject markup, and the only way
 * to emit raw markup is the explicit `trustedHtml()` (used for Markdown that `markdown.ts` has cleaned).
 */

export class SafeHtml {
  readonly value: string;

  constructor(value: string) {
    this.value = value;
  }

  toString(): string {
    return this.value;
  }
}

/** What may appear inside `${...}`: `false`, `null` and `undefined` render nothing (for `cond && html`). */
export type HtmlChild = SafeHtml | string | number | false | null | undefined | readonly HtmlChild[];

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for both element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

function renderChild(child: HtmlChild): string {
  if (child instanceof SafeHtml) return child.value;
  if (child === false || child === null || child === undefined) return "";
  if (typeof child === "number") return String(child);
  if (typeof child === "string") return escapeHtml(child);
  return child.map(renderChild).join("");
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlChild[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += renderChild(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** Marks markup as safe. Only for output of a renderer that escapes its own input. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins already-rendered fragments (an empty list renders nothing). */
export function joinHtml(parts: readonly HtmlChild[], separator = ""): SafeHtml {
  return new SafeHtml(parts.map(renderChild).join(escapeHtml(separator)));
}

/** A stable, readable anchor id for names that are not identifiers already ("Voice providers"). */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}
