import * as React from "react";
import { Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Text as T } from "../../core/i18n";
import type { Engine } from "../../app/engine";
import type { Store } from "../../app/store";
import { importWord } from "../../app/actions";
import { strings } from "../../i18n";
import { useStore } from "./useStore";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hidden: { display: "none" },
});

/** The page's own sentences (the rest comes from src/i18n). */
const L: Record<string, T> = {
  intro: {
    ru: "Паспорт, план реализации или план-график, написанный в Word (.docx), переносится в шаблон «Проектного офиса» на новый лист этой книги — с таблицами, объединёнными ячейками и несколькими абзацами в ячейке. Листы книги не меняются.",
    en: "A passport, implementation plan or calendar plan written in Word (.docx) is copied into the Project Office template on a new sheet of this workbook — tables, merged cells and several paragraphs per cell included. The workbook's sheets are not changed.",
  },
  pick: { ru: "Выбрать документ Word…", en: "Choose a Word document…" },
  recognised: { ru: "Распознано", en: "Recognised" },
  sheet: { ru: "Новый лист", en: "New sheet" },
  notes: { ru: "Что изменилось при переносе", en: "What the copy changed" },
  unrecognised: { ru: "Не распознано", en: "Not recognised" },
  findings: { ru: "Замечания проверки", en: "The check's findings" },
  none: { ru: "нет", en: "none" },
};

/** At most this many lines per list: the rest is counted, the check page shows them all. */
const SHOWN = 30;

async function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

function Lines({ items, lang, testId }: { items: T[]; lang: Lang; testId: string }) {
  const styles = useStyles();
  if (items.length === 0) return <Text size={200}>{L.none[lang]}</Text>;
  const more = items.length - SHOWN;
  return (
    <ul className={styles.list} data-testid={testId}>
      {items.slice(0, SHOWN).map((t, i) => (
        <li key={i}>
          <Text size={200}>{t[lang]}</Text>
        </li>
      ))}
      {more > 0 && (
        <li>
          <Text size={200}>{lang === "ru" ? `… и ещё ${more}` : `… and ${more} more`}</Text>
        </li>
      )}
    </ul>
  );
}

/** «Импорт из Word»: pick a .docx; its document becomes a new template sheet, with a summary. */
export function WordImportPage({ engine, store, lang }: { engine: Engine; store: Store; lang: Lang }) {
  const s = strings(lang);
  const styles = useStyles();
  const { busy, wordImport: r } = useStore(store);
  const input = React.useRef<HTMLInputElement>(null);
  const onFile = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ""; // the same file can be picked again
    if (!file) return;
    await importWord(engine, await bytesOf(file), file.name, store);
  };
  const counts = r?.counts.map((c) => `${c.label[lang]}: ${c.n}`).join(", ");
  return (
    <section className={styles.page} data-testid="word-import">
      <Text>{L.intro[lang]}</Text>
      <div>
        <Button appearance="primary" disabled={busy || !engine.importWord} onClick={() => input.current?.click()} data-testid="word-pick">
          {L.pick[lang]}
        </Button>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={onFile}
          data-testid="word-file"
          aria-label={L.pick[lang]}
        />
      </div>
      {r && (
        <Card data-testid="word-summary">
          <CardHeader
            header={<Text weight="semibold">{`${L.recognised[lang]}: ${s.validation.kind[r.kind]}${counts ? ` (${counts})` : ""}`}</Text>}
            description={<Text size={200}>{r.sheet ? `${L.sheet[lang]}: «${r.sheet}» · ${r.fileName}` : r.fileName}</Text>}
          />
          {r.notes.length > 0 && (
            <>
              <Text weight="semibold">{L.notes[lang]}</Text>
              <Lines items={r.notes} lang={lang} testId="word-notes" />
            </>
          )}
          <Text weight="semibold">{`${L.unrecognised[lang]} (${r.unrecognised.length})`}</Text>
          <Lines items={r.unrecognised} lang={lang} testId="word-unrecognised" />
          <Text weight="semibold">{`${L.findings[lang]}: ${s.validation.counts(...((["error", "warning", "info"] as const).map((k) => r.findings.filter((f) => f.severity === k).length) as [number, number, number]))}`}</Text>
          <Lines items={r.findings.map((f) => ({ ru: `${s.severity[f.severity]}: ${f.text.ru}`, en: `${s.severity[f.severity]}: ${f.text.en}` }))} lang={lang} testId="word-findings" />
        </Card>
      )}
    </section>
  );
}
