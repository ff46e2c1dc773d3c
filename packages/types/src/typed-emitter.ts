/**
 * The typed emitter every SDK emitter is built on. A listener that throws does not stop the others and
 * never reaches the code that emitted: the error goes to `onListenerError` (the owner reports it).
 */
import type { EventMap, Listener, TypedEvents, Unsubscribe } from "./events";

type AnyListener = (payload: unknown) => void;

export class TypedEmitter<Events extends EventMap> implements TypedEvents<Events> {
  readonly #listeners = new Map<string, Set<AnyListener>>();
  readonly #onListenerError: (error: unknown, event: string) => void;

  constructor(onListenerError: (error: unknown, event: string) => void) {
    this.#onListenerError = onListenerError;
  }

  on<Name extends keyof Events & string>(event: Name, listener: Listener<Events[Name]>): Unsubscribe {
    let set = this.#listeners.get(event);
    if (!set) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    // Wrapped so the same function added twice is two subscriptions, each with its own unsubscribe.
    const entry: AnyListener = (payload) => (listener as AnyListener)(payload);
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  }

  once<Name extends keyof Events & string>(event: Name, listener: Listener<Events[Name]>): Unsubscribe {
    const off = this.on(event, ((payload: unknown) => {
      off();
      (listener as AnyListener)(payload);
    }) as Listener<Events[Name]>);
    return off;
  }

  emit<Name extends keyof Events & string>(event: Name, payload: Events[Name]): void {
    const set = this.#listeners.get(event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(payload);
      } catch (error) {
        this.#onListenerError(error, event);
      }
    }
  }

  listenerCount(event: keyof Events & string): number {
    return this.#listeners.get(event)?.size ?? 0;
  }
}
