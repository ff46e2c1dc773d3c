/**
 * Examples as pretty-printed JSON. Spec examples are the fastest way to learn a payload, so each one is
 * shown in full, titled with its name and summary.
 */
import { html, type SafeHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import type { RefResolver } from "./ref-resolver.ts";
import type { MediaType, NamedExample } from "./spec-model.ts";

export interface ExampleView {
  name: string;
  summary?: string | undefined;
  description?: string | undefined;
  value: unknown;
}

export function prettyJson(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

/** Named `examples` first; a lone `example` when that is all the media type has. */
export function mediaTypeExamples(media: MediaType, resolver: RefResolver): ExampleView[] {
  const named = Object.entries(media.examples ?? {}).map(([name, node]): ExampleView => {
    const { value: example } = resolver.resolve<NamedExample>(node);
    const value = example.value ?? example.dataValue ?? example.serializedValue ?? example.externalValue;
    return { name, summary: example.summary, description: example.description, value };
  });
  if (named.length > 0 || media.example === undefined) return named;
  return [{ name: "example", value: media.example }];
}

export function renderExamples(examples: readonly ExampleView[]): SafeHtml {
  if (examples.length === 0) return html``;
  return html`<div class="examples">
    ${examples.map(
      (example) => html`<figure class="example">
        <figcaption>
          <span class="example-label">Example</span> <code>${example.name}</code>
          ${example.summary && html`<span class="example-summary">${example.summary}</span>`}
        </figcaption>
        ${renderMarkdown(example.description)}
        <pre><code class="language-json">${prettyJson(example.value)}</code></pre>
      </figure>`,
    )}
  </div>`;
}
