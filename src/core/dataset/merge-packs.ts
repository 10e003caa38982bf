/** The bundled dataset plus the reader's packs: a pack's record replaces a bundled one with the same id. */
import type { CompiledDataset, DatasetRecord } from './types.js';

export interface StoredPack {
  name: string;
  importedAt: string;
  records: DatasetRecord[];
}

export function mergePacks(bundled: CompiledDataset, packs: readonly StoredPack[]): CompiledDataset {
  if (packs.length === 0) return bundled;
  const byId = new Map<string, DatasetRecord>();
  for (const record of bundled.records) byId.set(record.id, record);
  let asOf = bundled.asOf;
  for (const pack of packs) {
    for (const record of pack.records) {
      byId.set(record.id, record);
      if (record.checked > asOf) asOf = record.checked;
    }
  }
  return { format: 1, asOf, records: [...byId.values()] };
}
