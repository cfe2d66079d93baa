// What a colour looks like to someone with a colour-vision deficiency: Machado, Oliveira and
// Fernandes (2009), severity 1 (protanopia, deuteranopia, tritanopia), applied to linear-light sRGB.
import { toLinear } from './contrast';
import { linearToLab, rgbToLab, type Lab } from './difference';

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
export const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

const MACHADO: Record<Exclude<Vision, 'normal'>, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** Linear-light RGB (0–1) as seen with the given vision, clipped to what a screen can show. */
export function simulateLinear(rgb: { r: number; g: number; b: number }, vision: Vision): [number, number, number] {
  const lin = [toLinear(rgb.r), toLinear(rgb.g), toLinear(rgb.b)];
  if (vision === 'normal') return lin as [number, number, number];
  const m = MACHADO[vision];
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  return m.map((row) => clip(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) as [number, number, number];
}

/** CIELAB of a colour as seen with the given vision. */
export function labAsSeen(rgb: { r: number; g: number; b: number }, vision: Vision): Lab {
  return vision === 'normal' ? rgbToLab(rgb) : linearToLab(simulateLinear(rgb, vision));
}
