import { createFakeExcel } from "../../src/fake-excel";
import { officeRequestBytes } from "../../src/fake-excel/wire";

describe("request size as Office.js would send it", () => {
  test("object paths, instantiate actions, a property set, a method call and a query, in Office.js's JSON shape", () => {
    const ops = [
      { json: { i: 5, p: 3, m: 'getItem("План")' } },
      { json: { i: 6, p: 5, m: "getCell(2, 3)" } },
      { json: { i: 7, p: 6, m: "format" } },
      { json: { i: 6, set: "values", v: [["Срок"]] } },
      { json: { i: 9, call: "add", a: ["C3", "Текст"] } },
      { json: { i: 7, load: ["color", "pattern"] } },
    ];
    const expected =
      `{"Actions":[` +
      [
        `{"Id":1000,"ActionType":1,"Name":"","ObjectPathId":5}`,
        `{"Id":1001,"ActionType":1,"Name":"","ObjectPathId":6}`,
        `{"Id":1002,"ActionType":1,"Name":"","ObjectPathId":7}`,
        `{"Id":1003,"ActionType":4,"Name":"values","ObjectPathId":6,"ArgumentInfo":{"Arguments":[[["Срок"]]]}}`,
        `{"Id":1004,"ActionType":3,"Name":"add","ObjectPathId":9,"ArgumentInfo":{"Arguments":["C3","Текст"]}}`,
        `{"Id":1005,"ActionType":2,"Name":"","ObjectPathId":7,"QueryInfo":{"Select":["color","pattern"],"Expand":[],"Skip":null,"Top":null}}`,
      ].join(",") +
      `],"ObjectPaths":{` +
      [
        `"5":{"Id":5,"ObjectPathType":3,"Name":"getItem","ParentId":3,"ArgumentInfo":{"Arguments":["План"]}}`,
        `"6":{"Id":6,"ObjectPathType":3,"Name":"getCell","ParentId":5,"ArgumentInfo":{"Arguments":[2, 3]}}`,
        `"7":{"Id":7,"ObjectPathType":4,"Name":"format","ParentId":6}`,
      ].join(",") +
      `}}`;
    expect(officeRequestBytes(ops)).toBe(Buffer.byteLength(expected, "utf8"));
  });

  test("a one-cell write through the fake costs what Office.js's envelope costs, not the fake's own shorthand", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "Лист1" }] });
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Лист1").getRange("B2").values = [[1]];
      await ctx.sync();
    });
    const [q] = fake.stats.requests;
    // worksheets, getItem, getRange: 3 paths (~70 B) and 3 instantiate actions (~55 B), and the set (~90 B)
    expect(q.bytes).toBeGreaterThan(450);
    expect(q.bytes).toBeLessThan(900);
  });
});
