import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { csvFormat, importCsv, type CartImport } from '../api/cart';
import { problemText } from '../shared/banners';

const looksLikeCsv = (file: File) => /\.csv$/i.test(file.name) || file.type === 'text/csv' || file.type === 'application/vnd.ms-excel';

/** A CSV file dropped on the zone (or chosen with it), sent as it is and answered with a report. */
export function CsvUpload({ accountId, onReport }: { accountId: string; onReport: (report: CartImport) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function upload(files: FileList | null) {
    const file = files?.[0];
    if (!file || busy) return;
    if (!looksLikeCsv(file)) {
      setProblem(`“${file.name}” is not a CSV file. Save the sheet as CSV (comma or semicolon separated) and try again.`);
      return;
    }
    if (file.size === 0) {
      setProblem(`“${file.name}” is empty.`);
      return;
    }
    setBusy(file.name);
    setProblem(null);
    try {
      onReport(await importCsv(accountId, file));
    } catch (err) {
      setProblem(problemText(err));
    } finally {
      setBusy(null);
    }
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    void upload(event.dataTransfer.files);
  }

  function openOnKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      input.current?.click();
    }
  }

  return (
    <section className="panel csv-upload">
      <h2>Upload a CSV file</h2>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="csv-drop"
        role="button"
        tabIndex={0}
        aria-describedby="csv-format"
        aria-busy={busy !== null}
        onClick={() => input.current?.click()}
        onKeyDown={openOnKey}
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => e.preventDefault()}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        {busy ? `Reading ${busy}…` : 'Drop a CSV file here, or tap to choose one'}
        <input
          ref={input}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden"
          data-testid="csv-file"
          tabIndex={-1}
          onClick={(e) => e.stopPropagation()}
          onChange={(e) => {
            void upload(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      <p className="muted small" id="csv-format">
        One line per product: <code>{csvFormat.columns}</code>. A header row is optional; separate the columns with{' '}
        <code>,</code> or <code>;</code>. Warehouse is HAM, LYS or POZ (empty for best available). Up to{' '}
        {csvFormat.maxLines.toLocaleString()} lines.
      </p>
      {problem && (
        <p className="field-error" role="alert" data-testid="csv-error">
          {problem}
        </p>
      )}
    </section>
  );
}
