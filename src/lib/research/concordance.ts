// Which industries each REF 2021 unit of assessment (UoA) serves: the atlas's concordance of research
// subjects to the 18 UK Business Counts broad industry groups, so an area's research strengths can be
// set beside its business strengths ("where research and business strengths meet").
//
// There is no official concordance of UoAs to industries. Each link below is a judgement made by
// reading two published descriptions side by side, and is written down with its reason so it can be
// reviewed and disputed:
//  - the scope of each UoA in REF 2021 "Panel criteria and working methods" (REF 2019/02, January 2019),
//    https://2021.ref.ac.uk/publications-and-reports/panel-criteria-and-working-methods-201902/ ;
//  - the SIC 2007 divisions behind each broad industry group (ONS, UK SIC 2007,
//    https://www.ons.gov.uk/methodology/classificationsandstandards/ukstandardindustrialclassificationofeconomicactivities/uksic2007 ;
//    the broad groups as Nomis publishes UK Business Counts).
// A link says the subject's research is used by, or trains people for, firms in that industry; not that
// the two must be in the same place. A few humanities subjects serve no one industry: their row has
// industry null, and they are listed as such rather than forced onto one.

export const CONCORDANCE_SOURCE =
  'Atlas concordance of REF 2021 units of assessment to UK Business Counts broad industry groups: a judgement, ' +
  'reading the UoA descriptions in REF 2021 Panel criteria and working methods (REF 2019/02) against the SIC 2007 ' +
  'divisions of each industry group (ONS). Each link gives its reason; there is no official concordance.';

/** The 18 UK Business Counts broad industry groups (codes as the ubc-enterprises dataset has them). */
export const INDUSTRY_GROUPS: Readonly<Record<string, string>> = {
  '1': 'Agriculture, forestry & fishing',
  '2': 'Mining, quarrying & utilities',
  '3': 'Manufacturing',
  '4': 'Construction',
  '5': 'Motor trades',
  '6': 'Wholesale',
  '7': 'Retail',
  '8': 'Transport & storage (inc postal)',
  '9': 'Accommodation & food services',
  '10': 'Information & communication',
  '11': 'Financial & insurance',
  '12': 'Property',
  '13': 'Professional, scientific & technical',
  '14': 'Business administration & support services',
  '15': 'Public administration & defence',
  '16': 'Education',
  '17': 'Health',
  '18': 'Arts, entertainment, recreation & other services',
};

/**
 * The Annual Population Survey's broad sector (aps-employment codes) that holds each industry group:
 * the survey publishes employment for 9 coarser groups of SIC 2007 sections, so employment is read one
 * level up (e.g. Retail's employment LQ is that of "Distribution, hotels & restaurants", G and I).
 */
export const APS_SECTOR_OF_GROUP: Readonly<Record<string, string>> = {
  '1': 'A',
  '2': 'B,D,E',
  '3': 'C',
  '4': 'F',
  '5': 'G,I',
  '6': 'G,I',
  '7': 'G,I',
  '8': 'H,J',
  '9': 'G,I',
  '10': 'H,J',
  '11': 'K-N',
  '12': 'K-N',
  '13': 'K-N',
  '14': 'K-N',
  '15': 'O-Q',
  '16': 'O-Q',
  '17': 'O-Q',
  '18': 'R-U',
};

export interface ConcordanceLink {
  /** REF 2021 unit of assessment, 1–34. */
  uoa: number;
  /** UK Business Counts broad industry group code, or null: the subject serves no one industry. */
  industry: string | null;
  /** The SIC 2007 divisions the link rests on ("" when industry is null). */
  sic: string;
  /** Why, in a sentence a reviewer can check against the two descriptions. */
  reason: string;
}

const L = (uoa: number, industry: string | null, sic: string, reason: string): ConcordanceLink => ({
  uoa,
  industry,
  sic,
  reason,
});

export const CONCORDANCE: readonly ConcordanceLink[] = [
  L(1, '17', '86', 'Clinical medicine is the research base of hospital and medical practice.'),
  L(1, '3', '21', 'Clinical trials and translational medicine feed pharmaceutical manufacturing.'),
  L(2, '17', '86–88', 'Health services and primary care research studies the health and care system itself.'),
  L(2, '15', '84', 'Public health research informs public health policy and administration.'),
  L(3, '17', '86', 'Nursing, allied health and dentistry research serves the health professions.'),
  L(3, '3', '21', 'Pharmacy includes the discovery and formulation of medicines.'),
  L(4, '17', '86–87', 'Psychiatry and clinical psychology serve mental health care.'),
  L(5, '13', '72', 'Biological sciences underpin scientific research and development in the life sciences.'),
  L(5, '3', '21', 'Biotechnology and molecular biology feed pharmaceutical manufacturing.'),
  L(6, '1', '01–03', 'Agricultural, food and veterinary science serves farming, forestry and fishing.'),
  L(6, '3', '10–11', 'Food science serves food and drink manufacturing.'),
  L(6, '13', '75', 'Veterinary science serves veterinary practice.'),
  L(7, '2', '05–09, 35–39', 'Earth and environmental sciences serve extraction, energy, water and waste.'),
  L(8, '3', '19–22', 'Chemistry is the science of chemical, pharmaceutical, plastics and fuel manufacturing.'),
  L(9, '3', '26–27', 'Physics underpins electronic, optical and electrical equipment manufacturing.'),
  L(9, '13', '72', 'Physics research is much of scientific research and development in the physical sciences.'),
  L(10, '11', '64–66', 'Mathematics and statistics serve finance, insurance and actuarial work.'),
  L(10, '10', '62–63', 'Mathematics underpins software, data and information services.'),
  L(11, '10', '58.2, 61–63', 'Computer science serves software, telecommunications and information services.'),
  L(
    12,
    '3',
    '24–30, 33',
    'Engineering is the research base of metals, machinery, vehicle and equipment manufacturing.',
  ),
  L(12, '4', '41–43', 'Civil and structural engineering serve construction.'),
  L(12, '2', '35–36', 'Energy and water engineering serve the utilities.'),
  L(12, '13', '71', 'Engineering serves engineering consultancy and technical testing.'),
  L(12, '5', '45.2', 'Automotive engineering serves the maintenance and repair of motor vehicles.'),
  L(12, '8', '49–52', 'Transport engineering serves rail, road, air and water transport.'),
  L(13, '4', '41–43', 'Architecture and the built environment serve construction.'),
  L(13, '13', '71.1', 'Architecture is an architectural and planning service.'),
  L(13, '12', '68', 'Built environment and planning research serves real estate and property management.'),
  L(14, '2', '36–39', 'Environmental studies serve water, waste and remediation.'),
  L(14, '15', '84', 'Human geography and planning inform local and national government.'),
  L(15, '18', '91', 'Archaeology serves museums, heritage sites and historic places.'),
  L(16, '11', '64–66', 'Economics and econometrics serve banking, finance and insurance.'),
  L(16, '15', '84', 'Economics informs economic policy in government.'),
  L(17, '14', '77–82', 'Business and management studies serve business administration and support services.'),
  L(17, '13', '69.2, 70', 'Accounting and management research serves accountancy and management consultancy.'),
  L(17, '6', '46', 'Supply chain and marketing research serves wholesale distribution.'),
  L(17, '7', '47', 'Retail, marketing and consumer research serves retailing.'),
  L(17, '8', '52–53', 'Logistics and operations management serve warehousing, postal and courier services.'),
  L(17, '11', '64–66', 'Finance and accounting research serves financial services.'),
  L(18, '13', '69.1', 'Law is the research base of legal services.'),
  L(19, '15', '84', 'Politics and international studies inform government, diplomacy and defence.'),
  L(20, '17', '87–88', 'Social work and social policy serve residential care and social work.'),
  L(20, '15', '84', 'Social policy informs public administration.'),
  L(21, '15', '84', 'Sociology informs social policy in government (a weak link: sociology serves no one industry).'),
  L(22, '15', '84.2', 'Development studies inform international development and foreign affairs.'),
  L(23, '16', '85', 'Education research serves schools, colleges and universities.'),
  L(24, '18', '93', 'Sport and exercise science serves sports and recreation.'),
  L(24, '9', '55–56', 'Leisure and tourism research serves hotels, restaurants and tourism.'),
  L(25, '15', '84.2', 'Area studies inform foreign affairs (a weak link: area studies serve no one industry).'),
  L(26, '13', '74.3', 'Modern languages and linguistics serve translation and interpreting.'),
  L(27, '10', '58.1', 'English language and literature serve book and periodical publishing.'),
  L(28, '18', '91', 'History serves libraries, archives, museums and heritage.'),
  L(29, '18', '91', 'Classics serves museums and heritage.'),
  L(30, null, '', 'Philosophy serves no one industry: its research is used across many.'),
  L(
    31,
    null,
    '',
    'Theology and religious studies serve no one industry (religious organisations, SIC 94.91, are not a group of their own).',
  ),
  L(32, '18', '90', 'Art and design practice serves the creative arts.'),
  L(32, '13', '74.1', 'Design research serves specialised design services.'),
  L(32, '3', '13–15, 31–32', 'Design serves textiles, clothing, furniture and other design-led manufacturing.'),
  L(33, '18', '90', 'Music, drama, dance and the performing arts serve the creative and performing arts.'),
  L(33, '10', '59–60', 'Film and screen studies serve film, television and broadcasting.'),
  L(34, '10', '58–60', 'Communication and media studies serve publishing and broadcasting.'),
  L(34, '18', '91.01', 'Library and information management serves libraries and archives.'),
];

/** The links of one UoA (industry null for a subject that serves no one industry). */
export function linksOfUoa(uoa: number): ConcordanceLink[] {
  return CONCORDANCE.filter((l) => l.uoa === uoa);
}

/** The UoAs linked to one industry group. */
export function uoasOfIndustry(industry: string): number[] {
  return CONCORDANCE.filter((l) => l.industry === industry).map((l) => l.uoa);
}
