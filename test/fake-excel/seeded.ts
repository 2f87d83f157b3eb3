import { createFakeExcel, type FakeExcel } from "../../src/fake-excel";

/** Runs a batch against the fake with the real Excel types (the cast lives inside the fake). */
export function seeded(): FakeExcel {
  return createFakeExcel({
    sheets: [
      {
        name: "Паспорт",
        cells: {
          A1: "Паспорт проекта",
          B3: { value: 42, numberFormat: "0.00", fill: "#FFFF00", bold: true },
          C3: { formula: "=B3*2", value: 84 },
          D5: { value: "x", note: "старая заметка" },
        },
        merges: ["A1:C1"],
      },
      { name: "Lists", visibility: "Hidden", cells: { A1: "a", A2: "b" } },
      { name: "Locked", protected: true, cells: { A1: 1 } },
    ],
    names: [{ name: "PO_Test", formula: "=Паспорт!$B$3" }],
  });
}
