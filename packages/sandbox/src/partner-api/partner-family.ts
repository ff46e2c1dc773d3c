import { partnerApiDocument } from "@ccaas/types/specs";
import { createOpenApiValidator, type OperationInfo } from "@ccaas/validation";
import type { Context } from "hono";
import type { SandboxCore } from "../create-sandbox";
import type { ApiFamily, Caller } from "../http/api-family";
import { SandboxError } from "../http/sandbox-error";
import { parseBasic, parseBearer, secretsEqual } from "./credentials";
import { renderErrorBody } from "./error-body";

type Scheme = "basicAuth" | "agentBearer";

/** The security scheme an operation declares in the spec (operation level, else the document's default). */
function schemeOf(operation: OperationInfo): Scheme | undefined {
  const paths = partnerApiDocument.paths as Record<
    string,
    Record<string, { security?: Array<Record<string, unknown>> }>
  >;
  const declared = paths[operation.path]?.[operation.method.toLowerCase()]?.security;
  const requirements =
    declared ?? (partnerApiDocument.security as Array<Record<string, unknown>> | undefined) ?? [];
  const names = requirements.flatMap((requirement) => Object.keys(requirement));
  return names.find((name): name is Scheme => name === "basicAuth" || name === "agentBearer");
}

/**
 * The partner API as one family: partner resources under Basic credentials, the agent endpoints under an
 * agent's bearer JWT, sign-in and the JWKS open, all as the spec's `security` says.
 */
export function createPartnerFamily(core: SandboxCore): ApiFamily {
  const validator = createOpenApiValidator(partnerApiDocument);
  const schemes = new Map(
    validator.operations.map((operation) => [operation.operationId, schemeOf(operation)]),
  );
  const { clientId, clientSecret } = core.options.partner;

  function partner(c: Context): Caller {
    const given = parseBasic(c.req.header("authorization"));
    // Both comparisons always run, so timing does not tell which half was wrong.
    const idOk = secretsEqual(given?.id ?? "", clientId);
    const secretOk = secretsEqual(given?.secret ?? "", clientSecret);
    // RFC 7235: a 401 names the scheme to use.
    const challenge = () => c.header("WWW-Authenticate", 'Basic realm="ccaas"');
    if (!given || !idOk || !secretOk) {
      challenge();
      throw new SandboxError(
        401,
        "unauthorized",
        "The credentials are missing or invalid. Send Authorization: Basic base64(clientId:clientSecret); GET /control/info lists the sandbox's demo credentials.",
      );
    }
    // Credentials belong to one partner: another partner's id is not theirs to use (every operation documents 401).
    const partnerId = c.req.param("partnerId") ?? "";
    if (partnerId.toLowerCase() !== core.partner.partnerId.toLowerCase()) {
      challenge();
      throw new SandboxError(
        401,
        "unauthorized",
        `These credentials are not valid for partner ${partnerId.slice(0, 64)}: use the partner id from GET /control/info.`,
      );
    }
    return { kind: "partner" };
  }

  async function agent(c: Context): Promise<Caller> {
    const token = parseBearer(c.req.header("authorization"));
    const claims = token ? await core.tokens.verify(token) : undefined;
    const known = claims ? core.agents.byId(claims.sub) : undefined;
    if (claims && known) return { kind: "agent", agentId: known.id, userName: known.userName };
    c.header(
      "WWW-Authenticate",
      token ? 'Bearer realm="ccaas", error="invalid_token"' : 'Bearer realm="ccaas"',
    );
    throw new SandboxError(
      401,
      "unauthorized",
      token
        ? "The agent token is invalid or expired. Sign in again with POST /api/v2/agents/login."
        : "An agent token is required: send Authorization: Bearer <access_token> from POST /api/v2/agents/login.",
    );
  }

  return {
    name: "partner API",
    validator,
    renderError: renderErrorBody,
    async authenticate(c, operation) {
      const scheme = schemes.get(operation.operationId);
      if (scheme === "basicAuth") return partner(c);
      if (scheme === "agentBearer") return agent(c);
      return { kind: "anonymous" };
    },
  };
}
