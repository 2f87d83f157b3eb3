import { parsePeople } from "../../../src/core/recognition";

describe("parsePeople splits a cell into persons", () => {
  it("reads surname, initials, position and phone", () => {
    expect(parsePeople("Лебедева И.П., директор, т. 31-40-12").persons).toEqual([{ name: "Лебедева И.П.", position: "директор", phones: ["31-40-12"], key: "лебедева и.п." }]);
  });

  it("splits two people written one after the other without a separator", () => {
    const p = parsePeople("Лебедева И.П., директор, т. 31-40-12 Морозова Е.В., зам.директора, т. 31-40-27").persons;
    expect(p.map((x) => [x.name, x.position, x.phones])).toEqual([
      ["Лебедева И.П.", "директор", ["31-40-12"]],
      ["Морозова Е.В.", "зам.директора", ["31-40-27"]],
    ]);
  });

  it("splits people separated by commas", () => {
    const p = parsePeople("Соколова Н.Г., методист, т. 31-40-55, Тарасенко Л.М., т. 31-40-68").persons;
    expect(p.map((x) => [x.name, x.position, x.phones])).toEqual([
      ["Соколова Н.Г.", "методист", ["31-40-55"]],
      ["Тарасенко Л.М.", undefined, ["31-40-68"]],
    ]);
  });

  it("reads the passport form: position first, then the full name", () => {
    const p = parsePeople("Первый заместитель Главы Администрации городского округа Краснолесье Ветров Андрей Павлович").persons;
    expect(p).toEqual([{ name: "Ветров Андрей Павлович", position: "Первый заместитель Главы Администрации городского округа Краснолесье", phones: [], key: "ветров а.п." }]);
  });

  it("reads a list of executors separated by semicolons and line breaks", () => {
    const p = parsePeople("заместитель председателя комитета Гаврилова Ольга Петровна;\nдиректор МУ МЦ Рыбаков Игорь Семёнович;\nначальник отдела Зуева Дарья Викторовна").persons;
    expect(p.map((x) => [x.name, x.position])).toEqual([
      ["Гаврилова Ольга Петровна", "заместитель председателя комитета"],
      ["Рыбаков Игорь Семёнович", "директор МУ МЦ"],
      ["Зуева Дарья Викторовна", "начальник отдела"],
    ]);
  });

  it("matches a full name and the same person's surname with initials", () => {
    expect(parsePeople("директор Ветров Андрей Павлович").persons[0].key).toBe(parsePeople("Ветров А.П., директор").persons[0].key);
    expect(parsePeople("А.П. Ветров, директор").persons[0].key).toBe("ветров а.п.");
  });

  it("keeps a phone on the next line with the person before", () => {
    const p = parsePeople("Лебедева И.П., директор;\nт. 31-40-12").persons;
    expect(p).toEqual([{ name: "Лебедева И.П.", position: "директор", phones: ["31-40-12"], key: "лебедева и.п." }]);
  });

  it("reads several phone forms", () => {
    expect(parsePeople("Лебедева И.П., директор, тел. 8 (8482) 31-40-12, моб. +7 900 000-00-01").persons[0].phones).toEqual(["8 (8482) 31-40-12", "+7 900 000-00-01"]);
  });

  it("does not take an institution before an abbreviation for a surname", () => {
    const r = parsePeople("Администрация Г.О. Краснолесье");
    expect(r.persons).toEqual([]);
    expect(r.unrecognised).toBe("Администрация Г.О. Краснолесье");
  });

  it("keeps text with no name as unrecognised", () => {
    expect(parsePeople("Администрация МБУ ДО ЦРО")).toEqual({ persons: [], unrecognised: "Администрация МБУ ДО ЦРО" });
  });

  it("does not take a school number for a phone", () => {
    expect(parsePeople("Лебедева И.П., директор МБОУ СОШ № 12345").persons[0].phones).toEqual([]);
  });
});
