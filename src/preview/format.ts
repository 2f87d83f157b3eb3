/** Shows a cell the way Excel would for the number formats the templates use (dates, money, percents). */
import { serialToYMD } from "../core/periods";
import type { Lang } from "../core/i18n";

const MONTHS: Record<Lang, string[]> = {
  ru: ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const two = (n: number) => String(n).padStart(2, "0");

export function displayValue(value: unknown, numberFormat: string | undefined, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number" || !numberFormat || numberFormat === "General") return String(value);
  const f = numberFormat.replace(/\[[^\]]*\]|"[^"]*"|\\./g, "");
  if (/[dy]/i.test(f) || /m{3,}/i.test(f)) {
    if (value < 1 || value > 2958465) return String(value);
    const d = serialToYMD(value);
    if (/mmmm/i.test(f)) return `${MONTHS[lang][d.month - 1]} ${d.year}`;
    if (/d/i.test(f)) return `${two(d.day)}.${two(d.month)}.${d.year}`;
    return `${two(d.month)}.${d.year}`;
  }
  if (f.includes("%")) {
    const decimals = (f.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  if (/[0#]/.test(f)) {
    const decimals = (f.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
    return value.toLocaleString(lang === "ru" ? "ru-RU" : "en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: f.includes(",") });
  }
  return String(value);
}
