// Generates answers.csv and truth.csv of the messy survey, byte for byte the same on every run
// (seeded). The table below, each spelling with what a careful reader would make of it, was written
// first, by hand, before the matcher was run on it; truth.csv is exactly this table. Truth values:
// a catalogue id; `new:<label>` (not in the catalogue: a new node, the same node for every spelling
// of one label); `ambiguous` (fits several catalogue entries); `none` (names nothing);
// `own-operation` (the organisation runs it itself). Every spelling is answered at least once; the
// first spellings of a thing are answered more often, and so are the new things, as in a real survey.
//
//   node datasets/survey-messy/generate.mjs                      writes answers.csv and truth.csv here
//   node datasets/survey-messy/generate.mjs --respondents 10000 --out big.csv
//                                                                a large survey for timing (see README)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));

// mulberry32: a small seeded generator, so that the files are reproducible.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [truth, spellings]; one table per question. Homoglyphs are written as \u escapes.
const SAAS = [
  [
    'svc-m365',
    [
      'Office 365',
      'office365',
      'MS Office 365',
      'O365',
      'o365',
      'Microsoft 365',
      'M365',
      'Microsoft Office 365',
      'Office 356',
      'Ofice 365',
      'Office 365 (Microsoft)',
      'Microsoft 365 E3',
      'Office 365 A1',
      'Microsoft365',
      'MS 365',
      'Offic 365',
      'Microsoft O365',
      'Office365 för utbildning',
      '\u041cicrosoft 365',
      'Office 365 – Microsoft',
    ],
  ],
  [
    'svc-teams',
    [
      'Teams',
      'MS Teams',
      'Microsoft Teams',
      'teams',
      'Temas',
      'Micrsoft Teams',
      'MS-Teams',
      'Teams (Microsoft)',
      'Microsoft Teams Premium',
      'Tems',
    ],
  ],
  [
    'svc-exchange',
    [
      'Exchange Online',
      'Exchange online',
      'Exchange',
      'Microsoft Exchange Online',
      'Exchange Onlin',
      'Exchange Online Plan 2',
      'Echange Online',
    ],
  ],
  [
    'svc-sharepoint',
    [
      'SharePoint Online',
      'Sharepoint',
      'Share Point',
      'SharePoint',
      'Sharepoint online',
      'Microsoft SharePoint',
      'Sharepoint Onlie',
      'SharePoint Online Plan 1',
    ],
  ],
  [
    'svc-onedrive',
    [
      'OneDrive',
      'One Drive',
      'Onedrive for Business',
      'OneDrive för företag',
      'SkyDrive',
      'Microsoft OneDrive',
      'Ondrive',
    ],
  ],
  ['svc-entra', ['Azure AD', 'Azure Active Directory', 'Entra ID', 'Microsoft Entra ID', 'AAD', 'Entra']],
  [
    'svc-google-workspace',
    [
      'Google Workspace',
      'G Suite',
      'GSuite',
      'G-suite',
      'google workspace for education',
      'Google Workspace for Education',
      'Google Apps for Education',
      'GAFE',
      'Google Apps',
      'Google Worksapce',
      'Google Workspace Business Standard',
      'Gogle Workspace',
      'Google',
      'Googel Workspace',
    ],
  ],
  [
    'svc-dropbox',
    [
      'Dropbox',
      'Dropbox Business',
      'DropBox',
      'dropbox business',
      'Drop box',
      'Dropbx',
      '\uff24ropbox',
      'Dropbox Business Advanced',
    ],
  ],
  [
    'svc-zoom',
    ['Zoom', 'zoom', 'ZOOM', 'Zoom Pro', 'Zoom.us', 'Z\u03bfom', 'Zoom Meetings', 'Zoom (Zoom Video Communications)'],
  ],
  ['svc-proceedo', ['Proceedo', 'Visma Proceedo', 'Proceedo (Visma)', 'Procedo', 'Prosedo', 'Proceedo e-handel']],
  ['svc-personec', ['Personec', 'Visma Personec', 'Personec P', 'Personnec', 'Visma Personec P', 'Personec HR']],
  ['svc-unikum', ['Unikum', 'unikum', 'Unicum', 'Unikum skolplattform', 'UNIKUM', 'Unikum.net']],
  [
    'svc-lifecare',
    ['Lifecare', 'LifeCare', 'Life Care', 'Lifecare SP', 'Tietoevry Lifecare', 'Lifecar', 'Lifecare (Tieto)'],
  ],
  ['svc-public360', ['Public 360', 'Public360', 'Public 360°', 'P360', 'Public 360 (Tietoevry)', 'Pubilc 360']],
  ['svc-treserva', ['Treserva', 'treserva', 'Treseva', 'CGI Treserva', 'Treserva (CGI)']],
  ['svc-heroma', ['Heroma', 'HEROMA', 'Heroma (CGI)', 'Heroma lön', 'Herroma']],
  ['svc-raindance', ['Raindance', 'Rain dance', 'Raindance Ekonomi', 'CGI Raindance', 'Raindanse']],
  ['svc-platina', ['Platina', 'Formpipe Platina', 'platina', 'Platina ärendehantering', 'Plattina']],
  ['svc-w3d3', ['W3D3', 'W3 D3', 'W3D3 (Formpipe)', 'W3d3 möteshantering']],
  ['svc-skolkompassen', ['Skolkompassen', 'Skolkompasen', 'Skol-kompassen', 'Skolkompassen AB']],
  ['svc-vardflodet-journal', ['Vårdflödet Journal', 'Vardflodet journal', 'Vårdflödet journalsystem']],
  ['svc-vardflodet-planering', ['Vårdflödet Planering', 'Vårdflödet planering', 'Vårdflödet Planeringsstöd']],
  ['svc-arkivia', ['Arkivia E-arkiv', 'Arkivia', 'Arkivia e-arkiv', 'E-arkiv Arkivia']],
  ['svc-bygglov', ['Bygglovsportalen', 'Bygglovportalen', 'Bygglovsportal', 'Bygglovsportalen (Plan & Bygg)']],
  ['ambiguous', ['Visma']],
  ['ambiguous', ['Vårdflödet']],
  ['ambiguous', ['CGI']],
  ['ambiguous', ['Formpipe']],
  ['ambiguous', ['Tietoevry']],
  ['ambiguous', ['Microsoft']],
  ['new:skolon', ['Skolon', 'skolon', 'Skolon AB']],
  ['new:vklass', ['Vklass', 'V-klass', 'VKlass', 'Vklass AB', 'V-Klass']],
  ['new:infomentor', ['InfoMentor', 'Infomentor', 'Info Mentor', 'Infomentor AB']],
  ['new:sitevision', ['Sitevision', 'SiteVision', 'Site Vision', 'Sitevison']],
  ['new:stratsys', ['Stratsys', 'stratsys', 'Stratsys AB']],
  ['new:hypergene', ['Hypergene', 'HyperGene']],
  ['new:slack', ['Slack']],
  ['new:visma-sign', ['Visma Sign']],
  ['new:mentimeter', ['Mentimeter', 'Menti']],
  [
    'none',
    [
      'vet ej',
      'Vet ej.',
      '-',
      '?',
      'Se bilaga',
      'se bilaga 2',
      'Se bifogad fil',
      'Inga molntjänster',
      'n/a',
      'Ingen uppgift',
      'Flera olika',
      'Se svar på fråga 15',
    ],
  ],
  [
    'own-operation',
    [
      'Egen drift',
      'egen drift i eget datacenter',
      'Kommunens eget system',
      'Eget system',
      'Egenutvecklat',
      'In-house',
      'Drivs internt',
      'IT-avdelningen',
    ],
  ],
];
const PAAS = [
  ['svc-azure-app', ['Azure App Service', 'Azure App Services', 'App Service', 'Azure Web Apps', 'Azure Apps Service']],
  [
    'svc-integrationsnavet',
    [
      'Integrationsnavet',
      'Integrationsnav',
      'Integrations-navet',
      'Kommundata Väst',
      'Integrationsnavet (Kommundata Väst)',
    ],
  ],
  ['ambiguous', ['Azure']],
  ['new:heroku', ['Heroku', 'heroku']],
  ['none', ['inga', 'Vet ej']],
  ['own-operation', ['Egen plattform']],
];
const IAAS = [
  [
    'svc-azure',
    [
      'Azure',
      'Microsoft Azure',
      'Windows Azure',
      'Azur',
      'MS Azure',
      'Azure IaaS',
      '\u041cicrosoft \u0410zure',
      'Azure (Microsoft)',
      'Microsoft Azure Sverige',
    ],
  ],
  ['svc-aws', ['AWS', 'Amazon Web Services', 'Amazon EC2', 'EC2', 'Amazon AWS', 'aws', 'Amazon']],
  ['svc-gcp', ['Google Cloud', 'GCP', 'Google Cloud Platform', 'Google Cloud Plattform', 'Google']],
  ['svc-nordsken', ['Nordsken Moln', 'Nordsken', 'Nordsken moln', 'Nordskens moln', 'Nordsken Drift']],
  ['new:safespring', ['Safespring', 'SafeSpring', 'Safespring AB']],
  ['new:city-network', ['City Network', 'Citynetwork', 'City Network Hosting']],
  ['own-operation', ['Egen serverhall', 'Eget datacenter', 'Egna servrar']],
  ['none', ['-']],
];
const SUPPLIERS = [
  [
    'sup-microsoft',
    [
      'Microsoft',
      'Microsoft AB',
      'Microsoft Sverige AB',
      'Microsoft Ireland Operations Ltd',
      'MS',
      'Microsoft Corporation',
      'Micosoft',
      'Mircosoft',
      'microsoft',
      'Microsoft Ireland Operations Limited',
      '\u041cicrosoft',
      'Microsoft Corp.',
      'Office 365',
      'Microsoft (Office 365)',
    ],
  ],
  [
    'sup-google',
    [
      'Google',
      'Google Ireland Ltd',
      'Google Ireland Limited',
      'Google LLC',
      'Googel',
      'google',
      'Gooogle',
      'Google Sverige AB',
      'G\u043e\u043egle',
      'Google Workspace',
    ],
  ],
  ['sup-amazon', ['Amazon Web Services', 'AWS', 'Amazon', 'Amazon Web Services EMEA SARL', 'Amazon AWS']],
  ['sup-dropbox', ['Dropbox', 'Dropbox Inc', 'Dropbox International Unlimited Company', 'Dropbox Business']],
  ['sup-zoom', ['Zoom', 'Zoom Video Communications', 'Zoom Video Communications Inc', 'Zoom Communications']],
  [
    'sup-visma',
    [
      'Visma',
      'Visma Enterprise AB',
      'Vizma',
      'Visma Enterprise',
      'VISMA',
      'Visma Sverige AB',
      'V\u0456sma',
      'Visma Software',
      'Proceedo',
    ],
  ],
  ['sup-atea', ['Atea', 'Atea Sverige AB', 'ATEA', 'Ate\u0430', 'Atea AB', 'Atea Sweden']],
  [
    'sup-tietoevry',
    [
      'Tietoevry',
      'Tieto',
      'TietoEVRY',
      'Tieto Evry',
      'EVRY',
      'Tietoevry Sweden AB',
      'Tieto Sverige AB',
      'Tietoevery',
      'Tieto Oyj',
      'Tietoevry Care',
      'Lifecare',
    ],
  ],
  ['sup-cgi', ['CGI', 'CGI Sverige AB', 'Logica', 'cgi', 'CGI Sverige', 'Treserva', 'Heroma']],
  ['sup-telia', ['Telia', 'Telia Company', 'TeliaSonera', 'Telia Sverige AB']],
  ['sup-unikum', ['Unikum', 'Unicum', 'Unikum AB']],
  ['sup-formpipe', ['Formpipe', 'Formpipe Software AB', 'FormPipe', 'Form Pipe', 'Formpipe Software', 'Platina']],
  ['sup-adda', ['Adda', 'SKL Kommentus', 'Adda Inköpscentral', 'Adda (SKR)']],
  ['sup-kommundata-ost', ['Kommundata Öst AB', 'Kommundata Öst', 'Kommundata Ost', 'Kommundata öst']],
  ['sup-kommundata-vast', ['Kommundata Väst AB', 'Kommundata Väst', 'Kommundata Vast', 'KommunData Väst']],
  ['ambiguous', ['Kommundata']],
  ['sup-vardflodet', ['Vårdflödet AB', 'Vårdflödet', 'Vardflodet', 'Vårdflöde AB']],
  ['sup-arkivia', ['Arkivia AB', 'Arkivia']],
  ['sup-nordsken', ['Nordsken Drift AB', 'Nordsken', 'Nordsken Drift', 'Nordskén']],
  ['sup-skolkompassen', ['Skolkompassen AB', 'Skolkompassen']],
  ['sup-planbygg', ['Plan & Bygg Norden AB', 'Plan & Bygg', 'Plan&Bygg Norden AB']],
  ['new:skolon', ['Skolon AB', 'Skolon']],
  ['new:vklass', ['Vklass AB', 'Vklass']],
  ['new:sitevision', ['Sitevision AB', 'SiteVision']],
  ['new:stratsys', ['Stratsys AB']],
  ['new:advania', ['Advania', 'Advania Sverige AB', 'advania']],
  ['new:iver', ['Iver', 'Iver Sverige AB']],
  ['new:crayon', ['Crayon', 'Crayon AB']],
  ['new:knowit', ['Knowit', 'Knowit AB', 'KnowIT']],
  ['new:netcompany', ['Netcompany']],
  ['none', ['vet ej', 'Se bilaga', 'Flera olika leverantörer', 'Ingen', 'Diverse', 'Kontakta IT-enheten']],
  ['own-operation', ['Egen drift', 'Vi har egen drift', 'Kommunens IT-avdelning']],
];
const QUESTIONS = [
  ['q7_1', 'q7_1_saas_names', SAAS],
  ['q8_1', 'q8_1_paas_names', PAAS],
  ['q9_1', 'q9_1_iaas_names', IAAS],
  ['q15', 'q15_supplier_names', SUPPLIERS],
];

const PREFIXES = ['Alm', 'Asp', 'Bok', 'Björn', 'Dun', 'Ek', 'Fager', 'Gull', 'Hed', 'Is', 'Kär', 'Lönn', 'Myr'];
const SUFFIXES = ['sjö', 'vik', 'berg', 'dal', 'by', 'ås', 'hamn', 'näs', 'torp', 'fors', 'holm', 'ryd', 'tuna'];
const TOPICS = ['vattendata', 'kartfrågor', 'ungdomsstöd', 'skogsdata', 'kulturarv', 'trafiksäkerhet', 'miljötillsyn'];
const SEPARATORS = [', ', '; ', '\n', ' / '];

/** The respondents: fictional municipalities (codes 97xx, which no Swedish municipality has), agencies and regions. */
function respondents(count, rand) {
  const list = [];
  const places = PREFIXES.flatMap((p) => SUFFIXES.map((s) => `${p}${s}`));
  for (let i = 0; list.length < count; i++) {
    const r = rand();
    if (r < 0.75)
      list.push([
        `97${String(i).padStart(4, '0')}`,
        `${places[i % places.length]}${i >= places.length ? ` ${Math.floor(i / places.length) + 1}` : ''} kommun`,
        'kommun',
      ]);
    else if (r < 0.92) list.push([`myn-m${i}`, `Myndigheten för ${TOPICS[i % TOPICS.length]} ${i}`, 'myndighet']);
    else list.push([`reg-m${i}`, `Region Exempel ${i}`, 'region']);
  }
  return list;
}

/** Every spelling of a question as slots: once each, and more often for the commonest and for new things. */
function slots(table, rand) {
  const list = [];
  for (const [truth, spellings] of table) {
    spellings.forEach((raw, i) => {
      const extra = truth.startsWith('new:') ? 2 : i === 0 ? 3 : rand() < 0.3 ? 1 : 0;
      // One thing per catalogue id or new label; each non-answer or ambiguous name is its own.
      const thing = truth.includes('-') || truth.startsWith('new:') ? truth : `${truth}:${raw}`;
      for (let k = 0; k <= extra; k++) list.push({ raw, truth, thing });
    });
  }
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** A typo for the large survey: a letter dropped, doubled or two swapped. */
function typo(raw, rand) {
  if (raw.length < 6) return raw;
  const i = 1 + Math.floor(rand() * (raw.length - 2));
  const kind = rand();
  if (kind < 0.33) return raw.slice(0, i) + raw.slice(i + 1);
  if (kind < 0.66) return raw.slice(0, i) + raw[i] + raw.slice(i);
  return raw.slice(0, i) + raw[i + 1] + raw[i] + raw.slice(i + 2);
}

/** Deals the slots of each question to the respondents, a thing at most once per answer. */
function deal(people, rand, options) {
  const cells = people.map(() => ({ q7_1: [], q8_1: [], q9_1: [], q15: [] }));
  for (const [question, , table] of QUESTIONS) {
    const queue = slots(table, rand);
    const rounds = Math.max(
      1,
      Math.ceil((people.length * (question === 'q7_1' ? 2.2 : question === 'q15' ? 1.6 : 0.4)) / queue.length),
    );
    for (let round = 0; round < rounds; round++) {
      for (const slot of round === 0 ? queue : slots(table, rand)) {
        const raw = options.typos && round > 0 && rand() < options.typos ? typo(slot.raw, rand) : slot.raw;
        // A random respondent with room; in the first round, the next one with room, so every spelling is answered.
        const start = Math.floor(rand() * people.length);
        const tries = round === 0 ? people.length : 20;
        for (let k = 0; k < tries; k++) {
          const cell =
            cells[(start + (round === 0 ? k : Math.floor(rand() * people.length))) % people.length][question];
          if (cell.length >= 4 || cell.some((s) => s.thing === slot.thing)) continue;
          cell.push({ raw, thing: slot.thing });
          break;
        }
      }
    }
  }
  return cells;
}

const csvCell = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (table) => table.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
const HEADER = [
  'organisation_id',
  'organisation_name',
  'organisation_type',
  'q1_cloud',
  'q7_1_saas_names',
  'q8_1_paas_names',
  'q9_1_iaas_names',
  'q15_supplier_names',
  'q23_1_countries',
];
const COUNTRIES = ['Sverige', 'Sverige, Irland', 'Irland, Nederländerna', '', '', 'Sverige och Finland'];

function survey(count, seed, options = {}) {
  const rand = random(seed);
  const people = respondents(count, rand);
  const cells = deal(people, rand, options);
  const join = (names) =>
    names.reduce(
      (cell, { raw }, i) => (i === 0 ? raw : cell + SEPARATORS[Math.floor(rand() * SEPARATORS.length)] + raw),
      '',
    );
  const rows = people.map(([id, name, type], i) => [
    id,
    name,
    type,
    'Ja',
    join(cells[i].q7_1),
    join(cells[i].q8_1),
    join(cells[i].q9_1),
    join(cells[i].q15),
    COUNTRIES[Math.floor(rand() * COUNTRIES.length)],
  ]);
  return csv([HEADER, ...rows]);
}

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
if (option('--respondents') !== undefined) {
  const count = Number(option('--respondents'));
  const out = option('--out') ?? 'big-survey.csv';
  writeFileSync(out, survey(count, 10_000 + count, { typos: 0.15 }));
  console.log(`${out}: ${count} respondents`);
} else {
  writeFileSync(`${HERE}answers.csv`, survey(180, 2026));
  const truth = [['question', 'raw', 'truth']];
  for (const [question, , table] of QUESTIONS)
    for (const [value, spellings] of table) for (const raw of spellings) truth.push([question, raw, value]);
  writeFileSync(`${HERE}truth.csv`, csv(truth));
  console.log(`answers.csv: 180 respondents; truth.csv: ${truth.length - 1} spellings`);
}
