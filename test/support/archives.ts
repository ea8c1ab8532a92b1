/**
 * Archives for tests: a `.zip` written by hand (deflated entries, CRC-32 from node:zlib; the format
 * of PKWARE's APPNOTE, without the parts Kedja's readers never need) and `.tar.gz` files from a
 * folder (node-tar).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

import { create } from 'tar';

export interface ZipEntry {
  name: string;
  data: string | Buffer;
}

/** Writes a zip archive of `entries` (folders are implied by the names, as most zip tools write them). */
export function writeZip(path: string, entries: readonly ZipEntry[]): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const packed = deflateRawSync(data);
    const name = Buffer.from(entry.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...locals, directory, end]));
}

/** Zips the files of `folder` (by name) under `prefix` in the archive. */
export function zipFiles(path: string, folder: string, names: readonly string[], prefix = ''): void {
  writeZip(
    path,
    names.map((name) => ({ name: `${prefix}${name}`, data: readFileSync(`${folder}/${name}`) })),
  );
}

/** Writes `files` of `cwd` as a gzip-compressed tar archive. */
export async function writeTarGz(path: string, cwd: string, files: readonly string[]): Promise<void> {
  await create({ gzip: true, file: path, cwd, portable: true }, [...files]);
}
