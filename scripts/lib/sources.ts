// Where the official source files are and how to read them.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceError } from './errors.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** ../shared/data beside the checkout, or $ATLAS_SOURCE_DIR. */
export function sourceDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO_ROOT, env.ATLAS_SOURCE_DIR || '../shared/data');
}

/** public/data, or $ATLAS_OUT_DIR (used by tests). */
export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO_ROOT, env.ATLAS_OUT_DIR || 'public/data');
}

export const SOURCE_FILES = {
  lepBoundaries: 'geo/lep-2021-05-en-buc.geojson',
  ladBoundaries: 'geo/lad-2021-12-uk-buc.geojson',
  lookup: 'geo/lad21-to-lep21.csv',
  ubc: 'sectors/ubc-enterprises-by-industry-2018-2022.csv',
  aps: 'sectors/aps-employment-by-industry-2018-2022.csv',
  lad23: 'geo/lad21-to-lad23.csv',
  lepHistory: 'geo/lep-code-history.csv',
  gva: 'gva/rgva-lad23-by-industry-1998-2023.csv',
  productivity: 'gva/productivity-lad23-2002-2022.csv',
} as const;

/** Reads one source file as UTF-8 text, or throws a SourceError saying it is missing. */
export function readSource(dir: string, rel: string): string {
  const full = path.join(dir, rel);
  try {
    return fs.readFileSync(full, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? `not found (looked in ${dir})` : `could not be read (${err.message})`;
    throw new SourceError(
      rel,
      `${why}. Set ATLAS_SOURCE_DIR to the folder holding geo/ and sectors/ if it is elsewhere.`,
    );
  }
}
