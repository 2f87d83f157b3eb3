/**
 * The proxy machinery of the fake, modelled on the real Office.js client runtime (office-js
 * excel-*.debug.js): every API object is a proxy; creating one queues an "instantiate" action;
 * setting a property or calling a method queues an action; nothing touches the workbook until
 * context.sync() runs the queue in order. Reading a property needs a load and a sync (or a local
 * set, which Office.js also keeps: `range.values = x; range.values` gives x back).
 */
import { FakeOfficeError, propertyNotLoaded } from "./errors";
import { utf8Length } from "./a1";
import type { FakeWorkbook } from "./model";
import { officeRequestBytes } from "./wire";
import { jsonSafe, normalizeLoad } from "./load";

export interface FakeExcelOptions {
  /** A request (one sync's queued actions) larger than this rejects with RequestPayloadSizeLimitExceeded. Excel on the web: 5 MB. */
  payloadLimitBytes?: number;
  /** A response (one sync's loaded data) larger than this rejects with ResponsePayloadSizeLimitExceeded. Excel on the web: 5 MB. */
  responseLimitBytes?: number;
  /** Highest ExcelApi requirement set the fake claims (default "1.18"). Calling a newer method throws ApiNotFound, as Office.js does. */
  apiVersion?: string;
  /** Milliseconds each round trip takes (default 0), so the preview feels like Excel. */
  latencyMs?: number;
  /** A client profile (profiles.ts): its ExcelApi version and payload caps, unless given here too. */
  profile?: import("./profiles").FakeProfileId;
}

export interface FakeRequestStat {
  /** UTF-8 bytes of the JSON of the queued actions (values arrays included). */
  bytes: number;
  /** actions in the request (instantiations, sets, method calls, loads) */
  ops: number;
  /** UTF-8 bytes of the JSON of everything the request loaded */
  responseBytes: number;
}

export interface FakeStats {
  /** round trips: every context.sync() with something queued (an empty sync sends nothing, as in Office.js) */
  syncs: number;
  requests: FakeRequestStat[];
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export class FakeEngine {
  readonly options: Required<Pick<FakeExcelOptions, "apiVersion">> & FakeExcelOptions;
  stats: FakeStats = { syncs: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0 };
  /** The next sync that runs will reject with this error before doing anything (tests: simulate a host failure). */
  failNextSync: FakeOfficeError | null = null;
  /** Called after every round trip (the workbook may have changed, even when the sync failed part way). */
  readonly listeners = new Set<() => void>();
  /**
   * The person is typing in a cell. A batch then fails with InvalidOperationInCellEditMode unless Excel.run was given
   * `{ delayForCellEdit: true }`, which delays it until the edit ends (Excel.RunOptions.delayForCellEdit and
   * Excel.ErrorCodes.invalidOperationInCellEditMode, @types/office-js; RunOptions is ExcelApi 1.11).
   */
  cellEditMode = false;
  private editEnded: (() => void)[] = [];

  setCellEditMode(on: boolean): void {
    this.cellEditMode = on;
    if (!on) for (const f of this.editEnded.splice(0)) f();
  }

  /** Resolves when the person leaves the cell. */
  untilCellEditEnds(): Promise<void> {
    return this.cellEditMode ? new Promise((resolve) => this.editEnded.push(resolve)) : Promise.resolve();
  }

  constructor(
    readonly workbook: FakeWorkbook,
    options: FakeExcelOptions = {},
  ) {
    this.options = { apiVersion: "1.18", ...options };
  }

  resetStats(): void {
    this.stats = { syncs: 0, requests: [], maxRequestBytes: 0, maxResponseBytes: 0 };
  }

  supports(version: string): boolean {
    return minor(version) <= minor(this.options.apiVersion);
  }
}

function minor(v: string): number {
  const m = /^1\.(\d+)$/.exec(v.trim());
  return m ? Number(m[1]) : 0;
}

/** One action in a request. */
interface QueuedOp {
  json: unknown;
  /** runs against the workbook during sync, in order */
  exec: () => void;
}

/**
 * The server-side object behind a proxy: a different shape per class (a FakeSheet, a range { sheet, ref }, a chart
 * record…). Each class's PropDefs and methods name the shape they take, so the base class cannot.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above: one shape per proxy class
export type Target = any;

/** A property of a proxy class: how the fake reads it from, and writes it to, the resolved target. */
export interface PropDef {
  get: (target: Target, obj: FakeClientObject) => unknown;
  set?: (target: Target, value: unknown, obj: FakeClientObject) => void;
  /** ExcelApi version the property needs (for documentation; loads of newer properties still work) */
  since?: string;
}

export interface ClassDef {
  typeName: string;
  props: Record<string, PropDef>;
  /** navigation properties: name → factory of the child proxy */
  nav: Record<string, { make: (parent: FakeClientObject) => FakeClientObject; since?: string }>;
  /** a collection: items are made from the resolved target by this function */
  items?: (target: Target, coll: FakeClientObject) => FakeClientObject[];
}

let nextObjectId = 1;

/** Base of every proxy. Names starting with "_" are the fake's internals, as in Office.js. */
export class FakeClientObject {
  /** @internal */ _ctx: FakeRequestContext;
  /** @internal */ _parent: FakeClientObject | null;
  /** @internal */ _id = nextObjectId++;
  /** @internal */ _resolver: ((parentTarget: Target) => unknown) | null;
  /** @internal */ _resolved = false;
  /** @internal */ _target: unknown = undefined;
  /** @internal */ _loaded = new Map<string, unknown>();
  /** @internal */ _isNull: boolean | undefined = undefined;
  /** @internal */ _children = new Map<string, FakeClientObject>();
  /** @internal */ _def!: ClassDef;

  constructor(
    ctx: FakeRequestContext,
    parent: FakeClientObject | null,
    resolver: ((parentTarget: Target) => unknown) | null,
    description: string,
    opts: { bound?: unknown; noInstantiate?: boolean } = {},
  ) {
    this._ctx = ctx;
    this._parent = parent;
    this._resolver = resolver;
    if ("bound" in opts) {
      this._target = opts.bound;
      this._resolved = true;
    }
    if (!opts.noInstantiate && !ctx._executing) {
      // Office.js instantiates every new object path in the pending request: an invalid path
      // (a missing sheet, a bad address) makes the next sync reject even if nothing else uses it.
      ctx._queue({ i: this._id, p: parent?._id ?? 0, m: description }, () => {
        const t = this._resolve();
        ctx._pendingNull.push([this, t === null]);
      });
    }
  }

  get context(): FakeRequestContext {
    return this._ctx;
  }

  /** Office.js: available after the sync that followed the object's creation (or a load). */
  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._def.typeName, "isNullObject");
    return this._isNull;
  }

  /** @internal The server-side object, or null for a null object. Only during sync. */
  _resolve(): Target {
    if (this._resolved) return this._target;
    const parentTarget = this._parent ? this._parent._resolve() : this._ctx._engine.workbook;
    let t: unknown;
    if (parentTarget === null)
      t = null; // below a null object everything is a null object (assumed Excel behaviour)
    else if (!this._resolver) throw new FakeOfficeError("InvalidObjectPath", { errorLocation: this._def.typeName });
    else t = this._resolver(parentTarget);
    this._target = t;
    this._resolved = true;
    return t;
  }

  /** @internal binds an object made by a method that creates something (worksheets.add, …) */
  _bind(target: unknown): void {
    this._target = target;
    this._resolved = true;
    this._ctx._pendingNull.push([this, target === null]);
  }

  /** @internal The target for a write: a null object cannot be written to. */
  _writable(location: string): Target {
    const t = this._resolve();
    if (t === null) throw new FakeOfficeError("InvalidObjectPath", { errorLocation: location, message: `${location}: the object is a null object (check isNullObject before writing).` });
    return t;
  }

  /** @internal */
  _read(prop: string): Target {
    if (this._isNull === true) return undefined;
    if (!this._loaded.has(prop)) throw propertyNotLoaded(this._def.typeName, prop);
    return this._loaded.get(prop);
  }

  /** @internal queue a property set; the value is readable locally at once, as in Office.js */
  _write(prop: string, value: unknown): void {
    const def = this._def.props[prop];
    if (!def?.set) throw new FakeOfficeError("InvalidArgument", { message: `Cannot set the read-only property '${prop}' of ${this._def.typeName}.`, errorLocation: `${this._def.typeName}.${prop}` });
    const location = `${this._def.typeName}.${prop}`;
    this._loaded.set(prop, value);
    this._ctx._queue({ i: this._id, set: prop, v: jsonSafe(value) }, () => {
      const t = this._writable(location);
      try {
        def.set!(t, value, this);
      } catch (e) {
        throw withLocation(e, location);
      }
    });
  }

  /** @internal queue a method action */
  _call(method: string, args: unknown[], run: (target: Target) => void): void {
    const location = `${this._def.typeName}.${method}`;
    this._ctx._queue({ i: this._id, call: method, a: args.map(jsonSafe) }, () => {
      const t = this._writable(location);
      try {
        run(t);
      } catch (e) {
        throw withLocation(e, location);
      }
    });
  }

  /** @internal check that the running ExcelApi version has a method; throws ApiNotFound like Office.js */
  _requires(version: string, member: string): void {
    if (!this._ctx._engine.supports(version)) throw new FakeOfficeError("ApiNotFound", { errorLocation: `${this._def.typeName}.${member}` });
  }

  /** @internal a navigation property's child, made once */
  _nav(name: string): FakeClientObject {
    let c = this._children.get(name);
    if (!c) {
      const n = this._def.nav[name];
      if (n.since) this._requires(n.since, name);
      c = n.make(this);
      this._children.set(name, c);
    }
    return c;
  }

  load(spec?: string | string[] | Record<string, unknown>): this {
    const paths = normalizeLoad(spec);
    this._ctx._queue({ i: this._id, load: paths }, () => {
      const t = this._resolve();
      this._collect(t, paths);
    });
    return this;
  }

  /** @internal run a load during sync: read now, commit when the sync succeeds */
  _collect(t: unknown, paths: string[]): void {
    const ctx = this._ctx;
    ctx._pendingNull.push([this, t === null]);
    if (t === null) return;
    const def = this._def;
    const scalars = new Set<string>();
    const navs = new Map<string, string[]>();
    const itemPaths: string[] = [];
    const addAll = () => Object.keys(def.props).forEach((p) => scalars.add(p));
    if (paths.length === 0) {
      if (def.items) itemPaths.push("");
      else addAll();
    }
    for (const path of paths) {
      const [head, ...rest] = path.split("/").map((s) => s.trim());
      if (head === "$all" || head === "*") {
        if (def.items) itemPaths.push("");
        else addAll();
      } else if (def.items && head === "items") itemPaths.push(rest.join("/"));
      else if (def.props[head]) scalars.add(head);
      else if (def.nav[head]) {
        const list = navs.get(head) ?? [];
        if (rest.length) list.push(rest.join("/"));
        navs.set(head, list);
      } else if (def.items) itemPaths.push(path);
      else if (head === "") continue;
      else throw new FakeOfficeError("InvalidArgument", { message: `${def.typeName} has no property '${head}' to load.`, errorLocation: `${def.typeName}.load` });
    }
    for (const p of scalars) {
      const v = def.props[p].get(t, this);
      ctx._pendingLoads.push([this, p, v]);
      ctx._responseBytes += utf8Length(JSON.stringify(jsonSafe(v)) ?? "null") + p.length + 4;
    }
    for (const [name, sub] of navs) {
      const child = this._nav(name);
      child._collect(child._resolve(), sub);
    }
    if (def.items && itemPaths.length) {
      const items = def.items(t, this);
      const sub = itemPaths.filter((p) => p !== "");
      for (const item of items) item._collect(item._resolve(), sub);
      ctx._pendingLoads.push([this, "items", items]);
    }
  }

  /** Office.js ClientObject.set: sets several properties (and navigation properties) at once. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties ?? {})) {
      if (this._def.props[k]) (this as unknown as Record<string, unknown>)[k] = v;
      else if (this._def.nav[k] && v && typeof v === "object") this._nav(k).set(v as Record<string, unknown>);
      else throw new FakeOfficeError("InvalidArgument", { message: `${this._def.typeName} has no property '${k}'.` });
    }
  }

  /** Office.js toJSON: the loaded properties as plain data. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) {
      if (k === "items") out.items = (v as FakeClientObject[]).map((x) => x.toJSON());
      else out[k] = v;
    }
    for (const [k, c] of this._children) {
      const j = c.toJSON();
      if (Object.keys(j).length) out[k] = j;
    }
    return out;
  }

  /** Office.js: tracking keeps ranges valid across runs; the fake's objects never expire. */
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }
}

function withLocation(e: unknown, location: string): unknown {
  if (e instanceof FakeOfficeError && !e.debugInfo.errorLocation) (e.debugInfo as { errorLocation?: string }).errorLocation = location;
  return e;
}

/** Defines getters/setters for a class's properties and navigation properties on its prototype. */
export function defineClass(cls: { prototype: object }, def: ClassDef): void {
  Object.defineProperty(cls.prototype, "_def", { value: def, writable: false, enumerable: false });
  for (const name of Object.keys(def.props)) {
    Object.defineProperty(cls.prototype, name, {
      get(this: FakeClientObject) {
        return this._read(name);
      },
      set(this: FakeClientObject, v: unknown) {
        this._write(name, v);
      },
      enumerable: true,
      configurable: true,
    });
  }
  for (const name of Object.keys(def.nav)) {
    Object.defineProperty(cls.prototype, name, {
      get(this: FakeClientObject) {
        return this._nav(name);
      },
      enumerable: true,
      configurable: true,
    });
  }
  if (def.items) {
    Object.defineProperty(cls.prototype, "items", {
      get(this: FakeClientObject) {
        return this._read("items");
      },
      enumerable: true,
      configurable: true,
    });
  }
}

/** OfficeExtension.ClientResult: `value` after the sync. */
export class FakeClientResult<T> {
  /** @internal */ _value: T | undefined;
  /** @internal */ _set = false;
  get value(): T {
    if (!this._set) throw propertyNotLoaded("ClientResult", "value");
    return this._value as T;
  }
}

/** The request context: the workbook proxy, the queue, sync(). */
export class FakeRequestContext {
  /** @internal */ readonly _engine: FakeEngine;
  /** @internal */ _ops: QueuedOp[] = [];
  /** @internal */ _pendingLoads: [FakeClientObject, string, unknown][] = [];
  /** @internal */ _pendingNull: [FakeClientObject, boolean][] = [];
  /** @internal */ _pendingResults: [FakeClientResult<unknown>, unknown][] = [];
  /** @internal */ _responseBytes = 0;
  /** @internal true while a sync runs the queue (objects made then are not instantiated again) */
  _executing = false;
  /** @internal Excel.run was given { delayForCellEdit: true } */
  _delayForCellEdit = false;
  readonly workbook: FakeClientObject;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly application = { suspendApiCalculationUntilNextSync: () => undefined, calculationMode: "Automatic" };

  constructor(engine: FakeEngine, makeWorkbook: (ctx: FakeRequestContext) => FakeClientObject) {
    this._engine = engine;
    this.workbook = makeWorkbook(this);
  }

  /** @internal */
  _queue(json: unknown, exec: () => void): void {
    this._ops.push({ json, exec });
  }

  /** @internal a ClientResult filled during sync */
  _result<T>(json: unknown, compute: () => T): FakeClientResult<T> {
    const r = new FakeClientResult<T>();
    this._queue(json, () => {
      this._pendingResults.push([r as FakeClientResult<unknown>, compute()]);
      this._responseBytes += 16;
    });
    return r;
  }

  /** Sends the queued actions as one request. Writes happen now, in order; the first failure rejects. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this._ops;
    this._ops = [];
    if (ops.length === 0) return passThroughValue as T;
    const engine = this._engine;
    const bytes = officeRequestBytes(ops);
    const stat: FakeRequestStat = { bytes, ops: ops.length, responseBytes: 0 };
    engine.stats.syncs++;
    engine.stats.requests.push(stat);
    engine.stats.maxRequestBytes = Math.max(engine.stats.maxRequestBytes, bytes);
    const latency = engine.options.latencyMs ?? 0;
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    else await Promise.resolve();
    if (engine.cellEditMode) {
      if (!this._delayForCellEdit) throw new FakeOfficeError("InvalidOperationInCellEditMode", { errorLocation: "RequestContext.sync" });
      await engine.untilCellEditEnds();
    }
    try {
      return this._run(ops, stat, passThroughValue);
    } finally {
      for (const fn of engine.listeners) {
        try {
          fn();
        } catch {
          /* a listener's error is not the batch's */
        }
      }
    }
  }

  /** @internal executes one request */
  private _run<T>(ops: QueuedOp[], stat: FakeRequestStat, passThroughValue?: T): T {
    const engine = this._engine;
    const bytes = stat.bytes;
    this._pendingLoads = [];
    this._pendingNull = [];
    this._pendingResults = [];
    this._responseBytes = 0;
    if (engine.failNextSync) {
      const e = engine.failNextSync;
      engine.failNextSync = null;
      throw e;
    }
    if (engine.options.payloadLimitBytes !== undefined && bytes > engine.options.payloadLimitBytes)
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", { errorLocation: "RequestContext.sync" });
    this._executing = true;
    try {
      for (const op of ops) {
        try {
          op.exec();
        } catch (e) {
          if (e instanceof FakeOfficeError) (e.debugInfo as { statement?: string }).statement = JSON.stringify(op.json)?.slice(0, 300);
          throw e;
        }
      }
    } finally {
      this._executing = false;
    }
    stat.responseBytes = this._responseBytes;
    engine.stats.maxResponseBytes = Math.max(engine.stats.maxResponseBytes, this._responseBytes);
    if (engine.options.responseLimitBytes !== undefined && this._responseBytes > engine.options.responseLimitBytes)
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", { errorLocation: "RequestContext.sync" });
    for (const [obj, isNull] of this._pendingNull) obj._isNull = isNull;
    for (const [obj, prop, v] of this._pendingLoads) obj._loaded.set(prop, v);
    for (const [r, v] of this._pendingResults) {
      r._value = v;
      r._set = true;
    }
    this._pendingLoads = [];
    this._pendingNull = [];
    this._pendingResults = [];
    return passThroughValue as T;
  }
}
