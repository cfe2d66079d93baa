// The LEP layer's path data for the first map (src/lib/map/lep-paths.ts), made with the app's own
// code from the topology just built, in the frame the app draws in, so the strings are the app's.
import type { Topology } from 'topojson-specification';
import { boundariesFromTopology, cachedMapFrame, type Lookup } from '../../src/lib/map/geography.ts';
import { LEP_PATHS_VERSION, type LepPathsFile } from '../../src/lib/map/lep-paths.ts';

export const LEP_PATHS_FILE = 'boundaries.lep-paths.json';

export function lepPathsFile(topology: Topology, lookup: Lookup): LepPathsFile {
  const b = boundariesFromTopology(topology as never, lookup);
  const frame = cachedMapFrame(b.bbox);
  return {
    version: LEP_PATHS_VERSION,
    bbox: [...b.bbox],
    arcs: topology.arcs.length,
    width: frame.width,
    height: frame.height,
    leps: [...b.paths('leps', frame)],
    shared: [...b.paths('shared', frame)],
    outline: b.outline(frame),
    scale: frame.projection.scale(),
    translate: frame.projection.translate(),
  };
}
