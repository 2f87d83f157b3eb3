/**
 * Just enough of a zip reader to diagnose a file before ExcelJS sees it and to read the few parts
 * ExcelJS does not keep (the defined names as written). Central directory only; stored and deflated
 * entries; zip64 offsets. Throws ZipError for anything that is not an intact zip.
 */
import * as zlib from "zlib";

const nodeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
let table: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (nodeCrc32) return nodeCrc32(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export class ZipError extends Error {}

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  /** Parts already inflated and checked, kept for a reader that needs them (see keep). */
  private readonly kept = new Map<string, Buffer>();

  constructor(private readonly buf: Buffer) {
    const eocd = findEocd(buf);
    if (eocd < 0) throw new ZipError("end of central directory not found");
    let count = buf.readUInt16LE(eocd + 10);
    let cdSize = buf.readUInt32LE(eocd + 12);
    let cdOffset = buf.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || buf.readUInt32LE(loc) !== 0x07064b50) throw new ZipError("zip64 locator missing");
      const rec = Number(buf.readBigUInt64LE(loc + 8));
      if (rec < 0 || rec + 56 > buf.length || buf.readUInt32LE(rec) !== 0x06064b50) throw new ZipError("zip64 record missing");
      count = Number(buf.readBigUInt64LE(rec + 32));
      cdSize = Number(buf.readBigUInt64LE(rec + 40));
      cdOffset = Number(buf.readBigUInt64LE(rec + 48));
    }
    if (cdOffset + cdSize > buf.length) throw new ZipError("central directory beyond the end of the file");
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ZipError("bad central directory entry");
      const method = buf.readUInt16LE(p + 10);
      const crc = buf.readUInt32LE(p + 16);
      let compressedSize = buf.readUInt32LE(p + 20);
      let size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      let localOffset = buf.readUInt32LE(p + 42);
      const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
      // zip64 extended information: only the fields that overflowed are present, in this order.
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd) {
        const id = buf.readUInt16LE(e);
        const len = buf.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === 0xffffffff) (size = Number(buf.readBigUInt64LE(q))), (q += 8);
          if (compressedSize === 0xffffffff) (compressedSize = Number(buf.readBigUInt64LE(q))), (q += 8);
          if (localOffset === 0xffffffff) localOffset = Number(buf.readBigUInt64LE(q));
        }
        e += 4 + len;
      }
      this.entries.set(name, { name, method, crc, compressedSize, size, localOffset });
      p = extraEnd + commentLen;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Keeps a part's bytes (already checked) so that the next read of it does not inflate it again. */
  keep(name: string, data: Buffer): void {
    this.kept.set(name, data);
  }

  /** The entry's bytes; with verify, also checks them against the stored CRC-32. */
  read(name: string, verify = false): Buffer | undefined {
    const kept = this.kept.get(name);
    if (kept) return kept;
    const data = this.readRaw(name);
    if (data && verify && crc32(data) !== this.entries.get(name)!.crc) throw new ZipError(`CRC mismatch: ${name}`);
    return data;
  }

  private readRaw(name: string): Buffer | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    const buf = this.buf;
    const h = entry.localOffset;
    if (h + 30 > buf.length || buf.readUInt32LE(h) !== 0x04034b50) throw new ZipError(`bad local header: ${name}`);
    const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
    const end = start + entry.compressedSize;
    if (end > buf.length) throw new ZipError(`entry beyond the end of the file: ${name}`);
    const data = buf.subarray(start, end);
    if (entry.method === 0) return Buffer.from(data);
    if (entry.method === 8) {
      try {
        return zlib.inflateRawSync(data);
      } catch (e) {
        throw new ZipError(`cannot inflate ${name}: ${(e as Error).message}`);
      }
    }
    throw new ZipError(`unsupported compression method ${entry.method}: ${name}`);
  }

  readText(name: string): string | undefined {
    const b = this.read(name);
    return b === undefined ? undefined : b.toString("utf8");
  }
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06) return i;
  }
  return -1;
}
