/** Matches request paths against OpenAPI path templates such as `/partners/{partnerId}/voiceproviders`. */
export interface PathTemplate {
  template: string;
  /** Literal segments count: a more literal template wins over a more generic one (`/users/me` over `/users/{id}`). */
  literalSegments: number;
  match(pathname: string): Record<string, string> | undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function compilePathTemplate(template: string): PathTemplate {
  const names: string[] = [];
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      names.push(name);
      return "([^/]+)";
    })
    .join("");
  const regex = new RegExp(`^${pattern}/?$`);
  const literalSegments = template
    .split("/")
    .filter((segment) => segment !== "" && !segment.startsWith("{")).length;
  return {
    template,
    literalSegments,
    match(pathname) {
      const found = regex.exec(pathname);
      if (!found) return undefined;
      const params: Record<string, string> = {};
      names.forEach((name, index) => {
        const raw = found[index + 1] ?? "";
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          params[name] = raw;
        }
      });
      return params;
    },
  };
}
