import { useEffect, useRef } from 'preact/hooks';

export interface FindBarProps {
  current: number;
  total: number;
  notFound: boolean;
  onFind: (query: string, again: boolean, previous: boolean) => void;
  onClose: () => void;
}

/** Find in document: Enter for the next match, Shift+Enter for the previous one, Escape to close. */
export function FindBar({ current, total, notFound, onFind, onClose }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <div class="find-bar" role="search">
      <input
        ref={input}
        type="search"
        class="find-input"
        aria-label="Find in document"
        placeholder="Find in document"
        onInput={(e) => onFind((e.target as HTMLInputElement).value, false, false)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onFind((e.target as HTMLInputElement).value, true, e.shiftKey);
          if (e.key === 'Escape') onClose();
        }}
      />
      <button
        type="button"
        aria-label="Previous match"
        onClick={() => onFind(input.current!.value, true, true)}
      >
        ↑
      </button>
      <button type="button" aria-label="Next match" onClick={() => onFind(input.current!.value, true, false)}>
        ↓
      </button>
      <span class="find-count" aria-live="polite">
        {notFound ? 'Not found' : total > 0 ? `${current} of ${total}` : ''}
      </span>
      <button type="button" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
