/**
 * План-график: a title, the project term, the items (stage → activity → control point) with compute's status
 * column, a Gantt band of one column per month of the term drawn by conditional formats (so it redraws when
 * dates change), and a legend whose labels the status formulas and the band's rules compare with.
 * The month headers are formulas from TermStart: moving the term moves the band.
 */
import { a1, scheduleStatus } from "../compute/owned";
import type { CellStyle, SheetPlan } from "../workbook";
import { rect, SheetBuilder } from "./builder";
import { ymdToSerial as serial } from "../periods/dates";
import { blockNamer, label, say, termCells, type SheetContext } from "./context";
import { EXAMPLE, PEOPLE } from "./example";
import { BLOCK_TITLE_STYLE, BODY_STYLE, COLORS, FORMATS, HEADER_STYLE, LABEL_STYLE, SCHEDULE_LAYOUT, TITLE_STYLE } from "./layout";
import { listValidation } from "./lists";
import { printReady } from "./print";
import { LISTS, titled, tr, type StringKey } from "./strings";
import { termMonths } from "./term";

const BLANK_ROWS = 20;
const TERM_ROW = 1;
const TERM_START_COL = 2;
const TERM_END_COL = 4;

export function scheduleSheet(ctx: SheetContext): SheetPlan {
  const { lang } = ctx;
  const b = new SheetBuilder(ctx.sheet);
  const t = (k: StringKey) => tr(k, lang);
  const name = blockNamer(b, ctx);
  const ex = ctx.example ? EXAMPLE : undefined;
  const I = SCHEDULE_LAYOUT.items;
  const statusCol = I.width;
  const firstMonthCol = statusCol + 1;
  const months = termMonths(ctx.term);
  const lastMonthCol = firstMonthCol + months.length - 1;

  const widths: Record<number, number> = {
    [I.level]: 17,
    [I.num]: 8,
    [I.name]: 44,
    [I.start]: 12,
    [I.end]: 12,
    [I.responsible]: 18,
    [I.document]: 28,
    [I.done]: 14,
    [statusCol]: 14,
  };
  for (const [c, w] of Object.entries(widths)) b.width(Number(c), w);
  for (let c = firstMonthCol; c <= lastMonthCol; c++) b.width(c, 5.5);

  b.merge(rect(0, 0, 0, statusCol), titled("scheduleTitle", ex && say(ctx, ex.shortName), lang), TITLE_STYLE);
  name("Title", rect(0, 0));
  label(b, TERM_ROW, t("projectTerm"), 1, LABEL_STYLE);
  termCells(b, ctx, TERM_ROW, TERM_START_COL, TERM_END_COL);
  name("TermStart", rect(TERM_ROW, TERM_START_COL));
  name("TermEnd", rect(TERM_ROW, TERM_END_COL));

  // Header: two rows; the Gantt's year row over its month row.
  const header = 3;
  const headers: [number, StringKey][] = [
    [I.level, "level"],
    [I.num, "itemNum"],
    [I.name, "itemName"],
    [I.start, "itemStart"],
    [I.end, "itemEnd"],
    [I.responsible, "responsible"],
    [I.document, "document"],
    [I.done, "doneDate"],
  ];
  for (const [c, k] of headers) b.merge(rect(header, c, header + 1, c), t(k), HEADER_STYLE);
  b.merge(rect(header, statusCol, header + 1, statusCol), t("status"), HEADER_STYLE);
  const monthRow = header + 1;
  const termStart = a1(TERM_ROW, TERM_START_COL, "both");
  for (let c = firstMonthCol; c <= lastMonthCol; c++) {
    const here = a1(monthRow, c);
    const month = c === firstMonthCol ? `=DATE(YEAR(${termStart}),MONTH(${termStart}),1)` : `=EOMONTH(${a1(monthRow, c - 1)},0)+1`;
    b.formula(monthRow, c, month, { ...HEADER_STYLE, numberFormat: FORMATS.monthHeader });
    b.formula(header, c, c === firstMonthCol ? `=YEAR(${here})` : `=IF(MONTH(${here})=1,YEAR(${here}),"")`, { ...HEADER_STYLE, numberFormat: FORMATS.year, hAlign: "left" });
  }

  // Items.
  const first = header + 2;
  const rows = ex ? ex.schedule.length : (ctx.scheduleRows ?? BLANK_ROWS);
  const last = first + rows - 1;
  b.style(rect(first, 0, last, I.done), BODY_STYLE);
  b.style(rect(first, firstMonthCol, last, lastMonthCol), { border: true });
  for (let i = 0; i < rows; i++) {
    const r = first + i;
    const it = ex?.schedule[i];
    if (it?.level === 0) b.style(rect(r, 0, r, I.done), { bold: true, fill: COLORS.stage });
    if (it?.level === 2) b.style(rect(r, 0, r, I.done), { italic: true });
    b.value(r, I.level, it && LISTS.Levels[lang][it.level]);
    b.value(r, I.num, it?.num);
    b.value(r, I.name, it && say(ctx, it.name));
    b.value(r, I.start, it && serial(it.start));
    b.value(r, I.end, it && serial(it.end));
    b.value(r, I.responsible, it && say(ctx, PEOPLE[it.responsible].short));
    b.value(r, I.document, it && say(ctx, it.document));
    b.value(r, I.done, it?.done && serial(it.done));
  }
  const dateStyle: CellStyle = { numberFormat: FORMATS.date, hAlign: "center" };
  b.style(rect(first, I.num, last, I.num), { numberFormat: FORMATS.text, hAlign: "center" });
  b.style(rect(first, I.start, last, I.end), dateStyle);
  b.style(rect(first, I.done, last, I.done), dateStyle);
  b.validate(listValidation(rect(first, I.level, last, I.level), "Levels", lang, true));
  b.validate({ ref: rect(first, I.start, last, I.end), rule: { type: "date" }, strict: true, error: { title: t("invalidTitle"), message: t("dateOnly") } });

  const items = rect(header, 0, last, I.done);
  const status = rect(header, statusCol, last, statusCol);
  const gantt = rect(header, firstMonthCol, last, lastMonthCol);
  name("Items", items);
  name("Status", status);
  name("Gantt", gantt);

  // Legend: the labels the formulas compare with, coloured as the rules colour them.
  const L = SCHEDULE_LAYOUT.legend;
  b.value(last + 2, 0, t("legendTitle"), BLOCK_TITLE_STYLE);
  const legendTop = last + 3;
  const legendLeft = I.name;
  const noteRight = statusCol;
  const legendRows: [number, string, StringKey, CellStyle][] = [
    [L.rows.header, t("legendHeader"), "settingsNote", HEADER_STYLE],
    [L.rows.done, t("done"), "doneNote", { fill: COLORS.green, fontColor: COLORS.greenText }],
    [L.rows.due, t("due"), "dueNote", { fill: COLORS.amber, fontColor: COLORS.amberText }],
    [L.rows.overdue, t("overdue"), "overdueNote", { fill: COLORS.red, fontColor: COLORS.redText }],
    [L.rows.stage, LISTS.Levels[lang][0], "legendBar", { fill: COLORS.ganttStage, fontColor: "#FFFFFF" }],
    [L.rows.activity, LISTS.Levels[lang][1], "legendBar", { fill: COLORS.ganttActivity, fontColor: "#FFFFFF" }],
    [L.rows.controlPoint, LISTS.Levels[lang][2], "legendControlPoint", { fill: COLORS.ganttControlPoint, fontColor: "#FFFFFF" }],
  ];
  for (const [offset, text, note, style] of legendRows) {
    const r = legendTop + offset;
    const header = offset === L.rows.header;
    b.value(r, legendLeft + L.label, text, header ? style : { ...BODY_STYLE, ...style, bold: true });
    b.merge(rect(r, legendLeft + L.note, r, noteRight), t(note), header ? HEADER_STYLE : BODY_STYLE);
  }
  const legend = rect(legendTop, legendLeft, legendTop + L.rows.controlPoint, legendLeft + L.note);
  name("Legend", legend);

  // The Gantt band: one rule per level, mutually exclusive, relative to the band's top-left cell.
  const band = rect(first, firstMonthCol, last, lastMonthCol);
  const m = a1(monthRow, firstMonthCol, "row");
  const lvl = a1(first, I.level, "col");
  const s = a1(first, I.start, "col");
  const e = a1(first, I.end, "col");
  const levelLabel = (row: number) => a1(legendTop + row, legendLeft + L.label, "both");
  const over = `ISNUMBER(${s}),ISNUMBER(${e}),${m}>=EOMONTH(${s},-1)+1,${m}<=${e}`;
  const stage = levelLabel(L.rows.stage);
  const activity = levelLabel(L.rows.activity);
  const point = levelLabel(L.rows.controlPoint);
  b.conditional({ ref: band, formula: `=AND(${lvl}=${stage},${over})`, fill: COLORS.ganttStage });
  b.conditional({ ref: band, formula: `=AND(${lvl}=${activity},${over})`, fill: COLORS.ganttActivity });
  b.conditional({ ref: band, formula: `=AND(${lvl}=${point},ISNUMBER(${e}),${m}=EOMONTH(${e},-1)+1)`, fill: COLORS.ganttControlPoint });
  b.conditional({ ref: band, formula: `=AND(${lvl}<>${stage},${lvl}<>${activity},${lvl}<>${point},${over})`, fill: COLORS.ganttOther });
  // The current month's header.
  const mh = a1(monthRow, firstMonthCol, "row");
  b.conditional({ ref: rect(monthRow, firstMonthCol, monthRow, lastMonthCol), formula: `=AND(${mh}<=TODAY(),EOMONTH(${mh},0)>=TODAY())`, fill: COLORS.amber, bold: true });

  const owned = scheduleStatus(items, status, legend);
  owned.cells.forEach((c) => b.write(c));
  owned.conditionalFormats.forEach((cf) => b.conditional(cf));

  const plan = b.build({
    create: true,
    freeze: { rows: header + 2, cols: I.name + 1 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { top: header, bottom: header + 1 } },
    tabColor: COLORS.tab.schedule,
  });
  // the legend is kept whole on a page
  return printReady(plan, { lang, projectName: ex && say(ctx, ex.shortName), blocks: [0, last + 2] });
}
