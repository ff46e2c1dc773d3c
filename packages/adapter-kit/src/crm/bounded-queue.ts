import { CrmLinkError } from "./errors/crm-link-error";

/** Holds messages until the link is up, at most `limit`: past it `push` throws rather than drop one silently. */
export class BoundedQueue<Item> {
  private items: Item[] = [];

  constructor(
    private readonly limit: number,
    private readonly what: string,
  ) {}

  push(item: Item): void {
    if (this.items.length >= this.limit)
      throw new CrmLinkError(
        `${this.limit} ${this.what} are already waiting for the CRM page link's handshake; is the CRM page ` +
          "running connectSoftphoneFrame() for this frame and origin?",
        { code: "crm_link_queue_full" },
      );
    this.items.push(item);
  }

  /** Empties the queue, returning what it held in order. */
  drain(): Item[] {
    const items = this.items;
    this.items = [];
    return items;
  }

  get size(): number {
    return this.items.length;
  }
}
