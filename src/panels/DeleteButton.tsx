/** The destructive action at the foot of an inspector (undo brings the element back). */
export function DeleteButton({ label, onDelete }: { label: string; onDelete: () => void }) {
  return (
    <div className="inspector__actions">
      <button type="button" className="inspector__delete" onClick={onDelete}>
        {label}
      </button>
    </div>
  );
}
