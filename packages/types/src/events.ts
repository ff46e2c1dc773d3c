/**
 * The shape every SDK emitter shares: a typed event map, so a misspelled event name or a wrong payload
 * does not compile, and `on()` returning its own unsubscribe function.
 */

/** Event name -> payload. Use `undefined` for events without a payload. */
export type EventMap = { readonly [event: string]: unknown };

export type Listener<Payload> = [Payload] extends [undefined] ? () => void : (payload: Payload) => void;

/** Calling it removes the listener; calling it again does nothing. */
export type Unsubscribe = () => void;

export interface TypedEvents<Events extends EventMap> {
  on<Name extends keyof Events & string>(event: Name, listener: Listener<Events[Name]>): Unsubscribe;
  once<Name extends keyof Events & string>(event: Name, listener: Listener<Events[Name]>): Unsubscribe;
}
