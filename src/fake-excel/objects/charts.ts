/**
 * Excel.ChartCollection, Chart, ChartTitle, ChartSeriesCollection and ChartSeries.
 */
import type { RangeRef } from "../../core/address";
import { FakeOfficeError } from "../errors";
import { colsOf, rowsOf } from "../a1";
import { DEFAULT_CHART_SIZE_PT, hasContent } from "../model";
import type { FakeChart, FakeChartSeries, FakeSheet } from "../model";
import { FakeClientObject, defineClass } from "../runtime";
import type { FakeClientResult, PropDef } from "../runtime";
import { q, assertEditable, rangeArg, cellValue, grid, type RangeT } from "./cells";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";

// ---------------------------------------------------------------------------------------------
// Charts (ExcelApi 1.1; series.add, setValues, setXAxisValues and chartType 1.7)

export interface ChartsT {
  sheet: FakeSheet;
}
export interface ChartT {
  sheet: FakeSheet;
  chart: FakeChart;
}
export interface SeriesT {
  sheet: FakeSheet;
  chart: FakeChart;
  series: FakeChartSeries;
}

/** Excel.ChartType values (@types/office-js). */
export const CHART_TYPES = new Set(
  (
    "ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100 " +
    "3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded " +
    "3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked " +
    "3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect " +
    "StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked " +
    "CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol " +
    "PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn Line " +
    "3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel"
  ).split(" "),
);
export const SERIES_BY = ["Auto", "Columns", "Rows"];

/**
 * The series Excel makes from a source range (the fake's simplification of Excel's guess): one series per column
 * ("Columns", or "Auto" when the range has at least as many rows as columns) or per row. When the range is at
 * least 2 × 2 and its top-left cell is empty, the first row (or column) names the series and the first column
 * (or row) gives the categories; otherwise the series are «Series1», «Series2»… without categories.
 */
export function seriesFromRange(src: RangeT, seriesBy: string): FakeChartSeries[] {
  const { sheet, ref } = src;
  const rows = rowsOf(ref);
  const cols = colsOf(ref);
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rows >= cols);
  const labelled = rows >= 2 && cols >= 2 && cellValue(sheet.getCell(ref.top, ref.left)) === "";
  const out: FakeChartSeries[] = [];
  const first = labelled ? 1 : 0;
  const count = byColumns ? cols : rows;
  for (let i = first; i < count; i++) {
    const values: RangeRef = byColumns
      ? { top: ref.top + first, bottom: ref.bottom, left: ref.left + i, right: ref.left + i }
      : { top: ref.top + i, bottom: ref.top + i, left: ref.left + first, right: ref.right };
    const categories: RangeRef | null = !labelled
      ? null
      : byColumns
        ? { top: ref.top + 1, bottom: ref.bottom, left: ref.left, right: ref.left }
        : { top: ref.top, bottom: ref.top, left: ref.left + 1, right: ref.right };
    const name = labelled ? String(cellValue(byColumns ? sheet.getCell(ref.top, ref.left + i) : sheet.getCell(ref.top + i, ref.left))) : "";
    out.push({ name: name || `Series${out.length + 1}`, values: { sheet, ref: values }, categories: categories && { sheet, ref: categories } });
  }
  return out;
}

export function liveChart(t: ChartT): FakeChart {
  if (!t.sheet.charts.includes(t.chart)) throw new FakeOfficeError("ItemNotFound");
  return t.chart;
}

export function editableChart(t: ChartT): FakeChart {
  const c = liveChart(t);
  assertEditable(t.sheet);
  return c;
}

export function chartType(v: unknown): string {
  if (typeof v !== "string" || !CHART_TYPES.has(v)) throw new FakeOfficeError("InvalidArgument", { message: `Not a chart type: ${q(v)}` });
  return v;
}

export class ChartCollectionProxy extends FakeClientObject {
  add(type: string, sourceData: RangeProxy, seriesBy: string = "Auto"): ChartProxy {
    const chart = new ChartProxy(this._ctx, this, null, `add(${q(type)},range,${q(seriesBy)})`, { noInstantiate: true });
    this._call("add", [type, sourceData, seriesBy], (t: ChartsT) => {
      assertEditable(t.sheet);
      const kind = chartType(type);
      if (!SERIES_BY.includes(seriesBy)) throw new FakeOfficeError("InvalidArgument");
      if (!(sourceData instanceof RangeProxy)) throw new FakeOfficeError("InvalidArgument", { message: "sourceData must be a Range." });
      const src = rangeArg(sourceData, t.sheet.workbook, t.sheet);
      // A chart over series that are all empty may fail with EmptyChartSeries (Excel.ErrorCodes.emptyChartSeries,
      // "the chart series is empty"). When exactly Excel raises it is unconfirmed (checklist): the fake refuses
      // a source range with no value at all, the strictest reading.
      let empty = true;
      src.sheet.forEachStored(src.ref, (_r, _c, cell) => void (hasContent(cell) && (empty = false)));
      if (empty) throw new FakeOfficeError("EmptyChartSeries");
      let n = 1;
      while (t.sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const rec: FakeChart = {
        id: t.sheet.workbook.newId("{chart-"),
        name: `Chart ${n}`,
        type: kind,
        title: "",
        titleVisible: false,
        series: seriesFromRange(src, seriesBy),
        anchor: null,
        top: 0,
        left: 0,
        ...DEFAULT_CHART_SIZE_PT,
      };
      t.sheet.charts.push(rec);
      chart._bind({ sheet: t.sheet, chart: rec });
    });
    return chart;
  }
  getItem(name: string): ChartProxy {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): ChartProxy {
    this._requires("1.4", "getItemOrNullObject");
    return this.byName(name, true);
  }
  /** Excel: the first chart of that name. */
  private byName(name: string, orNull: boolean): ChartProxy {
    return new ChartProxy(
      this._ctx,
      this,
      (t: ChartsT) => {
        const c = t.sheet.charts.find((x) => x.name === String(name));
        if (!c) {
          if (orNull) return null;
          throw new FakeOfficeError("ItemNotFound");
        }
        return { sheet: t.sheet, chart: c };
      },
      `${orNull ? "getItemOrNullObject" : "getItem"}(${q(name)})`,
    );
  }
  getItemAt(index: number): ChartProxy {
    return new ChartProxy(
      this._ctx,
      this,
      (t: ChartsT) => {
        const c = t.sheet.charts[index];
        if (!c) throw new FakeOfficeError("ItemNotFound");
        return { sheet: t.sheet, chart: c };
      },
      `getItemAt(${index})`,
    );
  }
  getCount(): FakeClientResult<number> {
    this._requires("1.4", "getCount");
    return this._ctx._result({ i: this._id, call: "getCount" }, () => (this._resolve() as ChartsT).sheet.charts.length);
  }
}
defineClass(ChartCollectionProxy, {
  typeName: "ChartCollection",
  props: { count: { get: (t: ChartsT) => t.sheet.charts.length } },
  nav: {},
  items: (t: ChartsT, coll) => t.sheet.charts.map((c) => new ChartProxy(coll._ctx, coll, null, `item(${q(c.id)})`, { bound: { sheet: t.sheet, chart: c }, noInstantiate: true })),
});

/** Excel.Chart */
export class ChartProxy extends FakeClientObject {
  /** Moves the chart's top-left corner to startCell; with endCell, sizes it to cover through endCell. */
  setPosition(startCell: RangeProxy | string, endCell?: RangeProxy | string): void {
    this._call("setPosition", [startCell, endCell ?? null], (t: ChartT) => {
      const c = editableChart(t);
      const start = rangeArg(startCell, t.sheet.workbook, t.sheet);
      const end = endCell === undefined || endCell === null ? null : rangeArg(endCell, t.sheet.workbook, t.sheet);
      if (start.sheet !== t.sheet || (end && end.sheet !== t.sheet)) throw new FakeOfficeError("InvalidArgument");
      const at = t.sheet.offsetOf(start.ref.top, start.ref.left);
      c.top = at.top;
      c.left = at.left;
      if (end) {
        if (end.ref.bottom < start.ref.top || end.ref.right < start.ref.left) throw new FakeOfficeError("InvalidArgument");
        const past = t.sheet.offsetOf(end.ref.bottom + 1, end.ref.right + 1);
        c.width = past.left - at.left;
        c.height = past.top - at.top;
        c.anchor = { top: start.ref.top, left: start.ref.left, bottom: end.ref.bottom, right: end.ref.right };
      } else {
        c.anchor = { top: start.ref.top, left: start.ref.left, bottom: start.ref.top, right: start.ref.left };
      }
    });
  }
  /** Replaces the series with those of a new source range. */
  setData(sourceData: RangeProxy, seriesBy: string = "Auto"): void {
    this._call("setData", [sourceData, seriesBy], (t: ChartT) => {
      const c = editableChart(t);
      if (!SERIES_BY.includes(seriesBy) || !(sourceData instanceof RangeProxy)) throw new FakeOfficeError("InvalidArgument");
      c.series = seriesFromRange(rangeArg(sourceData, t.sheet.workbook, t.sheet), seriesBy);
    });
  }
  delete(): void {
    this._call("delete", [], (t: ChartT) => {
      editableChart(t);
      t.sheet.charts = t.sheet.charts.filter((x) => x !== t.chart);
    });
  }
}
export function chartNumber(prop: "top" | "left" | "width" | "height"): PropDef {
  return {
    get: (t: ChartT) => liveChart(t)[prop],
    set: (t: ChartT, v) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new FakeOfficeError("InvalidArgument");
      const c = editableChart(t);
      c[prop] = v;
      c.anchor = null; // no longer exactly over cells
    },
  };
}
defineClass(ChartProxy, {
  typeName: "Chart",
  props: {
    name: {
      get: (t: ChartT) => liveChart(t).name,
      set: (t: ChartT, v) => {
        if (typeof v !== "string" || v.length === 0 || v.length > 255) throw new FakeOfficeError("InvalidArgument");
        editableChart(t).name = v;
      },
    },
    id: { since: "1.7", get: (t: ChartT) => liveChart(t).id },
    chartType: { since: "1.7", get: (t: ChartT) => liveChart(t).type, set: (t: ChartT, v) => void (editableChart(t).type = chartType(v)) },
    top: chartNumber("top"),
    left: chartNumber("left"),
    width: chartNumber("width"),
    height: chartNumber("height"),
  },
  nav: {
    title: { make: (p) => new ChartTitleProxy(p._ctx, p, (t) => t, "title") },
    series: { make: (p) => new ChartSeriesCollectionProxy(p._ctx, p, (t) => t, "series") },
    worksheet: { make: (p) => new WorksheetProxy(p._ctx, p, (t: ChartT) => t.sheet, "worksheet"), since: "1.2" },
  },
});

export class ChartTitleProxy extends FakeClientObject {}
defineClass(ChartTitleProxy, {
  typeName: "ChartTitle",
  props: {
    text: {
      get: (t: ChartT) => liveChart(t).title,
      set: (t: ChartT, v) => {
        const c = editableChart(t);
        c.title = String(v ?? "");
        c.titleVisible = c.title !== "";
      },
    },
    visible: { get: (t: ChartT) => liveChart(t).titleVisible, set: (t: ChartT, v) => void (editableChart(t).titleVisible = Boolean(v)) },
  },
  nav: {},
});

export class ChartSeriesCollectionProxy extends FakeClientObject {
  /** A new series: not shown until its values are set (as in Excel). */
  add(name?: string, index?: number): ChartSeriesProxy {
    this._requires("1.7", "add");
    const series = new ChartSeriesProxy(this._ctx, this, null, `add(${q(name ?? null)},${q(index ?? null)})`, { noInstantiate: true });
    this._call("add", [name ?? null, index ?? null], (t: ChartT) => {
      const c = editableChart(t);
      const rec: FakeChartSeries = { name: name ?? `Series${c.series.length + 1}`, values: null, categories: null };
      const at = index === undefined || index === null ? c.series.length : index;
      if (!Number.isInteger(at) || at < 0 || at > c.series.length) throw new FakeOfficeError("InvalidArgument");
      c.series.splice(at, 0, rec);
      series._bind({ sheet: t.sheet, chart: c, series: rec });
    });
    return series;
  }
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(
      this._ctx,
      this,
      (t: ChartT) => {
        const s = liveChart(t).series[index];
        if (!s) throw new FakeOfficeError("ItemNotFound");
        return { sheet: t.sheet, chart: t.chart, series: s };
      },
      `getItemAt(${index})`,
    );
  }
  getCount(): FakeClientResult<number> {
    this._requires("1.4", "getCount");
    return this._ctx._result({ i: this._id, call: "getCount" }, () => liveChart(this._resolve() as ChartT).series.length);
  }
}
defineClass(ChartSeriesCollectionProxy, {
  typeName: "ChartSeriesCollection",
  props: { count: { get: (t: ChartT) => liveChart(t).series.length } },
  nav: {},
  items: (t: ChartT, coll) =>
    liveChart(t).series.map((s, i) => new ChartSeriesProxy(coll._ctx, coll, null, `getItemAt(${i})`, { bound: { sheet: t.sheet, chart: t.chart, series: s }, noInstantiate: true })),
});

export function liveSeries(t: SeriesT): FakeChartSeries {
  liveChart(t);
  if (!t.chart.series.includes(t.series)) throw new FakeOfficeError("ItemNotFound");
  return t.series;
}

export function seriesSource(t: SeriesT, data: unknown, method: string): { sheet: FakeSheet; ref: RangeRef } {
  if (!(data instanceof RangeProxy)) throw new FakeOfficeError("InvalidArgument", { message: `${method}: sourceData must be a Range.` });
  liveSeries(t);
  assertEditable(t.sheet);
  const r = rangeArg(data, t.sheet.workbook, t.sheet);
  if (rowsOf(r.ref) > 1 && colsOf(r.ref) > 1) throw new FakeOfficeError("InvalidArgument", { message: `${method}: a series takes one row or one column.` });
  return { sheet: r.sheet, ref: { ...r.ref } };
}

/** Excel.ChartSeries */
export class ChartSeriesProxy extends FakeClientObject {
  setValues(sourceData: RangeProxy): void {
    this._requires("1.7", "setValues");
    this._call("setValues", [sourceData], (t: SeriesT) => void (t.series.values = seriesSource(t, sourceData, "setValues")));
  }
  setXAxisValues(sourceData: RangeProxy): void {
    this._requires("1.7", "setXAxisValues");
    this._call("setXAxisValues", [sourceData], (t: SeriesT) => void (t.series.categories = seriesSource(t, sourceData, "setXAxisValues")));
  }
  delete(): void {
    this._requires("1.7", "delete");
    this._call("delete", [], (t: SeriesT) => {
      liveSeries(t);
      assertEditable(t.sheet);
      t.chart.series = t.chart.series.filter((s) => s !== t.series);
    });
  }
  /** The values of one dimension as text ("Categories" or "Values"), as the cells show them now. */
  getDimensionValues(dimension: string): FakeClientResult<string[]> {
    this._requires("1.12", "getDimensionValues");
    return this._ctx._result({ i: this._id, call: "getDimensionValues", a: [dimension] }, () => {
      const s = liveSeries(this._resolve() as SeriesT);
      const src = dimension === "Categories" || dimension === "XValues" ? s.categories : dimension === "Values" || dimension === "YValues" ? s.values : undefined;
      if (src === undefined) throw new FakeOfficeError("InvalidArgument");
      if (!src) return [];
      return grid(src, (c) => String(cellValue(c))).flat();
    });
  }
}
defineClass(ChartSeriesProxy, {
  typeName: "ChartSeries",
  props: {
    name: {
      get: (t: SeriesT) => liveSeries(t).name,
      set: (t: SeriesT, v) => {
        liveSeries(t);
        assertEditable(t.sheet);
        t.series.name = String(v ?? "");
      },
    },
  },
  nav: {},
});
