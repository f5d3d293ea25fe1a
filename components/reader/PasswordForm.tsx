export interface PasswordFormProps {
  incorrect: boolean;
  onSubmit: (password: string | null) => void;
}

/** A password-protected PDF: ask for its password, and say so when the last one was wrong. */
export function PasswordForm({ incorrect, onSubmit }: PasswordFormProps) {
  return (
    <form
      class="reader-message password-form"
      onSubmit={(e) => {
        e.preventDefault();
        const field = (e.currentTarget as HTMLFormElement).elements.namedItem('password') as HTMLInputElement;
        onSubmit(field.value);
      }}
    >
      <p>{incorrect ? 'That password is not right. Try again.' : 'This PDF is protected by a password.'}</p>
      <label>
        Password <input type="password" name="password" autoFocus autocomplete="off" />
      </label>{' '}
      <button type="submit" class="primary">
        Open
      </button>{' '}
      <button type="button" onClick={() => onSubmit(null)}>
        Cancel
      </button>
    </form>
  );
}
