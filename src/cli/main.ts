/**
 * `project-office`: the same engine as the add-in, over .xlsx files.
 * main() never throws: every failure is a message in the user's language and an exit code.
 */
import { parseArgs } from "node:util";
import type { Lang } from "../core/i18n";
import { strings } from "../i18n";
import { plainMessage } from "./files";
import { CliError, EXIT, processIO, type CliIO } from "./io";
import { runNew } from "./new";
import { runValidate } from "./validate";
import { runCompute } from "./compute";
import { runImport } from "./import";
import { runReport } from "./report";
import { runExport } from "./export";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- package.json lies outside the CLI build's rootDir, so it is read at run time
const VERSION: string = require("../../package.json").version;

function detectLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const v = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  if (v === "en" || v === "ru") return v;
  const env = process.env.PROJECT_OFFICE_LANG ?? process.env.LC_ALL ?? process.env.LANG ?? "";
  return env.toLowerCase().startsWith("en") ? "en" : "ru";
}

export interface ParsedOptions {
  lang: Lang;
  json: boolean;
  example: boolean;
  inPlace: boolean;
  /** compute: copy pasted passports without fact columns into the template on new sheets */
  adopt: boolean;
  report?: string;
  output?: string;
  /** import: replace an existing output file */
  force?: boolean;
  /** report: the report date (YYYY-MM-DD) */
  asOf?: string;
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const lang = detectLang(argv);
  const s = strings(lang);
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
          help: { type: "boolean", short: "h" },
          version: { type: "boolean", short: "v" },
          lang: { type: "string" },
          json: { type: "boolean" },
          example: { type: "boolean" },
          report: { type: "string" },
          output: { type: "string", short: "o" },
          "in-place": { type: "boolean" },
          adopt: { type: "boolean" },
          force: { type: "boolean" },
          "as-of": { type: "string" },
        },
      });
    } catch (e) {
      throw new CliError(s.cli.badOption((e as Error).message.split("\n")[0]));
    }
    const { values, positionals } = parsed;
    if (values.lang !== undefined && values.lang !== "ru" && values.lang !== "en") throw new CliError(s.cli.badLang(values.lang));
    if (values.version) {
      io.out(`${VERSION}\n`);
      return EXIT.OK;
    }
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.out(`${s.appName} ${VERSION}\n\n${s.cli.usage}\n`);
      return values.help ? EXIT.OK : EXIT.USAGE;
    }
    const opts: ParsedOptions = {
      lang,
      json: Boolean(values.json),
      example: Boolean(values.example),
      inPlace: Boolean(values["in-place"]),
      adopt: Boolean(values.adopt),
      report: values.report,
      output: values.output,
      force: Boolean(values.force),
      asOf: values["as-of"],
    };
    switch (command) {
      case "new":
        return await runNew(rest, opts, io);
      case "validate":
        return await runValidate(rest, opts, io);
      case "compute":
        return await runCompute(rest, opts, io);
      case "import":
        return await runImport(rest, opts, io);
      case "report":
        return await runReport(rest, opts, io);
      case "export":
        return await runExport(rest, opts, io);
      default:
        throw new CliError(s.cli.unknownCommand(command));
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`${e.message}\n`);
      return e.code;
    }
    // An unexpected fault: one line for the person, no stack trace (PROJECT_OFFICE_DEBUG=1 shows it).
    io.err(`${s.common.error}: ${plainMessage(e)}\n`);
    if (process.env.PROJECT_OFFICE_DEBUG) io.err(`${(e as Error)?.stack ?? ""}\n`);
    return EXIT.USAGE;
  }
}
