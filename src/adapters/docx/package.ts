/**
 * The .docx package: the few parts the reader needs, unzipped with fflate (browser and Node alike), with the
 * sizes capped before anything is inflated, and the shapes of files that are not a Word document told apart
 * for a plain message: not a zip, an encrypted (password-protected) document, an old .doc, a zip without
 * word/document.xml.
 */
import { strFromU8, unzipSync } from "fflate";
import type { Text } from "../../core/i18n";

/** A reason a file cannot be read, for a person: thrown by readDocx, never a crash. */
export class DocxReadError extends Error {
  constructor(readonly reason: Text) {
    super(reason.en);
    this.name = "DocxReadError";
  }
}

/** Inflated size caps: a passport's document.xml is well under 1 MB; a zip bomb's is not. */
export const LIMITS = { documentXml: 64 * 1024 * 1024, otherPart: 16 * 1024 * 1024, file: 128 * 1024 * 1024 };

const PARTS = ["word/document.xml", "word/numbering.xml", "word/styles.xml"] as const;
export type PartName = (typeof PARTS)[number];

const ZIP_MAGIC = [0x50, 0x4b];
/** The OLE compound file an encrypted .docx (and an old .doc) is. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (data: Uint8Array, magic: number[]) => magic.every((b, i) => data[i] === b);

/** «EncryptedPackage» as UTF-16LE, the stream name an encrypted OOXML file has in its compound file. */
function holdsEncryptedPackage(data: Uint8Array): boolean {
  const name = "EncryptedPackage";
  const probe = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) probe[2 * i] = name.charCodeAt(i);
  outer: for (let i = 0; i + probe.length <= data.length; i++) {
    for (let j = 0; j < probe.length; j++) if (data[i + j] !== probe[j]) continue outer;
    return true;
  }
  return false;
}

export const REASONS = {
  empty: { ru: "файл пуст", en: "the file is empty" },
  tooLarge: { ru: "файл слишком большой для документа Word (больше 128 МБ)", en: "the file is too large for a Word document (over 128 MB)" },
  encrypted: {
    ru: "документ защищён паролем (зашифрован): откройте его в Word, снимите пароль (Файл → Сведения → Защита документа) и сохраните",
    en: "the document is password-protected (encrypted): open it in Word, remove the password (File → Info → Protect Document) and save it",
  },
  oldDoc: { ru: "это документ старого формата Word (.doc): сохраните его в Word как .docx", en: "this is an old-format Word document (.doc): save it as .docx in Word" },
  notZip: { ru: "это не документ Word (.docx): файл не является zip-архивом", en: "this is not a Word document (.docx): the file is not a zip archive" },
  brokenZip: { ru: "файл .docx повреждён: архив не читается", en: "the .docx file is damaged: its archive cannot be read" },
  noDocument: { ru: "в архиве нет word/document.xml: это не документ Word", en: "the archive has no word/document.xml: this is not a Word document" },
  partTooLarge: { ru: "часть документа после распаковки слишком велика (возможна «zip-бомба»)", en: "a part of the document is too large once unpacked (possibly a zip bomb)" },
  badXml: { ru: "текст документа повреждён (XML не читается)", en: "the document's text is damaged (its XML cannot be read)" },
  noTables: {
    ru: "в документе нет таблиц: паспорт, план реализации и план-график в Word — это таблицы; проверять нечего",
    en: "the document has no tables: a passport, an implementation plan and a calendar plan in Word are tables; there is nothing to check",
  },
  dtd: {
    ru: "документ содержит объявление DTD, которого в файлах Word не бывает: он не читается из соображений безопасности",
    en: "the document holds a DTD declaration, which Word files never have: it is not read, for safety",
  },
} satisfies Record<string, Text>;

/** The parts as text (absent parts omitted). Throws DocxReadError with the reason. */
export function unpackDocx(data: Uint8Array): Partial<Record<PartName, string>> {
  if (data.length === 0) throw new DocxReadError(REASONS.empty);
  if (data.length > LIMITS.file) throw new DocxReadError(REASONS.tooLarge);
  if (startsWith(data, CFB_MAGIC)) throw new DocxReadError(holdsEncryptedPackage(data) ? REASONS.encrypted : REASONS.oldDoc);
  if (!startsWith(data, ZIP_MAGIC)) throw new DocxReadError(REASONS.notZip);
  let tooLarge = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (f) => {
        if (!(PARTS as readonly string[]).includes(f.name)) return false;
        // the declared size is what fflate allocates and inflates into: output past it is not written
        const cap = f.name === "word/document.xml" ? LIMITS.documentXml : LIMITS.otherPart;
        if (f.originalSize > cap) tooLarge = true;
        return !tooLarge;
      },
    });
  } catch {
    throw new DocxReadError(REASONS.brokenZip);
  }
  if (tooLarge) throw new DocxReadError(REASONS.partTooLarge);
  if (!files["word/document.xml"]) throw new DocxReadError(REASONS.noDocument);
  const out: Partial<Record<PartName, string>> = {};
  for (const name of PARTS) if (files[name]) out[name] = strFromU8(files[name]);
  return out;
}
