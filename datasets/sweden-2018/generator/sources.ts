/**
 * Reading the real source data copied into `../source/` (see its PROVENANCE.md): municipalities with
 * kommunkod, county and population, the regions, and the state agencies. Streams each file through
 * @fast-csv/parse with headers. O(rows).
 */
import { join } from 'node:path';

import { parseFile } from '@fast-csv/parse';

export interface Municipality {
  code: string;
  name: string;
  county: string;
  population: number;
}

export interface Region {
  countyCode: string;
  name: string;
  county: string;
  population: number;
}

export interface Agency {
  name: string;
  orgNumber: string;
  /** Courts share Domstolsverket's organisation number. */
  sharedOrgNumber: boolean;
  group: string;
  employees: number | undefined;
}

type Row = Record<string, string>;

function readCsv(file: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    parseFile<Row, Row>(file, { headers: true })
      .on('error', reject)
      .on('data', (row: Row) => rows.push(row))
      .on('end', () => resolve(rows));
  });
}

const whole = (value: string | undefined): number | undefined =>
  value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;

export interface Sources {
  municipalities: Municipality[];
  regions: Region[];
  agencies: Agency[];
}

export async function readSources(folder: string): Promise<Sources> {
  const [municipalities, regions, agencies] = await Promise.all([
    readCsv(join(folder, 'se_municipalities_population.csv')),
    readCsv(join(folder, 'se_regions_population.csv')),
    readCsv(join(folder, 'se_agencies.csv')),
  ]);
  return {
    municipalities: municipalities.map((row) => ({
      code: row.kommunkod!,
      name: row.kommun_name_long!,
      county: row.lan!,
      population: whole(row.pop_2023)!,
    })),
    regions: regions.map((row) => ({
      countyCode: row.lanskod!,
      name: row.region_name!,
      county: row.lan!,
      population: whole(row.pop_2023)!,
    })),
    agencies: agencies.map((row) => ({
      name: row.name!,
      orgNumber: row.org_nr!,
      sharedOrgNumber: row.org_nr_shared === 'True',
      group: row.scb_group!,
      employees: whole(row.employees_esv) ?? whole(row.employees_agv),
    })),
  };
}
