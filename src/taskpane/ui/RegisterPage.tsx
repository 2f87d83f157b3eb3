import * as React from "react";
import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import type { YMD } from "../../core/periods";
import { strings } from "../../i18n";
import type { Engine } from "../../app/engine";
import type { Store } from "../../app/store";
import type { PickedFile } from "../../app/register";
import { register } from "../../app/actions";
import { useStore } from "./useStore";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A picked file's bytes: File.arrayBuffer where the browser has it, else FileReader (older WebViews). */
function bytesOf(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === "function") return f.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
}

function ymd(iso: string): YMD | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

/**
 * «Свод»: the person picks .xlsx files (read here, in the pane) and/or takes the open workbook's documents,
 * sets the report date and gets the register as new sheets of the open workbook.
 */
export function RegisterPage({ engine, store, lang }: { engine: Engine; store: Store; lang: Lang }) {
  const s = strings(lang);
  const styles = useStyles();
  const state = useStore(store);
  const [files, setFiles] = React.useState<File[]>([]);
  const [openWorkbook, setOpenWorkbook] = React.useState(!engine.readsFiles);
  const [asOf, setAsOf] = React.useState(todayIso());
  const result = state.register;
  const date = ymd(asOf);
  const ready = (files.length > 0 || openWorkbook) && date !== undefined && !!engine.register;
  const run = async () => {
    if (!date) return;
    const picked: PickedFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await bytesOf(f) })));
    await register(engine, { files: picked, openWorkbook, asOf: date }, store);
  };
  return (
    <section className={styles.col}>
      <Text>{s.register.intro}</Text>
      {engine.readsFiles ? (
        <Field label={s.register.files} hint={files.length ? s.register.picked(files.length) : undefined}>
          <input
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="register-files"
            onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))}
          />
        </Field>
      ) : (
        <Text size={200}>{s.register.noReader}</Text>
      )}
      <Checkbox label={s.register.openWorkbook} checked={openWorkbook} onChange={(_, d) => setOpenWorkbook(Boolean(d.checked))} data-testid="register-open-workbook" />
      <Field label={s.register.asOf}>
        <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="register-as-of" />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.busy || !ready} onClick={() => void run()} data-testid="register-run">
          {s.register.run}
        </Button>
        {!ready && <Text size={200}>{s.register.nothing}</Text>}
      </div>
      {result && result.unreadable.length > 0 && (
        <div className={styles.col} data-testid="register-unreadable">
          <Text weight="semibold">{s.register.unreadable}</Text>
          <ul>
            {result.unreadable.map((u) => (
              <li key={u.file}>
                {u.file}: {u.reason[lang]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
