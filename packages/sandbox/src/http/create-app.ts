import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { SandboxCore } from "../create-sandbox";
import { mountModules } from "../modules";
import { SandboxError } from "./sandbox-error";

/**
 * The one Hono app behind every transport (node:http, the msw bridge): a size cap on bodies, the API
 * modules, and spec-shaped answers for everything else (unknown routes, wrong methods, crashes). Never a
 * bare 5xx page, never a crash.
 */
export function createApp(core: SandboxCore): Hono {
  const app = new Hono();
  app.use(
    "*",
    bodyLimit({
      maxSize: core.options.maxBodyBytes,
      onError: () => {
        throw new SandboxError(
          413,
          "payload_too_large",
          `The request body is larger than ${core.options.maxBodyBytes} bytes.`,
        );
      },
    }),
  );
  const { familyFor } = mountModules(app, core);

  app.notFound((c) => {
    const family = familyFor(c.req.path);
    const match = family.validator.match(c.req.method, c.req.path);
    const error =
      match.kind === "method-not-allowed"
        ? new SandboxError(
            405,
            "method_not_allowed",
            `${c.req.method} is not allowed here; use ${match.allowed.join(" or ")}.`,
          )
        : new SandboxError(
            404,
            "not_found",
            `No route ${c.req.method} ${c.req.path} in the ${family.name}. See GET /control/info for the URLs the sandbox serves.`,
          );
    const { status, code, message, details } = error;
    const reply = family.renderError({
      status,
      code,
      message,
      details,
      requestId: c.req.header("x-request-id") ?? "",
    });
    const headers: Record<string, string> =
      match.kind === "method-not-allowed" ? { allow: match.allowed.join(", ") } : {};
    return c.json(reply.body as object, reply.status as 404, headers);
  });

  app.onError((error, c) => {
    const family = familyFor(c.req.path);
    const known =
      error instanceof SandboxError
        ? error
        : new SandboxError(500, "internal_error", "The sandbox failed unexpectedly; see its console.");
    if (!(error instanceof SandboxError)) core.violations.unexpected(error);
    const reply = family.renderError({
      status: known.status,
      code: known.code,
      message: known.message,
      details: known.details,
      requestId: "",
    });
    return c.json(reply.body as object, reply.status as 500);
  });
  return app;
}
