/** The .docx reader on its own: grid placement, merges, cell paragraphs, list numbers, and what it refuses. */
import { strToU8, zipSync } from "fflate";
import { docxPlace, DocxReadError, formatPlace, LIMITS, readDocx, sheetNameFor } from "../../../src/adapters/docx";
import { docxBuffer } from "../../fixtures/docx/build";
import { encrypted, notZip, noTables, withDtd, zipWithoutDocument } from "../../fixtures/docx/hostile";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const rawDocx = (body: string) => new Uint8Array(zipSync({ "word/document.xml": strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) }));

function reason(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DocxReadError) return e.reason.ru;
    throw e;
  }
  throw new Error("read without a complaint");
}

describe("tables as grids", () => {
  it("places spanned and vertically merged cells at their grid columns, with merges", async () => {
    const doc = await docxBuffer([
      { p: "Показатели" },
      {
        table: [
          [
            { text: "Показатель", vMerge: "restart" },
            { text: "2016 год", vMerge: "restart" },
            { text: "2017 год", span: 4 },
          ],
          [{ text: "", vMerge: "continue" }, { text: "", vMerge: "continue" }, "I квартал", "II квартал", "III квартал", "IV квартал"],
          ["Доля педагогов", "85%", "", "86%", "87%", "88,5"],
        ],
      },
    ]);
    const { snapshot, origins } = readDocx(new Uint8Array(doc));
    const s = snapshot.sheets[0];
    expect(s.values).toEqual([
      ["Показатели", "", "", "", "", ""],
      ["Показатель", "2016 год", "2017 год", "", "", ""],
      ["", "", "I квартал", "II квартал", "III квартал", "IV квартал"],
      ["Доля педагогов", "85%", "", "86%", "87%", 88.5],
    ]);
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 0, bottom: 2, right: 0 },
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 5 },
      ]),
    );
    expect(s.merges).toHaveLength(3);
    expect(docxPlace(origins, 3, 5)).toEqual({ table: 1, row: 3, column: 6 });
    expect(docxPlace(origins, 0, 0)).toEqual({ paragraph: 1 });
    expect(formatPlace(docxPlace(origins, 3, 2)!, "ru")).toBe("таблица 1, строка 3, столбец 3");
    expect(formatPlace(docxPlace(origins, 3, 2)!, "en")).toBe("table 1, row 3, column 3");
  });

  it("joins a cell's paragraphs by line breaks: several people with phones stay apart", async () => {
    const people = "Лебедева И.П., директор, т. 31-40-12\nМорозова Е.В., зам.директора, т. 31-40-27\n\nСоколова Н.Г., методист, т. 31-40-55";
    const doc = await docxBuffer([{ table: [["Ответственный"], [people]] }]);
    expect(readDocx(new Uint8Array(doc)).snapshot.sheets[0].values[1][0]).toBe(people);
  });

  it("keeps the grid columns a row skips (w:gridBefore) and a legacy horizontal merge", () => {
    const cell = (t: string, pr = "") => `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const doc = rawDocx(
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
        `<w:tr>${cell("a")}${cell("b")}${cell("c")}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell("d")}${cell("e")}</w:tr>` +
        `<w:tr>${cell("f", '<w:hMerge w:val="restart"/>')}${cell("", "<w:hMerge/>")}${cell("g")}</w:tr></w:tbl>`,
    );
    const s = readDocx(doc).snapshot.sheets[0];
    expect(s.values).toEqual([
      ["a", "b", "c"],
      ["", "d", "e"],
      ["f", "", "g"],
    ]);
    expect(s.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  });
});

describe("text as a person sees it", () => {
  it("keeps automatic list numbers (1., 1.1., а)) before the item's text", async () => {
    const doc = await docxBuffer([
      { p: "Организационный этап", list: { level: 0 } },
      { p: "Приказ издан", list: { level: 1 } },
      { p: "Положение утверждено", list: { level: 1 } },
      { p: "подпункт", list: { level: 2 } },
      { p: "Основной этап", list: { level: 0 } },
      { p: "Семинар проведён", list: { level: 1 } },
    ]);
    expect(readDocx(new Uint8Array(doc)).snapshot.sheets[0].values.map((r) => r[0])).toEqual([
      "1. Организационный этап",
      "1.1. Приказ издан",
      "1.2. Положение утверждено",
      "а) подпункт",
      "2. Основной этап",
      "2.1. Семинар проведён",
    ]);
  });

  it("splits a paragraph's tab-separated label and value into columns; keeps line breaks", async () => {
    const doc = await docxBuffer([{ p: "\tЦель проекта\tСоздание условий" }, { p: "УТВЕРЖДЕН\nрешением Комиссии" }]);
    expect(readDocx(new Uint8Array(doc)).snapshot.sheets[0].values).toEqual([
      ["Цель проекта", "Создание условий"],
      ["УТВЕРЖДЕН\nрешением Комиссии", ""],
    ]);
  });

  it("leaves out deleted revisions, field codes and hidden text; keeps inserted text and links", () => {
    const r = (t: string, pr = "") => `<w:r>${pr ? `<w:rPr>${pr}</w:rPr>` : ""}<w:t xml:space="preserve">${t}</w:t></w:r>`;
    const doc = rawDocx(
      `<w:p>${r("Срок: ")}<w:del><w:r><w:delText>май</w:delText></w:r></w:del><w:ins>${r("июнь")}</w:ins>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r(" 2022")}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `${r(" скрыто", "<w:vanish/>")}<w:hyperlink>${r(" г.")}</w:hyperlink></w:p>`,
    );
    expect(readDocx(doc).snapshot.sheets[0].values[0][0]).toBe("Срок: июнь 2022 г.");
  });

  it("names the sheet after the file", () => {
    expect(sheetNameFor("/tmp/Паспорт [2024]: школа.docx")).toBe("Паспорт  2024   школа");
    expect(sheetNameFor(".docx")).toBe("Word");
  });
});

describe("files that are not readable Word documents: a plain reason", () => {
  it("text renamed to .docx", () => expect(reason(() => readDocx(notZip()))).toMatch(/не является zip-архивом/));
  it("a zip without word/document.xml", () => expect(reason(() => readDocx(zipWithoutDocument()))).toMatch(/нет word\/document\.xml/));
  it("a password-protected document", () => expect(reason(() => readDocx(encrypted()))).toMatch(/защищён паролем/));
  it("an empty file", () => expect(reason(() => readDocx(new Uint8Array(0)))).toBe("файл пуст"));
  it("a truncated archive", async () => {
    const doc = new Uint8Array(await noTables());
    expect(reason(() => readDocx(doc.subarray(0, doc.length - 30)))).toMatch(/повреждён/);
  });
  it("a DTD (entity expansion) is refused before any entity is expanded", () => expect(reason(() => readDocx(withDtd()))).toMatch(/DTD/));
  it("damaged XML", () => expect(reason(() => readDocx(rawDocx("<w:p><w:r>")))).toMatch(/XML не читается/));
  it("a part larger than the cap once inflated (a zip bomb) is not inflated", () => {
    const saved = LIMITS.documentXml;
    LIMITS.documentXml = 10_000;
    try {
      expect(reason(() => readDocx(rawDocx(`<w:p><w:r><w:t>${"а".repeat(20_000)}</w:t></w:r></w:p>`)))).toMatch(/zip-бомба/);
    } finally {
      LIMITS.documentXml = saved;
    }
  });
  it("a document without tables is read (its paragraphs), and has no tables", async () => {
    const d = readDocx(new Uint8Array(await noTables()));
    expect(d.tables).toBe(0);
    expect(d.snapshot.sheets[0].values).toEqual([["Служебная записка"], ["Текст без единой таблицы."]]);
  });
});
