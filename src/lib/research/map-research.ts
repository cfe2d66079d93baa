// A REF map's research layer, its own chunk: only a research map fetches it, so the first map (and
// any other dataset's) never loads the institutions' circles, key and files.
export { institutionLayer } from './institution-layer';
export { loadInstitutions, loadRefFte } from './load-research';
export { default as InstitutionLayer } from '../../components/research/InstitutionLayer.svelte';
export { default as InstitutionKey } from '../../components/research/InstitutionKey.svelte';
