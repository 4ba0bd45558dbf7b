import { useId, type ReactNode } from 'react';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  required?: boolean;
  wide?: boolean;
  type?: 'text' | 'date';
}

/** A labelled text input or text area. */
export function Field({
  label,
  value,
  onChange,
  multiline,
  placeholder,
  hint,
  required,
  wide,
  type = 'text',
}: Props) {
  const id = useId();
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          placeholder={placeholder}
          required={required}
          rows={4}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          required={required}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && <div className="field__hint">{hint}</div>}
    </div>
  );
}

export function tagsToText(tags: readonly string[]): string {
  return tags.join(', ');
}

export function textToTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}
