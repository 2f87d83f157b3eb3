/**
 * Issue 18, item 3: the templates are print-ready. Every wrapped cell's estimated line count fits its row
 * height (merged areas: the sum of their rows), every number and date fits its column in both languages, each
 * page has a header and a «Страница N из M» footer, and the passport's page breaks fall between its blocks.
 * The estimates themselves (fit.ts) are checked on texts whose wrapping is known.
 */
import * as fc from "fast-check";
import type { Lang } from "../../../src/core/i18n";
import { buildTemplate, LISTS_SHEET, templateSheetBaseName, type TemplateOptions } from "../../../src/core/templates";
import { areaWidth, columnWidthOf, estimateLines, formulaText, linesHeight, numberWidth, textWidth, wrappedTextCells, DEFAULT_ROW_PT } from "../../../src/core/templates/fit";
import { FORMATS } from "../../../src/core/templates/layout";
import { blockName, type TemplateKind } from "../../../src/core/templates/names";
import { headerText } from "../../../src/core/templates/print";
import type { SheetPlan } from "../../../src/core/workbook";

const KINDS: TemplateKind[] = ["passport", "plan", "schedule"];
const LANGS: Lang[] = ["ru", "en"];
const TODAY = { year: 2026, month: 11, day: 22 };

function docPlan(kind: TemplateKind, extra: Partial<TemplateOptions> = {}): SheetPlan {
  const lang = extra.lang ?? "ru";
  const plans = buildTemplate(kind, { lang, sheetName: templateSheetBaseName(kind, lang), instance: 1, today: TODAY, ...extra });
  return plans.find((p) => p.sheet !== LISTS_SHEET)!;
}

function rowHeight(plan: SheetPlan): (row: number) => number {
  const h = new Map((plan.rowHeights ?? []).map((r) => [r.row, r.height]));
  return (row) => h.get(row) ?? DEFAULT_ROW_PT;
}

let checkedCells = 0;

describe.each(KINDS)("%s", (kind) => {
  describe.each(LANGS.flatMap((lang) => [true, false].map((example) => [`${lang}${example ? ", example" : ", blank"}`, lang, example] as const)))("%s", (_, lang, example) => {
    const plan = docPlan(kind, { lang, example });

    test("every wrapped cell's estimated lines fit its row height (merged: the rows it spans)", () => {
      const height = rowHeight(plan);
      const cells = wrappedTextCells(plan);
      expect(cells.length).toBeGreaterThan(5);
      const short = cells.filter((c) => {
        let have = 0;
        for (let r = c.ref.top; r <= c.ref.bottom; r++) have += height(r);
        return linesHeight(c.lines, c.style) > have;
      });
      checkedCells += cells.length;
      expect(short.map((c) => `${c.text.slice(0, 40)}… ${c.lines} lines`)).toEqual([]);
    });

    test("every number and date fits its column (no «###») in both languages", () => {
      const width = columnWidthOf(plan);
      const merges = new Map((plan.merges ?? []).map((m) => [`${m.top}:${m.left}`, m]));
      const formatAt = (row: number, col: number) =>
        (plan.styles ?? [])
          .filter((s) => row >= s.ref.top && row <= s.ref.bottom && col >= s.ref.left && col <= s.ref.right)
          .reduce<string | undefined>((f, s) => s.style.numberFormat ?? f, undefined);
      let numbers = 0;
      for (const c of plan.cells) {
        if (typeof c.value !== "number") continue;
        const need = numberWidth(c.value, formatAt(c.row, c.col), { money: 0 });
        if (need === undefined) continue;
        numbers++;
        const ref = merges.get(`${c.row}:${c.col}`) ?? { top: c.row, left: c.col, bottom: c.row, right: c.col };
        expect({ cell: [c.row, c.col], fits: areaWidth(ref, width) >= need + 1 }).toEqual({ cell: [c.row, c.col], fits: true });
      }
      expect(numbers).toBeGreaterThan(0);
    });

    test("header with the project's name (or the sheet's), footer with «page N of M», one page wide", () => {
      expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true });
      expect(plan.print!.footer?.center).toBe(lang === "ru" ? "Страница &P из &N" : "Page &P of &N");
      expect(plan.print!.header?.center).toBe(example ? (lang === "ru" ? "Цифровая методическая среда" : "Digital methodological environment") : "&A");
      expect(plan.print!.titleRows).toBeDefined();
    });
  });
});

test("the passport's page breaks fall on the first rows of its blocks, in order", () => {
  for (const example of [true, false]) {
    const plan = docPlan("passport", { example, rows: example ? undefined : { indicators: 30, stages: 60, risks: 20 } });
    const breaks = plan.print!.breaksBefore ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
    // each break is the row of a block's title (column A holds it) or of a form field's label
    const starts = new Set(plan.cells.filter((c) => c.col === 0 && typeof c.value === "string").map((c) => c.row));
    for (const b of breaks) expect({ b, blockStart: starts.has(b) }).toEqual({ b, blockStart: true });
    // the indicators' title never sits on a page before its table
    const indicators = plan.names!.find((n) => n.name === blockName("passport", 1, "Indicators"))!.ref;
    expect(breaks.some((b) => b > indicators.top - 1 && b <= indicators.bottom)).toBe(false);
  }
});

test("merged form fields get the rows their text needs", () => {
  const plan = docPlan("passport", { example: true });
  const goal = plan.names!.find((n) => n.name === blockName("passport", 1, "Goal"))!.ref;
  const merge = plan.merges!.find((m) => m.top === goal.top && m.left === goal.left)!;
  const height = rowHeight(plan);
  let have = 0;
  for (let r = merge.top; r <= merge.bottom; r++) have += height(r);
  expect(have).toBeGreaterThanOrEqual(3 * 15);
});

describe("estimates", () => {
  test("a text shorter than its cell is one line; each further line of words adds one", () => {
    expect(estimateLines("план", 10)).toBe(1);
    expect(estimateLines("аааа бббб вввв", 6)).toBe(3);
    expect(estimateLines("первая строка\nвторая", 40)).toBe(2);
  });

  test("a word longer than the cell breaks inside itself", () => {
    expect(estimateLines("а".repeat(30), 11)).toBe(3);
  });

  test("more width never needs more lines; more text never fewer", () => {
    const word = fc.stringMatching(/^[а-яА-Яa-z0-9«»]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 3, max: 60 }), fc.integer({ min: 0, max: 30 }), (words, w, more) => {
        const text = words.join(" ");
        expect(estimateLines(text, w + more)).toBeLessThanOrEqual(estimateLines(text, w));
        expect(estimateLines(`${text} ${text}`, w)).toBeGreaterThanOrEqual(estimateLines(text, w));
        // the lines hold at least the text's width
        expect(estimateLines(text, w) * Math.max(1, w - 1)).toBeGreaterThanOrEqual(textWidth(text) - 1e-9);
      }),
    );
  });

  test("bold and larger fonts are wider", () => {
    expect(textWidth("Показатели", { bold: true })).toBeGreaterThan(textWidth("Показатели"));
    expect(textWidth("Показатели", { fontSize: 14 })).toBeGreaterThan(textWidth("Показатели"));
  });

  test("dates, months and money in the widest of the two languages", () => {
    expect(numberWidth(46000, FORMATS.date, { money: 0 })).toBe(10);
    // September (en) is longer than «сентябрь» (ru); May is short in both
    expect(numberWidth(46266, FORMATS.month, { money: 0 })!).toBeGreaterThan(numberWidth(46143, FORMATS.month, { money: 0 })!);
    expect(numberWidth(1250, FORMATS.money, { money: 0 })).toBeCloseTo(4 + 0.5 + 3);
    expect(numberWidth(undefined, FORMATS.money, { money: 4030.5 })).toBeCloseTo(4 + 0.5 + 3);
    expect(numberWidth(1.07, FORMATS.percent, { money: 0 })).toBeCloseTo(4.2);
    expect(numberWidth(5, FORMATS.text, { money: 0 })).toBeUndefined();
  });

  test("a formula's text is the longest text it returns, not one it only tests", () => {
    const texts: Record<string, string> = { "1:1": "Доля педагогов, прошедших повышение квалификации", "9:2": "выполнено", "10:2": "просрочено" };
    const at = (r: number, c: number) => texts[`${r}:${c}`];
    expect(formulaText(`=IF(TRIM(B2)="","",A2&". "&B2)`, at)).toMatch(/^Доля педагогов/);
    expect(formulaText(`=IF(TRIM(B2)="","",IF(LEN(TRIM(H2))>0,$C$10,IF(E2<TODAY(),$C$11,"")))`, at)).toBe("просрочено 00.");
    expect(formulaText(`=SUM(C3:C5)`, at)).toBeUndefined();
  });

  test("an ampersand in a header is doubled", () => {
    expect(headerText("R&D")).toBe("R&&D");
  });
});

afterAll(() => {
  console.log(`wrapped cells checked against their row heights: ${checkedCells}`);
});
