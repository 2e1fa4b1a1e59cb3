import { VietnerError, shortName } from "../errors.js";
import { createExtractor } from "../extractor.js";
import { readGoldCorpus, readPredictions } from "../eval/corpus.js";
import { htmlReport } from "../eval/html-report.js";
import { goldFormatOf, readImportedGold, type GoldFormat } from "../eval/imported.js";
import { formatReport } from "../eval/report.js";
import { evaluate } from "../eval/score.js";
import type { GoldDocument, PredictionDocument } from "../eval/types.js";
import { validateGold } from "../eval/validate-gold.js";
import { flatten, labelMap } from "../formats/conll.js";
import { oneOf, parseArgs, positiveNumber } from "./args.js";
import { toDocumentOutput, type Io } from "./extract-command.js";
import { openOutputFile } from "./output-file.js";

const SPEC = {
  gold: { value: true },
  "gold-format": { value: true },
  map: { value: true },
  pred: { value: true },
  json: { value: false },
  report: { value: true },
  "min-f1": { value: true },
  "max-errors": { value: true },
  dict: { value: true, repeat: true },
};

/**
 * `vietner eval`: scores the extractor (or a predictions file from any tool, --pred) against gold:
 * a folder of vietner gold files, or a CoNLL/IOB2, doccano or Label Studio file. Exit code 1 when
 * --min-f1 is given and micro strict F1 is below it.
 */
export async function evalCommand(argv: readonly string[], io: Io): Promise<number> {
  const { options, positional } = parseArgs(argv, SPEC);
  if (positional.length > 0) throw new VietnerError("INVALID_OPTIONS", `unexpected argument ${shortName(positional[0]!)}`);
  const minF1 = options["min-f1"] === undefined ? undefined : positiveNumber(options["min-f1"], "min-f1", false, 1);
  const maxErrors = options["max-errors"] === undefined ? undefined : positiveNumber(options["max-errors"], "max-errors", false, 1_000_000);
  const goldPath = (options.gold as string | undefined) ?? "seeds";
  const forced = options["gold-format"] === undefined ? undefined : oneOf(options["gold-format"], ["vietner", "conll", "doccano", "label-studio"] as const, "gold-format");
  const format: GoldFormat = goldFormatOf(goldPath, forced);
  if (options.map !== undefined && format === "vietner") throw new VietnerError("INVALID_OPTIONS", "--map applies to CoNLL, doccano and Label Studio gold, not to vietner's gold folders");

  let documents: GoldDocument[];
  let texts: Map<string, string>;
  let tokenEdges: Map<string, { starts: Set<number>; ends: Set<number> }> | undefined;
  if (format === "vietner") {
    const corpus = readGoldCorpus(goldPath);
    documents = corpus.documents;
    texts = corpus.texts;
  } else {
    const imported = readImportedGold(goldPath, format, labelMap(options.map as string | undefined));
    texts = new Map(imported.map((d) => [d.name, d.text]));
    documents = imported.map((d) => validateGold({ document: d.name, documentDate: null, entities: d.entities, relations: [] }, d.text, d.name, { dateValues: false }));
    if (format === "conll") tokenEdges = new Map(imported.map((d) => [d.name, wordEdges(d.text)]));
  }
  // (Open the report file before the work, so that an unwritable place fails at once.)
  const reportFile = options.report === undefined ? undefined : openOutputFile(options.report as string);
  try {
    let predictions: PredictionDocument[];
    if (options.pred !== undefined) {
      predictions = readPredictions(options.pred as string);
    } else {
      const extractor = createExtractor({ dictionaries: (options.dict as string[] | undefined) ?? [] });
      predictions = documents.map((g) => toDocumentOutput(g.document, extractor.extract(texts.get(g.document)!)));
    }
    if (format !== "vietner") {
      // Only the types the other tool annotates are compared (a tagger without POSITION is not
      // charged for vietner's POSITIONs, and IOB2 then keeps the bodies inside them).
      const goldTypes = new Set(documents.flatMap((d) => d.entities.map((e) => e.type)));
      predictions = predictions.map((p) => adaptToFlatGold({ ...p, entities: p.entities.filter((e) => goldTypes.has(e.type)) }, tokenEdges?.get(p.document), format === "conll"));
    }
    const report = evaluate(documents, predictions, { texts });
    io.stdout.write(options.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report, { maxErrors }) + (format === "vietner" ? "" : "\n(HOLDS not scored: the gold format has no relations)") + "\n");
    if (reportFile) {
      reportFile.stream.write(htmlReport(report, documents, predictions, texts, { holdsScored: format === "vietner" }));
      await reportFile.commit();
    }
    if (minF1 !== undefined && report.strict.micro.f1 < minF1) {
      io.stderr.write(`vietner: micro strict F1 ${report.strict.micro.f1.toFixed(4)} is below --min-f1 ${minF1}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    reportFile?.abort();
    throw error;
  }
}

/** Word boundaries of a text rebuilt from CoNLL tokens (separated by single spaces or line breaks). */
function wordEdges(text: string): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  const word = /[^ \n]+/gu;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    starts.add(m.index);
    ends.add(m.index + m[0].length);
  }
  return { starts, ends };
}

/**
 * Gold from another tool has no relations, and IOB2 gold no nesting: predictions drop their HOLDS,
 * and against IOB2 keep their outermost entities, widened to whole tokens of the CoNLL file.
 */
function adaptToFlatGold(p: PredictionDocument, edges: { starts: Set<number>; ends: Set<number> } | undefined, flat: boolean): PredictionDocument {
  let entities = p.entities;
  if (flat) entities = flatten(entities, "outer");
  if (edges) {
    entities = entities.map((e) => {
      let start = e.start;
      let end = e.end;
      while (start > 0 && !edges.starts.has(start) && e.start - start < 64) start--;
      while (!edges.ends.has(end) && end - e.end < 64) end++;
      return { ...e, start: edges.starts.has(start) ? start : e.start, end: edges.ends.has(end) ? end : e.end };
    });
  }
  return { ...p, entities, relations: [] };
}
