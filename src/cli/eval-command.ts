import { shortName, VietnerError } from "../errors.js";
import { createExtractor } from "../extractor.js";
import { readGoldCorpus, readPredictions } from "../eval/corpus.js";
import { formatReport } from "../eval/report.js";
import { evaluate } from "../eval/score.js";
import type { PredictionDocument } from "../eval/types.js";
import { parseArgs, positiveNumber } from "./args.js";
import { toDocumentOutput, type Io } from "./extract-command.js";

const SPEC = {
  gold: { value: true },
  pred: { value: true },
  json: { value: false },
  "min-f1": { value: true },
  "max-errors": { value: true },
  dict: { value: true, repeat: true },
};

/**
 * `vietner eval`: scores the extractor (or a predictions file from any tool, --pred) against the
 * gold files of a folder. Exit code 1 when --min-f1 is given and micro strict F1 is below it.
 */
export async function evalCommand(argv: readonly string[], io: Io): Promise<number> {
  const { options, positional } = parseArgs(argv, SPEC);
  if (positional.length > 0) throw new VietnerError("INVALID_OPTIONS", `unexpected argument ${shortName(positional[0]!)}`);
  const minF1 = options["min-f1"] === undefined ? undefined : positiveNumber(options["min-f1"], "min-f1", false, 1);
  const maxErrors = options["max-errors"] === undefined ? undefined : positiveNumber(options["max-errors"], "max-errors", false, 1_000_000);
  const corpus = readGoldCorpus((options.gold as string | undefined) ?? "seeds");
  let predictions: PredictionDocument[];
  if (options.pred !== undefined) {
    predictions = readPredictions(options.pred as string);
  } else {
    const extractor = createExtractor({ dictionaries: (options.dict as string[] | undefined) ?? [] });
    predictions = corpus.documents.map((g) => toDocumentOutput(g.document, extractor.extract(corpus.texts.get(g.document)!)));
  }
  const report = evaluate(corpus.documents, predictions, { texts: corpus.texts });
  io.stdout.write(options.json ? JSON.stringify(report, null, 2) + "\n" : formatReport(report, { maxErrors }) + "\n");
  if (minF1 !== undefined && report.strict.micro.f1 < minF1) {
    io.stderr.write(`vietner: micro strict F1 ${report.strict.micro.f1.toFixed(4)} is below --min-f1 ${minF1}\n`);
    return 1;
  }
  return 0;
}
