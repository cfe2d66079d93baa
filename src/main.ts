performance.mark('atlas:script-start');
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { prefetch } from './lib/data/load';
import { DEFAULT_STATE } from './lib/state/app-state';

// Fetch the first view's data while Svelte mounts. The build writes each dataset's cube as <id>.cube.json.
const requested = new URLSearchParams(location.search).get('dataset');
const datasetId = requested && /^[a-z0-9-]{1,80}$/.test(requested) ? requested : DEFAULT_STATE.dataset;
prefetch(['datasets.json', 'boundaries.topo.json', 'lad-lep-lookup.json', `${datasetId}.cube.json`]);

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element');
mount(App, { target });
performance.mark('atlas:mounted');
