import { MAX_FILE_BYTES } from './limits';

/*
 * The first thing any step does with a content file: turn its bytes into the one text every later
 * step sees. The content check, the content compile (both through ./source-files.ts) and the
 * authoring tools all call this, so a file cannot mean one thing to the check and another to the
 * build.
 */

export interface SourceTextProblem {
  line: number | undefined;
  message: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes and normalises a content file: UTF-8 only, byte-order mark dropped, Windows (CRLF) and
 * old Mac (CR) line endings turned into LF, and Unicode NFC, so that "é" typed as one character
 * or as "e" plus an accent is the same text in titles, tags, names and bodies alike.
 */
export function decodeSourceText(bytes: Uint8Array): { text: string } | { problem: SourceTextProblem } {
  const tooLarge = fileSizeProblem(bytes.byteLength);
  if (tooLarge) return { problem: tooLarge };
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { problem: { line: lineOfFirstInvalidByte(bytes), message: 'the file is not valid UTF-8; save it as UTF-8 (the encoding every editor offers)' } };
  }
  return { text: normaliseSourceText(text) };
}

/** Checked before a file is even read, so a multi-gigabyte file costs nothing. */
export function fileSizeProblem(byteLength: number): SourceTextProblem | undefined {
  if (byteLength <= MAX_FILE_BYTES) return undefined;
  const size = `${Math.round(byteLength / 1024)} kB`;
  return {
    line: undefined,
    message: `the file is ${size}; a content file may be at most ${MAX_FILE_BYTES / 1024} kB. Split the story, or move data into images or linked files`,
  };
}

export function normaliseSourceText(text: string): string {
  // TextDecoder already dropped a leading byte-order mark.
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Line of the first byte sequence that is not UTF-8, so the author can find it. */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] !== 0x0a) continue;
    try {
      strictUtf8.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line += 1;
    start = index + 1;
  }
  return line;
}

/**
 * Characters that have no place in a headline, name or tag: C0 and C1 control characters (tab and
 * line feed excepted), the bidirectional embedding, override and isolate controls that can make
 * text display in an order other than the one it is stored in, and invisible characters that
 * make two different strings look identical (zero-width space, word joiner, a stray BOM).
 * Zero-width joiners stay allowed: emoji and several scripts need them.
 */
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff]/u;

/** Why a piece of frontmatter text is refused, or undefined when it is fine. */
export function unsafeTextReason(text: string): string | undefined {
  if (!text.isWellFormed()) return 'contains a lone surrogate (half of a character, usually from a "\\uD800"-style escape); write the character itself';
  const match = FORBIDDEN_IN_TEXT.exec(text);
  if (!match) return undefined;
  const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `contains the invisible or control character ${code}; remove it (it can make text display differently from what is stored)`;
}
