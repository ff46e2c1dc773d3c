/**
 * How the client spreads sessions: the ready instance with the fewest sessions (prepared, plus prepareSession
 * requests in flight) wins; ties go round-robin, so equal instances take turns instead of the first one
 * taking every session.
 */
import type { InstanceLink } from "./instance-link";

export class InstancePicker {
  #turn = 0;

  pick(links: Iterable<InstanceLink>): InstanceLink | undefined {
    const ready = [...links].filter((link) => link.state === "ready");
    if (ready.length === 0) return undefined;
    const start = this.#turn % ready.length;
    this.#turn += 1;
    let best: InstanceLink | undefined;
    for (let offset = 0; offset < ready.length; offset += 1) {
      const link = ready[(start + offset) % ready.length] as InstanceLink;
      if (best === undefined || link.load < best.load) best = link;
    }
    return best;
  }
}
