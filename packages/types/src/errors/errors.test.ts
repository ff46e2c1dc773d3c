import { describe, expect, it, vi } from "vitest";
import { ApiError } from "./api-error";
import { CcaasError } from "./ccaas-error";
import { NetworkError } from "./network-error";
import { TimeoutError } from "./timeout-error";
import { ValidationError } from "./validation-error";

describe("CcaasError", () => {
  it("carries a code, a message and the cause", () => {
    const cause = new Error("socket hang up");
    const error = new NetworkError("Could not reach the partner API at http://127.0.0.1:1: check the URL.", {
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("network_error");
    expect(error.cause).toBe(cause);
    expect(error.name).toBe("NetworkError");
    expect(error.isRetryable).toBe(true);
  });

  it("recognises its own errors and no others", () => {
    expect(CcaasError.isInstance(new ApiError("x", { status: 404 }))).toBe(true);
    expect(CcaasError.isInstance(new Error("x"))).toBe(false);
    expect(CcaasError.isInstance(null)).toBe(false);
    expect(CcaasError.isInstance("ApiError")).toBe(false);
    expect(ApiError.isInstance(new NetworkError("x"))).toBe(false);
    expect(NetworkError.isInstance(new ApiError("x", { status: 500 }))).toBe(false);
    expect(TimeoutError.isInstance(new TimeoutError("x", { timeoutMs: 10 }))).toBe(true);
  });

  it("still recognises errors from a second copy of the SDK, where instanceof fails", async () => {
    vi.resetModules();
    const secondCopy = await import("./api-error");
    const foreign = new secondCopy.ApiError("Not found", { status: 404 });
    expect(foreign instanceof ApiError).toBe(false);
    expect(ApiError.isInstance(foreign)).toBe(true);
    expect(CcaasError.isInstance(foreign)).toBe(true);
  });
});

describe("ApiError", () => {
  it("defaults its code from the status and keeps what the server said", () => {
    const error = new ApiError("The voice provider was not found.", {
      status: 404,
      requestId: "req_123",
      body: { code: "not_found" },
    });
    expect(error.code).toBe("http_404");
    expect(error.requestId).toBe("req_123");
    expect(error.body).toEqual({ code: "not_found" });
  });

  it.each([
    [429, true],
    [503, true],
    [500, true],
    [408, true],
    [400, false],
    [401, false],
    [404, false],
    [409, false],
  ])("status %i is retryable: %s", (status, retryable) => {
    expect(new ApiError("x", { status }).isRetryable).toBe(retryable);
  });
});

describe("ValidationError", () => {
  it("lists every issue with where it is", () => {
    const error = new ValidationError("The request body breaks the spec: /name is required.", {
      issues: [{ path: "/name", message: "is required" }],
    });
    expect(error.code).toBe("validation_failed");
    expect(error.issues).toEqual([{ path: "/name", message: "is required" }]);
    expect(error.isRetryable).toBe(false);
  });
});
