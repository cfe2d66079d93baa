performance.mark('atlas:script-start');
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { adoptEarly, prefetch } from './lib/data/load';
import { DEFAULT_STATE } from './lib/state/app-state';

// index.html has usually started the first view's data already; fetch anything it has not (the same
// list, should the page have been served without that script). The default dataset's cube is <id>.cube.json.
adoptEarly((window as { __atlasEarly?: Record<string, Promise<unknown>> }).__atlasEarly);
const requested = new URLSearchParams(location.search).get('dataset');
const datasetId = requested && /^[a-z0-9-]{1,80}$/.test(requested) ? requested : DEFAULT_STATE.dataset;
// Another dataset's cube is left to the loader, which knows from the list whether it is split by year.
prefetch([
  'datasets.json',
  'boundaries.topo.json',
  'boundaries.lep-paths.json',
  'lad-lep-lookup.json',
  ...(datasetId === DEFAULT_STATE.dataset ? [`${datasetId}.cube.json`] : []),
]);

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element');
mount(App, { target });
performance.mark('atlas:mounted');
