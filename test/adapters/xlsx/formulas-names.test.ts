import { fromFileFormula, toFileFormula } from "../../../src/adapters/xlsx";
import { nameTarget, toNameSnapshots } from "../../../src/adapters/xlsx/names";
import { resolveScopes, workbookHandler, type WorkbookInfo } from "../../../src/adapters/xlsx/workbook-parts";
import { parseXml } from "../../../src/adapters/xlsx/xml";

/** The workbook part's sheets and names, as the reader takes them. */
function parseWorkbookXml(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], names: [], date1904: false };
  parseXml(new TextEncoder().encode(xml), workbookHandler(info));
  resolveScopes(info);
  return info;
}

describe("formula text between the add-in and the file", () => {
  test.each([
    ["=SUM(A1:A3)", "SUM(A1:A3)"],
    ['=IFS(A1>0,"да",TRUE,"нет")', '_xlfn.IFS(A1>0,"да",TRUE,"нет")'],
    ['=TEXTJOIN(", ",TRUE,A1:A3)', '_xlfn.TEXTJOIN(", ",TRUE,A1:A3)'],
    ["=IFERROR(XLOOKUP(A1,B:B,C:C),0)", "IFERROR(_xlfn.XLOOKUP(A1,B:B,C:C),0)"],
    ["=FILTER(A1:A9,B1:B9>0)", "_xlfn._xlws.FILTER(A1:A9,B1:B9>0)"],
    ['=MAXIFS(C:C,B:B,"IFS(")', '_xlfn.MAXIFS(C:C,B:B,"IFS(")'], // text inside quotes is left alone
    ["='IFS(1)'!A1+CONCAT(1,2)", "'IFS(1)'!A1+_xlfn.CONCAT(1,2)"], // so is a quoted sheet name
    ["=_xlfn.IFS(1,2)", "_xlfn.IFS(1,2)"], // already prefixed
    ["=STDEV.S(A1:A5)+stdev(A1:A5)", "_xlfn.STDEV.S(A1:A5)+stdev(A1:A5)"],
    ["=PO_Sources", "PO_Sources"],
  ])("%s ⇄ %s", (mine, file) => {
    expect(toFileFormula(mine)).toBe(file);
    expect(fromFileFormula(file)).toBe(mine.replace(/^=_xlfn\./, "="));
  });
});

describe("defined names from workbook.xml", () => {
  const xml = `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">
    <sheets><sheet name="Паспорт" sheetId="1" r:id="rId1"/><sheet name="Д&amp;Р" sheetId="2" state="hidden" r:id="rId2"/></sheets>
    <definedNames>
      <definedName name="_xlnm.Print_Titles" localSheetId="0">'Паспорт'!$1:$3</definedName>
      <definedName name="PO_Passport1_Goal">'Паспорт'!$B$3:$E$3</definedName>
      <definedName name="Локальное" localSheetId="1" hidden="1">$A$1</definedName>
      <definedName name="Порог">0.95</definedName>
      <definedName name="Сдвиг">OFFSET('Паспорт'!$A$1,0,0,COUNTA('Паспорт'!$A:$A),1)</definedName>
      <definedName name="Битое">#REF!</definedName>
      <definedName name="Другая">'Д&amp;Р'!$C$5</definedName>
      <definedName name="Внешняя">[1]Лист1!$A$1</definedName>
      <definedName name="Две">'Паспорт'!$A$1,'Паспорт'!$C$1</definedName>
      <definedName name="Пустое"/>
    </definedNames></workbook>`;

  test("sheets, scopes, entities, built-ins", () => {
    const info = parseWorkbookXml(xml);
    expect(info.sheets).toEqual([
      { name: "Паспорт", state: undefined, rId: "rId1" },
      { name: "Д&Р", state: "hidden", rId: "rId2" },
    ]);
    expect(info.names.find((n) => n.name === "Локальное")).toEqual({ name: "Локальное", text: "$A$1", scope: "Д&Р", hidden: true });
    const snaps = toNameSnapshots(info.names, ["Паспорт", "Д&Р"]);
    const byName = Object.fromEntries(snaps.map((n) => [n.name, n]));
    expect(byName["_xlnm.Print_Titles"]).toBeUndefined();
    expect(byName.PO_Passport1_Goal).toEqual({ name: "PO_Passport1_Goal", formula: "='Паспорт'!$B$3:$E$3", sheet: "Паспорт", ref: { top: 2, left: 1, bottom: 2, right: 4 } });
    expect(byName["Локальное"]).toMatchObject({ sheet: "Д&Р", ref: { top: 0, left: 0, bottom: 0, right: 0 } });
    expect(byName["Порог"]).toEqual({ name: "Порог", formula: "=0.95" });
    expect(byName["Сдвиг"]).toEqual({ name: "Сдвиг", formula: "=OFFSET('Паспорт'!$A$1,0,0,COUNTA('Паспорт'!$A:$A),1)" });
    expect(byName["Битое"]).toEqual({ name: "Битое", formula: "=#REF!" });
    expect(byName["Другая"]).toMatchObject({ sheet: "Д&Р", ref: { top: 4, left: 2, bottom: 4, right: 2 } });
    expect(byName["Внешняя"].sheet).toBeUndefined();
    expect(byName["Две"].sheet).toBeUndefined();
    expect(byName["Пустое"]).toEqual({ name: "Пустое", formula: "=" });
  });

  test("nameTarget", () => {
    expect(nameTarget("Лист1!$A:$C", undefined, ["Лист1"])).toEqual({ sheet: "Лист1", ref: { top: 0, left: 0, bottom: 1048575, right: 2 } });
    expect(nameTarget("лист1!$2:$3", undefined, ["Лист1"])).toEqual({ sheet: "Лист1", ref: { top: 1, left: 0, bottom: 2, right: 16383 } });
    expect(nameTarget("$A$1", undefined, ["Лист1"])).toBeNull(); // no sheet, no scope
    expect(nameTarget("Нет!$A$1", undefined, ["Лист1"])).toBeNull();
    expect(nameTarget("Лист1!$A$1+1", undefined, ["Лист1"])).toBeNull();
  });
});
