/**
 * Why a file cannot be read or a plan cannot be written, in plain words for a person (ru + en).
 * The adapter never lets a stack trace or a library message reach the user: every failure is an
 * XlsxReadError / XlsxWriteError whose `.reason` is a Text; the library's own message, when there is
 * one, is kept in `.detail` for logs.
 */
import type { Text } from "../../core/i18n";

export type XlsxReadFailure =
  | "notFound"
  | "cannotOpen"
  | "empty"
  | "notWorkbook"
  | "textFile"
  | "htmlOrXml"
  | "otherOfficeDocument"
  | "oldXls"
  | "encrypted"
  | "xlsb"
  | "ods"
  | "corrupt"
  | "duplicateEntry"
  | "missingPart"
  | "tooLarge"
  | "unsafeXml"
  | "unreadable"
  | "noSheets";

const NOT_WORKBOOK: Text = { ru: "Файл не является книгой Excel (.xlsx)", en: "The file is not an Excel workbook (.xlsx)" };
const SAVE_AS: Text = { ru: "откройте его в Excel и сохраните как .xlsx", en: "open it in Excel and save it as .xlsx" };

export const READ_REASONS: Record<Exclude<XlsxReadFailure, "notFound" | "cannotOpen" | "missingPart">, Text> = {
  empty: { ru: "Файл пуст (0 байт)", en: "The file is empty (0 bytes)" },
  notWorkbook: NOT_WORKBOOK,
  textFile: {
    ru: `${NOT_WORKBOOK.ru}: это текстовый файл (например, CSV) — ${SAVE_AS.ru}`,
    en: `${NOT_WORKBOOK.en}: it is a text file (CSV, for example) — ${SAVE_AS.en}`,
  },
  htmlOrXml: {
    ru: `${NOT_WORKBOOK.ru}: это веб-страница или XML-таблица с расширением Excel — ${SAVE_AS.ru}`,
    en: `${NOT_WORKBOOK.en}: it is a web page or an XML spreadsheet with an Excel extension — ${SAVE_AS.en}`,
  },
  otherOfficeDocument: {
    ru: `${NOT_WORKBOOK.ru}: это документ Word или презентация PowerPoint`,
    en: `${NOT_WORKBOOK.en}: it is a Word document or a PowerPoint presentation`,
  },
  oldXls: {
    ru: "Старый формат .xls не поддерживается: сохраните файл как .xlsx",
    en: "The old .xls format is not supported: save the file as .xlsx",
  },
  encrypted: {
    ru: "Файл защищён паролем на открытие: снимите пароль в Excel и сохраните файл как .xlsx",
    en: "The file is protected with an opening password: remove the password in Excel and save the file as .xlsx",
  },
  xlsb: {
    ru: "Двоичный формат .xlsb не поддерживается: сохраните файл как .xlsx",
    en: "The binary .xlsb format is not supported: save the file as .xlsx",
  },
  ods: {
    ru: "Это таблица OpenDocument (.ods): сохраните файл как .xlsx",
    en: "This is an OpenDocument spreadsheet (.ods): save the file as .xlsx",
  },
  corrupt: { ru: "Файл повреждён или обрезан", en: "The file is damaged or truncated" },
  duplicateEntry: {
    ru: "Файл повреждён: в архиве книги одна и та же часть записана дважды",
    en: "The file is damaged: the workbook's archive holds the same part twice",
  },
  tooLarge: {
    ru: "Файл слишком велик для проверки: часть книги распаковывается более чем в 256 МБ или сжата более чем в 100 раз (так устроены «zip-бомбы»). Если книга настоящая, разделите её на несколько файлов",
    en: "The file is too large to check: a part of the workbook unpacks to more than 256 MB or is compressed more than 100 times (as zip bombs are). If the workbook is genuine, split it into several files",
  },
  unsafeXml: {
    ru: "Книга не прочитана: в её XML есть объявление DTD, которого Excel не пишет (так устроены XML-бомбы). Откройте файл в Excel и сохраните заново",
    en: "The workbook was not read: its XML holds a DTD declaration, which Excel never writes (as XML bombs do). Open the file in Excel and save it again",
  },
  unreadable: {
    ru: "Не удалось прочитать книгу: файл повреждён или содержит то, что программа не умеет читать. Откройте его в Excel и сохраните заново",
    en: "The workbook could not be read: the file is damaged or holds something this program cannot read. Open it in Excel and save it again",
  },
  noSheets: { ru: "В книге нет листов с ячейками", en: "The workbook has no worksheets with cells" },
};

export function notFoundReason(file: string): Text {
  return { ru: `Файл не найден: ${file}`, en: `File not found: ${file}` };
}

/** A part the workbook's relationships name is not in the file. */
export function missingPartReason(part: string): Text {
  return {
    ru: `Файл повреждён: в нём нет части ${part}, без которой книгу не прочитать`,
    en: `The file is damaged: it lacks the part ${part}, without which the workbook cannot be read`,
  };
}

/** A sheet whose used range is over the reader's limit: not read, the rest of the workbook is. */
export function sheetTooLargeReason(rows: number, cols: number, limit: number): Text {
  const n = (x: number) => x.toLocaleString("ru-RU");
  const e = (x: number) => x.toLocaleString("en-US");
  return {
    ru: `Лист не проверен: его заполненная область — ${n(rows)} строк × ${n(cols)} столбцов, больше предела в ${n(limit)} ячеек. Удалите лишние ячейки за пределами таблицы или разделите лист`,
    en: `The sheet was not checked: its used range is ${e(rows)} rows × ${e(cols)} columns, over the limit of ${e(limit)} cells. Delete stray cells beyond the table or split the sheet`,
  };
}

/** A sheet with a cell or merged area beyond row 1,048,576 or column XFD (no Excel writes one). */
export function sheetOutsideGridReason(address: string): Text {
  return {
    ru: `Лист не проверен: в файле есть ячейка или объединение за пределами листа Excel (${address}); откройте файл в Excel и сохраните заново`,
    en: `The sheet was not checked: the file holds a cell or merged area beyond an Excel sheet's grid (${address}); open the file in Excel and save it again`,
  };
}

export function cannotOpenReason(file: string, code?: string): Text {
  const why = code === "EACCES" || code === "EPERM" ? { ru: "нет доступа", en: "access denied" } : code === "EISDIR" ? { ru: "это папка", en: "it is a folder" } : null;
  return why ? { ru: `Не удалось открыть файл ${file}: ${why.ru}`, en: `Cannot open ${file}: ${why.en}` } : { ru: `Не удалось открыть файл ${file}`, en: `Cannot open ${file}` };
}

export class XlsxReadError extends Error {
  readonly reason: Text;
  readonly kind: XlsxReadFailure;
  /** The underlying library or system message, for logs only. */
  readonly detail?: string;

  constructor(kind: XlsxReadFailure, reason: Text, detail?: string) {
    super(reason.en);
    this.name = "XlsxReadError";
    this.kind = kind;
    this.reason = reason;
    this.detail = detail;
  }
}

export type XlsxWriteFailure = "sheetExists" | "sheetMissing" | "sheetProtected" | "badSheetName" | "badPlan" | "nameExists" | "dataLoss" | "noVisibleSheet";

export class XlsxWriteError extends Error {
  readonly reason: Text;
  readonly kind: XlsxWriteFailure;

  constructor(kind: XlsxWriteFailure, reason: Text) {
    super(reason.en);
    this.name = "XlsxWriteError";
    this.kind = kind;
    this.reason = reason;
  }
}
