import { useEffect, useRef, useState } from 'react';

/** A text field that saves when the coder leaves it (or presses Enter). */
export function BlurField({
  value,
  label,
  placeholder,
  className,
  onSave,
}: {
  value: string;
  label: string;
  placeholder: string;
  className: string;
  onSave: (v: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [focused, setFocused] = useState(false);
  const sent = useRef<string | null>(null); // saved by Enter: leaving the field must not save it twice
  useEffect(() => {
    if (!focused) setDraft(value);
  }, [value, focused]);
  return (
    <input
      className={`input input-small ${className}`}
      aria-label={label}
      placeholder={placeholder}
      value={draft}
      onFocus={() => setFocused(true)}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        setFocused(false);
        if (draft !== value && draft !== sent.current) onSave(draft);
        sent.current = null;
      }}
      onKeyDown={(e) => {
        // Save and stay: blurring sent keyboard focus to the page, away from the sheet.
        if (e.key !== 'Enter' || draft === value || draft === sent.current) return;
        sent.current = draft;
        onSave(draft);
      }}
    />
  );
}
