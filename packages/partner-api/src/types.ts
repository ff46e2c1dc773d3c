/**
 * The partner API's generated types, reshaped for this client: the parameters the client fills in itself
 * (`x-resource-template-version`, and `partnerId` when the client has one) become optional, and each
 * operation's JSON body and success response get a name.
 */
import type { PartnerApiOperations, PartnerApiPaths } from "@ccaas/types";

/** Headers every request gets from the client. */
type InjectedHeader = "x-resource-template-version";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type WithoutInjectedHeader<H> = Omit<H, InjectedHeader>;
type WithOptionalPartnerId<P> = P extends { partnerId: infer Id }
  ? Omit<P, "partnerId"> & { partnerId?: Id }
  : P;

/** `header` / `path` become optional themselves once nothing in them is required any more. */
type Reshape<P, Key extends "header" | "path", Inner> =
  P extends Record<Key, unknown>
    ? Partial<Inner> extends Inner
      ? { [K in Key]?: Simplify<Inner> }
      : { [K in Key]: Simplify<Inner> }
    : Pick<P, Extract<Key, keyof P>>;

type ClientParameters<P> = Simplify<
  Omit<P, "header" | "path"> &
    Reshape<P, "header", P extends { header: infer H } ? WithoutInjectedHeader<H> : never> &
    Reshape<P, "path", P extends { path: infer Pa } ? WithOptionalPartnerId<Pa> : never>
>;

type ClientOperation<O> = O extends { parameters: infer P }
  ? Simplify<Omit<O, "parameters"> & { parameters: ClientParameters<P> }>
  : O;

/**
 * `PartnerApiPaths` as this client accepts them: what the client injects is optional. This is the type
 * parameter of `client.raw`, the openapi-fetch client behind the named methods.
 */
export type PartnerClientPaths = {
  [Path in keyof PartnerApiPaths]: {
    [Key in keyof PartnerApiPaths[Path]]: Key extends "parameters"
      ? ClientParameters<PartnerApiPaths[Path][Key]>
      : ClientOperation<PartnerApiPaths[Path][Key]>;
  };
};

type Method = "get" | "post" | "patch" | "delete";
/** The [METHOD, path] pairs whose operation is `Id`, both ways structurally equal. */
export type RouteOf<Id extends keyof PartnerApiOperations> = {
  [P in keyof PartnerApiPaths]: {
    [M in Method]: PartnerApiPaths[P][M] extends PartnerApiOperations[Id]
      ? PartnerApiOperations[Id] extends PartnerApiPaths[P][M]
        ? [Uppercase<M>, P]
        : never
      : never;
  }[Method];
}[keyof PartnerApiPaths];

/** The name of a partner API operation you call (its `operationId`; the spec's webhooks are not among them). */
export type PartnerOperationId = {
  [Id in keyof PartnerApiOperations]: RouteOf<Id> extends never ? never : Id;
}[keyof PartnerApiOperations];

/** The JSON body an operation takes, e.g. `PartnerRequestBody<"createVoiceProvider">`. */
export type PartnerRequestBody<Id extends PartnerOperationId> = PartnerApiOperations[Id] extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

type JsonContent<R> = R extends { content: { "application/json": infer Json } } ? Json : never;
type Responses<Id extends PartnerOperationId> = PartnerApiOperations[Id]["responses"];

/**
 * What an operation resolves to: its 200/201 JSON body; `undefined` for a 204 or a body-less 202.
 */
export type PartnerResponse<Id extends PartnerOperationId> =
  | JsonContent<Responses<Id>[Extract<keyof Responses<Id>, 200 | 201>]>
  | (Extract<keyof Responses<Id>, 202 | 204> extends never ? never : undefined);

/** Per-call options of every named method. */
export interface RequestOptions {
  /** Aborts the call (and any retry wait); the AbortError is rethrown as it is. */
  signal?: AbortSignal;
}

/** Per-call options of the operations that create something. */
export interface CreateOptions extends RequestOptions {
  /**
   * Makes the create safe to retry: the server answers a repeat with the first response. With a key, a
   * failed create is retried like a GET; without one, it is never retried. A UUID is a good choice.
   */
  idempotencyKey?: string;
}

type SoftphoneClientId = NonNullable<
  NonNullable<PartnerApiOperations["placeCall"]["parameters"]["header"]>["x-softphone-client-id"]
>;

/** Options of `placeCall`. */
export interface PlaceCallOptions extends CreateOptions {
  /** The softphone client that places the call: the platform proposes it there with `autoAnswer`. */
  softphoneClientId?: SoftphoneClientId;
}
