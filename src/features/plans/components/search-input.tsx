import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Quiet time before the change is passed on, so each keystroke does not refilter. */
  delayMs?: number;
}

/** A search box that answers as one types, with what is typed kept even while the page catches up. */
export function SearchInput({ label, value, onChange, delayMs = 250 }: Props) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    // Follow outside changes (a shared link, a cleared filter), not our own echo.
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === sent.current) return;
    const timer = setTimeout(() => {
      sent.current = text;
      onChange(text);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, delayMs, onChange]);
  return (
    <label>
      <span>{label}</span>
      <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
    </label>
  );
}
