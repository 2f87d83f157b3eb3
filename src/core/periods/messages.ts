/** Why a period was not understood, in both languages. */
import type { Text } from "../i18n";

const EXPECTED_RU =
  "Ожидается, например: «Август 2021 г.», «Ноябрь – декабрь 2021 г.», «с сентября 2021 г. по июль 2022 г.», " +
  "«I квартал 2024 г.», «2024 год», «15.01.2024», «до 25 декабря 2023 г.», «в течение года», «ежемесячно», " +
  "«не реже 1 раза в квартал» или список месяцев через запятую.";
const EXPECTED_EN =
  "Expected forms, e.g.: «Август 2021 г.» (a month), «Ноябрь – декабрь 2021 г.» (a range), «I квартал 2024 г.» (a quarter), " +
  "«2024 год» (a year), «15.01.2024» (a date), «до 25 декабря 2023 г.» (a deadline), «в течение года» (throughout), " +
  "«ежемесячно», «не реже 1 раза в квартал» (a recurrence) or a list of months separated by commas.";

/** Quote at most this many characters of the source. */
const MAX_QUOTE = 60;

export function quote(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > MAX_QUOTE ? t.slice(0, MAX_QUOTE - 1) + "…" : t;
}

export const EMPTY: Text = {
  ru: "Срок не указан: ячейка пуста. " + EXPECTED_RU,
  en: "The period is empty. " + EXPECTED_EN,
};

export const BOOLEAN: Text = {
  ru: "Вместо срока в ячейке логическое значение (ИСТИНА/ЛОЖЬ). " + EXPECTED_RU,
  en: "The cell holds TRUE/FALSE instead of a period. " + EXPECTED_EN,
};

export const NOT_A_VALUE: Text = {
  ru: "Значение ячейки не является ни текстом, ни числом. " + EXPECTED_RU,
  en: "The cell value is neither text nor a number. " + EXPECTED_EN,
};

export const TOO_LONG: Text = {
  ru: "Текст слишком длинный для срока. " + EXPECTED_RU,
  en: "The text is too long to be a period. " + EXPECTED_EN,
};

export function badNumber(n: number): Text {
  return {
    ru: `Число ${n} не похоже ни на дату, ни на год. ` + EXPECTED_RU,
    en: `The number ${n} is neither a date nor a year. ` + EXPECTED_EN,
  };
}

export function notUnderstood(whole: string, part: string): Text {
  const w = quote(whole);
  const p = quote(part);
  if (p === w) return { ru: `Срок «${w}» не распознан. ` + EXPECTED_RU, en: `The period «${w}» is not understood. ` + EXPECTED_EN };
  return {
    ru: `Срок «${w}» не распознан: непонятно «${p}». ` + EXPECTED_RU,
    en: `The period «${w}» is not understood: «${p}» is not understood. ` + EXPECTED_EN,
  };
}

export function noDate(whole: string): Text {
  const w = quote(whole);
  return {
    ru: `В «${w}» нет срока: не указаны ни месяц, ни год, ни периодичность. ` + EXPECTED_RU,
    en: `«${w}» gives no period: no month, year or recurrence. ` + EXPECTED_EN,
  };
}

export function noYear(part: string): Text {
  const p = quote(part);
  return {
    ru: `Не указан год: «${p}». Укажите год, например «Сентябрь 2021 г.».`,
    en: `No year is given in «${p}». Write the year, e.g. «Сентябрь 2021 г.».`,
  };
}

export function badDate(part: string): Text {
  const p = quote(part);
  return { ru: `Такой даты нет: «${p}».`, en: `No such date: «${p}».` };
}

export function badYear(part: string, year: number): Text {
  const p = quote(part);
  return {
    ru: `Год ${year} в «${p}» вне допустимого диапазона 1900–2199.`,
    en: `The year ${year} in «${p}» is outside 1900–2199.`,
  };
}

export function badQuarter(part: string): Text {
  const p = quote(part);
  return {
    ru: `Такого квартала нет: «${p}». Кварталы — I, II, III, IV (или 1–4), полугодия — I и II.`,
    en: `No such quarter: «${p}». Quarters are I–IV (or 1–4), half-years I and II.`,
  };
}

export function schoolYearNeedsTwo(part: string): Text {
  const p = quote(part);
  return {
    ru: `Учебный год указывается двумя годами: «2021-2022 учебный год», а не «${p}».`,
    en: `A school year is written with two years («2021-2022 учебный год»), not «${p}».`,
  };
}

export function listWithDeadline(whole: string): Text {
  const w = quote(whole);
  return {
    ru: `В «${w}» срок «до …» или «с …» стоит в списке сроков: укажите один срок или перечислите месяцы через запятую.`,
    en: `«${w}» mixes a deadline («до …») or an open start («с …») into a list: give one period or a list of months.`,
  };
}

export function listWithRecurrence(whole: string): Text {
  const w = quote(whole);
  return {
    ru: `В «${w}» периодичность указана для списка сроков: укажите либо периодичность в пределах срока, либо список месяцев.`,
    en: `«${w}» gives a recurrence for a list of sessions: give either a recurrence within one period or a list of months.`,
  };
}

export function twoRecurrences(whole: string): Text {
  const w = quote(whole);
  return {
    ru: `В «${w}» указаны две разные периодичности.`,
    en: `«${w}» gives two different recurrences.`,
  };
}

/** A part of the text read by a guess: the warning names the part and says how it was read. */
export function caveat(kind: "month-dash-year" | "years-without-dash", part: string, readAs: string): Text {
  const p = quote(part);
  return kind === "month-dash-year"
    ? {
        ru: `«${p}» прочитано как «${readAs}»; запишите месяц и год словами, чтобы срок читался без догадок.`,
        en: `«${p}» is read as «${readAs}»; write the month and the year out so the period reads without a guess.`,
      }
    : {
        ru: `В «${p}» между годами нет тире: прочитано как «${readAs}»; поставьте тире, если так и задумано.`,
        en: `«${p}» has no dash between the years: read as «${readAs}»; write the dash if that is what was meant.`,
      };
}

/** «сентябрь, в течение года»: a part that cannot be applied together with the dates beside it. */
export function partNotApplied(part: string, readRu: string, readEn: string): Text {
  const p = quote(part);
  return {
    ru: `«${p}» не учтено вместе с датами рядом: срок прочитан как «${readRu}». Укажите либо даты, либо «${p}».`,
    en: `«${p}» is not applied together with the dates beside it: the period is read as «${readEn}». Give either the dates or «${p}».`,
  };
}

export const INTERNAL: Text = {
  ru: "Срок не удалось разобрать (внутренняя ошибка разбора).",
  en: "The period could not be read (internal parser error).",
};
