/**
 * Getting a wrapper into the page safely: the allow-list is checked on the URL alone (nothing is fetched for a
 * refused origin), then the module is imported under a deadline and its default export checked for shape.
 */
import { type CrmWrapper, crmMethods } from "@ccaas/types";
import { CrmWrapperError, CrmWrapperRefusedError, describeThrown } from "./errors";

/** `https://crm.example.com` for any URL of that origin, undefined for what has no http(s) origin. */
function httpOrigin(value: string | URL): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The wrapper URL's origin when the allow-list has it, else a `CrmWrapperRefusedError` saying how to allow it.
 * Allow-list entries are compared as origins, so `https://crm.example.com/` matches too; anything that is not
 * an http(s) origin is ignored (never a wildcard).
 */
export function checkWrapperUrl(wrapperUrl: string | URL, allowedOrigins: readonly string[]): string {
  const origin = httpOrigin(wrapperUrl);
  if (!origin) {
    throw new CrmWrapperRefusedError(
      "The CRM wrapper URL is not an absolute http(s) URL: give the full URL of the wrapper module, e.g. https://crm.example.com/softphone-wrapper.js.",
      { code: "crm_invalid_wrapper_url", origin: "null" },
    );
  }
  const allowed = new Set(allowedOrigins.map(httpOrigin).filter((entry) => entry !== undefined));
  if (!allowed.has(origin)) {
    const list = allowed.size > 0 ? [...allowed].join(", ") : "empty";
    throw new CrmWrapperRefusedError(
      `CRM wrapper from ${origin} refused: that origin is not on the allow-list (${list}). If you trust it, add "${origin}" to allowedOrigins (CRM_ALLOWED_ORIGINS for softphone-web).`,
      { code: "crm_origin_not_allowed", origin },
    );
  }
  return origin;
}

/** Settles like `promise`, or rejects with `onTimeout()` after `ms`. */
export function withDeadline<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** The browser's (or Node's) own dynamic import; bundlers must leave it alone. */
export const defaultImport = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/** Imports the module at `url` (where = its origin and path, for messages) and returns its wrapper. */
export async function importWrapper(
  url: string,
  where: string,
  importModule: (url: string) => Promise<unknown>,
  timeoutMs: number,
): Promise<CrmWrapper> {
  let module: unknown;
  try {
    module = await withDeadline(
      Promise.resolve().then(() => importModule(url)),
      timeoutMs,
      () =>
        new CrmWrapperError(
          `The CRM wrapper at ${where} did not load within ${timeoutMs} ms: check that its server answers.`,
          { code: "crm_wrapper_load_timeout", method: "import" },
        ),
    );
  } catch (error) {
    if (CrmWrapperError.isInstance(error)) throw error;
    throw new CrmWrapperError(
      `The CRM wrapper at ${where} could not be imported (${describeThrown(error)}). Its server must send Access-Control-Allow-Origin for this page's origin and content-type text/javascript, and the module must evaluate without errors.`,
      { code: "crm_wrapper_load_failed", method: "import", cause: error },
    );
  }
  const wrapper = (module as { default?: unknown } | null)?.default;
  const missing =
    typeof wrapper === "object" && wrapper !== null
      ? ["load", ...crmMethods].filter(
          (name) => typeof (wrapper as Record<string, unknown>)[name] !== "function",
        )
      : ["load", ...crmMethods];
  if (missing.length > 0) {
    throw new CrmWrapperError(
      `The module at ${where} is not a CRM wrapper: its default export lacks ${missing.join(", ")}. Export default an object with load(callback) and the contract functions (defineCrmWrapper of @ccaas/adapter-kit/crm).`,
      { code: "crm_not_a_wrapper", method: "import" },
    );
  }
  return wrapper as CrmWrapper;
}
