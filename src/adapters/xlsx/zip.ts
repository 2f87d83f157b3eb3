/**
 * A package's parts by name, for the writer's questions about a base workbook (featuresLostOnRewrite) and for
 * tests that look inside written files: a thin face over unzip.ts (case-insensitive names, caps, CRC checks).
 */
import { ZipError, ZipPackage } from "./unzip";

export { ZipError };

export class ZipArchive {
  private readonly pkg: ZipPackage;

  constructor(bytes: Uint8Array) {
    this.pkg = new ZipPackage(bytes);
  }

  has(name: string): boolean {
    return this.pkg.has(name);
  }

  names(): string[] {
    return this.pkg.names();
  }

  /** A part's bytes, inflated and checked; undefined when there is no such part. */
  read(name: string): Uint8Array | undefined {
    return this.pkg.read(name);
  }

  readText(name: string): string | undefined {
    const b = this.pkg.read(name);
    return b === undefined ? undefined : new TextDecoder().decode(b);
  }
}
