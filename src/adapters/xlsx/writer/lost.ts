/** What rewriting an existing file through ExcelJS would lose: the parts it does not write back. */
import type { Text } from "../../../core/i18n";
import { ZipArchive } from "../zip";

/** Parts of a workbook ExcelJS does not write back: what writing into an existing file would lose. */
const LOST_PARTS: { test: (name: string) => boolean; what: Text }[] = [
  { test: (n) => n.startsWith("xl/charts/") || n.startsWith("xl/chartsheets/"), what: { ru: "диаграммы", en: "charts" } },
  { test: (n) => n.startsWith("xl/pivotTables/") || n.startsWith("xl/pivotCache/"), what: { ru: "сводные таблицы", en: "pivot tables" } },
  { test: (n) => n === "xl/vbaProject.bin", what: { ru: "макросы", en: "macros" } },
  { test: (n) => n.startsWith("xl/slicers/") || n.startsWith("xl/slicerCaches/") || n.startsWith("xl/timelines/"), what: { ru: "срезы", en: "slicers" } },
  { test: (n) => n.startsWith("xl/externalLinks/"), what: { ru: "связи с другими книгами", en: "links to other workbooks" } },
  { test: (n) => n.startsWith("xl/ctrlProps/") || n.startsWith("xl/activeX/"), what: { ru: "элементы управления", en: "form controls" } },
  { test: (n) => n.startsWith("xl/threadedComments/"), what: { ru: "цепочки примечаний", en: "threaded comments" } },
  { test: (n) => n === "xl/connections.xml" || n.startsWith("xl/queryTables/"), what: { ru: "подключения к данным", en: "data connections" } },
];

/** Drawings hold pictures (ExcelJS keeps them) and shapes or text boxes (ExcelJS drops them). */
function hasShapes(zip: ZipArchive): boolean {
  for (const name of zip.names()) {
    if (!/^xl\/drawings\/drawing\d+\.xml$/.test(name)) continue;
    try {
      if (/<(?:xdr:)?(?:sp|cxnSp)[\s>]/.test(zip.readText(name) ?? "")) return true;
    } catch {
      /* unreadable part: ExcelJS would have failed first */
    }
  }
  return false;
}

/** What a workbook holds that ExcelJS would drop if the file were rewritten (empty when nothing). */
export function featuresLostOnRewrite(xlsx: Buffer): Text[] {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(xlsx);
  } catch {
    return [];
  }
  const names = zip.names();
  const lost = LOST_PARTS.filter((p) => names.some(p.test)).map((p) => p.what);
  if (hasShapes(zip)) lost.push({ ru: "фигуры и надписи", en: "shapes and text boxes" });
  return lost;
}
