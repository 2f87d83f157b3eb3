/** The LibreOffice helper itself: a missing soffice is a failure in CI and a visible skip elsewhere. */
import { findSoffice, SOFFICE_MISSING_MESSAGE, sofficeForTests } from "../../helpers/libreoffice";

describe("findSoffice / sofficeForTests", () => {
  const saved = { SOFFICE_PATH: process.env.SOFFICE_PATH, CI: process.env.CI };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  test("a wrong SOFFICE_PATH means not installed", () => {
    process.env.SOFFICE_PATH = "/nonexistent/soffice";
    expect(findSoffice()).toBeNull();
  });

  test("missing in CI: throws, so the suite fails instead of skipping silently", () => {
    process.env.SOFFICE_PATH = "/nonexistent/soffice";
    process.env.CI = "true";
    expect(() => sofficeForTests()).toThrow(SOFFICE_MISSING_MESSAGE);
  });

  test("missing on a developer machine: null and a warning", () => {
    process.env.SOFFICE_PATH = "/nonexistent/soffice";
    delete process.env.CI;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(sofficeForTests()).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("SKIPPED"));
    warn.mockRestore();
  });
});

describe("recalcWithLibreOffice", () => {
  test("a soffice that hangs is stopped after the timeout", async () => {
    if (process.platform === "win32") return;
    const fs = await import("fs");
    const os = await import("os");
    const path = await import("path");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "po-fake-soffice-"));
    const fake = path.join(dir, "soffice");
    fs.writeFileSync(fake, "#!/bin/sh\nsleep 30\n", { mode: 0o755 });
    const input = path.join(dir, "in.xlsx");
    fs.writeFileSync(input, "x");
    const saved = process.env.SOFFICE_PATH;
    process.env.SOFFICE_PATH = fake;
    try {
      const { recalcWithLibreOffice } = await import("../../helpers/libreoffice");
      const t = Date.now();
      await expect(recalcWithLibreOffice(input, { timeoutMs: 500, outDir: path.join(dir, "out") })).rejects.toThrow(/did not finish within 0.5 s/);
      expect(Date.now() - t).toBeLessThan(5000);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
