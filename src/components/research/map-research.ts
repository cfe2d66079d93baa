// A REF map's research layer, its own chunk: only a research map fetches it, so the first map (and
// any other dataset's) never loads the institutions' circles, key and files. It gathers components,
// so it lives with them (src/lib imports no component).
export { institutionLayer } from '../../lib/research/institution-layer';
export { loadInstitutions, loadRefFte } from '../../lib/research/load-research';
export { default as InstitutionLayer } from './InstitutionLayer.svelte';
export { default as InstitutionKey } from './InstitutionKey.svelte';
