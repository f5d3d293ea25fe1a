import type { ComponentChildren } from 'preact';

interface Props {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}

/** A labelled checkbox that reports its new state. */
export function Checkbox({ name, checked, onChange, children }: Props) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
      />
      {children}
    </label>
  );
}
