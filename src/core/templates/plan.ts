/**
 * План реализации: a title, the project term (the passport's when there is one), the activities table with
 * the seed's six sections as merged rows (numbering restarts in each), and below it compute's summary by
 * section and by responsible person. The «Раздел» column, prefilled in every row of a section, is what the
 * summary counts by, so an activity moved or added keeps its section.
 */
import { planPeople, planSummary } from "../compute/owned";
import type { CellStyle, SheetPlan } from "../workbook";
import { ymdToSerial as serial } from "../periods/dates";
import { rect, SheetBuilder } from "./builder";
import { blockNamer, label, say, termCells, type SheetContext } from "./context";
import { EXAMPLE, PEOPLE } from "./example";
import { BLOCK_TITLE_STYLE, BODY_STYLE, COLORS, FORMATS, HEADER_STYLE, LABEL_STYLE, PLAN_LAYOUT, TITLE_STYLE } from "./layout";
import { listValidation } from "./lists";
import { printReady } from "./print";
import { LISTS, titled, tr, type StringKey } from "./strings";

const BLANK_ROWS_PER_SECTION = 3;
const MIN_PERSON_SLOTS = 10;
const SPARE_PERSON_SLOTS = 3;

export function planSheet(ctx: SheetContext): SheetPlan {
  const { lang } = ctx;
  const b = new SheetBuilder(ctx.sheet);
  const t = (k: StringKey) => tr(k, lang);
  const name = blockNamer(b, ctx);
  const ex = ctx.example ? EXAMPLE : undefined;
  const A = PLAN_LAYOUT.activities;
  const right = A.width - 1;

  const widths: Record<number, number> = {
    [A.num]: 6,
    [A.activity]: 44,
    [A.period]: 22,
    [A.start]: 13,
    [A.end]: 13,
    [A.category]: 28,
    [A.count]: 12,
    [A.responsible]: 20,
    [A.position]: 26,
    [A.phone]: 18,
    [A.result]: 36,
    [A.section]: 26,
  };
  for (const [c, w] of Object.entries(widths)) b.width(Number(c), w);

  b.merge(rect(0, 0, 0, right), titled("planTitle", ex && say(ctx, ex.shortName), lang), TITLE_STYLE);
  name("Title", rect(0, 0));

  // The term: the passport's cells by name when there is a passport, dates otherwise.
  label(b, 1, t("projectTerm"), 1, LABEL_STYLE);
  termCells(b, ctx, 1, A.period, A.end);
  name("Term", rect(1, A.period, 1, A.end));
  name("TermStart", rect(1, A.period));
  name("TermEnd", rect(1, A.end));

  const header = 3;
  const headers: [number, StringKey][] = [
    [A.num, "numPP"],
    [A.activity, "activity"],
    [A.period, "period"],
    [A.start, "startDate"],
    [A.end, "endDate"],
    [A.category, "category"],
    [A.count, "participants"],
    [A.responsible, "responsibleName"],
    [A.position, "position"],
    [A.phone, "phone"],
    [A.result, "resultEffect"],
    [A.section, "section"],
  ];
  for (const [c, k] of headers) b.value(header, c, t(k), HEADER_STYLE);

  let r = header + 1;
  const responsibles: string[] = [];
  // printed pages break between sections where they must: the title with the first section, each section kept whole
  const blocks = [0];
  LISTS.Sections[lang].forEach((section, s) => {
    if (s > 0) blocks.push(r);
    b.merge(rect(r, 0, r, right), section, { bold: true, fill: COLORS.section, border: true, vAlign: "center" });
    r++;
    const activities = ex ? ex.plan[s] : [];
    const rows = ex ? activities.length : (ctx.planRows?.[s] ?? BLANK_ROWS_PER_SECTION);
    for (let i = 0; i < rows; i++, r++) {
      const a = activities[i];
      const p = a && PEOPLE[a.responsible];
      b.style(rect(r, 0, r, right), BODY_STYLE);
      b.value(r, A.num, a ? i + 1 : undefined, { hAlign: "center" });
      b.value(r, A.activity, a && say(ctx, a.activity));
      b.value(r, A.period, a && say(ctx, a.period));
      b.value(r, A.start, a && serial(a.start));
      b.value(r, A.end, a && serial(a.end));
      b.value(r, A.category, a && LISTS.Categories[lang][a.category]);
      b.value(r, A.count, a?.count);
      b.value(r, A.responsible, p && say(ctx, p.short));
      b.value(r, A.position, p && say(ctx, p.position));
      b.value(r, A.phone, p?.phone);
      b.value(r, A.result, a && say(ctx, a.result));
      b.value(r, A.section, section);
      if (p) responsibles.push(say(ctx, p.short));
    }
  });
  const last = r - 1;
  const data = (c: number): ReturnType<typeof rect> => rect(header + 1, c, last, c);
  const dateStyle: CellStyle = { numberFormat: FORMATS.date, hAlign: "center" };
  b.style(rect(header + 1, A.start, last, A.end), dateStyle);
  b.style(data(A.count), { numberFormat: FORMATS.whole, hAlign: "center" });
  b.style(data(A.phone), { numberFormat: FORMATS.text });
  b.validate(listValidation(data(A.section), "Sections", lang, true));
  b.validate(listValidation(data(A.category), "Categories", lang, false));
  b.validate({ ref: data(A.count), rule: { type: "whole", min: 0 }, strict: true, error: { title: t("invalidTitle"), message: t("wholeNonNegative") } });
  b.validate({ ref: rect(header + 1, A.start, last, A.end), rule: { type: "date" }, strict: true, error: { title: t("invalidTitle"), message: t("dateOnly") } });
  const activitiesRef = rect(header, 0, last, right);
  name("Activities", activitiesRef);

  // Summary: compute's formulas over the Activities range.
  const S = PLAN_LAYOUT.summary;
  blocks.push(last + 2);
  b.value(last + 2, 0, t("summaryTitle"), BLOCK_TITLE_STYLE);
  const top = last + 3;
  const people = planPeople(responsibles);
  const slots = Math.max(MIN_PERSON_SLOTS, people.length + SPARE_PERSON_SLOTS);
  const summary = rect(top, 0, top + S.firstPerson + slots - 1, S.width - 1);
  const summaryHeader = (row: number, key: StringKey) => {
    label(b, row, t(key), 1, HEADER_STYLE);
    b.value(row, S.count, t("summaryActivities"), HEADER_STYLE);
    b.value(row, S.participants, t("summaryParticipants"), HEADER_STYLE);
  };
  summaryHeader(top, "summarySection");
  LISTS.Sections[lang].forEach((section, i) => label(b, top + S.firstSection + i, section, 1, BODY_STYLE));
  label(b, top + S.personHeader - 1, t("summaryTotal"), 1, { ...BODY_STYLE, bold: true });
  summaryHeader(top + S.personHeader, "summaryPerson");
  for (let row = top + S.firstPerson; row <= summary.bottom; row++) b.merge(rect(row, S.label, row, S.label + 1));
  name("Summary", summary);
  const owned = planSummary(activitiesRef, summary, people);
  owned.cells.forEach((c) => b.write(c));

  const plan = b.build({
    create: true,
    freeze: { rows: header + 1, cols: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: { top: header, bottom: header } },
    tabColor: COLORS.tab.plan,
  });
  return printReady(plan, { lang, projectName: ex && say(ctx, ex.shortName), blocks });
}
