import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import packageJson from "../../package.json";

export function capture(): CliIO & { stdout: string; stderr: string } {
  const io = { stdout: "", stderr: "", isTTY: false, cwd: process.cwd(), out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) };
  return io;
}

describe("command line basics", () => {
  test("--version prints the package version", async () => {
    const io = capture();
    expect(await main(["--version"], io)).toBe(0);
    expect(io.stdout.trim()).toBe(packageJson.version);
  });

  test("--help in Russian by default and in English with --lang en", async () => {
    const ru = capture();
    expect(await main(["--help", "--lang", "ru"], ru)).toBe(0);
    expect(ru.stdout).toContain("Использование");
    const en = capture();
    expect(await main(["--help", "--lang=en"], en)).toBe(0);
    expect(en.stdout).toContain("Usage");
  });

  test("bad usage exits 2 with one line and no stack", async () => {
    for (const argv of [["frobnicate"], ["--nope"], ["validate", "--lang", "de"], []]) {
      const io = capture();
      expect(await main(argv, io)).toBe(2);
      expect(io.stderr + io.stdout).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });
});
