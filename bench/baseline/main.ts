// The benchmark's baseline: fetch the same TopoJSON and draw the districts with bare d3-geo,
// no framework, no statistics. The atlas's first painted map is compared with this.
import { feature } from 'topojson-client';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';

performance.mark('baseline:script-start');
const res = await fetch('../data/boundaries.topo.json');
const topo = (await res.json()) as Topology<{ leps: GeometryCollection; lads: GeometryCollection }>;
const lads = feature(topo, topo.objects.lads) as FeatureCollection;
const leps = feature(topo, topo.objects.leps) as FeatureCollection;
const svg = document.getElementById('map')!;
const projection = geoTransverseMercator()
  .rotate([2, 0])
  .fitExtent(
    [
      [8, 8],
      [632, 696],
    ],
    lads,
  );
const path = geoPath(projection);
for (const f of leps.features) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  el.setAttribute('d', path(f) ?? '');
  el.setAttribute('fill', '#cccccc');
  el.setAttribute('stroke', '#ffffff');
  svg.appendChild(el);
}
requestAnimationFrame(() => performance.mark('baseline:map-painted'));
