// A view drawn in stages, one more per task (lib/state/next-task), so a long first render becomes
// several short tasks (total blocking time, issue 15). Sections are ordered top to bottom, or each
// has its place kept, so each new one appears without moving anything already in sight.
import { nextFrameTask, nextTask, stepThrough } from './next-task';

export interface Stages {
  /** How far the view has got: 0 (only what comes first), 1, 2, … up to the total. */
  readonly reached: number;
  at(stage: number): boolean;
}

function counter(
  start: number,
  total: number,
  pause: () => Promise<void> = nextTask,
): { stages: Stages; set: (k: number) => void } {
  let reached = $state(start);
  // The next stage a task after this one; each step starts the next, and a view that goes away stops it.
  $effect(() => {
    if (reached > 0 && reached < total) return stepThrough(reached + 1, reached + 1, (k) => (reached = k), pause);
  });
  const stages = {
    get reached() {
      return reached;
    },
    at: (stage: number) => reached >= stage,
  };
  return { stages, set: (k) => (reached = k) };
}

/**
 * Stage 1 at once, on mount; then 2 … total. Once all are drawn, later changes draw everything at once.
 * perFrame: each stage a task after the next frame rather than the next task, for stages whose charts
 * measure their width with a ResizeObserver and draw in the frame's rendering step: one stage's charts
 * a frame, not several stages' in one long rendering task.
 */
export function stages(total: number, perFrame = false): Stages {
  return counter(1, total, perFrame ? () => nextFrameTask() : nextTask).stages;
}

/**
 * Stage 0 until `ready()` and a frame has been painted after it (the map comes first, on its own);
 * then 1 … total, one per task.
 */
export function stagesAfterPaint(total: number, ready: () => boolean): Stages {
  const { stages, set } = counter(0, total);
  $effect(() => {
    if (stages.reached > 0 || !ready()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => set(1))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  return stages;
}
