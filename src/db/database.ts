import { Dexie, type EntityTable } from 'dexie';
import type {
  DraftRecord, OutboxRecord, PackFileRecord, PackRecord, ReceiptRecord, SettingRecord,
} from './records';

export { databaseName } from './database-name';
import { databaseName } from './database-name';

/**
 * The one IndexedDB database of the app. Every schema change is a new
 * `version(n)` below with its upgrade function, and a test in database.test.ts
 * that opens a database written by version n-1 and checks the data survived.
 */
export class MadoguchiDatabase extends Dexie {
  settings!: EntityTable<SettingRecord, 'key'>;
  packs!: EntityTable<PackRecord, 'version'>;
  packFiles!: Dexie.Table<PackFileRecord, [string, string]>;
  outbox!: EntityTable<OutboxRecord, 'id'>;
  receipts!: EntityTable<ReceiptRecord, 'id'>;
  drafts!: EntityTable<DraftRecord, 'formId'>;

  constructor(name: string = databaseName) {
    super(name);
    this.version(1).stores({
      settings: 'key',
      packs: 'version, state',
      packFiles: '[version+path], version',
      outbox: 'id, nextAttemptAt, formId',
      receipts: 'id, receiptNumber, deliveredAt',
    });
    // v2: phone drafts get their own table (they used to be a settings entry).
    this.version(2)
      .stores({ drafts: 'formId, updatedAt' })
      .upgrade(async (tx) => {
        const legacy = await tx.table<SettingRecord, string>('settings').get('drafts');
        if (!legacy || typeof legacy.value !== 'object' || legacy.value === null) return;
        const drafts = Object.values(legacy.value as Record<string, DraftRecord>);
        await tx.table<DraftRecord, string>('drafts').bulkPut(drafts);
        await tx.table('settings').delete('drafts');
      });
  }
}

let instance: MadoguchiDatabase | undefined;

/** The shared database, opened on first use. */
export function database(): MadoguchiDatabase {
  instance ??= new MadoguchiDatabase();
  return instance;
}
