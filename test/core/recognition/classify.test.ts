import { recognizeSheet, recognizeWorkbook } from "../../../src/core/recognition";
import { PLAN_HEADER, seedLikePassportSheet, seedLikePlanSheet, seedLikeScheduleSheet, sheet, workbook } from "../../fixtures/seedLike";

describe("classification of pasted sheets", () => {
  it("tells the passport, the plan and the calendar plan apart in one workbook", () => {
    const rec = recognizeWorkbook(workbook([seedLikePassportSheet(), seedLikePlanSheet(), seedLikeScheduleSheet(), sheet("Заметки", [["Список дел"], ["позвонить"]])]));
    expect(rec.sheets.map((s) => [s.sheet, s.index, s.kind])).toEqual([
      ["Паспорт", 0, "passport"],
      ["План реализации", 1, "plan"],
      ["План-график", 2, "schedule"],
      ["Заметки", 3, "other"],
    ]);
  });

  it("classifies an empty sheet and a sheet of numbers as other", () => {
    expect(recognizeSheet(sheet("Пусто", [])).kind).toBe("other");
    expect(
      recognizeSheet(
        sheet("Числа", [
          [1, 2, 3],
          [4, 5, 6],
        ]),
      ).kind,
    ).toBe("other");
  });

  it("finds a plan header that is not on the first rows' columns", () => {
    const s = sheet("П", [[], ["", "", "Сводный план"], ["", ...PLAN_HEADER], ["", 1, "Семинар", "Октябрь 2021 г.", "Педагоги", 5, "Лебедева И.П., директор", "Протокол"]]);
    expect(recognizeSheet(s).kind).toBe("plan");
  });

  it("does not take a plan with participants for a calendar plan even under a «план-график» title", () => {
    const s = sheet("П", [["План-график мероприятий"], PLAN_HEADER, [1, "Семинар", "Октябрь 2021 г.", "Педагоги", 5, "Лебедева И.П., директор", "Протокол"]]);
    expect(recognizeSheet(s).kind).toBe("plan");
  });

  it("tolerates a workbook with no names and odd sheets", () => {
    const rec = recognizeWorkbook({ sheets: [{ name: "X", values: [], merges: [], visibility: "hidden", protected: false }], names: [] });
    expect(rec.sheets[0].kind).toBe("other");
  });
});
