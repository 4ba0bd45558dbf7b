interface Props {
  label: string;
  /** The file types offered, as the input's `accept`. */
  accept: string;
  onFile(file: File): void;
}

/** A button that opens the system's file picker and hands over the file chosen. */
export function FileButton({ label, accept, onFile }: Props) {
  return (
    <label className="button">
      {label}
      <input
        type="file"
        accept={accept}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file chosen again is a new choice.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
