export { normalise, canonicalToneMarks, type NormalisedText } from "./normalise.js";
