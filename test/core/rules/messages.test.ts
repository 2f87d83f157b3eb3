/**
 * Messages a person can act on: dates written as dates, never as Excel serial numbers; an impossible date is an
 * error; a part of a period read by a guess is named at its cell.
 */
import { ymdToSerial } from "../../../src/core/periods";
import { validateWorkbook } from "../../../src/core/rules";
import type { CellValue } from "../../../src/core/workbook";
import { across, DIRECTOR, PASSPORT_ROW as P, PLAN_HEADER, SCHEDULE_ROW as S, seedLikePassportWorkbook, seedLikeScheduleSheet, sheet, workbook } from "../../fixtures/seedLike";

const FIRST = 3;
const planWith = (period: CellValue) =>
  workbook([
    sheet(
      "План",
      [["План реализации проекта на 2021-2022 учебный год"], PLAN_HEADER, ["Методическая деятельность"], [1, "Семинар для педагогов", period, "Педагоги", 5, DIRECTOR, "Протокол"]],
      [across(2, 0, 6)],
      7,
    ),
  ]);

const findings = (wb: ReturnType<typeof workbook>) => validateWorkbook(wb).sheets.flatMap((s) => s.findings);

describe("dates in messages", () => {
  test("a real Excel date outside the term is quoted as 14.11.2022, not as its serial number", () => {
    const serial = ymdToSerial({ year: 2022, month: 11, day: 14 });
    const found = findings(workbook([seedLikeScheduleSheet({ edits: [[S.act21, 3, serial]] })])).filter((f) => f.row === S.act21 && f.col === 3);
    expect(found.map((f) => f.rule)).toContain("schedule/date-outside-term");
    for (const f of found) {
      expect(f.message.ru).toContain("14.11.2022");
      expect(f.message.ru).not.toContain(String(serial));
      expect(f.message.en).not.toContain(String(serial));
    }
  });

  test("a plan period typed as a real date outside the term is quoted as a date", () => {
    const serial = ymdToSerial({ year: 2022, month: 10, day: 3 });
    const found = findings(planWith(serial)).filter((f) => f.rule === "plan/period-outside-term");
    expect(found).toHaveLength(1);
    expect(found[0].message.ru).not.toContain(String(serial));
  });
});

describe("impossible dates and periods read with a caveat", () => {
  test.each(["31.02.2022", "30 февраля 2022 г.", "с 31.09.2021 по 15.10.2021"])("«%s» is an error at its cell", (period) => {
    const found = findings(planWith(period)).filter((f) => f.row === FIRST && f.col === 2);
    expect(found).toEqual([expect.objectContaining({ rule: "plan/period-impossible-date", severity: "error" })]);
  });

  test.each([
    ["окт-2021", "окт-2021"],
    ["сентябрь 2021 г., в течение года", "в течение года"],
  ])("«%s» is read, and a warning names «%s»", (period, part) => {
    const found = findings(planWith(period)).filter((f) => f.row === FIRST && f.col === 2);
    expect(found).toEqual([expect.objectContaining({ rule: "plan/period-unparsed", severity: "warning" })]);
    expect(found[0].message.ru).toContain(`«${part}»`);
  });

  test("a period read without a caveat gives no finding at its cell", () => {
    expect(findings(planWith("3, 4 декабря 2021 г.")).filter((f) => f.row === FIRST && f.col === 2)).toEqual([]);
  });
});

describe("a wrong row total is reported on its row only", () => {
  // financing by two years with a total over the period; the local budget's own total is wrong, «Всего» is right
  const edits: [number, number, CellValue][] = [
    [P.financing, 1, "2017 год"],
    [P.financing, 2, "2018 год"],
    [P.financing, 3, "Всего"],
    ...[P.federal, P.regional].flatMap((r): [number, number, CellValue][] => [
      [r, 2, "0,00"],
      [r, 3, "0,00"],
    ]),
    [P.local, 2, "0,00"],
    [P.local, 3, "1500,00"],
    [P.extra, 2, "0,00"],
    [P.extra, 3, "3024,00"],
    [P.total, 2, "0,00"],
    [P.total, 3, "4464,00"],
  ];

  test("the source's row has the finding, the correct «Всего» has none", () => {
    const found = findings(seedLikePassportWorkbook({ edits })).filter((f) => f.rule.startsWith("passport/financing"));
    expect(found.map((f) => [f.rule, f.row, f.col])).toEqual([["passport/financing-period-total", P.local, 3]]);
  });

  test("a wrong «Всего» over the period is still reported", () => {
    const wrongTotal = edits.map(([r, c, v]): [number, number, CellValue] => (r === P.local && c === 3 ? [r, c, "1440,00"] : r === P.total && c === 3 ? [r, c, "4000,00"] : [r, c, v]));
    const found = findings(seedLikePassportWorkbook({ edits: wrongTotal })).filter((f) => f.rule.startsWith("passport/financing"));
    expect(found.map((f) => [f.rule, f.row, f.col])).toEqual([
      ["passport/financing-period-total", P.total, 3],
      ["passport/financing-total", P.total, 3],
    ]);
  });
});

describe("indicators that accumulate within the year", () => {
  // indicator 3 is a count (institutions); base 2016 in column 1, the quarters of 2017 in columns 2–5
  const count = (base: CellValue, q1: CellValue, q2: CellValue, q3: CellValue, q4: CellValue): [number, number, CellValue][] =>
    [base, q1, q2, q3, q4].map((v, i): [number, number, CellValue] => [P.indicator3, 1 + i, v]);
  const direction = (edits: [number, number, CellValue][]) => findings(seedLikePassportWorkbook({ edits })).filter((f) => f.rule === "passport/indicator-direction");

  test("quarters counted from zero are not warned about for being below the annual base", () => {
    expect(direction(count(10, 2, 5, 8, 12))).toEqual([]);
  });

  test("the year's last quarter below the annual base is", () => {
    expect(direction(count(10, 2, 5, 8, 9)).map((f) => [f.row, f.col])).toEqual([[P.indicator3, 5]]);
  });

  test("a quarter below the one before it is, within the year", () => {
    expect(direction(count(10, 2, 5, 4, 12)).map((f) => [f.row, f.col])).toEqual([[P.indicator3, 4]]);
  });

  test("a share in % is still held to its base in every quarter", () => {
    const share = [[P.indicator1, 2, "80%"]] as [number, number, CellValue][];
    expect(direction(share).map((f) => [f.row, f.col])).toEqual([[P.indicator1, 2]]);
  });
});
