/**
 * The header's "Add data" button, shown to editors only: the server says
 * which role the explorer's key has (GET /uploads/access), since a viewer's
 * key could read the page but not import.
 */
import { useEffect, useState } from 'react';
import { AddDataDialog } from './AddDataDialog.tsx';
import { uploadAccess } from './upload-client.ts';
import type { UploadAccess } from './upload-types.ts';

export function AddDataButton({ onImporting }: { onImporting(running: boolean): void }) {
  const [access, setAccess] = useState<UploadAccess | null>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let live = true;
    uploadAccess().then(
      (answer) => live && setAccess(answer),
      () => live && setAccess(null),
    );
    return () => {
      live = false;
    };
  }, []);

  if (!access?.canUpload) return null;
  return (
    <>
      <button type="button" className="add-data-button" onClick={() => setOpen(true)} data-testid="add-data-button">
        Add data
      </button>
      {open && <AddDataDialog access={access} onClose={() => setOpen(false)} onImporting={onImporting} />}
    </>
  );
}
