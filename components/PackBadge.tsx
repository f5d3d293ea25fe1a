interface Props {
  pack: string;
  overrides?: boolean;
}

/** Says that an entry comes from a glossary pack, and whether it stands in for a built-in entry. */
export function PackBadge({ pack, overrides }: Props) {
  return (
    <span class="pack-badge">
      From pack “{pack}”{overrides ? ', replacing the built-in entry' : ''}
    </span>
  );
}
