/**
 * Apache Arrow, loaded from its single-file build: the package's module entry imports some 150
 * modules, about a quarter of a second of every command that reads or writes a binary graph; its
 * esnext bundle, the same version and API, is one file that loads in about 25 ms. Everything Kedja
 * uses of Arrow comes from here, so that its classes are one set.
 */
import { createRequire } from 'node:module';

import type * as Arrow from 'apache-arrow';

const arrow = createRequire(import.meta.url)('apache-arrow/Arrow.esnext.min') as typeof Arrow;

export const {
  Bool,
  Dictionary,
  Field,
  Float64,
  Int32,
  Int8,
  List,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Uint8,
  Utf8,
  makeData,
  makeVector,
  tableFromIPC,
  tableToIPC,
} = arrow;

/* eslint-disable @typescript-eslint/no-explicit-any -- the defaults of Arrow's own generic types */
export type Bool = Arrow.Bool;
export type Data<T extends Arrow.DataType = any> = Arrow.Data<T>;
export type DataType = Arrow.DataType;
export type Dictionary = Arrow.Dictionary;
export type Field<T extends Arrow.DataType = any> = Arrow.Field<T>;
export type Float64 = Arrow.Float64;
export type Int32 = Arrow.Int32;
export type Int8 = Arrow.Int8;
export type List = Arrow.List;
export type RecordBatch<T extends Arrow.TypeMap = any> = Arrow.RecordBatch<T>;
export type Schema<T extends Arrow.TypeMap = any> = Arrow.Schema<T>;
export type Struct<T extends Arrow.TypeMap = any> = Arrow.Struct<T>;
export type Table<T extends Arrow.TypeMap = any> = Arrow.Table<T>;
export type Uint8 = Arrow.Uint8;
export type Utf8 = Arrow.Utf8;
export type Vector<T extends Arrow.DataType = any> = Arrow.Vector<T>;
/* eslint-enable @typescript-eslint/no-explicit-any */
