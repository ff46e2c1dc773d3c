import { ApiError, type ApiErrorOptions, CcaasError } from "@ccaas/types";

const marker = "ccaas.error.voice.no_endpoint_registered";
const symbol = Symbol.for(marker);

/**
 * `Call/Create` answered `NO_ENDPOINT_REGISTERED`: no web phone is online for the campaign. The WebRTC web
 * phone must be configured with the `Call/Server` settings (`getCallServer()`) and connected before a call
 * can be created.
 */
export class NoEndpointRegisteredError extends ApiError {
  protected readonly [symbol] = true;

  constructor(options: Omit<ApiErrorOptions, "code">) {
    super(
      "No web phone is registered for this campaign: bring the web phone online first (a softphone configured " +
        "with the getCallServer() settings and connected), then create the call again." +
        (options.requestId ? ` (request id ${options.requestId})` : ""),
      { ...options, code: "NO_ENDPOINT_REGISTERED" },
    );
    this.name = "NoEndpointRegisteredError";
  }

  static override isInstance(error: unknown): error is NoEndpointRegisteredError {
    return CcaasError.hasMarker(error, marker);
  }
}
