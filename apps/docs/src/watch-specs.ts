/**
 * Rebuilds when a spec changes. Editors save in bursts (write, rename, chmod), so changes are debounced,
 * and a change during a build queues exactly one more build rather than running two at once.
 * Each folder is watched on its own, skipping node_modules: specs/ has one, and a recursive watch would
 * spend an inotify watch on every folder inside it.
 */
import { type FSWatcher, watch } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";

const SPEC_FILE = /\.(ya?ml|json)$/i;
const DEBOUNCE_MS = 150;

export interface SpecWatcher {
  close(): void;
}

async function foldersUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const children = entries.filter(
    (entry) => entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith("."),
  );
  const nested = await Promise.all(children.map((child) => foldersUnder(join(root, child.name))));
  return [root, ...nested.flat()];
}

/** Runs `task` serially: calls that arrive while it runs collapse into one run afterwards. */
function serialise(task: () => Promise<void>): () => void {
  let running = false;
  let again = false;
  const run = async (): Promise<void> => {
    running = true;
    do {
      again = false;
      await task();
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}

export async function watchSpecs(specsDir: string, rebuild: () => Promise<void>): Promise<SpecWatcher> {
  const scheduleBuild = serialise(rebuild);
  let timer: NodeJS.Timeout | undefined;
  const onChange = (_event: string, filename: string | null) => {
    if (filename && !SPEC_FILE.test(filename)) return;
    clearTimeout(timer);
    timer = setTimeout(scheduleBuild, DEBOUNCE_MS);
  };
  const watchers: FSWatcher[] = (await foldersUnder(specsDir)).map((folder) => watch(folder, onChange));
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
