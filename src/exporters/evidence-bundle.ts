import { strToU8, zipSync, type Zippable } from 'fflate';

/** One file of a bundle: its path inside the zip and its bytes. */
export interface BundleFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * A zip of a report and its evidence, pure: the same files and time give the same bytes. Text and PDFs are
 * compressed, files already compressed (images, Office files, zips) stored as they are. `manifest` is added as
 * `MANIFEST.txt`, listing every file with its size and SHA-256 so whoever receives the bundle can check it.
 */
export function renderEvidenceBundle(files: readonly BundleFile[], manifest: string, mtime: Date): Uint8Array {
  const zippable: Zippable = {};
  const stored = /\.(zip|docx|xlsx|pptx|jpe?g|png|gif|heic|webp)$/i;
  for (const file of [...files, { path: 'MANIFEST.txt', bytes: strToU8(manifest) }]) {
    zippable[file.path] = [file.bytes, { level: stored.test(file.path) ? 0 : 6, mtime }];
  }
  return zipSync(zippable);
}
