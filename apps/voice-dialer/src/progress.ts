/** The live status line: redrawn in place on a terminal, one line per change otherwise (logs, CI, tests). */
import type { Writable } from "node:stream";

const frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export interface Progress {
  /** Shows the current state (kept until the next update). */
  update(text: string): void;
  /** Ends the live line. */
  done(): void;
}

export function createProgress(out: Writable & { isTTY?: boolean }): Progress {
  if (!out.isTTY) {
    return { update: (text) => out.write(`  ${text}\n`), done: () => undefined };
  }
  let text = "";
  let frame = 0;
  const draw = () => out.write(`\r\x1b[2K${frames[frame++ % frames.length]} ${text}`);
  const timer = setInterval(draw, 100);
  return {
    update(next) {
      text = next;
      draw();
    },
    done() {
      clearInterval(timer);
      out.write(`\r\x1b[2K✓ ${text}\n`);
    },
  };
}
