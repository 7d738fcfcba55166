import { useDocumentTitle } from '../../lib/use-document-title'
import { AnkiImportPanel } from './anki-import-panel'
import { BackupPanel } from './backup-panel'
import { CsvImportPanel } from './csv-import-panel'
import { DeckExportPanel } from './deck-export-panel'
import { MergePanel } from './merge-panel'
import { RestorePanel } from './restore-panel'
import './import.css'

/** Your data: back it up, restore it on another browser, merge another device's, import cards from elsewhere. */
export function DataScreen() {
  useDocumentTitle('Your data')
  return (
    <div className="data-screen">
      <header className="page-header">
        <h1>Your data</h1>
        <p className="muted">
          Everything lives in this browser only. Back it up to a file to keep it safe or to move it to another
          browser or machine.
        </p>
      </header>
      <BackupPanel />
      <RestorePanel />
      <MergePanel />
      <AnkiImportPanel />
      <CsvImportPanel />
      <DeckExportPanel />
    </div>
  )
}
