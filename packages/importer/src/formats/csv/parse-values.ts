/**
 * Turning CSV cells into typed attribute values. Each parser returns the value or a problem with a
 * stable code and a message that shows what would have been accepted.
 */
import { isCountryCode } from '@kedja/core';

import { quoteValue } from '@kedja/core';
import { IMPORT_CODES } from '../../errors.js';
import type { ColumnType } from './schema.js';

export type Parsed = { ok: true; value: unknown } | { ok: false; code: string; message: string };

const ok = (value: unknown): Parsed => ({ ok: true, value });
const fail = (code: string, message: string): Parsed => ({ ok: false, code, message });

// Results that every cell of the same value shares (a million rows made a million of each).
const TRUE: Parsed = Object.freeze({ ok: true, value: true });
const FALSE: Parsed = Object.freeze({ ok: true, value: false });
const BOOLEAN_WORDS = new Map<string, Parsed>([
  ...['true', 'yes', '1', 'ja'].map((word) => [word, TRUE] as const),
  ...['false', 'no', '0', 'nej'].map((word) => [word, FALSE] as const),
]);

export function parseBoolean(cell: string): Parsed {
  return (
    BOOLEAN_WORDS.get(cell) ??
    BOOLEAN_WORDS.get(cell.toLowerCase()) ??
    fail(IMPORT_CODES.badBoolean, `${quoteValue(cell)} is not a yes/no value; write true/false, yes/no or 1/0`)
  );
}

/** Per enum column, its values by their lower case, as shared results. */
const ENUM_VALUES = new WeakMap<readonly string[], ReadonlyMap<string, Parsed>>();

function enumValue(values: readonly string[], cell: string): Parsed | undefined {
  let byWord = ENUM_VALUES.get(values);
  if (byWord === undefined) {
    const map = new Map<string, Parsed>();
    // The first value of a lower case wins, as a search in order would find it.
    for (const value of values)
      if (!map.has(value.toLowerCase())) map.set(value.toLowerCase(), Object.freeze(ok(value)));
    ENUM_VALUES.set(values, (byWord = map));
  }
  return byWord.get(cell.toLowerCase());
}

/** Splits a `;`-separated list, trimming items and dropping empty ones and repeats. */
export function splitList(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

function parseCountry(cell: string): Parsed {
  const code = cell.trim().toUpperCase();
  if (isCountryCode(code)) return ok(code);
  return fail(
    IMPORT_CODES.badCountry,
    `${quoteValue(cell)} is not an ISO 3166-1 alpha-2 country code; write two letters such as SE, IE or US`,
  );
}

/** Parses a non-empty, trimmed cell according to its column type. */
export function parseCell(cell: string, column: ColumnType): Parsed {
  switch (column.type) {
    case 'id':
    case 'text':
    case 'ref':
      return ok(cell);
    case 'enum':
      return (
        enumValue(column.values, cell) ??
        fail(IMPORT_CODES.badEnum, `${quoteValue(cell)} is not one of ${column.values.join(', ')}`)
      );
    case 'count': {
      if (!/^\d+$/.test(cell) || !Number.isSafeInteger(Number(cell))) {
        return fail(
          IMPORT_CODES.badNumber,
          `${quoteValue(cell)} is not a whole number; write digits only, such as 12000`,
        );
      }
      const value = Number(cell);
      return value < column.min
        ? fail(IMPORT_CODES.badNumber, `${value} is too small: the least allowed is ${column.min}`)
        : ok(value);
    }
    case 'number':
      return /^\d+(\.\d+)?$/.test(cell)
        ? ok(Number(cell))
        : fail(
            IMPORT_CODES.badNumber,
            `${quoteValue(cell)} is not a number of 0 or more; write digits with a dot for decimals, such as 24 or 0.5`,
          );
    case 'probability':
      return /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(cell)
        ? ok(Number(cell))
        : fail(
            IMPORT_CODES.badNumber,
            `${quoteValue(cell)} is not a probability; write a number from 0 to 1 with a dot for decimals, such as 0.05`,
          );
    case 'boolean':
      return parseBoolean(cell);
    case 'country':
      return parseCountry(cell);
    case 'countries': {
      const codes: string[] = [];
      for (const item of splitList(cell)) {
        const parsed = parseCountry(item);
        if (!parsed.ok) return parsed;
        codes.push(parsed.value as string);
      }
      return ok([...new Set(codes)]);
    }
    case 'list':
      return ok(splitList(cell));
  }
}
