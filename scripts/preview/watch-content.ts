/**
 * The preview's watchers (the content check and the content compile): run a step once, then again
 * after every change to the content or its images.
 *
 * The watch is in place before the first run reads a file. Started the other way round, an edit
 * saved while the first run was reading (the author's first save after `npm run dev` starts the
 * compile's watcher, so that is when the next save comes) fell between the run and the watch and
 * was never compiled: the preview showed the old story until the author saved again.
 *
 * chokidar, not fs.watch: Node 20's recursive fs.watch on Linux stops reporting a file once an
 * editor saves it by writing a new file and renaming it over the old one (vim, many IDEs).
 */
import { watch } from 'chokidar';

/** Changes closer together than this are one change: an editor's save is often several events. */
const SETTLE_MS = 200;

export interface ContentWatch {
  /** Stops watching; a run under way finishes. */
  close(): Promise<void>;
}

/**
 * Watches `folders`, then runs `step`, and runs it again after each change. One run at a time:
 * changes during a run start one more when it ends. Resolves once the first run has ended.
 */
export async function runOnEveryChange(folders: string[], step: () => Promise<void>): Promise<ContentWatch> {
  const watcher = watch(folders, { ignoreInitial: true });
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  let running = false;
  let again = false;
  let pending: NodeJS.Timeout | undefined;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      await step();
    } while (again);
    running = false;
  };
  watcher.on('all', () => {
    clearTimeout(pending);
    pending = setTimeout(() => void run(), SETTLE_MS);
  });
  await run();
  return {
    close: async () => {
      clearTimeout(pending);
      await watcher.close();
    },
  };
}
