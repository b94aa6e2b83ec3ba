// The ZIP of every data set, built in the browser. fflate is small and well kept; this module (and
// fflate with it) loads only when "Download all (ZIP)" is pressed.
import { strToU8, zipSync } from 'fflate';

export function zipFiles(files: ReadonlyArray<{ name: string; text: string }>): Uint8Array<ArrayBuffer> {
  const entries = Object.fromEntries(files.map((f) => [f.name, strToU8(f.text)]));
  // The text compresses well; level 6 is fflate's default balance of size and time.
  const bytes = zipSync(entries, { level: 6 });
  return new Uint8Array(bytes);
}
