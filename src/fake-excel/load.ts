/**
 * Load specs and request JSON: what `load(...)` takes, as Office.js takes it, turned into property paths;
 * and proxies passed as values written as object-path ids.
 */
import { FakeClientObject } from "./runtime";

/** Proxies passed as values (e.g. a Range as a validation source) are described by their id in the JSON. */
export function jsonSafe(v: unknown): unknown {
  if (v instanceof FakeClientObject) return { _ObjectPathId: v._id };
  if (Array.isArray(v)) return v.map(jsonSafe);
  if (v && typeof v === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = jsonSafe(x);
    return o;
  }
  return v;
}

export function normalizeLoad(spec?: string | string[] | Record<string, unknown>): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => normalizeLoad(s));
  const o = spec as Record<string, unknown>;
  if ("select" in o || "expand" in o) {
    const sel = typeof o.select === "string" ? normalizeLoad(o.select) : [];
    const exp = typeof o.expand === "string" ? normalizeLoad(o.expand) : [];
    return [...sel, ...exp];
  }
  // Excel.Interfaces.*LoadOptions: { values: true, format: { fill: { color: true } }, $all: true }
  const out: string[] = [];
  const walk = (prefix: string, x: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(x)) {
      if (k === "$top" || k === "$skip") continue;
      const p = prefix ? `${prefix}/${k}` : k;
      if (v === true) out.push(p);
      else if (v && typeof v === "object") walk(p === "$all" ? prefix : p, v as Record<string, unknown>);
    }
  };
  walk("", o);
  return out;
}
