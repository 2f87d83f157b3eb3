import * as React from "react";
import { Button, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import type { TemplateKind } from "../../core/templates/names";
import { strings } from "../../i18n";
import type { Engine } from "../../app/engine";
import type { Store } from "../../app/store";
import { createTemplate } from "../../app/actions";
import { useStore } from "./useStore";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export function TemplatesPage({ engine, store, lang }: { engine: Engine; store: Store; lang: Lang }) {
  const s = strings(lang);
  const styles = useStyles();
  const { busy } = useStore(store);
  const kinds: { kind: TemplateKind; title: string; hint: string }[] = [
    { kind: "passport", title: s.templates.passport, hint: s.templates.passportHint },
    { kind: "plan", title: s.templates.plan, hint: s.templates.planHint },
    { kind: "schedule", title: s.templates.schedule, hint: s.templates.scheduleHint },
  ];
  return (
    <section className={styles.list}>
      <Text>{s.templates.intro}</Text>
      {kinds.map((k) => (
        <Card key={k.kind} data-testid={`template-${k.kind}`}>
          <CardHeader header={<Text weight="semibold">{k.title}</Text>} description={<Text size={200}>{k.hint}</Text>} />
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => createTemplate(engine, k.kind, false, store)}>
              {s.templates.create}
            </Button>
            <Button disabled={busy} onClick={() => createTemplate(engine, k.kind, true, store)}>
              {s.templates.insertExample}
            </Button>
          </div>
        </Card>
      ))}
    </section>
  );
}
