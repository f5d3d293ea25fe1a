interface Props<T extends string> {
  name: string;
  /** Each choice's value and its label, in the order shown. */
  choices: ReadonlyArray<readonly [T, string]>;
  value: T;
  onChange: (value: T) => void;
}

/** One labelled radio button per choice, the current value checked. */
export function RadioGroup<T extends string>({ name, choices, value, onChange }: Props<T>) {
  return (
    <>
      {choices.map(([choice, label]) => (
        <label key={choice} class="choice">
          <input
            type="radio"
            name={name}
            value={choice}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          {label}
        </label>
      ))}
    </>
  );
}
