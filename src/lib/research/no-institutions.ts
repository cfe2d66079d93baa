// The institutions layer before (or without) the research chunk (components/research/map-research.ts):
// nothing drawn, but whether the map is a REF map is known, so a failed fetch can be said.
import type { InstitutionLayerModel, InstitutionLayerView } from './institution-layer';
import { isRefDataset } from './notes';

export function noInstitutions(_institutions: unknown, view: InstitutionLayerView): InstitutionLayerModel {
  return { ref: isRefDataset(view.dataset), figures: [], size: 'fte', max: 0, shown: false, notes: [] };
}
