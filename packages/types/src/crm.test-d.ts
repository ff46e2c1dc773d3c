import { describe, expectTypeOf, it } from "vitest";
import type {
  CrmCallback,
  CrmCallbackEventType,
  CrmCallbackPayloads,
  CrmMethod,
  CrmMethodParams,
  CrmWrapper,
  crmCallbackEventTypes,
  crmMethods,
} from "./index";

describe("the CRM wrapper contract", () => {
  it("types every callback event's payload from the spec", () => {
    expectTypeOf<CrmCallbackPayloads["disposition"]>().toEqualTypeOf<string[]>();
    expectTypeOf<CrmCallbackPayloads["start_call"]>().toHaveProperty("dialTo");
    expectTypeOf<CrmCallbackPayloads["get_presence"]>().toEqualTypeOf<undefined>();
    const callback = (() => {}) as CrmCallback;
    callback("get_presence");
    callback("update_presence", { softphoneId: "d6afeaa7-39be-4935-981f-2670215fd887" });
    // @ts-expect-error a disposition list is an array of codes
    callback("disposition", "code1");
    // @ts-expect-error get_presence takes no payload
    callback("get_presence", {});
  });

  it("lists every method and callback event type of the spec at run time", () => {
    expectTypeOf<(typeof crmMethods)[number]>().toEqualTypeOf<CrmMethod>();
    expectTypeOf<(typeof crmCallbackEventTypes)[number]>().toEqualTypeOf<CrmCallbackEventType>();
  });

  it("gives each wrapper function the seed's params", () => {
    expectTypeOf<CrmMethodParams["callEnded"]>().toHaveProperty("duration").toEqualTypeOf<number>();
    expectTypeOf<CrmMethodParams["outboundCallInitiated"]>().toHaveProperty("dialledTo");
    expectTypeOf<CrmWrapper>().toHaveProperty("statusChanged").parameter(0).toHaveProperty("softphoneId");
  });
});
