/** The "×" that closes or dismisses a panel, a tray or a notice; `label` says which to a screen reader. */
export function CloseButton({ label, testId, onClick }: { label: string; testId?: string; onClick(): void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} data-testid={testId} onClick={onClick}>
      ×
    </button>
  );
}
