// The columns the 'both' view's table sorts by: their own tiny module, so the URL state can name them
// without the first view loading any research code.
export type PlacesSort = 'area' | 'researchLq' | 'fourStarFte' | 'staffFte' | 'industry' | 'enterpriseLq';
export const PLACES_SORTS: readonly PlacesSort[] = [
  'area',
  'researchLq',
  'fourStarFte',
  'staffFte',
  'industry',
  'enterpriseLq',
];
/** Numbers start largest first, names A to Z. */
export const PLACES_SORT_NUMERIC: Readonly<Record<PlacesSort, boolean>> = {
  area: false,
  researchLq: true,
  fourStarFte: true,
  staffFte: true,
  industry: false,
  enterpriseLq: true,
};
