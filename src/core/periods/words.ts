/**
 * The words the period parser knows, built once at module load. Keys are lower case with «ё» → «е».
 */

/**
 * Word classes: "month" (number = 1–12), "year-word" (г, гг, год, года …), "quarter" (квартал, кв …),
 * "half" (полугодие …), "school" (учебный, уч), "ordinal" (первый … четвертый, number = 1–4),
 * "roman" (I … VI), "ordinal-suffix" (the «й», «го» of «1-й», «2-го»), "season" (осень …, number = its first
 * month: 3, 6, 9, 12), "weekday" (пятница, пятницу, пт …, number = 1–7 from Monday), "school-quarter" (четверть:
 * a quarter of the school year).
 */
export type WordKind = "month" | "year-word" | "quarter" | "half" | "school-quarter" | "school" | "ordinal" | "roman" | "ordinal-suffix" | "season" | "weekday";

export interface WordInfo {
  readonly kind: WordKind;
  /** The month, the ordinal's or the numeral's value; 0 for the others. */
  readonly number: number;
  /** An abbreviation: a dot right after it belongs to it («сент.», «кв.», «г.»). */
  readonly abbr: boolean;
}

export const WORDS: ReadonlyMap<string, WordInfo> = buildWords();

/** Month names for formatting, index 0 = January. */
export const MONTH_NOMINATIVE = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
export const MONTH_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
export const MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MONTH_EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export const ROMAN = ["I", "II", "III", "IV"];

function buildWords(): Map<string, WordInfo> {
  const m = new Map<string, WordInfo>();
  const add = (kind: WordKind, number: number, words: string[], abbr = false) => {
    for (const w of words) m.set(w, { kind, number, abbr });
  };
  // Months: nominative, genitive, prepositional, dative, instrumental; then abbreviations.
  const months: [string[], string[]][] = [
    [["январь", "января", "январе", "январю", "январем"], ["янв"]],
    [
      ["февраль", "февраля", "феврале", "февралю", "февралем"],
      ["фев", "февр"],
    ],
    [["март", "марта", "марте", "марту", "мартом"], ["мар"]],
    [["апрель", "апреля", "апреле", "апрелю", "апрелем"], ["апр"]],
    [["май", "мая", "мае", "маю", "маем"], []],
    [["июнь", "июня", "июне", "июню", "июнем"], ["июн"]],
    [["июль", "июля", "июле", "июлю", "июлем"], ["июл"]],
    [["август", "августа", "августе", "августу", "августом"], ["авг"]],
    [
      ["сентябрь", "сентября", "сентябре", "сентябрю", "сентябрем"],
      ["сен", "сент"],
    ],
    [["октябрь", "октября", "октябре", "октябрю", "октябрем"], ["окт"]],
    [
      ["ноябрь", "ноября", "ноябре", "ноябрю", "ноябрем"],
      ["ноя", "нояб"],
    ],
    [["декабрь", "декабря", "декабре", "декабрю", "декабрем"], ["дек"]],
  ];
  months.forEach(([full, short], i) => {
    add("month", i + 1, full);
    add("month", i + 1, short, true);
  });
  add("year-word", 0, ["год", "года", "году", "годы", "годов", "годах", "годам", "годом"]);
  add("year-word", 0, ["г", "гг"], true);
  add("quarter", 0, ["квартал", "квартала", "квартале", "кварталы", "кварталов", "кварталах", "кварталам", "кварталу", "кварталом"]);
  add("quarter", 0, ["кв", "кварт"], true);
  add("school-quarter", 0, ["четверть", "четверти", "четвертей", "четвертью", "четвертях"]);
  add("half", 0, ["полугодие", "полугодия", "полугодии", "полугодий", "полугодию", "полугодием", "полугодиях", "полугодиям"]);
  add("school", 0, ["учебный", "учебного", "учебном", "учебному", "учебным", "учебные", "учебных", "учебн"]);
  add("school", 0, ["уч"], true);
  const ordinals = [
    ["первый", "первого", "первом", "первое", "первому", "первым", "первая", "первой", "первые"],
    ["второй", "второго", "втором", "второе", "второму", "вторым", "вторая", "вторые"],
    ["третий", "третьего", "третьем", "третье", "третьему", "третьим", "третья", "третьей"],
    ["четвертый", "четвертого", "четвертом", "четвертое", "четвертому", "четвертым", "четвертая", "четвертой"],
  ];
  ordinals.forEach((forms, i) => add("ordinal", i + 1, forms));
  // Roman numerals, Latin and with the Cyrillic-Ukrainian «і» that Word sometimes produces.
  // V and VI parse so that «V квартал» is reported as a quarter that does not exist.
  ["i", "ii", "iii", "iv", "v", "vi"].forEach((r, i) => {
    add("roman", i + 1, [r, r.replace(/i/g, "і")]);
  });
  const seasons: [number, string[]][] = [
    [3, ["весна", "весны", "весной", "весне", "весну", "весенний", "весеннего", "весеннем", "весенние", "весенних"]],
    [6, ["лето", "лета", "летом", "лете", "летний", "летнего", "летнем", "летние", "летних"]],
    [9, ["осень", "осени", "осенью", "осенний", "осеннего", "осеннем", "осенние", "осенних"]],
    [12, ["зима", "зимы", "зимой", "зиме", "зиму", "зимний", "зимнего", "зимнем", "зимние", "зимних"]],
  ];
  for (const [month, forms] of seasons) add("season", month, forms);
  const weekdays = [
    ["понедельник", "понедельника", "понедельникам", "понедельникам"],
    ["вторник", "вторника", "вторникам"],
    ["среда", "среду", "среды", "средам"],
    ["четверг", "четверга", "четвергам"],
    ["пятница", "пятницу", "пятницы", "пятницам"],
    ["суббота", "субботу", "субботы", "субботам"],
    ["воскресенье", "воскресенья", "воскресеньям"],
  ];
  weekdays.forEach((forms, i) => add("weekday", i + 1, forms));
  ["пн", "вт", "ср", "чт", "пт", "сб", "вс"].forEach((w, i) => add("weekday", i + 1, [w], true));
  add("ordinal-suffix", 0, ["й", "ый", "ий", "ой", "го", "ого", "его", "е", "ое", "ее", "м", "ом", "ем", "я", "ая"]);
  return m;
}

/** Counts written as words in «не реже одного раза в квартал». */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ["один", 1],
  ["одного", 1],
  ["одному", 1],
  ["два", 2],
  ["двух", 2],
  ["три", 3],
  ["трех", 3],
  ["четыре", 4],
  ["четырех", 4],
  ["пять", 5],
  ["пяти", 5],
  ["шесть", 6],
  ["шести", 6],
]);
