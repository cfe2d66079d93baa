// A view drawn in stages, one more per task (lib/state/next-task), so a long first render becomes
// several short tasks (total blocking time, issue 15). Sections are ordered top to bottom, or each
// has its place kept, so each new one appears without moving anything already in sight.
import { untrack } from 'svelte';
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
  round: () => unknown = () => 0,
): { stages: Stages; set: (k: number) => void } {
  // A new round (see stagesAfterPaint) starts again from `start` in the same update that begins it,
  // so nothing staged is drawn once more for the round before.
  let at = $state.raw({ round: untrack(round), k: start });
  const reached = $derived(at.round === round() ? at.k : start);
  const set = (k: number) => (at = { round: untrack(round), k });
  // The next stage a task after this one; each step starts the next, and a view that goes away stops it.
  $effect(() => {
    if (reached > 0 && reached < total) return stepThrough(reached + 1, reached + 1, set, pause);
  });
  const stages = {
    get reached() {
      return reached;
    },
    at: (stage: number) => reached >= stage,
  };
  return { stages, set };
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
 * then 1 … total, one per task. Each new value of `round()` starts again from stage 0 (a view
 * rebuilt whole, such as a newly imported dataset's, drawn in stages like the first).
 */
export function stagesAfterPaint(total: number, ready: () => boolean, round: () => unknown = () => 0): Stages {
  const { stages, set } = counter(0, total, nextTask, round);
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
