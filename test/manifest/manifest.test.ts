/**
 * Offline checks of manifest.xml: what Microsoft's online validator would reject or what would break in
 * Office without an error message (a resid with no resource, an icon of the wrong size, a ribbon function
 * that the code never associates). Run with `npx jest test/manifest`.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { XMLValidator } from "fast-xml-parser";
import {
  ROOT,
  ASSETS,
  SRC,
  DIST,
  DEV_ORIGIN,
  EXPECTED_FUNCTIONS,
  prod,
  icons,
  parse,
  walk,
  all,
  kids,
  kid,
  pathOf,
  expectOrder,
  xml,
  root,
  vo,
  resources,
  KINDS,
  resourceList,
  resourceById,
  expectedKind,
  residUses,
  controls,
  functionNames,
  hasCyrillic,
  type El,
} from "./manifestModel";
// ---------------------------------------------------------------------------------------------------------

describe("manifest.xml: structure", () => {
  test("is well-formed XML and parses", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(root.name).toBe("OfficeApp");
  });

  test("is a task pane add-in for Excel, schema 1.1, ru-RU by default", () => {
    expect(root.attrs.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(root.attrs["xmlns:bt"]).toBe("http://schemas.microsoft.com/office/officeappbasictypes/1.0");
    expect(kid(root, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(kid(root, "Version").text).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(kid(root, "DefaultLocale").text).toBe("ru-RU");
    expect(kid(root, "ProviderName").text).toBe("Проектный офис");
    expect(kid(root, "DisplayName").attrs.DefaultValue).toBe("Проектный офис");
    expect(kids(kid(root, "Hosts"), "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(kid(root, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("requires ExcelApi 1.14 (default minimum version 1.1): no Trident-hosted Excel has it, so the shared runtime never runs in Internet Explorer 11", () => {
    const sets = kid(kid(root, "Requirements"), "Sets");
    expect(sets.attrs.DefaultMinVersion).toBe("1.1");
    const excel = kids(sets, "Set").find((s) => s.attrs.Name === "ExcelApi");
    expect(excel && excel.attrs.MinVersion).toBe("1.14");
  });

  test("elements are in the order the schemas prescribe", () => {
    expectOrder(root, [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "AllowSnapshot",
      "VersionOverrides",
      "ExtendedOverrides",
    ]);
    expectOrder(vo, ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"]);
    for (const host of kids(kid(vo, "Hosts"), "Host")) expectOrder(host, ["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    for (const ff of all(vo, "DesktopFormFactor")) expectOrder(ff, ["GetStarted", "FunctionFile", "ExtensionPoint"]);
    for (const gs of all(vo, "GetStarted")) expectOrder(gs, ["Title", "Description", "LearnMoreUrl"]);
    for (const tab of all(vo, "CustomTab")) {
      expectOrder(tab, ["Group", "Label", "InsertAfter", "InsertBefore"]);
      expect(kids(tab, "Label")).toHaveLength(1);
    }
    for (const g of all(vo, "Group")) expectOrder(g, ["Label", "Icon", "Control"]);
    for (const c of controls) expectOrder(c, ["Label", "Supertip", "Icon", "Action"]);
    for (const t of all(vo, "Supertip")) expectOrder(t, ["Title", "Description"]);
    expectOrder(resources, KINDS);
  });
});

describe("manifest.xml: resources", () => {
  test("every resid used anywhere is defined in Resources, with the right kind", () => {
    expect(residUses.length).toBeGreaterThan(0);
    for (const use of residUses) {
      const res = resourceById.get(use.attrs.resid);
      expect({ at: pathOf(use), resid: use.attrs.resid, defined: Boolean(res) }).toEqual({ at: pathOf(use), resid: use.attrs.resid, defined: true });
      expect({ at: pathOf(use), kind: res && res.kind }).toEqual({ at: pathOf(use), kind: expectedKind(use) });
    }
  });

  test("resource ids are unique and at most 32 characters", () => {
    const ids = resourceList.map((r) => r.id);
    expect(ids.filter((id) => typeof id !== "string" || id.length === 0)).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
    for (const use of residUses) expect(use.attrs.resid.length).toBeLessThanOrEqual(32);
  });

  test("every resource has an en-US override; strings are Russian by default and English in the override", () => {
    for (const r of resourceList) {
      const overrides = kids(r.el, "Override");
      const en = overrides.filter((o) => o.attrs.Locale === "en-US");
      expect({ id: r.id, enUS: en.length }).toEqual({ id: r.id, enUS: 1 });
      expect(en[0].attrs.Value).toBeTruthy();
      if (r.kind === "ShortStrings" || r.kind === "LongStrings") {
        expect({ id: r.id, ruDefault: hasCyrillic(r.el.attrs.DefaultValue) }).toEqual({ id: r.id, ruDefault: true });
        expect({ id: r.id, enHasCyrillic: hasCyrillic(en[0].attrs.Value) }).toEqual({ id: r.id, enHasCyrillic: false });
      }
    }
  });

  test("DisplayName and Description have an en-US override", () => {
    for (const name of ["DisplayName", "Description"]) {
      const el = kid(root, name);
      expect(hasCyrillic(el.attrs.DefaultValue)).toBe(true);
      const en = kids(el, "Override").filter((o) => o.attrs.Locale === "en-US");
      expect(en).toHaveLength(1);
      expect(hasCyrillic(en[0].attrs.Value)).toBe(false);
    }
    expect(kids(kid(root, "DisplayName"), "Override")[0].attrs.Value).toBe("Project Office");
  });

  test("strings fit the schema limits (short 125, long 250 characters)", () => {
    const limit = { ShortStrings: 125, LongStrings: 250 } as Record<string, number>;
    for (const r of resourceList.filter((x) => limit[x.kind])) {
      for (const v of [r.el.attrs.DefaultValue, ...kids(r.el, "Override").map((o) => o.attrs.Value)]) {
        expect({ id: r.id, length: v.length <= limit[r.kind] }).toEqual({ id: r.id, length: true });
      }
    }
    expect(kid(root, "DisplayName").attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(kid(root, "Description").attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });
});

describe("manifest.xml: URLs", () => {
  /** Every URL value: resources (default and overrides) and the top-level elements. */
  function urls(doc: El): { where: string; url: string }[] {
    const out: { where: string; url: string }[] = [];
    for (const group of [...kids(kid(kid(doc, "VersionOverrides"), "Resources"), "Images"), ...kids(kid(kid(doc, "VersionOverrides"), "Resources"), "Urls")]) {
      for (const r of group.children) {
        out.push({ where: r.attrs.id, url: r.attrs.DefaultValue });
        for (const o of kids(r, "Override")) out.push({ where: `${r.attrs.id} (${o.attrs.Locale})`, url: o.attrs.Value });
      }
    }
    for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
      for (const el of kids(doc, name)) {
        out.push({ where: name, url: el.attrs.DefaultValue });
        for (const o of kids(el, "Override")) out.push({ where: `${name} (${o.attrs.Locale})`, url: o.attrs.Value });
      }
    }
    for (const el of kids(kid(doc, "DefaultSettings"), "SourceLocation")) out.push({ where: "DefaultSettings/SourceLocation", url: el.attrs.DefaultValue });
    return out;
  }

  test("every URL is https and all are on one origin (the development origin)", () => {
    const list = urls(root);
    expect(list.length).toBeGreaterThan(10);
    for (const { where, url } of list) {
      const u = new URL(url);
      expect({ where, protocol: u.protocol, origin: u.origin }).toEqual({ where, protocol: "https:", origin: DEV_ORIGIN });
    }
    for (const d of all(root, "AppDomain")) expect(new URL(d.text).protocol).toBe("https:");
  });

  test("task pane page: DefaultSettings, the Taskpane.Url resource and the support page", () => {
    expect(kid(kid(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(resourceById.get("Taskpane.Url")!.el.attrs.DefaultValue).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(kid(root, "SupportUrl").attrs.DefaultValue).toBe(`${DEV_ORIGIN}/help.html`);
  });
});

describe("manifest.xml: icons", () => {
  function pngSize(file: string): { width: number; height: number } {
    const buf = fs.readFileSync(file);
    expect(buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
    expect(buf.toString("ascii", 12, 16)).toBe("IHDR");
    return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
  }
  const assetOf = (url: string) => {
    const u = new URL(url);
    expect(u.pathname.startsWith("/assets/")).toBe(true);
    return path.join(ASSETS, decodeURIComponent(u.pathname.slice("/assets/".length)));
  };

  test("every icon referenced exists in assets/ at the size it is used for", () => {
    const uses = all(vo, "Image").filter((e) => e.attrs.resid !== undefined);
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const size = Number(use.attrs.size);
      expect([16, 20, 24, 32, 40, 48, 64, 80]).toContain(size);
      const res = resourceById.get(use.attrs.resid)!;
      for (const url of [res.el.attrs.DefaultValue, ...kids(res.el, "Override").map((o) => o.attrs.Value)]) {
        const file = assetOf(url);
        expect({ resid: use.attrs.resid, file: path.relative(ROOT, file), exists: fs.existsSync(file) }).toEqual({
          resid: use.attrs.resid,
          file: path.relative(ROOT, file),
          exists: true,
        });
        expect({ resid: use.attrs.resid, ...pngSize(file) }).toEqual({ resid: use.attrs.resid, width: size, height: size });
      }
    }
  });

  test("every image resource is used, and always at one size", () => {
    const sizes = new Map<string, Set<string>>();
    for (const use of all(vo, "Image").filter((e) => e.attrs.resid !== undefined)) {
      if (!sizes.has(use.attrs.resid)) sizes.set(use.attrs.resid, new Set());
      sizes.get(use.attrs.resid)!.add(use.attrs.size);
    }
    for (const r of resourceList.filter((x) => x.kind === "Images")) {
      expect({ id: r.id, used: sizes.has(r.id) }).toEqual({ id: r.id, used: true });
      expect({ id: r.id, sizes: sizes.get(r.id)!.size }).toEqual({ id: r.id, sizes: 1 });
    }
  });

  test("the add-in icons: IconUrl 32x32, HighResolutionIconUrl 64x64", () => {
    expect(pngSize(assetOf(kid(root, "IconUrl").attrs.DefaultValue))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetOf(kid(root, "HighResolutionIconUrl").attrs.DefaultValue))).toEqual({ width: 64, height: 64 });
  });

  test("the PNGs in assets/ are what scripts/make-icons.js draws (run it after changing a drawing)", () => {
    for (const o of icons.OUTPUTS) {
      const file = path.join(ASSETS, o.file);
      expect({ file: o.file, exists: fs.existsSync(file) }).toEqual({ file: o.file, exists: true });
      expect(pngSize(file)).toEqual({ width: o.size, height: o.size });
      const expected = Buffer.from(icons.render(o.name, o.size).toRgba8());
      expect({ file: o.file, same: decodeRgba(file).equals(expected) }).toEqual({ file: o.file, same: true });
    }
  });
});

/** Decodes an 8-bit RGBA, non-interlaced PNG (what make-icons.js writes) to raw RGBA bytes. */
function decodeRgba(file: string): Buffer {
  const buf = fs.readFileSync(file);
  let off = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    const type = buf.toString("ascii", off + 4, off + 8);
    const data = buf.subarray(off + 8, off + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) throw new Error(`${file}: not 8-bit RGBA non-interlaced`);
    } else if (type === "IDAT") idat.push(data);
    off += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? out[y * stride + x - 4] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      let v = line[x];
      if (f === 1) v += a;
      else if (f === 2) v += b;
      else if (f === 3) v += (a + b) >> 1;
      else if (f === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = v & 0xff;
    }
  }
  return out;
}

describe("manifest.xml: ribbon", () => {
  test("a custom tab ProjectOffice.Tab labelled «Проектный офис» / Project Office", () => {
    const tabs = all(vo, "CustomTab");
    expect(tabs.map((t) => t.attrs.id)).toEqual(["ProjectOffice.Tab"]);
    const label = resourceById.get(kid(tabs[0], "Label").attrs.resid)!.el;
    expect(label.attrs.DefaultValue).toBe("Проектный офис");
    expect(kids(label, "Override")[0].attrs.Value).toBe("Project Office");
  });

  test("at least 6 buttons, ids unique, each with a label, a supertip and icons 16/32/80", () => {
    const buttons = controls.filter((c) => c.attrs["xsi:type"] === "Button");
    expect(buttons.length).toBeGreaterThanOrEqual(6);
    const ids = [...controls, ...all(vo, "Group"), ...all(vo, "CustomTab")].map((c) => c.attrs.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const b of buttons) {
      expect(kid(b, "Label").attrs.resid).toBeTruthy();
      const tip = kid(b, "Supertip");
      expect(kid(tip, "Title").attrs.resid).toBeTruthy();
      expect(kid(tip, "Description").attrs.resid).toBeTruthy();
      expect(
        kids(kid(b, "Icon"), "Image")
          .map((i) => i.attrs.size)
          .sort(),
      ).toEqual(["16", "32", "80"]);
    }
    for (const g of all(vo, "Group"))
      expect(
        kids(kid(g, "Icon"), "Image")
          .map((i) => i.attrs.size)
          .sort(),
      ).toEqual(["16", "32", "80"]);
  });

  test("the ExecuteFunction buttons call exactly the expected functions, each once", () => {
    expect([...functionNames].sort()).toEqual([...EXPECTED_FUNCTIONS].sort());
    for (const fn of all(vo, "FunctionName")) expect(fn.parent!.attrs["xsi:type"]).toBe("ExecuteFunction");
  });

  test("an «Открыть панель» button shows the task pane ProjectOffice.Taskpane from the shared runtime page", () => {
    const actions = all(vo, "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
    expect(actions).toHaveLength(1);
    expect(kid(actions[0], "TaskpaneId").text).toBe("ProjectOffice.Taskpane");
    expect(kid(actions[0], "SourceLocation").attrs.resid).toBe("Taskpane.Url");
    const label = resourceById.get(kid(actions[0].parent!, "Label").attrs.resid)!.el;
    expect(label.attrs.DefaultValue).toBe("Открыть панель");
    expect(kids(label, "Override")[0].attrs.Value).toBe("Open pane");
  });

  test("GetStarted has a title, a description and a learn-more URL", () => {
    const gs = kid(kid(kid(kid(vo, "Hosts"), "Host"), "DesktopFormFactor"), "GetStarted");
    for (const n of ["Title", "Description", "LearnMoreUrl"]) expect(resourceById.has(kid(gs, n).attrs.resid)).toBe(true);
  });
});

describe("manifest.xml: shared runtime", () => {
  test("SharedRuntime 1.1 is required", () => {
    const sets = [...all(root, "Set")].filter((s) => s.attrs.Name === "SharedRuntime");
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) expect(s.attrs.MinVersion).toBe("1.1");
  });

  test("one long-lived runtime; FunctionFile and the task pane use the same resid", () => {
    const runtimes = all(vo, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs.lifetime).toBe("long");
    const resid = runtimes[0].attrs.resid;
    expect(resid).toBe("Taskpane.Url");
    for (const ff of all(vo, "FunctionFile")) expect(ff.attrs.resid).toBe(resid);
    for (const sl of all(vo, "SourceLocation")) expect(sl.attrs.resid).toBe(resid);
    // the runtime page is the task pane page of the base manifest
    expect(resourceById.get(resid)!.el.attrs.DefaultValue).toBe(kid(kid(root, "DefaultSettings"), "SourceLocation").attrs.DefaultValue);
  });
});

describe("ribbon functions are associated in code", () => {
  function sourceFiles(dir: string): string[] {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) return d.name === "node_modules" ? [] : sourceFiles(p);
      return /\.tsx?$/.test(d.name) && !/\.d\.ts$/.test(d.name) ? [p] : [];
    });
  }

  test('every FunctionName has a literal Office.actions.associate("NAME", …) under src/', () => {
    const associated = new Set<string>();
    const re = /Office\s*\.\s*actions\s*\.\s*associate\s*\(\s*(["'])([^"'\\]+)\1/g;
    for (const file of sourceFiles(SRC)) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(re)) associated.add(m[2]);
    }
    const missing = functionNames.filter((n) => !associated.has(n));
    expect({ missingAssociations: missing }).toEqual({ missingAssociations: [] });
  });

  const bundles = fs.existsSync(DIST) ? fs.readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];
  (bundles.length ? test : test.skip)("the built bundle dist/*.js contains every function name", () => {
    const text = bundles.map((f) => fs.readFileSync(path.join(DIST, f), "utf8")).join("\n");
    const missing = functionNames.filter((n) => !text.includes(`"${n}"`) && !text.includes(`'${n}'`) && !text.includes(`\`${n}\``));
    expect({ missingInBundle: missing }).toEqual({ missingInBundle: [] });
  });
});

describe("scripts/manifest-prod.js: the production manifest", () => {
  const BASE = "https://office.example.ru/project-office/";

  /** Compares two trees; where a value differs, the original must be a dev URL that became a production URL. */
  function diffOnlyUrls(a: El, b: El, base: string, changes: string[]) {
    expect(b.tag).toBe(a.tag);
    expect(Object.keys(b.attrs)).toEqual(Object.keys(a.attrs));
    const same = (x: string, y: string, where: string) => {
      if (x === y) return;
      expect({ where, wasDevUrl: x.startsWith(prod.DEV_BASE) }).toEqual({ where, wasDevUrl: true });
      expect({ where, value: y }).toEqual({ where, value: base + x.slice(prod.DEV_BASE.length) });
      changes.push(where);
    };
    for (const k of Object.keys(a.attrs)) same(a.attrs[k], b.attrs[k], `${pathOf(a)}@${k}`);
    same(a.text, b.text, pathOf(a));
    expect(b.children.length).toBe(a.children.length);
    a.children.forEach((c, i) => diffOnlyUrls(c, b.children[i], base, changes));
  }

  test("rewriteManifest changes only the URLs, and every dev URL", () => {
    const out = prod.rewriteManifest(xml, BASE);
    expect(out).not.toContain("localhost");
    expect(XMLValidator.validate(out)).toBe(true);
    const changes: string[] = [];
    diffOnlyUrls(root, parse(out), BASE, changes);
    const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
    expect(changes.length).toBe(withoutComments.split(prod.DEV_BASE).length - 1);
    // and nothing else in the text moved: putting the dev origin back gives the original byte for byte
    expect(out.split(BASE).join(prod.DEV_BASE)).toBe(xml);
  });

  test("the base URL gets its trailing slash; http, relative and query URLs are refused", () => {
    expect(prod.rewriteManifest(xml, "https://office.example.ru/po")).toContain('"https://office.example.ru/po/taskpane.html"');
    expect(prod.rewriteManifest(xml, "https://office.example.ru")).toContain('"https://office.example.ru/taskpane.html"');
    expect(() => prod.rewriteManifest(xml, "http://office.example.ru/")).toThrow(/https/);
    expect(() => prod.rewriteManifest(xml, "office.example.ru")).toThrow();
    expect(() => prod.rewriteManifest(xml, "https://office.example.ru/?a=1")).toThrow();
    expect(() => prod.rewriteManifest(xml, "")).toThrow(/PROJECT_OFFICE_URL/);
  });

  test("the production manifest keeps every URL https on one origin", () => {
    const out = parse(prod.rewriteManifest(xml, BASE));
    const values = [...walk(out)].flatMap((e) => Object.values(e.attrs)).filter((v) => /^https?:\/\//.test(v) && !v.includes("schemas.microsoft.com") && !v.includes("www.w3.org"));
    expect(values.length).toBeGreaterThan(10);
    for (const v of values) expect(v.startsWith(BASE)).toBe(true);
  });
});
