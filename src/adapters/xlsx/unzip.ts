/**
 * The zip container of an .xlsx package, for Node and the browser alike (bytes in, no Node built-ins).
 *
 * The central directory is read here (it is a table of fixed-width records); inflating is fflate's streaming
 * `Inflate`, fed in small slices so that a part is never inflated further than its caps allow:
 * - a part whose declared inflated size is over MAX_PART_BYTES, or over MAX_RATIO times its compressed size
 *   once past RATIO_GRACE_BYTES, is refused as too large before anything is inflated — the rule Apache POI
 *   applies to every package it opens (ZipSecureFile: minimum inflate ratio 0.01, that is 100:1);
 * - a part that inflates past its declared size is refused as damaged at the slice where it does, so a
 *   header that lies about the size costs at most one slice's output (about 16 MB);
 * - the parts read from one package may not inflate to more than MAX_TOTAL_BYTES together;
 * - every part read is checked against its CRC-32 and its declared size.
 * Only the parts a reader asks for are inflated (a damaged thumbnail the check never needs costs nothing).
 *
 * Part names are compared case-insensitively (ECMA-376 Part 2, §6.2.2.3: part name equivalence), a
 * backslash counts as a slash (some writers store `xl\worksheets\sheet1.xml`), and two entries with one
 * name are refused (the package would mean two things; ECMA-376 Part 2, §6.2.3 forbids equivalent names).
 */
import { Inflate } from "fflate";

/** Per part: 256 MiB inflated (a sheet of about two million filled cells takes 100–150 MiB of XML). */
export const MAX_PART_BYTES = 256 * 1024 * 1024;
/** For all parts read from one package together. */
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;
/** Inflated : compressed, checked once a part is past RATIO_GRACE_BYTES. */
export const MAX_RATIO = 100;
export const RATIO_GRACE_BYTES = 1024 * 1024;
/** Compressed bytes handed to the inflater at a time: at most about 1,000× that comes out of one slice. */
const SLICE = 16 * 1024;

export type ZipFailure = "corrupt" | "tooLarge" | "duplicate";

export class ZipError extends Error {
  constructor(
    readonly kind: ZipFailure,
    message: string,
    /** the part concerned, when there is one */
    readonly part?: string,
  ) {
    super(message);
    this.name = "ZipError";
  }
}

export interface ZipEntry {
  /** as stored, backslashes turned into slashes and a leading slash dropped */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 (ISO 3309, as zip stores it), continued from `crc` over `data`. */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = crcTable();
  let c = ~crc >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const utf8 = new TextDecoder("utf-8");
/** Entry names without the UTF-8 flag are code page 437 by the zip specification; ASCII names read the same. */
const cp437 = (() => {
  try {
    return new TextDecoder("ibm866");
  } catch {
    return utf8;
  }
})();

/** The budget of one package: what its parts have inflated to so far. */
export class ZipPackage {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly view: DataView;
  private inflated = 0;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const eocd = findEocd(bytes);
    if (eocd < 0) throw new ZipError("corrupt", "end of central directory not found");
    let count = v.getUint16(eocd + 10, true);
    let cdSize = v.getUint32(eocd + 12, true);
    let cdOffset = v.getUint32(eocd + 16, true);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || v.getUint32(loc, true) !== 0x07064b50) throw new ZipError("corrupt", "zip64 locator missing");
      const rec = Number(v.getBigUint64(loc + 8, true));
      if (rec + 56 > bytes.length || v.getUint32(rec, true) !== 0x06064b50) throw new ZipError("corrupt", "zip64 record missing");
      count = Number(v.getBigUint64(rec + 32, true));
      cdSize = Number(v.getBigUint64(rec + 40, true));
      cdOffset = Number(v.getBigUint64(rec + 48, true));
    }
    if (cdOffset + cdSize > bytes.length) throw new ZipError("corrupt", "central directory beyond the end of the file");
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > bytes.length || v.getUint32(p, true) !== 0x02014b50) throw new ZipError("corrupt", "bad central directory entry");
      const flags = v.getUint16(p + 8, true);
      const method = v.getUint16(p + 10, true);
      const crc = v.getUint32(p + 16, true);
      let compressedSize = v.getUint32(p + 20, true);
      let size = v.getUint32(p + 24, true);
      const nameLen = v.getUint16(p + 28, true);
      const extraLen = v.getUint16(p + 30, true);
      const commentLen = v.getUint16(p + 32, true);
      let localOffset = v.getUint32(p + 42, true);
      const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
      const name = normalise((flags & 0x800 ? utf8 : isAscii(rawName) ? utf8 : cp437).decode(rawName));
      // zip64 extended information: only the fields that overflowed are present, in this order
      let e = p + 46 + nameLen;
      const extraEnd = e + extraLen;
      while (e + 4 <= extraEnd && extraEnd <= bytes.length) {
        const id = v.getUint16(e, true);
        const len = v.getUint16(e + 2, true);
        if (id === 0x0001) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = Number(v.getBigUint64(q, true));
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(v.getBigUint64(q, true));
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = Number(v.getBigUint64(q, true));
        }
        e += 4 + len;
      }
      p = extraEnd + commentLen;
      if (name === "" || name.endsWith("/")) continue; // folders
      const key = name.toLowerCase();
      if (this.byName.has(key)) throw new ZipError("duplicate", `two entries named ${name}`, name);
      this.byName.set(key, { name, method, flags, crc, compressedSize, size, localOffset });
    }
  }

  /** Every entry's name (as stored, slashes normalised). */
  names(): string[] {
    return [...this.byName.values()].map((e) => e.name);
  }

  /** The entry of a part name, compared case-insensitively. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(normalise(name).toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /**
   * Inflates a part slice by slice, handing each piece of output to `sink` as it comes; checks the caps as it
   * goes and the CRC and size at the end (a ZipError after the last piece means the pieces were bad: the
   * caller drops what it built from them). Returns false when there is no such part.
   */
  stream(name: string, sink: (chunk: Uint8Array) => void): boolean {
    const entry = this.entry(name);
    if (!entry) return false;
    const label = entry.name;
    if (entry.size > MAX_PART_BYTES) throw tooLarge(label, entry.size);
    if (this.inflated + entry.size > MAX_TOTAL_BYTES) throw tooLarge(label, this.inflated + entry.size, true);
    if (entry.flags & 1) throw new ZipError("corrupt", `${label}: encrypted zip entry`, label);
    const data = this.compressed(entry);
    let out = 0;
    let crc = 0;
    let sinkError: { e: unknown } | undefined;
    const take = (chunk: Uint8Array) => {
      out += chunk.length;
      // a declared size that lies is caught here, before the rest is inflated
      if (out > entry.size) {
        if (out > MAX_PART_BYTES || this.inflated + out > MAX_TOTAL_BYTES) throw tooLarge(label, out, this.inflated + out > MAX_TOTAL_BYTES);
        throw new ZipError("corrupt", `${label}: inflates to more than its declared ${entry.size} bytes`, label);
      }
      crc = crc32(chunk, crc);
      if (chunk.length === 0) return;
      try {
        sink(chunk);
      } catch (e) {
        // the reader's own error (XML it cannot parse, say): passed on as it is, not called a bad zip
        sinkError = { e };
        throw e;
      }
    };
    if (entry.method === 0) {
      for (let i = 0; i < data.length; i += 4 * SLICE) take(data.subarray(i, Math.min(data.length, i + 4 * SLICE)));
    } else if (entry.method === 8) {
      if (entry.size > RATIO_GRACE_BYTES && entry.size > MAX_RATIO * Math.max(1, entry.compressedSize)) throw tooLarge(label, entry.size);
      const inflater = new Inflate((chunk) => take(chunk));
      try {
        // output past the declared size (checked above against the caps) stops the inflating at the next slice
        for (let i = 0; i < data.length; i += SLICE) {
          const end = Math.min(data.length, i + SLICE);
          inflater.push(data.subarray(i, end), end === data.length);
        }
        if (data.length === 0) inflater.push(new Uint8Array(0), true);
      } catch (e) {
        if (e instanceof ZipError || (sinkError && sinkError.e === e)) throw e;
        throw new ZipError("corrupt", `${label}: cannot inflate (${(e as Error).message})`, label);
      }
    } else throw new ZipError("corrupt", `${label}: unsupported compression method ${entry.method}`, label);
    this.inflated += out;
    if (out !== entry.size) throw new ZipError("corrupt", `${label}: ${out} bytes instead of ${entry.size}`, label);
    if (crc !== entry.crc) throw new ZipError("corrupt", `${label}: CRC mismatch`, label);
    return true;
  }

  /** A whole part's bytes (checked), or undefined when there is no such part. */
  read(name: string): Uint8Array | undefined {
    const chunks: Uint8Array[] = [];
    if (!this.stream(name, (c) => chunks.push(c))) return undefined;
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of chunks) {
      out.set(c, o);
      o += c.length;
    }
    return out;
  }

  private compressed(entry: ZipEntry): Uint8Array {
    const v = this.view;
    const h = entry.localOffset;
    if (h + 30 > this.bytes.length || v.getUint32(h, true) !== 0x04034b50) throw new ZipError("corrupt", `${entry.name}: bad local header`, entry.name);
    const start = h + 30 + v.getUint16(h + 26, true) + v.getUint16(h + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipError("corrupt", `${entry.name}: beyond the end of the file`, entry.name);
    return this.bytes.subarray(start, end);
  }
}

function tooLarge(part: string, bytes: number, total = false): ZipError {
  const mb = (bytes / 1024 / 1024).toFixed(0);
  return new ZipError(
    "tooLarge",
    total ? `the parts read inflate to more than ${MAX_TOTAL_BYTES / 1024 / 1024} MiB (${mb} MiB at ${part})` : `${part} inflates to ${mb} MiB or more (over the caps)`,
    part,
  );
}

/** Backslashes as slashes, no leading slash (a part name is absolute; the zip item name is not). */
export function normalise(name: string): string {
  let n = name.includes("\\") ? name.replace(/\\/g, "/") : name;
  while (n.startsWith("/")) n = n.slice(1);
  return n;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
  return true;
}

function findEocd(b: Uint8Array): number {
  const min = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= min; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}
