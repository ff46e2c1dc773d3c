import type { CrmWrapper } from "@ccaas/types";
import { describe, expect, it } from "vitest";
import { defineCrmWrapper } from "./define-crm-wrapper";
import { InvalidCrmWrapperError } from "./errors/invalid-crm-wrapper-error";

const noop = () => {};
const complete: CrmWrapper = {
  load: noop,
  incomingCall: noop,
  callAccepted: noop,
  callRejected: noop,
  callEnded: noop,
  callNotesSubmitted: noop,
  outboundCallInitiated: noop,
  statusChanged: noop,
};

function errorOf(run: () => unknown): InvalidCrmWrapperError {
  try {
    run();
  } catch (error) {
    if (InvalidCrmWrapperError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected defineCrmWrapper to throw");
}

describe("defineCrmWrapper", () => {
  it("returns a complete wrapper as it is", () => {
    expect(defineCrmWrapper(complete)).toBe(complete);
  });

  it("names every missing or non-function member", () => {
    const { callEnded: _ended, statusChanged: _status, ...partial } = complete;
    const error = errorOf(() => defineCrmWrapper({ ...partial, load: "soon" } as unknown as CrmWrapper));
    expect(error.code).toBe("crm_wrapper_invalid");
    expect(error.name).toBe("InvalidCrmWrapperError");
    expect(error.missing).toEqual(["load", "callEnded", "statusChanged"]);
    expect(error.message).toMatch(/lacks `load`, `callEnded`, `statusChanged`/);
  });

  it("refuses something that is not an object, naming all eight", () => {
    const error = errorOf(() => defineCrmWrapper(undefined as unknown as CrmWrapper));
    expect(error.missing).toHaveLength(8);
  });
});
