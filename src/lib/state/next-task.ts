// Start-up work split into stages, each in its own task, so no task holds the main thread long
// enough to delay a click or a key press (total blocking time, issue 15). The browser can handle
// input and paint between stages; what is finally on screen is the same.

/** What nextTask uses, passed in so a test can stand in for the browser. */
export interface TaskHost {
  scheduler?: { yield?: () => Promise<void> };
  MessageChannel?: typeof MessageChannel;
  setTimeout: (f: () => void, ms?: number) => unknown;
}

/**
 * Resolves in a new task: scheduler.yield() where the browser has it (its continuation runs before
 * other queued tasks, so the stages keep their place), else a MessageChannel message (a task with no
 * 4 ms timer clamp), else setTimeout.
 */
export function nextTask(host: TaskHost = globalThis as unknown as TaskHost): Promise<void> {
  const scheduler = host.scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  const Channel = host.MessageChannel;
  if (Channel) {
    return new Promise((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => host.setTimeout(resolve, 0));
}

/** What nextFrameTask uses besides nextTask's host, passed in so a test can stand in for the browser. */
export interface FrameHost extends TaskHost {
  requestAnimationFrame?: (f: () => void) => unknown;
  document?: { visibilityState?: string };
}

/**
 * Resolves in a new task after the next frame has been rendered (its layout, and the ResizeObserver
 * callbacks that draw charts measured in it), so work started in it does not share that frame's task.
 * A hidden page renders no frames: there it is nextTask.
 */
export function nextFrameTask(host: FrameHost = globalThis as unknown as FrameHost): Promise<void> {
  const raf = host.requestAnimationFrame;
  if (!raf || host.document?.visibilityState === 'hidden') return nextTask(host);
  return new Promise((resolve) => raf.call(host, () => void nextTask(host).then(resolve)));
}

/**
 * Calls `step(k)` for k = from, from + 1, … to, each after `pause()` (a new task), in order. Returns a
 * function that stops it: no step runs after that, so a view that goes away is not touched again.
 */
export function stepThrough(
  from: number,
  to: number,
  step: (k: number) => void,
  pause: () => Promise<void> = nextTask,
): () => void {
  let live = true;
  void (async () => {
    for (let k = from; k <= to; k++) {
      await pause();
      if (!live) return;
      step(k);
    }
  })();
  return () => {
    live = false;
  };
}
