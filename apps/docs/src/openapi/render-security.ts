/**
 * Who may call an operation. Requirements are alternatives ("or"); schemes inside one requirement are
 * all needed ("and"). An explicit empty list means the operation is open.
 */
import { html, joinHtml, type SafeHtml } from "../html.ts";
import { renderMarkdown } from "../markdown.ts";
import type { RefResolver } from "../ref-resolver.ts";
import type { OpenApiDocument, Referenced, SecurityScheme } from "../spec-model.ts";

type Requirement = Record<string, string[]>;

export function describeScheme(scheme: SecurityScheme): string {
  switch (scheme.type) {
    case "http":
      return `HTTP ${scheme.scheme ?? ""}`.trim();
    case "apiKey":
      return `API key in ${scheme.in}: ${scheme.name}`;
    case "oauth2":
      return "OAuth 2";
    case "openIdConnect":
      return "OpenID Connect";
    case "mutualTLS":
      return "mutual TLS";
    default:
      return "custom";
  }
}

function lookupScheme(doc: OpenApiDocument, name: string, resolver: RefResolver): SecurityScheme | undefined {
  const node: Referenced<SecurityScheme> | undefined = doc.components?.securitySchemes?.[name];
  return node ? resolver.resolve(node).value : undefined;
}

export function renderSecurity(
  requirements: readonly Requirement[] | undefined,
  doc: OpenApiDocument,
  resolver: RefResolver,
): SafeHtml {
  if (requirements === undefined) return html``;
  if (requirements.length === 0 || requirements.every((req) => Object.keys(req).length === 0)) {
    return html`<p class="security"><span class="section-label">Security</span> none: open endpoint</p>`;
  }
  const alternatives = requirements.map((requirement) =>
    joinHtml(
      Object.entries(requirement).map(([name, scopes]) => {
        const scheme = lookupScheme(doc, name, resolver);
        return html`<span class="scheme" title="${scheme?.description ?? ""}"
          ><code>${name}</code>${scheme && html` <span class="scheme-kind">${describeScheme(scheme)}</span>`}${
            scopes.length > 0 && html` <span class="scopes">scopes: ${scopes.join(", ")}</span>`
          }</span
        >`;
      }),
      " and ",
    ),
  );
  return html`<p class="security"><span class="section-label">Security</span> ${joinHtml(alternatives, " or ")}</p>`;
}

/** The intro's list of every scheme the document defines, with its description. */
export function renderSecuritySchemes(doc: OpenApiDocument, resolver: RefResolver): SafeHtml {
  const schemes = Object.entries(doc.components?.securitySchemes ?? {});
  if (schemes.length === 0) return html``;
  return html`<h3>Authentication</h3>
    <dl class="schemes">
      ${schemes.map(([name, node]) => {
        const scheme = resolver.resolve(node).value;
        return html`<dt><code>${name}</code> <span class="scheme-kind">${describeScheme(scheme)}</span></dt>
          <dd>${renderMarkdown(scheme.description)}</dd>`;
      })}
    </dl>`;
}
